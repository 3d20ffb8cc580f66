package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A boundary rule: a pattern finds candidates in lines of running prose, and the rule's own test,
 * which asks about word classes, decides each one. Title-case lines (headlines, names of works,
 * menus) are not running prose and are left alone, since capitals there say nothing.
 */
abstract class ProseRule implements Fixer {
  /** Words this long or longer decide whether a line is title case; shorter ones are often lower case in titles. */
  private static final int TITLE_WORD = 4;

  /** How far past its anchor a candidate may reach: a few words. */
  private static final int CANDIDATE_REACH = 120;

  private final String rule;
  private final Pattern candidate;

  ProseRule(String rule, String candidate) {
    this.rule = rule;
    this.candidate = Pattern.compile(candidate, Pattern.UNICODE_CHARACTER_CLASS);
  }

  @Override
  public List<String> ruleIds() {
    return List.of(rule);
  }

  /**
   * Searches only around anchors, the rare spots every candidate holds (by default a capitalised
   * sentence starter inside a line): most lines have none, and a full regex scan of every line
   * was most of the rule's time.
   */
  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    List<Replacement> out = new ArrayList<>();
    Matcher m = candidate.matcher(text);
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int[] anchors = anchors(doc);
    int a = 0;
    for (Line line : doc.lines()) {
      Boolean prose = null; // the title-case test runs only on lines with a candidate
      int from = line.start();
      for (; a < anchors.length && anchors[a] < line.end(); a++) {
        int anchor = anchors[a];
        if (anchor < from) {
          continue; // inside the candidate before it
        }
        m.region(candidateStart(text, anchor, from), Math.min(line.end(), anchor + CANDIDATE_REACH));
        if (m.lookingAt() && m.end() > anchor) {
          prose = prose != null ? prose : !isTitleCase(text, line.start(), line.end());
          Replacement r = prose ? repair(m, doc) : null;
          if (r != null) {
            out.add(r);
            from = m.end(); // a candidate that is no damage leaves its words to the next one (the Yufeng district Smoke)
          }
        }
      }
    }
    return out;
  }

  /**
   * The anchors in {@code doc}'s text, in order: here the starts of capitalised determiners and
   * pronouns after a space, unless the document always capitalises the word.
   */
  int[] anchors(Document doc) {
    CapitalisedWords capitals = CapitalisedWords.of(doc);
    int[] anchors = new int[capitals.count()];
    int n = 0;
    for (int k = 0; k < capitals.count(); k++) {
      String word = capitals.word(k);
      if (isAnchorWord(word) && !capitals.isTerm(word) || isNameAnchor(doc.text(), capitals.start(k) + word.length(), word)) {
        anchors[n++] = capitals.start(k);
      }
    }
    return Arrays.copyOf(anchors, n);
  }

  /** Whether a name ending at {@code end} is an anchor, however often the text capitalises it: here none is. */
  boolean isNameAnchor(String text, int end, String word) {
    return false;
  }

  /** Whether a capitalised word after a space is an anchor: here a sentence starter. */
  boolean isAnchorWord(String word) {
    return EnglishWords.isSentenceStarter(word);
  }

  /** Where a candidate around {@code anchor} begins, not before {@code from}: here the token before the anchor. */
  int candidateStart(String text, int anchor, int from) {
    int i = anchor;
    while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    while (i > from && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** The repair of the candidate {@code m} found in {@code doc}'s text, or null when it is not the damage. */
  abstract Replacement repair(Matcher m, Document doc);

  /** A replacement of group {@code group} of {@code m} by {@code text}, under this rule. */
  Replacement replace(Matcher m, int group, String text) {
    return Replacement.of(rule, m.start(group), m.end(group), text);
  }

  Replacement insert(int at, String text) {
    return Replacement.of(rule, at, at, text);
  }

  /** A run of non-space characters and where it starts. */
  record Token(int start, String text) {
    int end() {
      return start + text.length();
    }
  }

  /** The token that ends, after horizontal spaces, just before {@code pos} on its line; null at the line's start. */
  static Token tokenBefore(String text, int pos) {
    int end = pos;
    while (end > 0 && isHorizontalSpace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    return start < end ? new Token(start, text.substring(start, end)) : null;
  }

  /** The token that starts, after horizontal spaces, just after {@code pos} on its line; null at the line's end. */
  static Token tokenAfter(String text, int pos) {
    int start = pos;
    while (start < text.length() && isHorizontalSpace(text.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return start < end ? new Token(start, text.substring(start, end)) : null;
  }

  private static boolean isHorizontalSpace(char c) {
    return Character.isWhitespace(c) && c != '\n' && c != '\r';
  }

  /** Letters only, all lower case: {@code on}, {@code percent}; not {@code On}, {@code 3} or {@code said,}. */
  /**
   * Whether {@code at} lies inside a double-quoted message written in lower case, which opens
   * with a lower-case letter and ends in a mark or a hashtag inside its closing quote (a text
   * message or a post quoted as written: “river at 6.2 and rising fast. levee wont hold.”,
   * "okafor. okafor. three points. #UpStallions"), or goes on past its line (verse quoted line by
   * line): its periods before lower case are its writer's style. A quoted phrase MT broke ends
   * without one (“forgotten. for too long”).
   */
  static boolean inLowerCaseQuotation(String text, int at) {
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    int open = -1;
    boolean inside = false;
    for (int i = lineStart; i < at; i++) {
      char c = text.charAt(i);
      if (c == '\u201C' || c == '"' && !inside) {
        open = i;
        inside = true;
      } else if (c == '\u201D' || c == '"') {
        inside = false;
      }
    }
    if (!inside || !Character.isLowerCase(text.charAt(open + 1))) {
      return false;
    }
    int close = at;
    while (close < text.length() && "\"\u201D\n".indexOf(text.charAt(close)) < 0) {
      close++;
    }
    if (close >= text.length() || text.charAt(close) == '\n') {
      return true; // it goes on past the line: verse quoted line by line ("the wind has a key to every door. it lets itself in)
    }
    int tag = close;
    while (tag > at && (Character.isLetterOrDigit(text.charAt(tag - 1)) || text.charAt(tag - 1) == '_')) {
      tag--;
    }
    return ".!?,".indexOf(text.charAt(close - 1)) >= 0 || tag < close && text.charAt(tag - 1) == '#';
  }

  /** Verbs after which a title follows, whatever its case and marks ({@code a series titled simply still. life.}). */
  private static final Set<String> NAMING_VERBS = Set.of("titled", "entitled", "called", "named", "dubbed");

  /** Whether one of the {@code words} tokens before {@code at} on its line is a naming verb: the words from there on are a title. */
  static boolean followsNamingVerb(String text, int at, int words) {
    Token t = tokenBefore(text, at);
    for (int k = 0; t != null && k < words; k++, t = tokenBefore(text, t.start())) {
      if (NAMING_VERBS.contains(t.text())) {
        return true;
      }
    }
    return false;
  }

  /** The positions {@code i} of {@code text}, from {@code from} to the last char but one, where {@code at} holds: a rule's anchors, found by one plain scan. */
  static int[] positionsWhere(String text, int from, IntPredicate at) {
    int[] found = new int[16];
    int n = 0;
    for (int i = from; i + 1 < text.length(); i++) {
      if (at.test(i)) {
        if (n == found.length) {
          found = Arrays.copyOf(found, 2 * n);
        }
        found[n++] = i;
      }
    }
    return Arrays.copyOf(found, n);
  }

  /**
   * Whether a capitalised word after {@code previous} is its sentence's first: {@code previous}
   * is none or ends in a sentence mark or colon, maybe before a closing quote or bracket (a
   * period after the word would leave a sentence of one word: {@code fundamental. Most The kernel}).
   */
  static boolean startsSentence(Token previous) {
    return previous == null || previous.text().matches(".*[.!?:][\"'\u201D\u2019)]*");
  }

  /** The word classes of the lower-case word right before {@code t}; none when there is no such word. */
  static Set<String> tagsBefore(String text, Token t) {
    Token previous = tokenBefore(text, t.start());
    return previous == null || !isLowerWord(previous.text()) ? Set.of() : EnglishWords.tags(previous.text());
  }

  /** Whether {@code word} ends a sentence: its last char is a period, {@code !} or {@code ?}. */
  static boolean endsSentence(String word) {
    return word.endsWith(".") || word.endsWith("!") || word.endsWith("?");
  }

  /** A title's abbreviation, an initial or a dotted abbreviation: {@code Dr.}, {@code J.}, {@code a.m.}. */
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?:Mr|Mrs|Ms|Dr|Prof|St|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Rev|Jr|Sr|\\p{Lu}|\\p{L}{1,2}(?:\\.\\p{L}{1,2})+)\\.");

  /** Whether {@code word} ends a sentence and is no abbreviation, which a sentence goes on after ({@code said Dr. Corina}, {@code at 3 a.m. on Sunday}). */
  static boolean endsSentenceHere(String word) {
    return endsSentence(word) && !ABBREVIATION.matcher(word).matches();
  }

  /** Whether a word of the sentence before {@code at} (back to the last sentence end) passes {@code test}. */
  static boolean inSentenceBefore(String text, int at, Predicate<Token> test) {
    for (Token t = tokenBefore(text, at); t != null && !endsSentenceHere(t.text()); t = tokenBefore(text, t.start())) {
      if (test.test(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a lower-case word that may be a finite verb ({@code fell}, {@code expected}) stands in the sentence before {@code at}. */
  static boolean hasFiniteReadingBefore(String text, int at) {
    return inSentenceBefore(text, at, t -> {
      String bare = t.text().replaceFirst("[,;:]$", "");
      return isLowerWord(bare) && PluralSubject.isFinite(bare);
    });
  }

  /** Whether {@code word} is capitalised and in lower case after its first letter ({@code Dawson}; not {@code NPU}, {@code McAlpine}). */
  static boolean isCapitalisedWord(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && isLowerWord(word.substring(1));
  }

  static boolean isLowerWord(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isLowerCase(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Nearly all of the line's longer words are capitalised: a headline or a title, not a sentence
   * (which has lower-case words even when it is full of names).
   */
  static boolean isTitleCase(String text, int start, int end) {
    int words = 0;
    int capitalised = 0;
    int i = start;
    while (i < end) {
      while (i < end && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int wordStart = i;
      while (i < end && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i - wordStart >= TITLE_WORD) {
        words++;
        capitalised += Character.isUpperCase(text.charAt(wordStart)) ? 1 : 0;
      }
    }
    return words >= 2 && 5 * capitalised >= 4 * words;
  }
}
