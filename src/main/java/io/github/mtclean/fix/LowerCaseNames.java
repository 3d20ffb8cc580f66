package io.github.mtclean.fix;

import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a text writes in lower case where a capital is due, at a line's start, maybe after a
 * label ({@code Review: nimbi N7 Pro is the best phone}): a brand or a name spelled so, whose
 * lower case after a period elsewhere is no lost capital and no stray period. Function words and
 * pronouns do not count, as verse and broken lines start with them.
 */
public final class LowerCaseNames {
  private static final Pattern LINE_START = Pattern.compile("\\h*(?:[^:\\n]{1,30}:\\h+)?(\\p{Ll}[\\p{L}\\p{N}]*)(?![\\p{L}\\p{N}.)])");

  private LowerCaseNames() {}

  /** Whether {@code doc} writes {@code word} at a line's start in lower case. */
  public static boolean contains(Document doc, String word) {
    return doc.view(LowerCaseNames.class, LowerCaseNames::find).contains(word);
  }

  private static Set<String> find(Document doc) {
    Set<String> words = new HashSet<>();
    for (Line line : doc.lines()) {
      Matcher start = LINE_START.matcher(doc.text()).region(line.start(), line.end());
      if (start.lookingAt() && !EnglishWords.isLinking(start.group(1)) && !EnglishWords.hasTag(start.group(1), "PRP")) {
        words.add(start.group(1));
      }
    }
    return Set.copyOf(words);
  }
}
