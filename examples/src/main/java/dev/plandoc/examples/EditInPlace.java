package dev.plandoc.examples;

import dev.plandoc.json.PlanPatch;
import dev.plandoc.markdown.MarkdownDocument;
import dev.plandoc.model.Plan;
import dev.plandoc.model.format.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Edits a Markdown plan in place without reformatting it: the author of the shipped sample (or of
 * the file given as the first argument) changes, the first risk moves to the end, and a JSON Patch
 * rewrites a mitigation. Only the lines those edits touch change; with a file argument the file is
 * replaced atomically, otherwise the lines that changed are printed.
 *
 * <p>Its test runs it in {@code mvn -pl examples -am verify}. To run it yourself, after {@code mvn
 * -q -pl plan-cli,examples -am package -DskipTests}: {@code java -cp
 * examples/target/classes:plan-cli/target/plan.jar dev.plandoc.examples.EditInPlace}.
 */
public final class EditInPlace {
  private EditInPlace() {}

  /**
   * Edits the plan.
   *
   * @param args an optional path to a Markdown plan, edited in place
   * @throws IOException when the file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : null;
    String source = file != null ? Files.readString(file) : ReadMarkdownPlan.sample();
    MarkdownDocument doc = MarkdownDocument.read(source);

    // Edits in code: the model's withers return edited copies; nothing is changed in place.
    Plan edited =
        doc.plan()
            .withMetadata(m -> m.withAuthor("이서준"))
            .withRisks(r -> r.withRiskMoved(0, r.risks().size() - 1));

    // The same kind of edit as an RFC 6902 JSON Patch over the plan's JSON form.
    edited =
        PlanPatch.parse(
                "[{\"op\": \"replace\", \"path\": \"/risks/risks/0/mitigation\","
                    + " \"value\": \"원본 이미지 해시 대조, 동일 영수증 재사용 차단\"}]")
            .apply(edited);

    // Written over the author's text: everything the edits did not touch stays byte for byte.
    String written = doc.with(edited).source();
    if (file != null) {
      AtomicFile.write(file, written);
      return;
    }
    Set<String> before = new HashSet<>(List.of(source.split("\n", -1)));
    for (String line : written.split("\n", -1)) {
      if (!before.contains(line)) {
        System.out.println("+ " + line);
      }
    }
    Set<String> after = new HashSet<>(List.of(written.split("\n", -1)));
    for (String line : source.split("\n", -1)) {
      if (!after.contains(line)) {
        System.out.println("- " + line);
      }
    }
  }
}
