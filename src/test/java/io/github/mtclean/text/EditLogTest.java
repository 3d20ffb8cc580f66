package io.github.mtclean.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mtclean.Edit;
import io.github.mtclean.Replacement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class EditLogTest {

  @Test
  void recordsEditsInOriginalCoordinatesAcrossStages() {
    EditLog log = new EditLog("ab cd ef");
    log.apply(List.of(Replacement.of("s1/x", 0, 2, "XYZ"))); // "XYZ cd ef"
    log.apply(List.of(Replacement.of("s2/y", 4, 6, "")));    // "XYZ  ef"
    assertEquals("XYZ  ef", log.text());
    assertEquals(List.of(
        new Edit("s1/x", new io.github.mtclean.Span(0, 2), "ab", "XYZ"),
        new Edit("s2/y", new io.github.mtclean.Span(3, 5), "cd", "")), log.edits());
    OffsetMap map = log.offsets();
    assertEquals(0, map.toOriginal(1), "inside an edit maps to its original start");
    assertEquals(2, map.toOriginal(3), "just past an edit maps to its original end");
    assertEquals(5, map.toOriginal(4));
    assertEquals(8, map.toOriginal(7));
  }

  @Test
  void laterStageTouchingEarlierChangeMergesAndNamesBothRules() {
    EditLog log = new EditLog("one , two");
    log.apply(List.of(Replacement.of("punctuation/a", 3, 5, ","))); // "one, two"
    log.apply(List.of(Replacement.of("punctuation/b", 3, 4, ";"))); // "one; two"
    assertEquals(List.of(new Edit("punctuation/a+punctuation/b", new io.github.mtclean.Span(3, 5), " ,", ";")),
        log.edits());
  }

  @Test
  void changeUndoneByALaterStageLeavesNoEdit() {
    EditLog log = new EditLog("colour");
    log.apply(List.of(Replacement.of("a/x", 4, 5, ""))); // "color"
    log.apply(List.of(Replacement.of("a/y", 3, 5, "our")));
    assertEquals("colour", log.text());
    assertEquals(List.of(), log.edits());
  }

  @Test
  void oneEarlierChangeOverlappedByTwoLaterReplacementsBecomesOneEdit() {
    EditLog log = new EditLog("a-b");
    log.apply(List.of(Replacement.of("s/one", 1, 2, "xyz"))); // "axyzb"
    log.apply(List.of(Replacement.of("s/two", 1, 2, "X"), Replacement.of("s/three", 3, 4, "Z"))); // "aXyZb"
    assertEquals("aXyZb", log.text());
    assertEquals(List.of(new Edit("s/one+s/two+s/three", new io.github.mtclean.Span(1, 2), "-", "XyZ")), log.edits());
  }

  @Test
  void overlappingReplacementsNameTheRulesAndBothSpans() {
    EditLog log = new EditLog("abcdef");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> log.apply(List.of(
        Replacement.of("fam/first", 0, 3, "x"), Replacement.of("fam/second", 2, 4, "y"))));
    assertTrue(e.getMessage().contains("fam/first at [0, 3)") && e.getMessage().contains("fam/second at [2, 4)"),
        e.getMessage());
  }

  @Test
  void twoInsertionsAtOnePointAreRejected() {
    EditLog log = new EditLog("abc");
    assertThrows(IllegalArgumentException.class, () -> log.apply(List.of(
        Replacement.of("f/a", 1, 1, "x"), Replacement.of("f/b", 1, 1, "y"))));
  }

  /**
   * Random stages of random replacements, checked against a slow reference that tracks, for
   * every character of the current text, which original character it is (or -1 if written by a rule).
   */
  @RepeatedTest(300)
  void agreesWithCharacterLevelReference() {
    Random rnd = new Random();
    long seed = rnd.nextLong();
    rnd = new Random(seed);
    String original = randomText(rnd, rnd.nextInt(30));
    EditLog log = new EditLog(original);
    StringBuilder text = new StringBuilder(original);
    List<Integer> origin = new ArrayList<>();
    for (int i = 0; i < original.length(); i++) {
      origin.add(i);
    }
    int stages = 1 + rnd.nextInt(5);
    for (int s = 0; s < stages; s++) {
      List<Replacement> reps = randomReplacements(rnd, text.toString(), "stage" + s + "/r");
      log.apply(reps);
      List<Replacement> rightToLeft = new ArrayList<>(reps); // keeps the offsets still to apply valid
      rightToLeft.sort((x, y) -> Integer.compare(y.span().start(), x.span().start()));
      for (Replacement r : rightToLeft) {
        int a = r.span().start();
        int b = r.span().end();
        if (text.substring(a, b).equals(r.text())) {
          continue; // a no-op replacement is ignored
        }
        text.replace(a, b, r.text());
        origin.subList(a, b).clear();
        for (int c = 0; c < r.text().length(); c++) {
          origin.add(a, -1);
        }
      }
    }
    String msg = "seed " + seed;
    assertEquals(text.toString(), log.text(), msg);
    List<Edit> edits = log.edits();
    assertEquals(log.text(), Edit.replay(original, edits), msg);
    int previousEnd = 0;
    for (Edit e : edits) {
      assertTrue(e.source().start() >= previousEnd, msg + ": edits overlap or are out of order: " + edits);
      assertEquals(original.substring(e.source().start(), e.source().end()), e.before(), msg);
      previousEnd = e.source().end();
    }
    OffsetMap map = log.offsets();
    assertEquals(text.length(), map.outputLength(), msg);
    assertEquals(original.length(), map.toOriginal(text.length()), msg);
    for (int k = 0; k < text.length(); k++) {
      if (origin.get(k) >= 0) {
        assertEquals((int) origin.get(k), map.toOriginal(k), msg + " at " + k);
      } else {
        int lo = -1;
        for (int j = k - 1; j >= 0 && lo < 0; j--) {
          lo = origin.get(j) >= 0 ? origin.get(j) + 1 : lo;
        }
        int hi = original.length();
        for (int j = k + 1; j < text.length(); j++) {
          if (origin.get(j) >= 0) {
            hi = origin.get(j);
            break;
          }
        }
        int mapped = map.toOriginal(k);
        assertTrue(mapped >= Math.max(lo, 0) && mapped <= hi, msg + ": offset " + k + " mapped to " + mapped);
      }
    }
  }

  private static String randomText(Random rnd, int length) {
    String alphabet = "ab. ,\n";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static List<Replacement> randomReplacements(Random rnd, String text, String rule) {
    List<Replacement> reps = new ArrayList<>();
    int pos = 0;
    while (pos <= text.length() && rnd.nextInt(3) > 0) {
      int start = pos + rnd.nextInt(Math.max(1, Math.min(4, text.length() - pos + 1)));
      if (start > text.length()) {
        break;
      }
      int end = start + rnd.nextInt(Math.max(1, Math.min(3, text.length() - start + 1)));
      reps.add(Replacement.of(rule, start, end, randomText(rnd, rnd.nextInt(3))));
      pos = end + 1; // keep replacements apart so no two insertions share a point
    }
    java.util.Collections.shuffle(reps, rnd);
    return reps;
  }
}
