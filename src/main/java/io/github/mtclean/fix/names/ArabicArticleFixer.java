package io.github.mtclean.fix.names;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spelling of an Arabic name's article within a text: MT writes the article of one surname as
 * {@code al-} in one sentence and {@code el-} in the next ({@code Dr. Khaled al-Momani}, then {@code
 * Dr. el-Momani}). Both are romanisations of one word, so a name written with both takes the one
 * the text uses most, or on a tie the first, which introduced the person. The article's case is
 * kept ({@code El-Khatib} opening a sentence becomes {@code Al-Khatib}).
 */
public final class ArabicArticleFixer implements Fixer {
  static final String RULE = "names/arabic-article";
  /** The article's vowel, then the capitalised name it is hyphenated to. */
  private static final Pattern ARTICLE = Pattern.compile("(?<![\\p{L}\\p{N}\\-])([aAeE])l-(\\p{Lu}\\p{Ll}+)(?![\\p{L}\\-])");

  /** How a text writes one name's article: uses of each vowel and the vowel of the first. */
  private static final class Spellings {
    int a;
    int e;
    final char first;

    Spellings(char first) {
      this.first = first;
    }

    char preferred() {
      return a == e ? first : a > e ? 'a' : 'e';
    }
  }

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    List<MatchResult> uses = articles(doc.text());
    Map<String, Spellings> names = new HashMap<>();
    for (MatchResult m : uses) {
      char vowel = Character.toLowerCase(m.group(1).charAt(0));
      Spellings s = names.computeIfAbsent(m.group(2), n -> new Spellings(vowel));
      if (vowel == 'a') {
        s.a++;
      } else {
        s.e++;
      }
    }
    List<Replacement> out = new ArrayList<>();
    for (MatchResult m : uses) {
      Spellings s = names.get(m.group(2));
      char vowel = m.group(1).charAt(0);
      if (s.a > 0 && s.e > 0 && Character.toLowerCase(vowel) != s.preferred()) {
        String respelled = String.valueOf(Character.isUpperCase(vowel) ? Character.toUpperCase(s.preferred()) : s.preferred());
        out.add(Replacement.of(RULE, m.start(1), m.end(1), respelled));
      }
    }
    return out;
  }

  /**
   * The article's uses, found at their {@code l-}: a search for a pattern led by a lookbehind would
   * try the lookbehind at every char of the text.
   */
  private static List<MatchResult> articles(String text) {
    List<MatchResult> uses = new ArrayList<>();
    Matcher m = ARTICLE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int at = text.indexOf("l-", 1); at >= 0; at = text.indexOf("l-", at + 2)) {
      if (m.region(at - 1, text.length()).lookingAt()) {
        uses.add(m.toMatchResult());
      }
    }
    return uses;
  }
}
