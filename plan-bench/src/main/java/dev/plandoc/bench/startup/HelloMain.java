package dev.plandoc.bench.startup;

/** The start-up baseline: a JVM that prints one line and exits. */
public final class HelloMain {
  private HelloMain() {}

  /**
   * Prints a greeting.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
