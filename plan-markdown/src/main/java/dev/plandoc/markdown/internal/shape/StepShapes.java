package dev.plandoc.markdown.internal.shape;

import dev.plandoc.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/**
 * The next-step shapes agents write besides the template's ordered list, read as views: checklist
 * items ({@code - [ ] …}, {@code - [x] …}, keeping the checked state), and where a section has no
 * checklist, numbered lists, and where it has neither, bullet lists. Lists under a heading about
 * open questions are questions, not steps. Nested items belong to their step.
 */
public final class StepShapes {
  private static final Pattern CHECKBOX = Pattern.compile("^\\[([ xX])\\]\\s+(\\S[\\s\\S]*)$");
  private static final Pattern QUESTIONS =
      Pattern.compile("(?i)question|질문|미결|논의|open issues|검토 사항");

  private StepShapes() {}

  /** The steps the kept Markdown lists, in order. */
  public static List<Step> read(KeptMarkdown kept) {
    List<ListBlock> checklists = new ArrayList<>();
    List<ListBlock> ordered = new ArrayList<>();
    List<ListBlock> bullets = new ArrayList<>();
    boolean questions = false;
    for (Node b : kept.blocks()) {
      if (b instanceof Heading h) {
        questions = QUESTIONS.matcher(kept.headingText(h)).find();
      } else if (b instanceof ListBlock l && !questions) {
        List<String> items = kept.items(l);
        if (items.stream().anyMatch(i -> CHECKBOX.matcher(i).matches())) {
          checklists.add(l);
        } else if (b instanceof OrderedList) {
          ordered.add(l);
        } else if (b instanceof BulletList) {
          bullets.add(l);
        }
      }
    }
    List<ListBlock> steps =
        !checklists.isEmpty() ? checklists : !ordered.isEmpty() ? ordered : bullets;
    List<Step> out = new ArrayList<>();
    for (ListBlock l : steps) {
      for (String item : kept.items(l)) {
        step(item).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<Step> step(String item) {
    if (item.isBlank()) {
      return Optional.empty();
    }
    Matcher m = CHECKBOX.matcher(item);
    if (m.matches()) {
      boolean checked = !m.group(1).equals(" ");
      return Optional.of(new Step(m.group(2).strip(), Optional.of(checked), Optional.empty()));
    }
    return Optional.of(new Step(item.strip()));
  }
}
