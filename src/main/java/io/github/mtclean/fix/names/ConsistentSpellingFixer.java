package io.github.mtclean.fix.names;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One spelling per name within a text, for the names the table does not know: capitalised word
 * runs that differ only in a hyphen or a space between their parts, or in accents ({@link
 * NameKey#spaced}: {@code Choo Kyung-ho}, {@code Choo Kyung Ho}; {@code José Ramírez}, {@code Jose
 * Ramirez}) take the spelling the text uses most, when it uses it at least twice and more often
 * than any other. A tie changes nothing, and a difference of case or apostrophe alone is no other
 * spelling. Romanisation vowels are not folded here: without a table's check two names such as
 * {@code Episode VII} and {@code Episode VIII} would meet. Each run is read from its end, where a
 * name stands after its titles ({@code Finance Minister Choo Kyung-ho}); the longest part of it
 * that has another spelling is respelled.
 */
public final class ConsistentSpellingFixer implements Fixer {
  static final String RULE = "names/consistent-spelling";
  /** A majority of one says nothing. */
  private static final int MIN_USES = 2;

  private final NameTable table;

  public ConsistentSpellingFixer(NameTable table) {
    this.table = table;
  }

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  /** The last words of a run: {@code [start, end)} of the text, their {@link NameKey#spaced} key and their spelling. */
  private record Tail(int start, int end, String key, String spelling) {}

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    NamesInText names = NamesInText.of(doc, table);
    List<List<Tail>> tailsOfRuns = new ArrayList<>();
    Map<String, Map<String, List<Tail>>> byKey = new HashMap<>(); // key -> spelling read alike -> uses
    for (List<Token> run : names.runs) {
      List<Tail> tails = tails(text, run, names);
      tailsOfRuns.add(tails);
      for (Tail t : tails) {
        byKey.computeIfAbsent(t.key(), k -> new LinkedHashMap<>()).computeIfAbsent(readAlike(t.spelling()), k -> new ArrayList<>()).add(t);
      }
    }
    List<Replacement> out = new ArrayList<>();
    for (List<Tail> tails : tailsOfRuns) {
      for (int k = tails.size() - 1; k >= 0; k--) { // the longest tail first
        Tail t = tails.get(k);
        String majority = majority(byKey.get(t.key()));
        if (majority != null && !readAlike(t.spelling()).equals(readAlike(majority))) {
          out.add(Replacement.of(RULE, t.start(), t.end(), NamesInText.inCaseOf(majority, t.spelling())));
          break;
        }
      }
    }
    return out;
  }

  /**
   * The tails of two words or more of a run, shortest first; none that reaches into a table name
   * (the canonical rule spells those) or holds an initial.
   */
  private static List<Tail> tails(String text, List<Token> run, NamesInText names) {
    List<Tail> tails = new ArrayList<>();
    int end = run.get(run.size() - 1).end();
    for (int i = run.size() - 2; i >= 0; i--) {
      Token first = run.get(i);
      if (first.isInitial() || run.get(i + 1).isInitial() || names.isTableName(first.start(), end)) {
        break;
      }
      String spelling = text.substring(first.start(), end);
      tails.add(new Tail(first.start(), end, NameKey.spaced(spelling), spelling));
    }
    return tails;
  }

  /** The spelling used most, at least {@link #MIN_USES} times and more than any other; null if none, or if all read alike. */
  private static String majority(Map<String, List<Tail>> spellings) {
    if (spellings.size() < 2) {
      return null;
    }
    List<Tail> best = null;
    boolean tie = false;
    for (List<Tail> uses : spellings.values()) {
      if (best == null || uses.size() > best.size()) {
        best = uses;
        tie = false;
      } else if (uses.size() == best.size()) {
        tie = true;
      }
    }
    return tie || best.size() < MIN_USES ? null : mostWritten(best);
  }

  /** Of uses read alike, the form written most often (the first on a tie): {@code Choo Kyung-ho} over {@code CHOO KYUNG-HO}. */
  private static String mostWritten(List<Tail> uses) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    uses.forEach(t -> counts.merge(t.spelling(), 1, Integer::sum));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** A spelling as compared: case and the apostrophe's form do not make another spelling. */
  private static String readAlike(String spelling) {
    return spelling.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }
}
