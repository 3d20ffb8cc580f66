package io.github.mtclean.fix.lines;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import io.github.mtclean.rules.RuleSource;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Why Latin-script language identification asks LanguageTool's English tagger rather than an
 * n-gram detector: on the short Latin-script lines of the corpora, the tagger-based guess and
 * Optimaize's language-detector 0.6 (confident result, or most probable language) are scored
 * on foreign lines found and English lines wrongly called foreign. The figures go to the README.
 */
class LanguageIdComparisonTest {

  @Test
  void taggerGuessIsAtLeastAsPreciseAsTheNgramDetector() throws IOException {
    List<String> foreign = new ArrayList<>();
    List<String> english = new ArrayList<>();
    for (String file : List.of("lines-dev.tsv", "lines.tsv")) {
      if (!LineCorpus.exists(file)) {
        continue;
      }
      for (LineCorpus.Row row : LineCorpus.read(file)) {
        int[] letters = ForeignScript.letterCounts(row.b());
        if (letters[0] > 0 || letters[1] == 0) {
          continue; // other scripts are settled by ICU, not by language identification
        }
        (row.a().equals("foreign") ? foreign : english).add(row.b());
      }
    }
    LatinLanguage tagger = LatinLanguage.of(RuleSource.shipped());
    LanguageDetector detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
        .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
    TextObjectFactory texts = CommonTextObjectFactories.forDetectingShortCleanText();
    Predicate<String> confident = s -> {
      com.google.common.base.Optional<LdLocale> l = detector.detect(texts.forText(s));
      return l.isPresent() && !l.get().getLanguage().equals("en");
    };
    Predicate<String> mostProbable = s -> {
      var p = detector.getProbabilities(texts.forText(s));
      return !p.isEmpty() && !p.get(0).getLocale().getLanguage().equals("en");
    };
    Score taggerScore = Score.of("LanguageTool English tagger", tagger::isForeign, foreign, english);
    Score confidentScore = Score.of("Optimaize, confident result", confident, foreign, english);
    Score probableScore = Score.of("Optimaize, most probable", mostProbable, foreign, english);
    System.out.printf("Latin-script lines: %d foreign, %d English%n%s%n%s%n%s%n",
        foreign.size(), english.size(), taggerScore, confidentScore, probableScore);
    System.out.println("English lines the tagger calls foreign: " + english.stream().filter(tagger::isForeign).toList());
    assertTrue(taggerScore.falseForeign <= confidentScore.falseForeign && taggerScore.falseForeign <= probableScore.falseForeign);
  }

  private static final int TIMED_ROUNDS = 20;

  record Score(String name, int found, int foreign, int falseForeign, int english, double microsPerLine) {
    static Score of(String name, Predicate<String> isForeign, List<String> foreign, List<String> english) {
      int found = (int) foreign.stream().filter(isForeign).count();
      int wrong = (int) english.stream().filter(isForeign).count();
      long t0 = System.nanoTime();
      for (int round = 0; round < TIMED_ROUNDS; round++) {
        foreign.forEach(isForeign::test);
        english.forEach(isForeign::test);
      }
      double micros = (System.nanoTime() - t0) / 1000.0 / TIMED_ROUNDS / (foreign.size() + english.size());
      return new Score(name, found, foreign.size(), wrong, english.size(), micros);
    }

    @Override
    public String toString() {
      return String.format("| %s | %d/%d foreign found | %d/%d English called foreign | %.0f us/line |",
          name, found, foreign, falseForeign, english, microsPerLine);
    }
  }
}
