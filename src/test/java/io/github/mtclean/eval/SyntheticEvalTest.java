package io.github.mtclean.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mtclean.Cleaner;
import io.github.mtclean.cli.EvalReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall at scale: the gold texts and the team's clean sentences, each damaged with
 * the corruptor, cleaned and scored. The pairs are left in target/synthetic for
 * {@code ./mtclean eval target/synthetic}.
 */
class SyntheticEvalTest {
  private static final long SEED = 20261122L;

  @Test
  void everyDamageClassChangesTheText() {
    String clean = "Caf\u00e9 owners said \"no\" to the plan\u2019s terms & conditions, the mayor said. The talks went on.\n\n"
        + "Kim Jong Un met officials on Monday, the agency said in a brief statement.\n";
    for (Corruptor.Damage d : Corruptor.DAMAGES) {
      assertNotEquals(clean, d.apply().apply(clean, new Random(SEED)), d.name());
    }
  }

  @Test
  void chainMakesFewWrongChangesOnSyntheticDamage() throws IOException {
    List<String> clean = cleanTexts();
    Path dir = Path.of("target/synthetic");
    Files.createDirectories(dir.resolve("dirty"));
    Files.createDirectories(dir.resolve("gold"));
    Random rnd = new Random(SEED);
    Evaluation eval = new Evaluation();
    for (int i = 0; i < 300; i++) {
      String gold = clean.get(rnd.nextInt(clean.size()));
      String dirty = Corruptor.corrupt(gold, 1 + rnd.nextInt(4), rnd);
      Files.writeString(dir.resolve("dirty/" + i + ".txt"), dirty);
      Files.writeString(dir.resolve("gold/" + i + ".txt"), gold);
      eval.add(Cleaner.defaults().clean(dirty), gold);
    }
    System.out.println("Synthetic damage, seed " + SEED + ":\n" + EvalReports.table(eval));
    assertEquals(300, eval.pairs());
    assertTrue(eval.precision(eval.total()) >= 0.95, EvalReports.table(eval));
    assertTrue(eval.errorReduction() > 0.1, EvalReports.table(eval));
  }

  /**
   * The gold texts, and the keep sentences of the repair corpus joined into documents of about
   * 1,500 chars, one house style per document as in real articles: curly or straight quotes, and
   * honorifics with or without a period ({@code Mr.} or {@code Mr}).
   */
  private static List<String> cleanTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String name : List.of("000_fd846f82308a80b0.txt", "004_2ea0163db3f04343.txt")) {
      texts.add(Files.readString(Path.of("../shared/gold", name)));
    }
    java.util.Map<String, StringBuilder> byStyle = new java.util.HashMap<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/corpus/repairs.tsv"))) {
      if (line.startsWith("keep\t")) {
        String row = line.substring(5).replace("\\n", "\n");
        String style = row.matches("(?s).*[\u201c\u201d\u2018\u2019].*") + "/" + row.matches("(?s).*\\b(?:Mr|Mrs|Ms|Dr) .*");
        StringBuilder doc = byStyle.computeIfAbsent(style, k -> new StringBuilder());
        doc.append(row).append("\n\n");
        if (doc.length() > 1500) {
          texts.add(doc.toString().strip() + "\n");
          doc.setLength(0);
        }
      }
    }
    return texts;
  }
}
