package io.github.mtclean.cli;

import io.github.mtclean.eval.Evaluation;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;

/** How {@code mtclean eval} prints an {@link Evaluation}: a table for people, JSON for machines. */
public final class EvalReports {
  private EvalReports() {}

  public static String table(Evaluation e) {
    StringBuilder sb = new StringBuilder(String.format("%-40s %6s %8s %9s %9s %7s %6s%n",
        "rule", "made", "correct", "needless", "precision", "recall", "F0.5"));
    for (Map.Entry<String, Evaluation.Score> row : e.rows()) {
      Evaluation.Score s = row.getValue();
      sb.append(String.format("%-40s %6d %8d %9d %9.3f %7.3f %6.3f%n", row.getKey(), s.made(), s.correct(),
          s.needless(), e.precision(s), e.recall(s), e.f05(s)));
    }
    sb.append(String.format("pairs %d, gold changes %d, token distance to gold %d before and %d after, error reduction %.3f%n",
        e.pairs(), e.goldChanges(), e.distanceBefore(), e.distanceAfter(), e.errorReduction()));
    return sb.toString();
  }

  public static String json(Evaluation e) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("{\"pairs\":%d,\"goldChanges\":%d,\"distanceBefore\":%d,\"distanceAfter\":%d,\"errorReduction\":%.4f,\"rules\":{",
        e.pairs(), e.goldChanges(), e.distanceBefore(), e.distanceAfter(), e.errorReduction()));
    String sep = "";
    for (Map.Entry<String, Evaluation.Score> row : e.rows()) {
      Evaluation.Score s = row.getValue();
      sb.append(sep).append(String.format("\"%s\":{\"made\":%d,\"correct\":%d,\"needless\":%d,\"precision\":%.4f,\"recall\":%.4f,\"f05\":%.4f}",
          StringEscapeUtils.escapeJava(row.getKey()), s.made(), s.correct(), s.needless(), e.precision(s), e.recall(s), e.f05(s)));
      sep = ",";
    }
    return sb.append("}}\n").toString();
  }
}
