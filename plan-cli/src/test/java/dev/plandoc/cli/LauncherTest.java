package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./plan} launcher (the repository's {@code plan} script) in a child process, on a copy
 * of the repository's layout: the script and {@code plan-cli/target/plan.jar}, here a jar whose
 * {@code Class-Path} names this test's own classes and dependencies, so that nothing is built. It
 * makes its start-up archive on the first run and uses it afterwards; whatever state the archive is
 * in (damaged, made for another jar, impossible to make), the command still runs and prints exactly
 * what it prints in-process, with nothing on standard error. Runs where {@code /bin/sh} does.
 */
class LauncherTest {
  private static final String SAMPLE = "ocr-receipt.ko.md";

  @TempDir static Path shared;

  private static Path root;
  private static Path plan;
  private static String expected;
  private static Run first;

  @BeforeAll
  static void aRepositoryLayoutWithTheLauncherAndAJar() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh to run the launcher with");
    Path script = Path.of("").toAbsolutePath().getParent().resolve("plan");
    assumeTrue(Files.isRegularFile(script), "the launcher is not at " + script);
    root = Files.createDirectories(shared.resolve("repo"));
    plan = Files.copy(script, root.resolve("plan"));
    writeJar(root, List.of());
    Cli.copy(SAMPLE, shared);
    expected = Cli.run("convert", shared.resolve(SAMPLE).toString(), "--to", "yaml").out();
    assertThat(expected).startsWith("schemaVersion: 2\n");
    first = convert(plan, Map.of());
  }

  @Test
  void theFirstRunMakesTheArchiveAndLaterRunsUseIt() throws Exception {
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).isEqualTo(expected);
    assertThat(first.err()).isEmpty();
    Path archive = archive(root);
    assertThat(name(archive)).endsWith("-" + Files.size(archive) + ".jsa");
    assertThat(Cli.filesIn(target(root)))
        .containsExactlyInAnyOrder("lib", "plan.jar", name(archive));
    // Java maps it with -Xshare:on (which fails rather than falling back): it is usable.
    assertThat(mapsStrictly(archive, root).code()).isZero();
    FileTime made = Files.getLastModifiedTime(archive);
    Run second = convert(plan, Map.of());
    assertThat(second.out()).isEqualTo(expected);
    assertThat(second.err()).isEmpty();
    assertThat(Files.getLastModifiedTime(archive)).isEqualTo(made);
  }

  @Test
  void aDamagedArchiveStillRunsTheCommand() throws Exception {
    Path archive = archive(root);
    FileTime made = Files.getLastModifiedTime(archive);
    byte[] good = Files.readAllBytes(archive);
    byte[] garbage = new byte[good.length];
    new java.util.Random(11).nextBytes(garbage);
    // Java 17 crashes on the first (a pointer into the changed bytes) unless it checks the
    // archive's checksum (-XX:+VerifySharedSpaces); on the second it prints "[error][cds]
    // relocation bitmap CRC error" on standard output unless its logging is off.
    Map<String, byte[]> damages =
        Map.of(
            "bytes changed in the middle", changed(good, good.length / 2),
            "bytes changed at the end", changed(good, good.length - 20_000),
            "garbage of the same size", garbage);
    try {
      for (Map.Entry<String, byte[]> damage : damages.entrySet()) {
        install(archive, damage.getValue(), made);
        Run r = convert(plan, Map.of());
        assertThat(r.code()).as(damage.getKey() + ": " + r.err()).isZero();
        assertThat(r.out()).as(damage.getKey()).isEqualTo(expected);
        assertThat(r.err()).as(damage.getKey()).isEmpty();
      }
    } finally {
      install(archive, good, made);
    }
  }

  /** Java 17 crashes on it (SIGBUS past the end of the file): the launcher checks the size. */
  @Test
  void aTruncatedArchiveIsIgnoredAndMadeAgain() throws Exception {
    Path archive = archive(root);
    FileTime made = Files.getLastModifiedTime(archive);
    byte[] good = Files.readAllBytes(archive);
    try {
      install(archive, java.util.Arrays.copyOf(good, good.length / 3), made);
      Run r = convert(plan, Map.of());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo(expected);
      assertThat(r.err()).isEmpty();
      Path again = archive(root);
      assertThat(name(again)).endsWith("-" + Files.size(again) + ".jsa");
      assertThat(mapsStrictly(again, root).code()).isZero();
    } finally {
      install(archive, good, made);
    }
  }

  @Test
  void aRebuiltJarGetsANewArchiveAndAnArchiveOfAnotherJarIsLeftAside() throws Exception {
    Path other = Files.createDirectories(shared.resolve("other"));
    Path otherPlan = Files.copy(plan, other.resolve("plan"));
    writeJar(other, List.of("first"));
    assertThat(convert(otherPlan, Map.of()).out()).isEqualTo(expected);
    Path archive = archive(other);
    byte[] ofTheFirstJar = Files.readAllBytes(archive);

    // The jar is rebuilt: the archive is older than the jar, so the launcher makes a new one.
    Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    writeJar(other, List.of("second", "and more"));
    Run rebuilt = convert(otherPlan, Map.of());
    assertThat(rebuilt.out()).isEqualTo(expected);
    assertThat(rebuilt.err()).isEmpty();
    Path second = archive(other);
    assertThat(Files.readAllBytes(second)).isNotEqualTo(ofTheFirstJar);
    assertThat(mapsStrictly(second, other).code()).isZero();

    // The first jar's archive, named as the launcher names it and dated after the new jar: the
    // launcher takes it, Java refuses it (-Xshare:on fails), and the command runs without it.
    Files.delete(second);
    String key = name(second).replaceAll("-\\d+\\.jsa$", "");
    Path stale = target(other).resolve(key + "-" + ofTheFirstJar.length + ".jsa");
    Files.write(stale, ofTheFirstJar);
    Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    assertThat(mapsStrictly(stale, other).code()).isNotZero();
    Run r = convert(otherPlan, Map.of());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(expected);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void anArchiveThatCannotBeMadeIsTriedOncePerJarAndTheCommandsStillRun() throws Exception {
    Path failing = Files.createDirectories(shared.resolve("failing"));
    Path failingPlan = Files.copy(plan, failing.resolve("plan"));
    writeJar(failing, List.of());
    // A java that refuses -Xshare:dump and counts how often it was asked to.
    Path javaHome = Files.createDirectories(shared.resolve("java-home/bin"));
    Path dumps = shared.resolve("dumps.txt");
    Path fakeJava = javaHome.resolve("java");
    Files.writeString(
        fakeJava,
        "#!/bin/sh\n"
            + "case \" $* \" in *\" -Xshare:dump \"*) echo dump >> '"
            + dumps
            + "'; echo 'no archive today' >&2; exit 1 ;; esac\n"
            + "exec '"
            + java()
            + "' \"$@\"\n");
    assumeTrue(fakeJava.toFile().setExecutable(true), "cannot make a script executable here");
    Map<String, String> env = Map.of("JAVA_HOME", javaHome.getParent().toString());
    for (int i = 0; i < 2; i++) {
      Run r = convert(failingPlan, env);
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo(expected);
      assertThat(r.err()).isEmpty();
    }
    assertThat(Files.readAllLines(dumps)).containsExactly("dump");
    List<String> left = new ArrayList<>(Cli.filesIn(target(failing)));
    assertThat(left.removeAll(List.of("lib", "plan.jar"))).isTrue();
    assertThat(left).singleElement().asString().matches("plan-\\d+\\.failed");
    assertThat(Files.readString(target(failing).resolve(left.get(0)))).contains("no archive today");
  }

  @Test
  void itRunsThroughASymbolicLinkFromAnotherDirectoryWithRelativeFileNames() throws Exception {
    Path bin = Files.createDirectories(shared.resolve("bin"));
    Path link = bin.resolve("plan");
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, plan);
    Run r =
        run(
            new String[] {
              "/bin/sh",
              "-c",
              "cd '" + shared + "' && '" + link + "' convert " + SAMPLE + " --to yaml"
            },
            Map.of());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(expected);
    assertThat(r.err()).isEmpty();
  }

  // --- the layout ---

  /**
   * Writes {@code plan-cli/target/plan.jar} under a root: a manifest with the main class and a
   * {@code Class-Path} of jars in {@code lib/} (this test's class path, each directory in it made
   * into a jar, since an archive can only hold classes from jars), plus the given entries, so that
   * two jars can differ.
   */
  private static void writeJar(Path root, List<String> extraEntries) throws IOException {
    Path target = target(root);
    Path lib = Files.createDirectories(target.resolve("lib"));
    List<String> classPath = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      String name = (n++) + "-" + p.getFileName() + (Files.isDirectory(p) ? ".jar" : "");
      Path copy = lib.resolve(name);
      if (Files.isDirectory(p)) {
        if (!p.getFileName().toString().equals("test-classes")) {
          jarOf(p, copy);
          classPath.add("lib/" + name);
        }
      } else if (Files.isRegularFile(p)) {
        Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
        classPath.add("lib/" + name);
      }
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, PlanCommand.class.getName());
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
    Path jar = jarPath(root);
    Path tmp = target.resolve("plan.jar.tmp");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(tmp), manifest)) {
      for (String e : extraEntries) {
        out.putNextEntry(new JarEntry("extra/" + e.replace(' ', '-')));
        out.write(e.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void jarOf(Path dir, Path jar) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(
            new JarEntry(dir.relativize(f).toString().replace(File.separatorChar, '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
  }

  private static Path target(Path root) {
    return root.resolve("plan-cli/target");
  }

  private static Path jarPath(Path root) {
    return target(root).resolve("plan.jar");
  }

  private static String jar(Path root) {
    return jarPath(root).toString();
  }

  /** The one archive the launcher made under the root: {@code plan-JAVA-SIZE.jsa}. */
  private static Path archive(Path root) throws IOException {
    try (Stream<Path> s = Files.list(target(root))) {
      List<Path> archives = s.filter(p -> name(p).matches("plan-\\d+-\\d+\\.jsa")).toList();
      assertThat(archives).as("archives in %s", target(root)).hasSize(1);
      return archives.get(0);
    }
  }

  /**
   * Runs {@code --version} with the archive and the launcher's JVM options, but {@code -Xshare:on},
   * which fails when Java cannot use the archive instead of running without it.
   */
  private static Run mapsStrictly(Path archive, Path root) {
    return run(
        new String[] {
          java(),
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-Xshare:on",
          "-XX:SharedArchiveFile=" + archive,
          "-XX:+VerifySharedSpaces",
          "-jar",
          jar(root),
          "--version"
        },
        Map.of());
  }

  /** The bytes with 4 KB from {@code at} changed. */
  private static byte[] changed(byte[] bytes, int at) {
    byte[] copy = bytes.clone();
    for (int i = at; i < at + 4096; i++) {
      copy[i] ^= 0x5A;
    }
    return copy;
  }

  /**
   * Makes these bytes the only archive under the file's root, under the file's name and with the
   * given modification time (after the jar's, so that the launcher takes it by its date).
   */
  private static void install(Path file, byte[] bytes, FileTime time) throws IOException {
    try (Stream<Path> s = Files.list(file.getParent())) {
      for (Path p : s.filter(p -> name(p).endsWith(".jsa")).toList()) {
        Files.delete(p);
      }
    }
    Files.write(file, bytes);
    Files.setLastModifiedTime(file, time);
  }

  private static String name(Path p) {
    return p.getFileName().toString();
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  // --- running it ---

  private record Run(int code, String out, String err) {}

  private static Run convert(Path launcher, Map<String, String> env) {
    return run(
        new String[] {
          "/bin/sh",
          launcher.toString(),
          "convert",
          shared.resolve(SAMPLE).toString(),
          "--to",
          "yaml"
        },
        env);
  }

  private static Run run(String[] command, Map<String, String> env) {
    try {
      // In the temporary directory: a JVM that crashed would leave its hs_err file there.
      ProcessBuilder pb = new ProcessBuilder(command).directory(shared.toFile());
      // Options from the environment would change the runs, and Java announces them on stderr.
      for (String name :
          List.of("PLAN_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
        pb.environment().remove(name);
      }
      pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
      pb.environment().putAll(env);
      Path err = Files.createTempFile(shared, "err", ".txt");
      pb.redirectError(err.toFile());
      Process p = pb.start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished").isTrue();
      return new Run(p.exitValue(), out, Files.readString(err));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
