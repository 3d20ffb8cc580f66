package io.github.mtclean.fix.names;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.text.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Repairs a garbled surname after a title ({@code President Yong}) when the text has already named
 * that person in full with that title ({@code President Yoon Suk Yeol}) and no other name in the text
 * comes close: same title, near-identical surname, same document, nobody else it could be. For
 * people the table does not list, the text's own uses decide: {@code Chief Jeon} is {@code Chief
 * Jeong} when the text writes that after the same title and uses the name more often, and never
 * writes {@code Jeon} in a full name of its own; {@code Director Cheng} is {@code Director Chen}
 * when the text introduced {@code Chen Kuo-hua} before and never a Cheng. Two romanisations of one
 * Korean family name are as close as one letter ({@code Mr. Gang} beside {@code Kang Min-seok}), and
 * a later full name with an earlier one's given name and a slip in the surname, or its surname and
 * a slip in the given name, is that person ({@code Derek Amankwa} after {@code Derek Amankwah}).
 */
public final class NearMissSurnameFixer implements Fixer {
  static final String RULE = "names/in-document";
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(2);
  private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
  /** Letters of a name short enough that Jaro-Winkler cannot judge one change in it. */
  private static final int SHORT_NAME = 4;
  private static final double MIN_SIMILARITY = 0.85;
  /** Letters of a name long enough that one changed letter leaves it recognisable, whatever Jaro-Winkler says. */
  private static final int LONG_NAME = 6;
  /** Words right before a long name's last that it shares with an earlier name: enough to say it is that person, whatever its last word. */
  private static final int LONG_NAME_PREFIX = 3;
  /** Letters of a surname written alone that may be mended: shorter ones are too often another word. */
  private static final int MIN_UNTITLED = 4;
  /** After an article a word alone modifies a noun ({@code the Siwi variety} beside {@code Siwa Oasis}): no surname. */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  /**
   * A name's form: capitalised, lower case after, its parts joined by hyphens ({@code
   * Ekdahl-Forsberg}), maybe after a Gaelic prefix ({@code McAlpine}, {@code MacLeod}, {@code
   * O'Neill}); no {@code LUMO}, no {@code RavensgillWx}.
   */
  private static final Pattern CAPITALISED_PARTS = Pattern.compile("(?:Mc|Mac|O['\u2019])?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*");
  private static final Set<String> WOMEN_HONORIFICS = Set.of("Ms", "Mrs", "Miss");
  private static final Set<String> HONORIFICS = Set.of("Mr", "Ms", "Mrs", "Miss", "Mx");
  private final NameTable table;
  /** Titles before the names of people the table does not list, capitalised as before a name. */
  private final Set<String> titles;
  /** The same titles in lower case, as running text writes them before a name ({@code District chief Kim}). */
  private final Set<String> lowerCaseTitles;
  /** Family names written first ({@code rules/family-first.txt}), as {@link NameKey#plain} keys. */
  private final Set<String> familyFirst;
  /** Each spelling of a Korean family name ({@code rules/korean-surnames.txt}), in lower case, with the first spelling of its line. */
  private final Map<String, String> koreanSurname;

  /** Lower-case words of names ({@code rules/name-particles.txt}: {@code van}, {@code ole}), between a given name and a surname. */
  private final Set<String> particles;

  /**
   * {@code titles}, {@code familyFirst}: in lower case; {@code koreanSurnames}: lines of one name's
   * spellings; {@code particles}: as names write them.
   */
  public NearMissSurnameFixer(NameTable table, Set<String> titles, Set<String> familyFirst, List<String> koreanSurnames,
      Set<String> particles) {
    this.table = table;
    this.particles = particles;
    this.lowerCaseTitles = Set.copyOf(titles);
    this.titles = titles.stream() // Chief, and CEO for an acronym's
        .flatMap(t -> Stream.of(t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1), t.toUpperCase(Locale.ROOT)))
        .collect(Collectors.toUnmodifiableSet());
    this.familyFirst = familyFirst.stream().map(NameKey.PLAIN).collect(Collectors.toUnmodifiableSet());
    Map<String, String> korean = new HashMap<>();
    for (String line : koreanSurnames) {
      String[] spellings = line.split("\\s+");
      for (String spelling : spellings) {
        korean.put(spelling, spellings[0]);
      }
    }
    this.koreanSurname = Map.copyOf(korean);
  }

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    NamesInText names = NamesInText.of(doc, table);
    List<Replacement> out = new ArrayList<>();
    fixListed(names, out);
    fixUnlisted(doc, names, out);
    fixOneWordSlips(doc, names, out);
    return out;
  }

  private void fixListed(NamesInText names, List<Replacement> out) {
    if (names.named.isEmpty()) {
      return;
    }
    for (NamesInText.Single single : names.singles) {
      Token word = single.token();
      if (single.title() == null || word.text().length() < 3 || !table.surnamed(word).isEmpty()
          || names.otherKeys.contains(word.key())) {
        continue;
      }
      List<Person> close = names.named.keySet().stream().filter(p -> close(p.surname(), word.text())).toList();
      if (close.size() == 1) {
        Person p = close.get(0);
        if (names.named.get(p).contains(single.title()) && names.namedBefore(p, word.start())
            && !hasOtherCloseName(names, word)) {
          out.add(Replacement.of(RULE, word.start(), word.end(), NamesInText.inCaseOf(p.surname(), word.text())));
        }
      }
    }
  }

  /**
   * A word after a title ({@code Chief Jeon}) that the text writes nowhere else but after a title,
   * when the names it writes after that same title ({@code Chief Jeong}, {@code Chief Jeong
   * Hye-won}) hold one close spelling it uses at least twice and more often, or the text names
   * someone in full with a close spelling it uses as often ({@code Chen Kuo-hua} and {@code
   * Director Cheng}: the person the text introduced, as no Cheng was), and no other name in the
   * text comes close.
   */
  private void fixUnlisted(Document doc, NamesInText names, List<Replacement> out) {
    String text = doc.text();
    List<Token> titled = new ArrayList<>(); // the candidates, and their titles
    List<String> titleOf = new ArrayList<>();
    for (List<Token> run : names.multiWordRuns) {
      Token last = run.get(run.size() - 1);
      String title = run.get(run.size() - 2).text();
      if (!last.isInitial() && isTitle(title) && !isTitle(last.text())) {
        titled.add(last);
        titleOf.add(title);
      }
    }
    for (NamesInText.Single single : names.singles) {
      String title = single.title() == null ? titleBefore(text, withParticle(text, single.token().start())) : null;
      String word = single.token().text();
      if (title != null || single.title() == null && (isUnknownWord(word) || isUnknownKoreanSpelling(word))
          && !ARTICLES.contains(wordBefore(text, single.token().start()).toLowerCase(Locale.ROOT))) {
        titled.add(single.token());
        titleOf.add(title); // null: a surname alone (Wiegandt said), after the text named Torsten Wiegand
      }
    }
    if (titled.stream().noneMatch(t -> t.text().length() >= 3 && !isNamedTablePerson(names, t))) {
      return; // most texts: no title before a name the table does not know, and no unknown word alone
    }
    NameUses uses = nameUses(doc, names);
    // a name after two titles (Mr. Director Cheng) is one candidate, and one the table's people mended is done
    Set<Integer> seen = out.stream().map(r -> r.span().start()).collect(Collectors.toCollection(HashSet::new));
    for (int k = 0; k < titled.size(); k++) {
      String w = titled.get(k).text();
      if (w.length() < 3 || uses.inNames().containsKey(w) || isNamedTablePerson(names, titled.get(k))
          || !seen.add(titled.get(k).start())) {
        continue;
      }
      int used = uses.count(w);
      String title = titleOf.get(k);
      Token word = titled.get(k);
      List<String> better = uses.counts().keySet().stream().filter(c -> (closeInText(c, w, uses) || isPolishCaseOf(w, c))
          && (title == null ? (isOneEditFrom(w, c) || isKoreanSpellingOf(w, c) || isPolishCaseOf(w, c))
                  && uses.introducesAnyone(c, word.start()) && uses.count(c) >= used
              : uses.afterTitle().getOrDefault(title, Set.of()).contains(c) && uses.count(c) >= 2 && uses.count(c) > used
                  || uses.introduces(c, word.start(), title) && uses.count(c) >= used)
          && !isRelativesName(w, c, title)).toList();
      // another close word is someone else, unless it is the same Korean name spelled another way (Mr. Pak, Mr. Bak beside
      // Park Ji-hoon) or a slip of the same name too, written once and in no full name (Wróbleska and Mayor Wróblowska
      // beside Mayor Katarzyna Wróblewska)
      if (better.size() == 1 && uses.counts().keySet().stream().filter(c -> closeInText(c, w, uses))
          .allMatch(c -> c.equals(better.get(0)) || isKoreanSpellingOf(c, better.get(0))
              || uses.count(c) == 1 && !uses.inNames().containsKey(c) && closeInText(c, better.get(0), uses))) {
        out.add(Replacement.of(RULE, word.start(), word.end(), NamesInText.inCaseOf(better.get(0), w)));
      }
    }
  }

  /**
   * A full name whose given name is that of someone the text named in full before, and whose
   * surname is one letter from theirs or has two letters swapped ({@code Derek Amankwah} ... {@code
   * Derek Amankwa}, {@code Dr Miriama Reti} ... {@code Dr Miriama Riti}): that person, when the
   * later surname is written only that once, is no common word (a name the tagger knows as one may
   * be: {@code Karen Beale} ... {@code Karen Beal}), no relative's form and
   * has no hyphen, and no other name of the text comes as close. The same goes for a slip in the
   * given name before the same surname ({@code Anjali Sen} ... {@code Anjoli Sen}), when the tagger
   * knows no such word at all: a relative's given name is a real one ({@code Maria} and {@code
   * Mario Sen}). A family name written first is no given name ({@code Zhang Xiaoming} and
   * {@code Zhang Xiaoling}, {@code Kim Min-jun} and {@code Kim Min-jin} may be two people); but a
   * name of four words or more whose first three an earlier one shares is that person, its last
   * word one letter off even when it is a common word ({@code Tran Thi Minh Hanh} ... {@code Tran
   * Thi Minh Hang}). Not when the two full names carry different titles ({@code Justice Arvind
   * Sethi}, {@code Senior Advocate Arvind Seth}) or the later one is introduced as someone new
   * ({@code Councillor Grant Lang, the Conservative member}). The table's people are {@link
   * #fixListed}'s.
   */
  private void fixOneWordSlips(Document doc, NamesInText names, List<Replacement> out) {
    Map<String, Token> firstSurname = new HashMap<>(); // given name -> the surname first written after it
    Map<String, String> firstTitle = new HashMap<>(); // given name -> the title of its first full name, or ""
    Map<String, Token> firstGiven = new HashMap<>(); // surname -> the given name first written before it
    Map<String, Token> firstLast = new HashMap<>(); // the words before a long name's last -> the last word first written after them
    List<Token[]> candidates = new ArrayList<>(); // {the slip, the earlier spelling}
    for (List<Token> run : names.multiWordRuns) {
      Token given = run.get(run.size() - 2);
      Token surname = run.get(run.size() - 1);
      if (given.isInitial() || surname.isInitial() || isTitle(given.text()) || isTitle(surname.text())
          || familyFirst.contains(NameKey.PLAIN.apply(given.text()))) {
        continue;
      }
      if (run.size() > LONG_NAME_PREFIX) { // Tran Thi Minh Hanh ... Tran Thi Minh Hang: three words in common say who
        String prefix = run.subList(run.size() - 1 - LONG_NAME_PREFIX, run.size() - 1).stream().map(Token::text).collect(Collectors.joining(" "));
        Token earlierLast = firstLast.putIfAbsent(prefix, surname);
        if (earlierLast != null && surname.text().length() >= MIN_UNTITLED && isOneEditFrom(surname.text(), earlierLast.text())) {
          candidates.add(new Token[] {surname, earlierLast});
        }
      }
      String title = run.size() > 2 && isTitle(run.get(run.size() - 3).text()) ? run.get(run.size() - 3).text() : "";
      Token earlier = firstSurname.putIfAbsent(given.text(), surname);
      firstTitle.putIfAbsent(given.text(), title);
      String earlierTitle = firstTitle.get(given.text());
      if (earlier != null && !earlier.text().equals(surname.text()) && mayBeSlipOf(surname.text(), earlier.text())
          && (title.isEmpty() || earlierTitle.isEmpty() || title.equals(earlierTitle)) && !introducesAnother(doc.text(), surname.end())) {
        candidates.add(new Token[] {surname, earlier});
      }
      Token earlierGiven = firstGiven.putIfAbsent(surname.text(), given);
      if (earlierGiven != null && !earlierGiven.text().equals(given.text())
          && (EnglishWords.tags(given.text()).isEmpty() || isTransliterationOf(given.text(), earlierGiven.text()))
          && mayBeSlipOf(given.text(), earlierGiven.text())) {
        candidates.add(new Token[] {given, earlierGiven});
      }
    }
    if (candidates.isEmpty()) {
      return; // most texts
    }
    NameUses uses = nameUses(doc, names);
    Set<Integer> seen = out.stream().map(r -> r.span().start()).collect(Collectors.toCollection(HashSet::new));
    for (Token[] c : candidates) {
      String w = c[0].text();
      String name = c[1].text();
      boolean alone = uses.counts().keySet().stream().filter(o -> !o.equals(name) && closeInText(o, w, uses)).findAny().isEmpty();
      if (alone && uses.count(w) == 1 && !uses.listed().contains(name) && !isNamedTablePerson(names, c[0]) && seen.add(c[0].start())) {
        out.add(Replacement.of(RULE, c[0].start(), c[0].end(), name));
      }
    }
  }

  /**
   * Whether two given names are one name in two transliterations, not two relatives' names: a vowel
   * for another inside the name ({@code Mustafa}, {@code Mostafa}; {@code Ahmed}, {@code Ahmad}) or a
   * doubled consonant written once ({@code Mohammed}, {@code Mohamed}). A relative's name differs
   * at its end ({@code Maria}, {@code Mario}; {@code Daniel}, {@code Daniela}).
   */
  private static boolean isTransliterationOf(String word, String name) {
    String w = word.toLowerCase(Locale.ROOT);
    String n = name.toLowerCase(Locale.ROOT);
    if (w.length() == n.length()) {
      int i = 0;
      while (w.charAt(i) == n.charAt(i)) {
        i++;
      }
      return i > 0 && i < w.length() - 1 && isVowel(w.charAt(i)) && isVowel(n.charAt(i)) && w.regionMatches(i + 1, n, i + 1, w.length() - i - 1);
    }
    String shorter = w.length() < n.length() ? w : n;
    String longer = shorter == w ? n : w;
    for (int i = 1; i < longer.length() - 1; i++) {
      if (longer.charAt(i) == longer.charAt(i - 1) && !isVowel(longer.charAt(i))
          && (longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** A Polish surname in -ski, -cki or -dzki, or its woman's form in -a, with a case ending MT kept: its stem. */
  private static final Pattern POLISH_CASE = Pattern.compile("(\\p{L}{2,}(?:sk|ck|dzk))(?:iej|\u0105|iego|iemu|im)");

  /**
   * Whether {@code word} is the surname {@code name} in another case, as a Polish text declines it
   * and MT leaves it ({@code Marshal Wróblewskiej} for {@code Wróblewska}, {@code Kowalskiego} for
   * {@code Kowalski}).
   */
  private static boolean isPolishCaseOf(String word, String name) {
    if (!word.endsWith("j") && !word.endsWith("\u0105") && !word.endsWith("o") && !word.endsWith("u") && !word.endsWith("m")) {
      return false; // most words: no case ending, asked before the pattern
    }
    Matcher m = POLISH_CASE.matcher(word);
    return m.matches() && (name.equals(m.group(1) + "a") || name.equals(m.group(1) + "i"));
  }

  /** What introduces a person after their name: an apposition or where they are from. */
  private static final Pattern INTRODUCTION = Pattern.compile(",\\h(?:the|a|an|of|from|who|whose)\\h");

  /**
   * Whether the name ending at {@code end} introduces someone of its own, as an apposition does
   * ({@code Councillor Grant Lang, the Conservative member for Perth}, beside {@code Councillor Grant
   * Laing}): a slip is written where the person is named again, not introduced.
   */
  private static boolean introducesAnother(String text, int end) {
    return INTRODUCTION.matcher(text).region(end, text.length()).lookingAt();
  }

  /** Whether {@code word} may be a one-letter slip for the surname {@code name}, by its letters alone. */
  private static boolean mayBeSlipOf(String word, String name) {
    return word.length() >= MIN_UNTITLED && name.length() >= MIN_UNTITLED && word.indexOf('-') < 0
        && CAPITALISED_PARTS.matcher(word).matches() && EnglishWords.tags(word).stream().allMatch("NNP"::equals) // a name, no common word
        && (isOneEditFrom(word, name) || word.length() == name.length() && isSwap(word.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)))
        && !isRelativesName(word, name, null);
  }

  /**
   * How a text writes its names: how often each capitalised word, where and with which titles
   * each is written in a full name, which are words of the table's names, and the words each
   * title is followed by in its run.
   */
  private record NameUses(Map<String, Integer> counts, Map<String, FullNames> inNames, Set<String> listed,
      Map<String, Set<String>> afterTitle) {
    int count(String word) {
      return counts.get(word);
    }

    /**
     * Whether a full name of someone the table does not list holds {@code word} before {@code at},
     * and no full name puts another title before it ({@code Mayor Anna Novak} is no {@code
     * Professor Nowak}), unless {@code title} is an honorific, which anyone's name may take
     * ({@code President Hiroki Mizuno}, then {@code Mr. Midzuno}); the table's people are {@link
     * #fixListed}'s.
     */
    boolean introduces(String word, int at, String title) {
      FullNames names = inNames.get(word);
      return names != null && !listed.contains(word) && names.first() < at
          && (HONORIFICS.contains(title) || names.titles().stream().allMatch(t -> t.isEmpty() || t.equals(title)));
    }

    /** Whether a full name of someone the table does not list holds {@code word} before {@code at}, whatever its title. */
    boolean introducesAnyone(String word, int at) {
      FullNames names = inNames.get(word);
      return names != null && !listed.contains(word) && names.first() < at;
    }

    void addFullName(Token word, String title, boolean isTableName) {
      inNames.computeIfAbsent(word.text(), w -> new FullNames(word.start(), new HashSet<>())).titles().add(title == null ? "" : title);
      if (isTableName) {
        listed.add(word.text());
      }
    }

    void add(String word, String title) {
      counts.merge(word, 1, Integer::sum);
      if (title != null) {
        afterTitle.computeIfAbsent(title, t -> new HashSet<>()).add(word);
      }
    }
  }

  /** Where a word is first written in a full name, and the titles its full names carry ({@code ""} for none). */
  private record FullNames(int first, Set<String> titles) {}

  /** The text's {@link NameUses}, read once per version for both kinds of candidate. */
  private NameUses nameUses(Document doc, NamesInText names) {
    return doc.view(this, d -> readNameUses(d.text(), names));
  }

  private NameUses readNameUses(String text, NamesInText names) {
    NameUses uses = new NameUses(new HashMap<>(), new HashMap<>(), new HashSet<>(), new HashMap<>());
    for (List<Token> run : names.multiWordRuns) {
      String named = null; // the title whose person's name the words from here are (Councillor Marta Seixas)
      for (int i = 0; i < run.size(); i++) {
        Token t = run.get(i);
        if (isTitle(t.text())) {
          named = t.text();
        } else if (!t.isInitial()) {
          uses.add(t.text(), named);
          if (i < run.size() - 1 || !isTitle(run.get(i - 1).text())) {
            uses.addFullName(t, named, names.isTableName(t.start(), t.end()));
          }
        }
      }
    }
    for (NamesInText.Single single : names.singles) {
      if (single.title() == null) { // a run of one word (Mr. Saito: its title ends the run before)
        uses.add(single.token().text(), dottedTitleBefore(text, withParticle(text, single.token().start())));
        if (followsGivenNameAndParticle(text, single.token().start())) {
          uses.addFullName(single.token(), null, false);
        }
      }
    }
    return uses;
  }

  /**
   * Whether a given name and particles come right before {@code start} ({@code Jonas van Heerden},
   * {@code Samuel ole Sankale}): the word there is the surname of a full name, which the particle
   * cut from its run.
   */
  private boolean followsGivenNameAndParticle(String text, int start) {
    int at = withParticle(text, start);
    String word = wordBefore(text, at);
    boolean particle = at < start; // Khalid al-Rashidi
    while (particles.contains(word)) { // von der Leyen
      particle = true;
      at -= word.length() + 1;
      word = wordBefore(text, at);
    }
    return particle && CAPITALISED_PARTS.matcher(word).matches() && !EnglishWords.isLinking(word) && !isTitle(word);
  }

  /**
   * Whether {@code word} is the surname of one of the table's people the text names in full: that
   * person's ({@link #fixListed}). The table's other people say nothing about this text ({@code
   * Mr. Pak} beside {@code Park Ji-hoon} is no {@code Pak Jong Chon}).
   */
  private boolean isNamedTablePerson(NamesInText names, Token word) {
    return table.surnamed(word).stream().anyMatch(names.named::containsKey);
  }

  /**
   * Whether a surname written alone is one letter from {@code name}, and not its plural ({@code the
   * Keirs}: the family): two letters may make a name's other form ({@code Bridie}, {@code Brigid}).
   */
  private static boolean isOneEditFrom(String word, String name) {
    return ONE_EDIT.apply(word.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)) == 1 && !word.equals(name + "s");
  }

  /** A word alone that may be a garbled surname: {@value #MIN_UNTITLED} letters or more, and no word of the tagger's, which a place or a common word would be. */
  private static boolean isUnknownWord(String word) {
    return word.length() >= MIN_UNTITLED && CAPITALISED_PARTS.matcher(word).matches() && !EnglishWords.isKnown(word);
  }

  /** A Korean family name's spelling that the tagger does not know: short, but a surname alone all the same ({@code Pak}). */
  private boolean isUnknownKoreanSpelling(String word) {
    return koreanSurname.containsKey(word.toLowerCase(Locale.ROOT)) && CAPITALISED_PARTS.matcher(word).matches() && !EnglishWords.isKnown(word);
  }

  /** A title before a name: a title word of the table's people, or one of {@code rules/titles.txt}. */
  private boolean isTitle(String word) {
    return table.isTitleWord(word) || titles.contains(word);
  }

  /** Where the name at {@code start} begins with the particle hyphenated to it ({@code al-} of {@code al-Rashidi}), or {@code start}. */
  private int withParticle(String text, int start) {
    if (start < 2 || text.charAt(start - 1) != '-') {
      return start;
    }
    int from = start - 1;
    while (from > 0 && Character.isLowerCase(text.charAt(from - 1))) {
      from--;
    }
    boolean alone = from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1));
    return alone && particles.contains(text.substring(from, start - 1)) ? from : start;
  }

  /** The word one space before {@code start}, as written ({@code the} before {@code the Siwi variety}), or "". */
  private static String wordBefore(String text, int start) {
    if (start < 2 || text.charAt(start - 1) != ' ') {
      return "";
    }
    int from = start - 1;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    return text.substring(from, start - 1);
  }

  /** The honorific of {@code Mr. Saitou}, which ends the run of capitalised words before the name; null if none. */
  /** {@link #dottedTitleBefore}, or a title in lower case right before the name ({@code District chief Kin}); null if none. */
  private String titleBefore(String text, int start) {
    String dotted = dottedTitleBefore(text, start);
    String word = wordBefore(text, start);
    return dotted != null ? dotted : lowerCaseTitles.contains(word) ? word : null;
  }

  private String dottedTitleBefore(String text, int start) {
    if (start < 3 || text.charAt(start - 1) != ' ' || text.charAt(start - 2) != '.') {
      return null;
    }
    int from = start - 2;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    String word = text.substring(from, start - 2);
    return isTitle(word) ? word : null;
  }

  /** Whether a word of another name, or another single word, could be the one garbled into {@code word}. */
  private static boolean hasOtherCloseName(NamesInText names, Token word) {
    return names.otherWords.stream().anyMatch(w -> close(w, word.text()))
        || names.singleWords.stream().anyMatch(w -> !NameKey.of(w).equals(word.key()) && close(w, word.text())
            && names.named.keySet().stream().noneMatch(p -> p.surname().equals(w)));
  }

  /**
   * Whether {@code word} is the other sex's form of the family name {@code name} ({@code Ms.
   * Kowalska} beside {@code Jan Kowalski}, {@code Petrova} beside {@code Petrov}): a relative,
   * unless an honorific says {@code word} is the wrong form ({@code Ms. Wierzbicki}).
   */
  private static boolean isRelativesName(String word, String name, String title) {
    String w = NameKey.PLAIN.apply(word);
    String n = NameKey.PLAIN.apply(name);
    boolean feminine = isFeminineForm(w, n);
    if (!feminine && !isFeminineForm(n, w)) {
      return false;
    }
    boolean woman = title != null && WOMEN_HONORIFICS.contains(title);
    return !(woman && !feminine || "Mr".equals(title) && feminine);
  }

  /**
   * Whether {@code f} is the feminine form of {@code m}: Kowalski and Kowalska, Novotny and Novotna,
   * Petrov and Petrova, Novak and Novakova. Only Polish names in -ki and Czech ones in -y swap their
   * last letter for an a: Mwangi and Mwanga are no pair. A South Slavic name in -ić is a woman's too,
   * so an a after it is a case ending MT kept (prosecutor Đurića for Đurić).
   */
  private static boolean isFeminineForm(String f, String m) {
    return f.equals(m + "a") && !m.endsWith("ic") || f.equals(m + "ova")
        || f.length() == m.length() && f.endsWith("a") && (m.endsWith("ki") || m.endsWith("y"))
            && f.regionMatches(0, m, 0, m.length() - 1);
  }

  /**
   * Two surnames an MT engine could have confused: same initial, at most two edits and Jaro-Winkler
   * at least 0.85, or one edit in names of {@value #LONG_NAME} letters or more, which Jaro-Winkler
   * may score low when the changed letter is one the name holds further on ({@code Riquelme} and
   * {@code Requelme}: 0.80).
   */
  static boolean close(String a, String b) {
    if (Character.toLowerCase(a.charAt(0)) != Character.toLowerCase(b.charAt(0))) {
      return false;
    }
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int edits = LEVENSHTEIN.apply(x, y);
    return !x.equals(y) && edits >= 0
        && (edits == 1 && Math.min(x.length(), y.length()) >= LONG_NAME || JARO_WINKLER.apply(x, y) >= MIN_SIMILARITY);
  }

  /**
   * {@link #close}, or, for the names of people the table does not list, in names too short for Jaro-Winkler to reward
   * (it counts {@code Guo} and {@code Gou} little alike), one letter changed or two next to each
   * other swapped: the text's evidence decides there, where a table name's short look-alike may be
   * someone else ({@code Chairman Kin} beside {@code Kim Jong Un}).
   */
  private boolean closeInText(String a, String b, NameUses uses) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    boolean shortAndOneOff = x.charAt(0) == y.charAt(0) && x.length() <= SHORT_NAME && y.length() == x.length()
        && !x.equals(y) && (ONE_EDIT.apply(x, y) == 1 || isSwap(x, y)) && !uses.listed().contains(a);
    return shortAndOneOff || close(a, b) || isKoreanSpellingOf(a, b);
  }

  /** Whether {@code a} and {@code b} are two romanisations of one Korean family name ({@code Kang} and {@code Gang}). */
  private boolean isKoreanSpellingOf(String a, String b) {
    String name = koreanSurname.get(a.toLowerCase(Locale.ROOT));
    return name != null && !a.equals(b) && name.equals(koreanSurname.get(b.toLowerCase(Locale.ROOT)));
  }

  /** Whether {@code y} is {@code x} with two adjacent letters swapped. */
  private static boolean isSwap(String x, String y) {
    int i = 0;
    while (x.charAt(i) == y.charAt(i)) {
      i++;
    }
    return i + 1 < x.length() && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
        && x.regionMatches(i + 2, y, i + 2, x.length() - i - 2);
  }
}
