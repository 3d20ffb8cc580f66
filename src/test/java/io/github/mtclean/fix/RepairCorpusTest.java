package io.github.mtclean.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mtclean.Cleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.github.mtclean.Cleaned;
import io.github.mtclean.eval.Evaluation;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

/**
 * The team's repair corpus (src/test/resources/corpus/repairs.tsv): dirty/clean pairs per damage
 * class, and correct sentences that must come out unchanged, all through the whole default chain.
 */
class RepairCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus/repairs.tsv");

  /** The share of each class's rows the chain must get exactly right. */
  private static final Map<String, Double> REPAIRED = Map.ofEntries(
      Map.entry("capital-after-comma", 0.9),
      Map.entry("dangling-word", 0.9),
      Map.entry("lost-capital", 0.9),
      Map.entry("missing-period", 0.9),
      Map.entry("missing-space", 0.9),
      Map.entry("punct-debris", 0.9),
      Map.entry("quote-foreign", 0.9),
      Map.entry("quote-unpaired-close", 0.9),
      Map.entry("quote-unpaired-open", 0.9),
      Map.entry("space-before-punct", 0.9),
      Map.entry("split-line", 0.9),
      Map.entry("stray-article", 0.9),
      Map.entry("stray-period", 0.9));
  /** Issue 4's thresholds: edit precision of every rule, and token-level recall of every class. */
  private static final double MIN_PRECISION = 0.97;
  private static final double MIN_RECALL = 0.90;

  record Row(String kind, String dirty, String clean, int line) {}

  @Test
  void keepRowsComeOutUnchanged() throws IOException {
    List<String> harmed = new ArrayList<>();
    for (Row r : rows()) {
      if (r.kind.equals("keep") && !clean(r.dirty).equals(r.dirty + "\n")) {
        harmed.add("line " + r.line + ": " + r.dirty + "\n    -> " + clean(r.dirty));
      }
    }
    assertEquals(List.of(), harmed);
  }

  @Test
  void repairedClassesComeOutAsTheGold() throws IOException {
    Map<String, int[]> byClass = new TreeMap<>(); // exact, unchanged, wrong, total
    List<String> wrong = new ArrayList<>();
    for (Row r : rows()) {
      if (r.kind.equals("keep")) {
        continue;
      }
      String out = clean(r.dirty);
      int[] c = byClass.computeIfAbsent(r.kind, k -> new int[4]);
      c[3]++;
      if (out.equals(r.clean + "\n")) {
        c[0]++;
      } else if (out.equals(r.dirty + "\n")) {
        c[1]++;
      } else {
        c[2]++;
        wrong.add(r.kind + " line " + r.line + ": " + r.dirty + "\n    -> " + out + "    gold " + r.clean);
      }
    }
    StringBuilder report = new StringBuilder(String.format("%-22s %5s %9s %5s %5s%n", "class", "exact", "untouched", "other", "rows"));
    byClass.forEach((k, c) -> report.append(String.format("%-22s %5d %9d %5d %5d%n", k, c[0], c[1], c[2], c[3])));
    System.out.println("Repair corpus:\n" + report + String.join("\n", wrong));
    REPAIRED.forEach((k, min) -> {
      int[] c = byClass.get(k);
      assertTrue(c[0] >= min * c[3], k + ": " + c[0] + " of " + c[3] + " exact\n" + report);
    });
  }

  /**
   * Token-level scores as `mtclean eval` computes them: each rule's precision over every row (a
   * change to a keep row is a wrong edit), and each class's recall over its own rows.
   */
  @Test
  void everyRuleIsPreciseAndEveryClassIsFound() throws IOException {
    Evaluation all = new Evaluation();
    Map<String, Evaluation> byClass = new TreeMap<>();
    for (Row r : rows()) {
      Cleaned cleaned = Cleaner.defaults().clean(r.dirty + "\n");
      all.add(cleaned, r.clean + "\n");
      if (!r.kind.equals("keep")) {
        byClass.computeIfAbsent(r.kind, k -> new Evaluation()).add(cleaned, r.clean + "\n");
      }
    }
    StringBuilder report = new StringBuilder(String.format("%-34s %5s %7s %9s%n", "rule", "made", "correct", "precision"));
    all.byRule().forEach((rule, s) -> report.append(String.format("%-34s %5d %7d %9.3f%n", rule, s.made(), s.correct(), all.precision(s))));
    report.append(String.format("%n%-22s %7s %7s%n", "class", "changes", "recall"));
    byClass.forEach((k, e) -> report.append(String.format("%-22s %7d %7.3f%n", k, e.goldChanges(), e.recall(e.total()))));
    System.out.println("Repair corpus, token level:\n" + report);
    all.byRule().forEach((rule, s) ->
        assertTrue(all.precision(s) >= MIN_PRECISION, rule + " precision " + all.precision(s) + "\n" + report));
    byClass.forEach((k, e) ->
        assertTrue(e.recall(e.total()) >= MIN_RECALL, k + " recall " + e.recall(e.total()) + "\n" + report));
  }

  private static String clean(String text) {
    return Cleaner.defaults().clean(text + "\n").text();
  }

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(CORPUS);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String dirty = StringEscapeUtils.unescapeJava(f[1]);
      rows.add(new Row(f[0], dirty, f.length > 2 ? StringEscapeUtils.unescapeJava(f[2]) : dirty, i + 1));
    }
    return rows;
  }
}
