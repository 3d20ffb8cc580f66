package io.github.mtclean.fix.names;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.rules.RuleFormatException;
import io.github.mtclean.rules.RuleSource;
import io.github.mtclean.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes honorifics before a name ({@code Mr Kim}, {@code Mr. Kim}) one way: the document's majority
 * form by default (a tie changes nothing), or always dotted or always undotted, as
 * {@code rules/honorifics.tsv} says.
 */
public final class HonorificFixer implements Fixer {
  static final String RULE = "names/honorific";
  static final String FILE = "honorifics.tsv";

  /** Which form wins. */
  enum Style { MAJORITY, DOTTED, UNDOTTED }

  private final Style style;
  private final List<String> honorifics;

  HonorificFixer(Style style, List<String> honorifics) {
    this.style = style;
    this.honorifics = List.copyOf(honorifics);
  }

  /** The fixer configured by {@code honorifics.tsv} from {@code source}. */
  public static HonorificFixer load(RuleSource source) {
    boolean user = source.userFile(FILE).isPresent();
    return parse(source.displayName(FILE, user), source.table(FILE).orElse(""));
  }

  /**
   * Reads {@code style<TAB>majority|dotted|undotted} and one honorific per line, {@code #} comments.
   *
   * @throws RuleFormatException for an unknown style or a malformed honorific
   */
  public static HonorificFixer parse(String file, String content) {
    Style style = Style.MAJORITY;
    List<String> honorifics = new ArrayList<>();
    String[] lines = content.split("\r?\n|\r", -1);
    for (int n = 1; n <= lines.length; n++) {
      String line = lines[n - 1].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("style")) {
        try {
          style = Style.valueOf(line.substring("style".length()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new RuleFormatException(file, n, "style must be majority, dotted or undotted");
        }
      } else if (line.chars().allMatch(Character::isLetter) && Character.isUpperCase(line.charAt(0))) {
        honorifics.add(line);
      } else {
        throw new RuleFormatException(file, n, "expected 'style VALUE' or one honorific without its period, such as Mr");
      }
    }
    return new HonorificFixer(style, honorifics);
  }

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    List<int[]> dotted = new ArrayList<>();
    List<int[]> undotted = new ArrayList<>();
    for (String h : honorifics) {
      for (int i = text.indexOf(h); i >= 0; i = text.indexOf(h, i + 1)) {
        int end = i + h.length();
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
          continue;
        }
        if (beforeName(text, end)) {
          undotted.add(new int[] {i, end});
        } else if (end < text.length() && text.charAt(end) == '.' && beforeName(text, end + 1)) {
          dotted.add(new int[] {i, end});
        }
      }
    }
    boolean toDotted = style == Style.DOTTED || (style == Style.MAJORITY && dotted.size() > undotted.size());
    boolean toUndotted = style == Style.UNDOTTED || (style == Style.MAJORITY && undotted.size() > dotted.size());
    List<Replacement> out = new ArrayList<>();
    if (toDotted) {
      undotted.forEach(h -> out.add(Replacement.of(RULE, h[1], h[1], ".")));
    } else if (toUndotted) {
      dotted.forEach(h -> out.add(Replacement.of(RULE, h[1], h[1] + 1, "")));
    }
    return out;
  }

  /** A space and then a capitalised word: the honorific stands before a name. */
  private static boolean beforeName(String text, int i) {
    return i + 1 < text.length() && text.charAt(i) == ' ' && Character.isUpperCase(text.charAt(i + 1));
  }
}
