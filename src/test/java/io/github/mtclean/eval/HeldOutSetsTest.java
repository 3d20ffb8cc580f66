package io.github.mtclean.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mtclean.Cleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The held-out sets ({@code corpus/heldout4} to {@code corpus/heldout7}, each written by a session
 * that read neither code nor rules): clean articles must come out byte for byte unchanged; on
 * scraped pages and machine-translated articles every change must move toward the editor's
 * version, and on pages no line of it may be lost.
 * <p>First runs. heldout4: the 24 clean articles unchanged; on the 12 pages 116 changes, none
 * needless, error reduction 0.485 (most furniture stayed). heldout5, after the page-edge and
 * teaser-list rules were written from heldout4's misses: one of the 20 clean articles changed (a
 * thunderous The Ferryman lost its The); on the 14 pages no change needless and error reduction
 * 0.737 (0.523 with the jar of the stop before). heldout6 (clean articles built to trip page
 * rules, pages of unusual layouts), after heldout5 was studied: two of 12 clean articles changed
 * (a quoted cookie notice and a date line removed, by every earlier jar too); pages 0.549 (0.332
 * with the last stop's jar), no change needless. heldout7 (14 clean articles, 14 machine-translated
 * articles with in-line damage), after lost-capital was written: clean articles unchanged, MT
 * articles 465 -> 62 tokens from the gold (0.867, the same with the last stop's jar), 103 changes,
 * all correct. All four sets have been studied since, so the figures below are no longer held-out
 * ones.
 */
class HeldOutSetsTest {
  @ParameterizedTest
  @CsvSource({"heldout4, 24", "heldout5, 20", "heldout6, 12", "heldout7, 14"})
  void cleanArticlesComeOutUnchanged(String set, int count) throws IOException {
    List<Path> articles = files(root(set).resolve("clean"));
    assertEquals(count, articles.size());
    for (Path article : articles) {
      String text = Files.readString(article);
      assertEquals(text, Cleaner.defaults().clean(text).text(), article.toString());
    }
  }

  @ParameterizedTest
  @CsvSource({"heldout4, 12, 0.99", "heldout5, 14, 0.95", "heldout6, 10, 0.70"})
  void pagesLoseFurnitureButNoLineOfTheArticle(String set, int count, double minReduction) throws IOException {
    Evaluation eval = new Evaluation();
    for (Path dirty : files(root(set).resolve("pages/dirty"))) {
      String gold = Files.readString(root(set).resolve("pages/gold").resolve(dirty.getFileName()));
      var cleaned = Cleaner.defaults().clean(Files.readString(dirty));
      eval.add(cleaned, gold);
      assertTrue(holdsInOrder(cleaned.text().split("\n"), gold.split("\n"), unrepairedLines(set)), dirty + ":\n" + cleaned.text());
      assertEquals(cleaned.text(), Cleaner.defaults().clean(cleaned.text()).text(), "idempotent on " + dirty);
    }
    assertEquals(count, eval.pairs());
    assertEquals(0, eval.total().needless(), "changes made on text that needed none");
    assertEquals(eval.total().made(), eval.total().correct(), "every change moves toward the gold");
    assertTrue(eval.errorReduction() >= minReduction, "error reduction " + eval.errorReduction());
  }

  @Test
  void machineTranslationIsRepairedWithoutNeedlessChanges() throws IOException {
    Evaluation eval = new Evaluation();
    for (Path dirty : files(root("heldout7").resolve("mt/dirty"))) {
      var cleaned = Cleaner.defaults().clean(Files.readString(dirty));
      eval.add(cleaned, Files.readString(root("heldout7").resolve("mt/gold").resolve(dirty.getFileName())));
      assertEquals(cleaned.text(), Cleaner.defaults().clean(cleaned.text()).text(), "idempotent on " + dirty);
    }
    assertEquals(14, eval.pairs());
    assertEquals(0, eval.total().needless(), "changes made on text that needed none");
    assertEquals(eval.total().made(), eval.total().correct(), "every change moves toward the gold");
    assertTrue(eval.errorReduction() >= 0.90, "error reduction " + eval.errorReduction());
  }

  /**
   * Gold lines of one page that the chain does not produce yet: heldout5 p11, the near-miss spelling
   * El-Sayyed of a person outside names.tsv; heldout6 p03, a headline with the site name and share
   * buttons glued on (a page scraped without line breaks), and p07, a line whose repairs are missed.
   */
  private static int unrepairedLines(String set) {
    return set.equals("heldout4") ? 0 : 1;
  }

  private static Path root(String set) {
    return Path.of("src/test/resources/corpus", set);
  }

  /** Whether all but {@code missing} lines of {@code wanted} occur in {@code lines}, in the same order. */
  private static boolean holdsInOrder(String[] lines, String[] wanted, int missing) {
    int at = 0;
    int skipped = 0;
    for (String line : wanted) {
      int found = at;
      while (found < lines.length && !lines[found].equals(line)) {
        found++;
      }
      if (found < lines.length) {
        at = found + 1;
      } else {
        skipped++;
      }
    }
    return skipped <= missing;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
