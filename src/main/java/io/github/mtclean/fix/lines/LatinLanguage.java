package io.github.mtclean.fix.lines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.language.AmericanEnglish;
import org.languagetool.tagging.Tagger;

/**
 * Decides whether a short stretch of Latin-script text is another language (Turkish, German,
 * Spanish, ...) by asking LanguageTool's English tagger about its lowercase words: a foreign UI
 * string is mostly words English does not have. Capitalised words inside the text are names and
 * say nothing; name particles before a name ({@code von der Leyen}) say nothing either. A word
 * with letters English does not use ({@code más}, {@code więcej}) counts double, a short English
 * word half. The measured
 * alternatives are in the README.
 */
final class LatinLanguage {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['\u2019-]\\p{L}[\\p{L}\\p{M}]*)*");
  /** Addresses, hashtags and handles are not words of any language. */
  private static final Pattern NOT_PROSE = Pattern.compile("\\S*(?:://|www\\.|@)\\S*|#\\S+");
  /** Shared: LanguageTool's taggers keep no state between calls (its checkers share them across threads). */
  private static final Tagger TAGGER = AmericanEnglish.getInstance().getTagger();
  private static final double FOREIGN_SHARE = 0.6;
  private static final double MIN_FOREIGN_WEIGHT = 2;
  /** English shares short words with its neighbours ({@code as}, {@code per}, {@code die}): weak evidence. */
  private static final int SHORT_WORD = 3;
  /** The first words decide; a long English paragraph need not be tagged to the end. */
  private static final int MAX_SCORED_WORDS = 12;

  private final Set<String> nameParticles;

  LatinLanguage(Set<String> nameParticles) {
    this.nameParticles = Set.copyOf(nameParticles);
  }

  /** True on clear evidence: at least two foreign words, and they outweigh the English ones. */
  boolean isForeign(CharSequence text) {
    return foreignShare(text) >= FOREIGN_SHARE;
  }

  /**
   * The weighted share of foreign words among the words judged, or 0 with fewer than two foreign
   * words: a single unknown word may be a name or a term.
   */
  double foreignShare(CharSequence text) {
    String prose = NOT_PROSE.matcher(text).replaceAll(" ");
    List<String> words = WORD.matcher(prose).results().map(MatchResult::group).toList();
    List<String> scored = new ArrayList<>();
    List<Boolean> hasForeignLetters = new ArrayList<>();
    for (int i = 0; i < words.size() && scored.size() < MAX_SCORED_WORDS; i++) {
      String word = words.get(i);
      boolean initial = i == 0;
      if (!initial && (Character.isUpperCase(word.charAt(0)) || word.length() < 2) || isNameParticle(words, i)) {
        continue;
      }
      scored.add(word.toLowerCase(Locale.ROOT));
      hasForeignLetters.add(!initial && hasNonEnglishLetter(word));
    }
    List<AnalyzedTokenReadings> tags = tag(scored);
    double foreign = 0;
    double english = 0;
    for (int i = 0; i < scored.size(); i++) {
      if (tags.get(i).isTagged()) {
        english += scored.get(i).length() <= SHORT_WORD ? 0.5 : 1;
      } else {
        foreign += hasForeignLetters.get(i) ? 2 : 1;
      }
    }
    return foreign < MIN_FOREIGN_WEIGHT ? 0 : foreign / (foreign + english);
  }

  /** {@code von} in {@code von der Leyen}: a particle followed by more particles and a capitalised word. */
  private boolean isNameParticle(List<String> words, int i) {
    int j = i;
    while (j < words.size() && nameParticles.contains(words.get(j))) {
      j++;
    }
    return j > i && j < words.size() && Character.isUpperCase(words.get(j).charAt(0));
  }

  /** One tagger call for all words: the per-call overhead is most of the cost. */
  private static List<AnalyzedTokenReadings> tag(List<String> words) {
    try {
      return TAGGER.tag(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasNonEnglishLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 0x7F) {
        return true;
      }
    }
    return false;
  }
}
