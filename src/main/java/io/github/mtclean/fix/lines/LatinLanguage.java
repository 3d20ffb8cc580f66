package io.github.mtclean.fix.lines;

import io.github.mtclean.fix.EnglishWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import io.github.mtclean.rules.RuleSource;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;

/**
 * Decides whether a short stretch of Latin-script text is another language (Turkish, German,
 * Spanish, ...) by asking LanguageTool's English tagger about its lowercase words: a foreign UI
 * string is mostly words English does not have. Capitalised words inside the text are names and
 * say nothing; name particles before a name ({@code von der Leyen}) say nothing either. A word
 * with letters English does not use ({@code más}, {@code więcej}) counts double, a short English
 * word half. The frequent words of other languages ({@link ForeignWords}) are stronger evidence:
 * one such word English lacks counts double even capitalised ({@code Startseite}, {@code Son
 * Dakika}), and words English shares with them ({@code Lire la suite}) count for the language
 * when the line also holds a word only it has, or nothing else. The measured alternatives are in
 * the README.
 */
final class LatinLanguage {
  /** Words read from a text: enough for the scored ones and the look-ahead past name particles. */
  private static final int MAX_READ_WORDS = 40;
  static final double FOREIGN_SHARE = 0.6;
  private static final double MIN_FOREIGN_WEIGHT = 2;
  /** English shares short words with its neighbours ({@code as}, {@code per}, {@code die}): weak evidence. */
  private static final int SHORT_WORD = 3;
  /** The first words decide; a long English paragraph need not be tagged to the end. */
  private static final int MAX_SCORED_WORDS = 12;

  private final Set<String> nameParticles;
  private final ForeignWords vocabulary;

  LatinLanguage(Set<String> nameParticles, ForeignWords vocabulary) {
    this.nameParticles = Set.copyOf(nameParticles);
    this.vocabulary = vocabulary;
  }

  static LatinLanguage of(RuleSource source) {
    return new LatinLanguage(Set.copyOf(LineTables.words(source, "name-particles.txt")), ForeignWords.of(source));
  }

  /** True on clear evidence: foreign words weighing at least two, and they outweigh the English ones. */
  boolean isForeign(CharSequence text) {
    return foreignShare(text) >= FOREIGN_SHARE;
  }

  /** {@link #foreignShare(CharSequence)} of a line, remembered for the later versions of its text. */
  double foreignShare(Document doc, Line line) {
    return doc.remember(this, line, this::foreignShare);
  }

  /** A word that is judged: whether English knows it, and which listed languages have it. */
  private record Judged(String word, boolean initial, boolean english, int languages) {}

  /**
   * The weighted share of foreign words among the words judged, or 0 when the foreign ones weigh
   * less than two (a single unknown word may be a name or a term) or the share is below {@link
   * #FOREIGN_SHARE}, the least that makes a text foreign: reading stops once the words left cannot
   * reach it.
   */
  double foreignShare(CharSequence text) {
    Words words = new Words(text.toString());
    List<Judged> judged = new ArrayList<>();
    double englishAtLeast = 0;
    double foreignAtMost = 0;
    Set<String> unknownSeen = new HashSet<>();
    int names = 0;
    for (int i = 0; judged.size() < MAX_SCORED_WORDS && words.get(i) != null; i++) {
      String word = words.get(i);
      if (word.length() < 2 || isNameParticle(words, i)) {
        continue;
      }
      int languages = vocabulary.languagesOf(word);
      boolean capitalised = Character.isUpperCase(word.charAt(0));
      if (capitalised && i > 0 && languages == 0) {
        names++;
        continue; // a name
      }
      boolean english = EnglishWords.isKnown(word.toLowerCase(Locale.ROOT));
      if (!english && languages == 0 && !unknownSeen.add(word)) {
        continue; // an unknown word again is no new evidence: 7.1 ov, 19.5 ov in a scorecard
      }
      // A capitalised word is a name, but a listed word English lacks is one only beside a name.
      boolean listedOnly = languages != 0 && !english;
      if (!capitalised || (listedOnly ? !besideName(words, i, languages) : i == 0)) {
        judged.add(new Judged(word, i == 0, english, languages));
        // An English word no list has counts for English below; any other counts 2 for foreign at most.
        englishAtLeast += english && languages == 0 ? englishWeight(word) : 0;
        foreignAtMost += english && languages == 0 ? 0 : english ? 1 : 2;
        double reachable = foreignAtMost + 2 * (MAX_SCORED_WORDS - judged.size());
        if (reachable < FOREIGN_SHARE * (reachable + englishAtLeast)) {
          return 0; // most lines: English enough that the words left cannot make them foreign
        }
      }
    }
    int language = likeliestLanguage(judged);
    if (language == 0 && judged.stream().noneMatch(w -> !w.english() && hasNonEnglishLetter(w.word()))
        || words.looksLikeCode()) {
      return 0; // words English lacks, but none of another language: code, data, jargon or names
    }
    List<Judged> foreignWords = judged.stream().filter(w -> !w.english() || (w.languages() & language) != 0).toList();
    if (names >= 2 && foreignWords.size() == 1 && !hasNonEnglishLetter(foreignWords.get(0).word())) {
      return 0; // one foreign-looking word in English letters among names: a scoresheet's abbreviation (Scorers: Reid 19 og, Lytle 71, Osei 88)
    }
    boolean listedEvidence = hasListedEvidence(judged, language);
    double foreign = 0;
    double english = 0;
    for (Judged w : judged) {
      boolean listed = (w.languages() & language) != 0;
      if (listed && (!w.english() || listedEvidence)) {
        foreign += w.english() ? 1 : 2;
      } else if (w.english()) {
        english += englishWeight(w.word());
      } else {
        foreign += !w.initial() && hasNonEnglishLetter(w.word()) ? 2 : 1;
      }
    }
    return foreign < MIN_FOREIGN_WEIGHT ? 0 : foreign / (foreign + english);
  }

  private static double englishWeight(String word) {
    return word.length() <= SHORT_WORD ? 0.5 : 1;
  }

  /** Whether a word of {@code language} is one English lacks, or two or more words are all of it. */
  private static boolean hasListedEvidence(List<Judged> judged, int language) {
    int listed = 0;
    for (Judged w : judged) {
      if ((w.languages() & language) != 0) {
        if (!w.english()) {
          return true;
        }
        listed++;
      }
    }
    return language != 0 && listed >= 2 && listed == judged.size();
  }

  /** The listed language with most of the words, those English lacks counting double; 0 if none. */
  private static int likeliestLanguage(List<Judged> judged) {
    int all = 0;
    for (Judged w : judged) {
      all |= w.languages();
    }
    int best = 0;
    int bestScore = 0;
    for (int rest = all; rest != 0; rest &= rest - 1) {
      int bit = Integer.lowestOneBit(rest);
      int score = 0;
      for (Judged w : judged) {
        score += (w.languages() & bit) == 0 ? 0 : w.english() ? 1 : 2;
      }
      if (score > bestScore) {
        best = bit;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Whether word {@code i} stands beside a capitalised word that no language of its own lists: it
   * is part of a name ({@code Ana Brnabić}, {@code Kim Jong Un}).
   */
  private boolean besideName(Words words, int i, int languages) {
    return isNameWord(i > 0 ? words.get(i - 1) : null, languages) || isNameWord(words.get(i + 1), languages);
  }

  private boolean isNameWord(String word, int languages) {
    return word != null && Character.isUpperCase(word.charAt(0)) && (vocabulary.languagesOf(word) & languages) == 0;
  }

  /** {@code von} in {@code von der Leyen}: a particle followed by more particles and a capitalised word. */
  private boolean isNameParticle(Words words, int i) {
    int j = i;
    while (words.get(j) != null && nameParticles.contains(words.get(j))) {
      j++;
    }
    return j > i && words.get(j) != null && Character.isUpperCase(words.get(j).charAt(0));
  }

  /**
   * The first words of a text, read only as far as they are asked for: letters and marks, joined by
   * an apostrophe or hyphen between letters ({@code don't}, {@code Seok-yeol}). Addresses, hashtags
   * and handles are not words of any language and are left out.
   */
  static final class Words {
    /**
     * Quotation marks are not part of words and are read as absent, so that the verdict stays the
     * same when the punctuation stage later removes or converts one ({@code a'«a} and {@code a'a}).
     */
    private static final String QUOTE_MARKS = "\"\u00AB\u00BB\u2039\u203A\u201C\u201D\u201E\u201F\u2018\u201A";

    /** {@code s[start, end)} without its quotation marks. */
    private static String withoutQuoteMarks(String s, int start, int end) {
      StringBuilder out = null;
      for (int i = start; i < end; i++) {
        char c = s.charAt(i);
        boolean mark = (c == '"' || c >= 0x80) && QUOTE_MARKS.indexOf(c) >= 0; // the only ASCII mark is the straight quote
        if (mark && out == null) {
          out = new StringBuilder(end - start).append(s, start, i);
        } else if (!mark && out != null) {
          out.append(s.charAt(i));
        }
      }
      return out == null ? s.substring(start, end) : out.toString();
    }

    /** Chars that do not occur in words or prose punctuation, but do in code and data. */
    private static final String CODE_MARKS = "_*=<>{}[]|\\^~$";
    /** {@link #CODE_MARKS} by ASCII code, asked for every char of every chunk read. */
    private static final boolean[] IS_CODE_MARK = new boolean[128];

    static {
      CODE_MARKS.chars().forEach(c -> IS_CODE_MARK[c] = true);
    }

    private final String s;
    private int chunks;
    private int codeChunks;
    private final List<String> read = new ArrayList<>();
    private int pos;

    /** The words of {@code s}. */
    Words(String s) {
      this.s = s;
    }

    /** Word {@code i}, or null past the last word (or past {@link #MAX_READ_WORDS}). */
    String get(int i) {
      while (read.size() <= i && i < MAX_READ_WORDS && pos < s.length()) {
        readChunk();
      }
      return i < read.size() && i < MAX_READ_WORDS ? read.get(i) : null;
    }

    /**
     * Reads the words of the next whitespace-separated chunk. Quote marks are stripped chunk by
     * chunk (they are not whitespace, so this equals stripping the whole text) and only as far as
     * words are read: a paragraph is judged by its first words.
     */
    private void readChunk() {
      int chunkEnd = chunkEnd(pos);
      String chunk = withoutQuoteMarks(s, pos, chunkEnd);
      if (!isMenuSeparator(chunk)) { // Ana Sayfa | Gündem | Spor: the bars of a menu are no code
        chunks++;
        codeChunks += isCode(chunk) ? 1 : 0;
      }
      if (!isAddress(chunk)) {
        int hashtag = chunk.indexOf('#');
        addWords(chunk, hashtag >= 0 && hashtag < chunk.length() - 1 ? hashtag : chunk.length());
      }
      pos = chunkEnd + 1;
    }

    /**
     * Where the chunk starting at {@code from} ends: at whitespace, unless a mark follows it that the
     * punctuation stage may pull back across it ({@code word ,}). The words read then stay the same
     * when it does, so the verdict does too and cleaning stays idempotent.
     */
    private int chunkEnd(int from) {
      int i = from;
      while (i < s.length()) {
        if (!Character.isWhitespace(s.charAt(i))) {
          i++;
          continue;
        }
        int next = i;
        while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
          next++;
        }
        if (next == s.length() || ",;:!?.".indexOf(s.charAt(next)) < 0) {
          return i;
        }
        i = next;
      }
      return i;
    }

    private static boolean isMenuSeparator(String chunk) {
      return chunk.length() == 1 && "|/>\u00B7\u2022\u203A\u00BB".indexOf(chunk.charAt(0)) >= 0;
    }

    /**
     * A third or more of the chunks read are code or data ({@code sin1052}, {@code *:tabedit*},
     * {@code ->}): identifiers and keywords, not words of a language.
     */
    boolean looksLikeCode() {
      return chunks > 0 && 3 * codeChunks >= chunks;
    }

    /** Letters with digits ({@code erf0024}), or a mark of code ({@code g:netrw_dir}, {@code x=1}, {@code ->}). */
    private static boolean isCode(String chunk) {
      boolean letter = false;
      boolean digit = false;
      for (int i = 0; i < chunk.length(); i++) {
        char c = chunk.charAt(i);
        if (c < 128 && IS_CODE_MARK[c] || c == '-' && i + 1 < chunk.length() && chunk.charAt(i + 1) == '>') {
          return true;
        }
        letter |= Character.isLetter(c);
        digit |= Character.isDigit(c);
      }
      return letter && digit;
    }

    /**
     * Whether {@code chunk} holds {@code ://}, {@code www.} or {@code @}, or ends in a domain
     * ({@code LocalWin.com}, {@code bbc.co.uk}): its parts are not words ({@code com} is Portuguese).
     */
    private static boolean isAddress(String chunk) {
      return chunk.indexOf('@') >= 0 || chunk.contains("://") || chunk.contains("www.") || endsInDomain(chunk);
    }

    /**
     * A letter or digit, a dot, and two to six lower-case letters end the chunk, punctuation aside
     * ({@code bbc.co.uk,}); {@code a.m.} and {@code z.B.} do not. Read by hand: most chunks end in a word.
     */
    private static boolean endsInDomain(String chunk) {
      int end = chunk.length();
      while (end > 0 && isPunctuation(chunk.charAt(end - 1))) {
        end--;
      }
      int label = end;
      while (label > 0 && Character.getType(chunk.charAt(label - 1)) == Character.LOWERCASE_LETTER) {
        label--;
      }
      return end - label >= 2 && end - label <= 6 && label >= 2 && chunk.charAt(label - 1) == '.'
          && (Character.isLetter(chunk.codePointBefore(label - 1)) || chunk.charAt(label - 2) >= '0' && chunk.charAt(label - 2) <= '9');
    }

    private static boolean isPunctuation(char c) {
      int type = Character.getType(c);
      return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
          || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
          || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.OTHER_PUNCTUATION;
    }

    private void addWords(String c, int to) {
      int i = 0;
      while (i < to) {
        int cp = c.codePointAt(i);
        if (!ForeignScript.isLetter(cp)) {
          i += Character.charCount(cp);
          continue;
        }
        int start = i;
        while (true) {
          while (i < to && isWordChar(c.codePointAt(i))) {
            i += Character.charCount(c.codePointAt(i));
          }
          if (i + 1 < to && "'\u2019-".indexOf(c.charAt(i)) >= 0 && ForeignScript.isLetter(c.codePointAt(i + 1))) {
            i++;
          } else {
            break;
          }
        }
        read.add(c.substring(start, i).replace('\u2019', '\'')); // a typographic apostrophe is no foreign letter (city’s)
      }
    }
  }

  private static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return ForeignScript.isLetter(cp);
    }
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }


  private static boolean hasNonEnglishLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 0x7F) {
        return true;
      }
    }
    return false;
  }
}
