package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.text.Document;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Lower-cases a determiner or pronoun MT capitalised after a comma, as if a sentence started there:
 * {@code will do, The Vladivostok trip} becomes {@code will do, the Vladivostok trip}. The next word
 * must be lower case, or a single name followed by a lower-case noun ({@code The Geneva meeting},
 * also a name's compound: {@code The Riga-based airline}):
 * {@code The Times reported} and {@code The New York Times} are names and stay. The article
 * {@code A} counts when a content word follows it.
 */
final class CapitalAfterCommaFixer extends ProseRule {
  static final String RULE = "boundaries/capital-after-comma";

  /** Pronouns a religious text capitalises for God ({@code When we were few, He was enough}). */
  private static final Set<String> DIVINE = Set.of("He", "His", "Him");
  /** A text that capitalises them on purpose writes one mid-sentence where no sentence starts: {@code trust in Him}. */
  private static final Pattern AFTER_LOWER_CASE = Pattern.compile("(?<=\\p{Ll}\\h{1,20})");

  CapitalAfterCommaFixer() {
    super(RULE, "[^\\s,]*,\\h+(\\p{Lu}\\p{Ll}*)\\h+(?:(\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?)\\h+)?(\\p{Ll}+)\\b");
  }

  @Override
  boolean isAnchorWord(String word) {
    return word.equals("A") || EnglishWords.isSentenceStarter(word);
  }

  /** Without He, His and Him in a text that capitalises them for God, asked once per text from the shared scan. */
  @Override
  int[] anchors(Document doc) {
    int[] anchors = super.anchors(doc);
    CapitalisedWords capitals = CapitalisedWords.of(doc);
    Matcher afterLowerCase = AFTER_LOWER_CASE.matcher(doc.text()).useTransparentBounds(true);
    boolean reverent = IntStream.range(0, capitals.count()).anyMatch(k -> DIVINE.contains(capitals.word(k))
        && afterLowerCase.region(capitals.start(k), capitals.start(k)).lookingAt());
    return reverent ? Arrays.stream(anchors).filter(a -> !DIVINE.contains(wordAt(doc.text(), a))).toArray() : anchors;
  }

  private static String wordAt(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  @Override
  Replacement repair(Matcher m, Document doc) {
    String text = doc.text();
    String word = m.group(1);
    String next = m.group(3);
    boolean article = word.equals("A") && !EnglishWords.isLinking(next); // not "vitamins C, A and E"
    if (!(EnglishWords.isSentenceStarter(word) || article) || !EnglishWords.isKnown(next)) {
      return null;
    }
    // A name then a function word is a title (Danger Mouse, The Wind in the Willows), not a noun phrase.
    if (m.group(2) != null && (EnglishWords.isSentenceStarter(m.group(2)) || !isNoun(next) || EnglishWords.isLinking(next))) {
      return null;
    }
    return replace(m, 1, word.toLowerCase(Locale.ROOT));
  }

  /** A noun and not a finite verb: {@code trip}, not {@code reported} or {@code says}. */
  private static boolean isNoun(String word) {
    return EnglishWords.hasTagStarting(word, "NN")
        && !EnglishWords.hasTag(word, "VBD") && !EnglishWords.hasTag(word, "VBZ") && !EnglishWords.hasTag(word, "VBN")
        && !EnglishWords.hasTag(word, "MD");
  }
}
