package io.github.mtclean.fix.lines;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mtclean.Cleaner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each DIRTY line of a fragment corpus, put between two article paragraphs, must come out as its
 * CLEAN line, or lose it when CLEAN is {@value #REMOVED}. Reports how many fragments were removed exactly and how many lines were harmed
 * (a quoted fragment removed, or anything else changed); fails below issue 3's floors, 0.98
 * precision and 0.90 recall. First runs, before the misses were studied: fragments.tsv recall
 * 0.60; fragments-heldout2.tsv precision 0.964, recall 0.871; fragments-heldout3.tsv (written by a
 * session that read neither code nor rules) precision 1.000, recall 0.833.
 */
class FragmentCorpusTest {
  private static final String BEFORE = "The two leaders met on Tuesday in the eastern port city, officials said.\n\n";
  private static final String AFTER = "\n\nNeither side gave details of any agreement, and more talks are expected.\n";
  /** A CLEAN that says the whole line goes, with the blank line that set it apart. */
  private static final String REMOVED = "(line removed)";

  @ParameterizedTest
  @ValueSource(strings = {"fragments-dev.tsv", "fragments.tsv", "fragments-heldout2.tsv", "fragments-heldout3.tsv"})
  void fragmentsAreRemovedAndQuotedWordsKept(String file) {
    Assumptions.assumeTrue(LineCorpus.exists(file), file + " not written yet");
    int dirty = 0;
    int fixed = 0;
    int changed = 0;
    int harmed = 0;
    List<String> mistakes = new ArrayList<>();
    for (LineCorpus.Row row : LineCorpus.read(file)) {
      String clean = row.b();
      String out = Cleaner.defaults().clean(BEFORE + row.a() + AFTER).text();
      String expected = clean.equals(REMOVED) ? BEFORE + AFTER.substring(2) : BEFORE + clean + AFTER;
      boolean hasFragment = !row.a().equals(clean);
      boolean touched = !out.equals(BEFORE + row.a() + AFTER);
      dirty += hasFragment ? 1 : 0;
      changed += touched ? 1 : 0;
      if (out.equals(expected)) {
        fixed += hasFragment ? 1 : 0;
      } else {
        harmed += touched ? 1 : 0;
        mistakes.add(file + ":" + row.line() + (touched ? " harmed: " : " missed: ") + row.a() + " -> " + out.strip().replace("\n", " / "));
      }
    }
    double precision = changed == 0 ? 1.0 : 1.0 - (double) harmed / changed;
    double recall = dirty == 0 ? 1.0 : (double) fixed / dirty;
    String report = String.format("%s: %d pairs, %d with a fragment: precision %.3f, recall %.3f%n  %s%n",
        file, LineCorpus.read(file).size(), dirty, precision, recall, String.join("\n  ", mistakes));
    System.out.print(report);
    assertTrue(precision >= 0.98 && recall >= 0.90, report);
  }
}
