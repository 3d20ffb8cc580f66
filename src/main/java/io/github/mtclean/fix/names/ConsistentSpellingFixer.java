package io.github.mtclean.fix.names;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.fix.boundaries.LocaleNames;
import io.github.mtclean.text.Document;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One spelling per name within a text, for the names the table does not know: capitalised word
 * runs that differ only in a hyphen or a space between their parts ({@code Choo Kyung-ho}, {@code
 * Choo Kyung Ho}, {@code Choo Kyungho}), in accents ({@code José Ramírez}, {@code Jose Ramirez}),
 * or in the letters romanisations write differently ({@link NameKey#of}: {@code Oleksiy Kravets},
 * {@code Oleksii Kravets}), and that share their first or last word, take the spelling the text
 * uses most; on a tie, the one whose words the text writes more often, or else the first, which
 * introduced the person, counting its words' uses in other names. A difference of case or
 * apostrophe alone is no other spelling. Words in capitals are not folded, or {@code Episode VII}
 * and {@code Episode VIII} would meet. Each run is read from its end, where
 * a name stands after its titles ({@code Finance Minister Choo Kyung-ho}); the longest part of it
 * that has another spelling is respelled.
 */
public final class ConsistentSpellingFixer implements Fixer {
  static final String RULE = "names/consistent-spelling";
  /** A majority of one says nothing. */
  private static final int MIN_USES = 2;
  private static final String OPENING_QUOTES = "\"'\u201C\u2018\u00AB\u201E";
  private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{M}]+");
  private static final String CLOSING_QUOTES = "\"'\u201D\u2019\u00BB\u201C";
  /** A title and the longest name ({@code NamesInText}'s five words): longer runs are headlines in title case. */
  private static final int LONGEST_TAIL = 6;

  private final NameTable table;

  public ConsistentSpellingFixer(NameTable table) {
    this.table = table;
  }

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  /**
   * The last words of a run: {@code [start, end)} of the text, their key ({@link
   * NameKey#romanised}, word by word: a hyphen reads as a space), and that key with each word's
   * parts joined. Tails meet on either, so {@code Kyung-ho} meets both {@code Kyung Ho} and
   * {@code Kyungho}; but {@code Air Lines} and {@code Airlines}, two words and one, stay apart.
   */
  private record Tail(int start, int end, String key, String joined) {
    Tail(int start, int end, String key) {
      this(start, end, key, key);
    }

    String spelling(String text) {
      return text.substring(start, end);
    }
  }

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    NamesInText names = NamesInText.of(doc, table);
    List<List<Tail>> tailsOfRuns = new ArrayList<>();
    Map<String, String> sameName = new HashMap<>(); // keys that meet, each towards one of them
    for (List<Token> run : names.multiWordRuns) {
      List<Tail> tails = tails(run, names);
      tailsOfRuns.add(tails);
      tails.forEach(t -> join(sameName, t.key(), t.joined()));
    }
    Map<String, List<Tail>> byKey = new HashMap<>();
    tailsOfRuns.forEach(tails -> tails.forEach(t -> byKey.computeIfAbsent(root(sameName, t.key()), k -> new ArrayList<>(1)).add(t)));
    hyphenatedVotes(names, sameName, byKey);
    Map<String, String> majorities = new HashMap<>(); // only keys with two uses or more are decided
    List<Replacement> out = new ArrayList<>();
    for (List<Tail> tails : tailsOfRuns) {
      if (tails.isEmpty() || isQuotedAlone(text, tails.get(tails.size() - 1).start(), tails.get(tails.size() - 1).end())) {
        continue;
      }
      for (int k = tails.size() - 1; k >= 0; k--) { // the longest tail first
        Tail t = tails.get(k);
        String key = root(sameName, t.key());
        List<Tail> uses = byKey.get(key);
        String majority = uses.size() < MIN_USES ? null : majorities.computeIfAbsent(key, any -> majority(text, uses, names));
        if (respell(text, t, majority, out)) {
          break;
        }
      }
    }
    respellSingleWords(text, names, out);
    restoreNameOrder(text, tailsOfRuns, out);
    return out;
  }

  /**
   * A hyphenated word, the last of a name or alone, votes for its spelling where two words of a
   * run spell it spaced ({@code Yael Ben-Ami}, {@code Ben-Ami said}, then {@code Dr. Ben Ami}):
   * it is one word, so it has no tail of its own.
   */
  private static void hyphenatedVotes(NamesInText names, Map<String, String> sameName, Map<String, List<Tail>> byKey) {
    Stream<Token> words = Stream.concat(names.multiWordRuns.stream().map(run -> run.get(run.size() - 1)),
        names.singles.stream().map(NamesInText.Single::token));
    words.filter(w -> w.text().indexOf('-') > 0 && !names.isTableName(w.start(), w.end())).forEach(w -> {
      String key = NameKey.ROMANISED.apply(w.text());
      List<Tail> same = byKey.get(root(sameName, key));
      if (same != null) {
        same.add(new Tail(w.start(), w.end(), key));
      }
    });
  }

  /** Makes keys {@code a} and {@code b} meet: their roots become one. */
  private static void join(Map<String, String> sameName, String a, String b) {
    String ra = root(sameName, a);
    String rb = root(sameName, b);
    if (!ra.equals(rb)) {
      sameName.put(rb, ra);
    }
  }

  /** The key that {@code key} and all keys that meet it go towards. */
  private static String root(Map<String, String> sameName, String key) {
    String r = key;
    for (String next = sameName.get(r); next != null; next = sameName.get(r)) {
      r = next;
    }
    return r;
  }

  /**
   * A two-word name written later in the other order ({@code Réka Kovács}, then {@code Kovács
   * Réka}: MT kept a Hungarian, Chinese or Korean source's order) takes the order it was
   * introduced in, when the text writes the other order only there.
   */
  private static void restoreNameOrder(String text, List<List<Tail>> tailsOfRuns, List<Replacement> out) {
    Map<String, Integer> firstAt = new HashMap<>(); // each two-word spelling, read alike, where it is first written
    Map<String, Integer> count = new HashMap<>();
    List<Tail> pairs = new ArrayList<>();
    for (List<Tail> tails : tailsOfRuns) {
      if (!tails.isEmpty() && tails.get(0).key().indexOf(' ') == tails.get(0).key().lastIndexOf(' ')) {
        String spelling = readAlike(tails.get(0).spelling(text));
        pairs.add(tails.get(0)); // the run's last two words
        firstAt.putIfAbsent(spelling, tails.get(0).start());
        count.merge(spelling, 1, Integer::sum);
      }
    }
    for (Tail t : pairs) {
      String[] words = t.spelling(text).split(" ");
      if (words.length != 2) {
        continue;
      }
      String swapped = words[1] + " " + words[0];
      Integer introduced = firstAt.get(readAlike(swapped));
      // two people, each named more than once, may be Lee Min and Min Lee; the overlap is asked last, as most names have no swapped twin
      if (introduced != null && introduced < t.start() && count.get(readAlike(t.spelling(text))) == 1 && !overlaps(out, t)) {
        out.add(Replacement.of(RULE, t.start(), t.end(), swapped));
      }
    }
  }

  private static boolean overlaps(List<Replacement> out, Tail t) {
    return out.stream().anyMatch(r -> r.span().start() < t.end() && t.start() < r.span().end());
  }

  /** How often the text writes each capitalised word, in names or alone, read alike. */
  private static Map<String, Integer> wordUses(NamesInText names) {
    Map<String, Integer> uses = new HashMap<>();
    names.multiWordRuns.forEach(run -> run.forEach(w -> uses.merge(readAlike(w.text()), 1, Integer::sum)));
    names.singles.stream().filter(single -> single.title() == null)
        .forEach(single -> uses.merge(readAlike(single.token().text()), 1, Integer::sum));
    return uses;
  }

  /** Adds the respelling of {@code t} to {@code majority}, if there is one and it reads otherwise; says whether it did. */
  private static boolean respell(String text, Tail t, String majority, List<Replacement> out) {
    boolean fullName = t.spelling(text).indexOf(' ') >= 0 || majority != null && majority.indexOf(' ') >= 0;
    if (majority == null || majority.isEmpty() || readAlike(t.spelling(text)).equals(readAlike(majority))
        || fullName && !shareAWord(t.spelling(text), majority)) { // a lone surname meets its own on its key alone
      return false;
    }
    out.add(Replacement.of(RULE, t.start(), t.end(), NamesInText.inCaseOf(majority, t.spelling(text))));
    return true;
  }

  /**
   * Whether {@code [start, end)} is all a quotation holds ({@code on the ballot as "Ana Lucia
   * Ortega", without the accent}): the text quotes that spelling on purpose.
   */
  private static boolean isQuotedAlone(String text, int start, int end) {
    int close = end < text.length() && ",.".indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
    return start > 0 && close < text.length() && OPENING_QUOTES.indexOf(text.charAt(start - 1)) >= 0
        && CLOSING_QUOTES.indexOf(text.charAt(close)) >= 0;
  }

  /**
   * A surname standing alone ({@code Hernandez explained}) takes the spelling its uses as the last
   * word of a name have with it ({@code Director Hernández}, {@code Clara Hernández}), by the same
   * majority; a word no name ends with is not read as a name.
   */
  private static void respellSingleWords(String text, NamesInText names, List<Replacement> out) {
    Map<String, List<Tail>> uses = new HashMap<>();
    Set<String> surnames = new HashSet<>(); // the spellings full names end with, read alike
    for (List<Token> run : names.multiWordRuns) {
      Token last = run.get(run.size() - 1);
      if (!last.isInitial() && !names.isTableName(last.start(), last.end())) {
        surnames.add(readAlike(last.text()));
        String key = NameKey.ROMANISED.apply(last.text());
        uses.computeIfAbsent(key, k -> new ArrayList<>()).add(new Tail(last.start(), last.end(), key));
      }
    }
    List<Tail> alone = new ArrayList<>();
    for (NamesInText.Single single : names.singles) {
      Token word = single.token();
      String key = NameKey.ROMANISED.apply(word.text());
      List<Tail> same = uses.get(key);
      if (same != null && !names.isTableName(word.start(), word.end()) && !LocaleNames.isWeekdayOrMonth(word.text())) { // in May is no Chiang Mai
        Tail t = new Tail(word.start(), word.end(), key);
        same.add(t);
        alone.add(t);
      }
    }
    Map<String, String> majorities = new HashMap<>();
    Map<String, Integer> wordUses = alone.isEmpty() ? Map.of() : wordUses(names);
    BitSet respelled = new BitSet(); // the chars the full names' respellings cover
    out.forEach(r -> respelled.set(r.span().start(), r.span().end()));
    for (Tail t : alone) {
      int covered = respelled.nextSetBit(t.start());
      if (covered >= 0 && covered < t.end()) {
        continue; // a titled surname a full name's respelling took in already (Ms Wrobel-Szulc)
      }
      String majority = majorities.computeIfAbsent(t.key(), k -> majority(text, uses.get(k), null));
      String spelling = t.spelling(text);
      if (!majority.isEmpty() && !NameKey.SPACED.apply(spelling).equals(NameKey.SPACED.apply(majority))
          && surnames.contains(readAlike(spelling))) {
        continue; // a romanisation apart that ends a full name of its own is another person's (Anna Novak, Peter Nowak)
      }
      if (!respell(text, t, majority, out)) {
        respell(text, t, introducedOnce(text, uses.get(t.key()), t, wordUses), out);
      }
    }
  }

  /**
   * The spelling of the one name that introduced a surname the text then writes once alone and
   * otherwise nowhere ({@code Vicent Ferrándiz}, then {@code Ferrandiz said}); null when the lone
   * spelling is the text's own elsewhere too ({@code Ramirez Street}), or is not that one use.
   */
  private static String introducedOnce(String text, List<Tail> uses, Tail lone, Map<String, Integer> wordUses) {
    boolean once = uses.size() == 2 && uses.get(1) == lone && uses.get(0).start() < lone.start();
    return once && wordUses.getOrDefault(readAlike(lone.spelling(text)), 0) == 1 ? uses.get(0).spelling(text) : null;
  }

  /**
   * The tails of two to {@link #LONGEST_TAIL} words of a run, shortest first; none that reaches
   * into a table name (the canonical rule spells those) or holds an initial.
   */
  private static List<Tail> tails(List<Token> run, NamesInText names) {
    List<Tail> tails = new ArrayList<>();
    Token last = run.get(run.size() - 1);
    StringBuilder key = new StringBuilder(NameKey.ROMANISED.apply(last.text()));
    StringBuilder joined = new StringBuilder(joinedParts(last));
    for (int i = run.size() - 2; i >= 0 && run.size() - i <= LONGEST_TAIL; i--) {
      Token first = run.get(i);
      if (first.isInitial() || run.get(i + 1).isInitial() || names.isTableName(first.start(), last.end())) {
        break;
      }
      key.insert(0, ' ').insert(0, NameKey.ROMANISED.apply(first.text()));
      joined.insert(0, ' ').insert(0, joinedParts(first));
      tails.add(new Tail(first.start(), last.end(), key.toString(), joined.toString()));
    }
    return tails;
  }

  /** A word's key with its hyphenated parts joined: {@code Ming-he} as {@code Minghe}. */
  private static String joinedParts(Token word) {
    return NameKey.ROMANISED.apply(word.text()).replace(" ", "");
  }

  /**
   * The spelling used most, at least {@link #MIN_USES} times and more than any other; empty if
   * there is none, or if all uses read alike (a map cannot hold null). {@code names}, for full
   * names, breaks a tie between spellings that differ only in letters; null for a lone word, which
   * may be a place's English name ({@code San Jose} beside {@code José Andrés}).
   */
  private static String majority(String text, List<Tail> uses, NamesInText names) {
    Map<String, List<Tail>> spellings = new LinkedHashMap<>();
    uses.forEach(t -> spellings.computeIfAbsent(readAlike(t.spelling(text)), k -> new ArrayList<>()).add(t));
    if (spellings.size() < 2) {
      return "";
    }
    int most = spellings.values().stream().mapToInt(List::size).max().orElseThrow();
    List<List<Tail>> top = spellings.values().stream().filter(alike -> alike.size() == most).toList();
    if (top.size() == 1 && most >= MIN_USES) {
      return mostWritten(text, top.get(0));
    }
    List<Tail> chosen = names == null ? null : byWordUses(text, top, wordUses(names)); // a tie is rare
    return chosen == null ? "" : mostWritten(text, chosen);
  }

  /**
   * Of spellings used equally often ({@code Hélène Marchetti}, {@code Helene Marchetti}; {@code
   * Jürgen Weiß}, {@code Juergen Weiss}; {@code Zhou Minghe}, {@code Zhou Ming-he}), the one whose
   * words the text writes more often, alone or in other names ({@code Mr. Thanh} makes it {@code
   * Nguyen Van Thanh}, not {@code Nguyễn Văn Thành}); on a tie, the one written first, which
   * introduced the person.
   */
  private static List<Tail> byWordUses(String text, List<List<Tail>> tied, Map<String, Integer> wordUses) {
    String parts = parts(tied.get(0).get(0).spelling(text));
    if (!tied.stream().allMatch(alike -> parts(alike.get(0).spelling(text)).equals(parts))) {
      return writtenFirst(text, tied); // Choo Kyung-ho and Choo Kyung Ho: words counted apart would favour the one with more
    }
    List<Tail> best = null;
    int bestScore = -1;
    for (List<Tail> alike : tied) {
      int score = 0;
      for (String word : alike.get(0).spelling(text).split(" ")) {
        score += wordUses.getOrDefault(readAlike(word), 0);
      }
      if (score > bestScore || score == bestScore && alike.get(0).start() < best.get(0).start()) {
        best = alike;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Of spellings that differ in how their parts are joined, the one whose differing words the text
   * writes first anywhere, alone or in another name: that introduced the person ({@code Avital
   * Ben-Haim}, then {@code Dr Ben Haim} and {@code Dr Ben-Haim}: the hyphen).
   */
  private static List<Tail> writtenFirst(String text, List<List<Tail>> tied) {
    String first = tied.get(0).get(0).spelling(text);
    int common = first.length();
    for (List<Tail> alike : tied) {
      String spelling = alike.get(0).spelling(text);
      int k = 0;
      while (k < Math.min(common, spelling.length()) && spelling.charAt(k) == first.charAt(k)) {
        k++;
      }
      common = k;
    }
    int from = first.lastIndexOf(' ', common - 1) + 1; // the words they share before the difference
    List<Tail> best = tied.get(0);
    int bestAt = Integer.MAX_VALUE;
    for (List<Tail> alike : tied) {
      int at = firstWholeUse(text, alike.get(0).spelling(text).substring(from));
      if (at < bestAt) {
        best = alike;
        bestAt = at;
      }
    }
    return best;
  }

  /** Where the text first writes {@code words} with no letter or hyphen joined to either end; the text's length if nowhere. */
  private static int firstWholeUse(String text, String words) {
    for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
      int end = i + words.length();
      if ((i == 0 || !isWordChar(text.charAt(i - 1))) && (end == text.length() || !isWordChar(text.charAt(end)))) {
        return i;
      }
    }
    return text.length();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == '-';
  }

  /**
   * Whether two spellings of a full name share their first or their last word, read alike: the
   * words a romanisation left alone ({@code Oleksiy Kravets}, {@code Oleksii Kravets}). Two
   * names that differ in every word are not taken for one on their romanised keys alone.
   */
  private static boolean shareAWord(String a, String b) {
    String[] x = NameKey.SPACED.apply(a).split(" ");
    String[] y = NameKey.SPACED.apply(b).split(" ");
    return x[0].equals(y[0]) || x[x.length - 1].equals(y[y.length - 1]);
  }

  /** How a spelling's words and their parts are joined: {@code Kyung-ho Lee} is {@code x-x x}. */
  private static String parts(String spelling) {
    return LETTERS.matcher(spelling).replaceAll("x");
  }

  /** Of uses read alike, the form written most often (the first on a tie): {@code Choo Kyung-ho} over {@code CHOO KYUNG-HO}. */
  private static String mostWritten(String text, List<Tail> uses) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    uses.forEach(t -> counts.merge(t.spelling(text), 1, Integer::sum));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** A spelling as compared: case and the apostrophe's form do not make another spelling. */
  private static String readAlike(String spelling) {
    return spelling.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }
}
