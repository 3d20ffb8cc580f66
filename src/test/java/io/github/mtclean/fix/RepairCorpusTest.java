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
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

/**
 * The team's repair corpus (src/test/resources/corpus/repairs.tsv): dirty/clean pairs per damage
 * class, and correct sentences that must come out unchanged, all through the whole default chain.
 */
class RepairCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus/repairs.tsv");

  /**
   * Classes the chain repairs today, with the share of their rows it must get exactly right. The
   * other classes (sentence boundaries) are issue 4's remaining work; their rows are still checked
   * for harm: a row the chain does not fix must come out as it went in.
   */
  private static final Map<String, Double> REPAIRED = Map.of(
      "space-before-punct", 0.9,
      "punct-debris", 0.6,
      "quote-foreign", 0.9,
      "quote-unpaired-close", 0.9,
      "quote-unpaired-open", 0.6);

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
