package io.github.mtclean.fix.names;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.fix.lines.LineTables;
import io.github.mtclean.rules.RuleFormatException;
import io.github.mtclean.rules.RuleSource;
import io.github.mtclean.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes honorifics before a name ({@code Mr Kim}, {@code Mr. Kim}) one way: the document's majority
 * form by default (a tie changes nothing), or always dotted or always undotted, as
 * {@code rules/honorifics.tsv} says; a title's honorific keeps its own ({@link #mayBeTitle}).
 */
public final class HonorificFixer implements Fixer {
  static final String RULE = "names/honorific";
  static final String FILE = "honorifics.tsv";

  /** Which form wins. */
  enum Style { MAJORITY, DOTTED, UNDOTTED }

  /**
   * A surname after French {@code M.} (Monsieur), as MT from French leaves it ({@code M. Morvan});
   * not a given name before one ({@code M. Night Shyamalan}).
   */
  private static final Pattern SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}+\\b(?!\\.|\\h\\p{Lu})");

  /** A surname in the possessive before a capitalised word ({@code Ferluga's Dog}). */
  private static final Pattern POSSESSIVE_TITLE = Pattern.compile("(\\p{Lu}\\p{L}+)['’]s \\p{Lu}");

  private final Style style;
  private final List<String> honorifics;
  /** Lower-case words that open a name ({@code Mr. ole Sankale}, {@code Ms. van Dijk}). */
  private final Set<String> nameParticles;

  HonorificFixer(Style style, List<String> honorifics, Set<String> nameParticles) {
    this.style = style;
    this.honorifics = List.copyOf(honorifics);
    this.nameParticles = Set.copyOf(nameParticles);
  }

  /** The fixer configured by {@code honorifics.tsv} from {@code source}, with its {@code name-particles.txt}. */
  public static HonorificFixer load(RuleSource source) {
    boolean user = source.userFile(FILE).isPresent();
    return parse(source.displayName(FILE, user), source.table(FILE).orElse(""), Set.copyOf(LineTables.words(source, "name-particles.txt")));
  }

  /**
   * Reads {@code style<TAB>majority|dotted|undotted} and one honorific per line, {@code #} comments.
   *
   * @throws RuleFormatException for an unknown style or a malformed honorific
   */
  public static HonorificFixer parse(String file, String content, Set<String> nameParticles) {
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
    return new HonorificFixer(style, honorifics, nameParticles);
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
    monsieur(text, out);
    if (toDotted) {
      undotted.stream().filter(h -> !mayBeTitle(text, h[1] + 1))
          .forEach(h -> out.add(Replacement.of(RULE, h[1], h[1], ".")));
    } else if (toUndotted) {
      dotted.stream().filter(h -> !mayBeTitle(text, h[1] + 2))
          .forEach(h -> out.add(Replacement.of(RULE, h[1], h[1] + 1, "")));
    }
    return out;
  }

  /**
   * French {@code M.} before a surname the text also writes after {@code Mr} ({@code Mr Morvan},
   * then {@code M. Morvan}): the same man's honorific, written as the text writes it for him.
   * Elsewhere {@code M.} may be an initial ({@code M. Night}), so it stays. Found at its {@code M.}.
   */
  private static void monsieur(String text, List<Replacement> out) {
    Matcher surname = SURNAME.matcher(text);
    for (int at = text.indexOf("M. "); at >= 0; at = text.indexOf("M. ", at + 1)) {
      if (at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '.')
          || !surname.region(at + 3, text.length()).lookingAt()) {
        continue;
      }
      for (String mr : List.of("Mr. ", "Mr ")) {
        int other = text.indexOf(mr + surname.group());
        int end = other + mr.length() + surname.group().length();
        if (other >= 0 && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
          out.add(Replacement.of(RULE, at, at + 2, mr.strip()));
          break;
        }
      }
    }
  }

  /**
   * Whether the surname starting at {@code start} may be part of a work's title, which keeps its own
   * style ({@code a print titled Mr. Ferluga's Dog}): a possessive before a capitalised word, of a
   * surname the text gives nowhere else. A person the text writes about is named again.
   */
  private static boolean mayBeTitle(String text, int start) {
    Matcher title = POSSESSIVE_TITLE.matcher(text).region(start, text.length());
    if (!title.lookingAt()) {
      return false;
    }
    String surname = title.group(1);
    for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      int end = at + surname.length();
      boolean whole = (at == 0 || !Character.isLetter(text.charAt(at - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)));
      if (whole && at != start) {
        return false;
      }
    }
    return true;
  }

  /**
   * A space and then a capitalised word, or a name particle before one, after a space or joined by
   * a hyphen ({@code Mr. de Wolff}, {@code Dr al-Rashidi}): the honorific stands before a name.
   */
  private boolean beforeName(String text, int i) {
    if (i + 1 >= text.length() || text.charAt(i) != ' ') {
      return false;
    }
    if (Character.isUpperCase(text.charAt(i + 1))) {
      return true;
    }
    int end = i + 1;
    while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
      end++;
    }
    return end + 1 < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '-') && Character.isUpperCase(text.charAt(end + 1))
        && nameParticles.contains(text.substring(i + 1, end));
  }
}
