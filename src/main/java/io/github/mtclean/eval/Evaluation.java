package io.github.mtclean.eval;

import io.github.mtclean.Cleaned;
import io.github.mtclean.Edit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores cleaned texts against gold, at token level. The changes the gold makes to the dirty text
 * and the changes the cleaner made are both taken from token diffs. A change the cleaner made is
 * correct when it moves the text toward the gold: applied alone to the dirty text, it lowers the
 * token edit distance to the gold. It is credited to the rules whose edits touch it. Recall is the
 * share of the gold's changes matched by correct ones. Not thread-safe: one per run.
 */
public final class Evaluation {
  /** Counts for one rule, or for all. */
  public static final class Score {
    int made;
    int correct;
    int needless;

    public int made() {
      return made;
    }

    public int correct() {
      return correct;
    }

    /** Changes made where the gold changes nothing nearby. */
    public int needless() {
      return needless;
    }
  }

  private final Score total = new Score();
  private final Map<String, Score> byRule = new TreeMap<>();
  private int goldChanges;
  private long distanceBefore;
  private long distanceAfter;
  private int pairs;

  /** Adds one pair: {@code cleaned} is the cleaner's result on {@code cleaned.original()}. */
  public void add(Cleaned cleaned, String gold) {
    pairs++;
    Tokens dirty = Tokens.of(cleaned.original());
    Tokens goldTokens = Tokens.of(gold);
    List<TokenChange> needed = TokenChange.between(dirty, goldTokens);
    List<TokenChange> made = TokenChange.between(dirty, Tokens.of(cleaned.text()));
    int before = TokenChange.distance(needed);
    goldChanges += needed.size();
    distanceBefore += before;
    distanceAfter += TokenChange.distance(TokenChange.between(Tokens.of(cleaned.text()), goldTokens));
    for (TokenChange change : made) {
      boolean correct = TokenChange.distance(TokenChange.between(change.applyTo(dirty.texts()), goldTokens.texts())) < before;
      boolean needless = needed.stream().noneMatch(change::overlaps);
      count(total, correct, needless);
      for (String rule : rulesOf(change, dirty, cleaned.edits())) {
        count(byRule.computeIfAbsent(rule, r -> new Score()), correct, needless);
      }
    }
  }

  private static void count(Score s, boolean correct, boolean needless) {
    s.made++;
    s.correct += correct ? 1 : 0;
    s.needless += needless ? 1 : 0;
  }

  /** The rules of the edits that touch the chars of {@code change}. */
  private static Set<String> rulesOf(TokenChange change, Tokens tokens, List<Edit> edits) {
    int start = change.from() > 0 ? tokens.ends()[change.from() - 1] : 0; // include the space before
    int end = change.to() < tokens.size() ? tokens.charStart(change.to()) : Integer.MAX_VALUE;
    Set<String> rules = new LinkedHashSet<>();
    for (Edit e : edits) {
      if (e.source().start() <= end && e.source().end() >= start) {
        rules.addAll(List.of(e.rule().split("\\+")));
      }
    }
    if (rules.isEmpty()) {
      rules.add("(unattributed)");
    }
    return rules;
  }

  public int pairs() {
    return pairs;
  }

  public int goldChanges() {
    return goldChanges;
  }

  public Score total() {
    return total;
  }

  public Map<String, Score> byRule() {
    return byRule;
  }

  public double precision(Score s) {
    return s.made == 0 ? 1.0 : (double) s.correct / s.made;
  }

  /** The share of the gold's changes that this score got right. */
  public double recall(Score s) {
    return goldChanges == 0 ? 1.0 : (double) s.correct / goldChanges;
  }

  /** F0.5: precision weighs twice as much as recall. */
  public double f05(Score s) {
    double p = precision(s);
    double r = recall(s);
    return p + r == 0 ? 0 : 1.25 * p * r / (0.25 * p + r);
  }

  /** {@code 1 - d(output, gold) / d(input, gold)}, d the token edit distance; 1 when nothing was needed and nothing done. */
  public double errorReduction() {
    return distanceBefore == 0 ? (distanceAfter == 0 ? 1.0 : -distanceAfter) : 1.0 - (double) distanceAfter / distanceBefore;
  }

  public long distanceBefore() {
    return distanceBefore;
  }

  public long distanceAfter() {
    return distanceAfter;
  }

  /** Rules in the order to show them: the total first. */
  public List<Map.Entry<String, Score>> rows() {
    List<Map.Entry<String, Score>> rows = new ArrayList<>();
    rows.add(Map.entry("TOTAL", total));
    rows.addAll(byRule.entrySet());
    return rows;
  }
}
