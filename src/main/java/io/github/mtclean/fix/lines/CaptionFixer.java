package io.github.mtclean.fix.lines;

import io.github.mtclean.Captions;
import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.Span;
import io.github.mtclean.rules.RuleFormatException;
import io.github.mtclean.rules.RuleSource;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Image captions: a line that ends in a photo credit ({@code ... Vladivostok Photo: Getty},
 * {@code (Image: Getty)}, {@code © AFP / Name}) or is a caption by itself ({@code Author photo}).
 * Credit markers and whole-line captions are in {@code rules/captions.txt}. By default the line
 * goes; {@link Captions#STRIP_CREDIT} keeps the caption text. A long or multi-sentence line with
 * a bare credit at its end is a paragraph the scraper glued a credit to: only the credit goes; a
 * bracketed credit is the wire services' caption style, and a line of two or three sentences with
 * one is still a caption.
 */
public final class CaptionFixer implements Fixer {
  static final String RULE = "lines/caption";
  private static final String TABLE = "captions.txt";
  /** The lower-case last words of a credit for a paper's own archive picture, or a family's ({@code Photo: Fallon family}). */
  private static final List<String> ARCHIVE_WORDS = List.of(" file", " archive", " archives", " family");
  /**
   * A name starts with a capital or digit, a letter of a script without case, a Cyrillic letter (a
   * press service is credited in lower case: {@code Фото: пресс-служба администрации}), or is a
   * brand in camel case ({@code iStock}).
   */
  private static final String NAME_START = "(?:[\\p{Lu}\\p{N}\\p{Lo}\\p{IsCyrillic}]|\\p{Ll}(?=\\p{Lu}))";
  /**
   * A later word of a name: Cyrillic writes a paper's name in sentence case ({@code Волжский
   * вестник}), and scripts without case write every name so ({@code ธนากร ศรีสุข}, {@code حسین مرادی}).
   */
  private static final String NAME_NEXT = "(?:" + NAME_START + "|\\p{IsCyrillic}|\\p{Lo})";
  /**
   * A credited name list: capitalised words, joined by spaces, slashes, commas, dashes, "&", "and",
   * "via", or one or two name particles, maybe with "the" ({@code Diario del Levante}, {@code Diario de la Sierra}, {@code University of Garrowby},
   * {@code Sam Okafor for the Northfield Review}); a paper's archive picture is its
   * {@code file} or {@code archive} ({@code Photo: Sentinel file}, {@code Photo: Harbourline archive});
   * a family's picture is theirs ({@code Photo: Fallon family}); a lower-case agency may follow a
   * slash ({@code Foto: Matthias Brandt/dpa}) or come first, before a name ({@code Foto: picture
   * alliance/dpa/Jonas Wehrle}).
   */
  private static final String NAMES = "(?:(?i:courtesy(?:\\s+of)?(?:\\s+the)?)\\s+)?(?:\\p{Ll}{2,}(?:\\s\\p{Ll}{2,})?\\s*/\\s*){0,2}" + NAME_START + "[\\p{L}\\p{M}\\p{N}.'\u2019&-]*"
      + "(?:(?:\\s*[/,|;&\u2013\u2014]\\s*|\\s+)(?:(?:(?:and|for|via|by|on|of|de|del|della|di|da|do|dos|das|du|la|las|los|le|van|von|der|den)\\s+){1,2}(?:the\\s+)?)?"
      + NAME_NEXT + "[\\p{L}\\p{M}\\p{N}.'\u2019&-]*){0,7}(?:" + String.join("|", ARCHIVE_WORDS).replace(" ", "\\s+") + ")?"
      + "(?:\\s*/\\s*\\p{Ll}{2,}(?:\\s\\p{Ll}+)?)?"; // an agency that writes itself in lower case after the slash (Matthias Brandt/dpa)
  /**
   * What joins a credit marker to the names: {@code Photo: Reuters}, {@code Credit...Kyodo}, {@code
   * PHOTO | NAME}, {@code Picture supplied by Name}, by in other languages ({@code Picha na Name},
   * {@code Foto von Name}); a space after an abbreviated one ({@code Fot. Name}) or before courtesy
   * ({@code Photo courtesy of the Iloilo Provincial Agriculture Office}); CJK's full-width colon
   * ({@code 写真：北浜通信}) and Korean papers' equals sign ({@code (사진=서해일보)}).
   */
  private static final String MARKER_JOIN = "(?:[:/=\uFF1A]\\s*|\\s+\\|\\s+|\\.{3}|\u2026|\\s+(?:(?:supplied|provided)\\s+)?by\\s+|\\s+(?:na|von|por|door|av|af)\\s+|(?<=\\.)\\s+|\\s+(?=(?i:courtesy)\\s))";
  /** An agency in capitals in square brackets at a line's end ({@code [YONHAP]}, {@code [JOONGANG PHOTO]}): how Korean dailies credit a photo. */
  private static final Pattern AGENCY_IN_SQUARE_BRACKETS = Pattern.compile("\\s\\[\\p{Lu}[\\p{Lu}\\p{N}]+(?:[ /-]\\p{Lu}[\\p{Lu}\\p{N}]+){0,3}\\]\\s*$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201D\u2019)]*\\s+[\"'\u201C\u2018(]*\\p{Lu}");
  private static final int MAX_CAPTION_WORDS = 45;
  /** A lower-case agency after a credit's slash is this short ({@code /dpa}, {@code /picture alliance}). */
  private static final int LOWER_CASE_AGENCY = 20;

  private final Captions mode;
  private final Pattern credit;
  private final LinePatterns wholeLines;
  /** The folded marker words, without those that contain a shorter one ({@code photos}: {@code photo} will do). */
  private final List<String> markerWords;

  public CaptionFixer(RuleSource source, Captions mode) {
    this.mode = mode;
    List<String> markers = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<Pattern> lines = new ArrayList<>();
    for (LineTables.Entry e : LineTables.entries(source, TABLE)) {
      String[] parts = e.text().split("\\s+", 2);
      if (parts.length == 2 && parts[0].equals("marker")) {
        markers.add(Pattern.quote(parts[1]).replace(" ", "\\E\\s+\\Q"));
        words.add(LinePatterns.fold(java.util.Arrays.stream(parts[1].split(" ")).max(java.util.Comparator.comparingInt(String::length)).orElseThrow()));
      } else if (parts.length == 2 && parts[0].equals("line")) {
        lines.add(LineTables.compile(TABLE, e, parts[1]));
      } else {
        throw new RuleFormatException("rules/" + TABLE, e.line(), "expected 'marker WORDS' or 'line PATTERN'");
      }
    }
    wholeLines = new LinePatterns(lines);
    markerWords = words.stream().filter(w -> words.stream().noneMatch(o -> !o.equals(w) && w.contains(o))).distinct().toList();
    String marker = "(?iu:" + String.join("|", markers) + ")";
    // "via" credits only in brackets or after the caption's sentence (`(KCNA via AP)`, `... cosmodrome.
    // Sputnik/Pool via Reuters`): in running text `the photos via Telegram` is prose.
    // In brackets a space joins the marker to the names (Foto Ansa/Luca Ferrari); an agency's name
    // before the marker belongs to the credit (ANTARA FOTO/Irwansyah Putra, (KNRT photo/Jamie Lind), (NewsDesk24 Photo/Amit Rao)).
    credit = Pattern.compile("(?<![\\p{L}\\p{N}])(?:[(\\[]\\s*(?:\\p{Lu}[\\p{L}\\p{N}-]+\\s+)?(?:" + marker + ")\\s*(?:" + MARKER_JOIN + "|\\s+via\\s+|\\s+)" + NAMES
        + "\\s*[)\\]]|[(\\[]\\s*" + NAMES + "\\s+(?i:photos?)\\s*[)\\]]" // (AA Photo), the agency before its marker
        + "|(?:\\p{Lu}[\\p{Lu}-]+\\s+)?(?:" + marker + ")\\s*" + MARKER_JOIN + NAMES + "|\u00A9\\s*" + NAMES
        + "|(?<=[.!?]\\s{1,3})" + NAMES + "\\s+via\\s+" + NAMES + ")\\s*$");
  }

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    List<Replacement> out = new ArrayList<>();
    if (mode == Captions.KEEP) {
      return out;
    }
    for (Line line : doc.lines()) {
      doc.remember(this, line, this::cuts).addTo(RULE, line, out);
    }
    return out;
  }

  /** Whether captions go whole (--captions drop). */
  boolean dropsCaptions() {
    return mode == Captions.DROP;
  }

  /** Whether {@code line} is a caption this rule removes whole. */
  boolean isCaption(Document doc, Line line) {
    return dropsCaptions() && doc.remember(this, line, this::cuts) == LineCuts.WHOLE_LINE;
  }

  private LineCuts cuts(String content) {
    if (isWholeLineCaption(content.strip())) {
      return LineCuts.WHOLE_LINE;
    }
    LineCuts credited = mayHaveCredit(content) ? creditCut(content) : LineCuts.NONE;
    return credited == LineCuts.NONE ? agencyCut(content) : credited;
  }

  /**
   * A caption of one sentence credited by an agency in capitals in square brackets ({@code A view of
   * the school on Wednesday. [YONHAP]}); a paragraph of more sentences that ends so is left whole,
   * and so is an agency in round brackets, with which Korean outlets end whole articles.
   */
  private LineCuts agencyCut(String content) {
    if (content.indexOf(']') < 0) {
      return LineCuts.NONE; // most lines
    }
    Matcher m = AGENCY_IN_SQUARE_BRACKETS.matcher(content);
    if (!m.find() || !content.substring(0, m.start()).endsWith(".") || !isOneSentence(content.substring(0, m.start()))) {
      return LineCuts.NONE;
    }
    return mode == Captions.DROP ? LineCuts.WHOLE_LINE : LineCuts.of(List.of(new Span(m.start(), content.length())));
  }

  /**
   * The cheap tests before the credit pattern: a credit ends the line with a name, so the line's last
   * word (before a closing bracket or a lower-case agency after a slash) has a capital or a digit,
   * and it has a marker word or a copyright sign.
   */
  private boolean mayHaveCredit(String content) {
    int end = content.length();
    while (end > 0 && Character.isWhitespace(content.charAt(end - 1))) {
      end--;
    }
    if (end > 0 && (content.charAt(end - 1) == ')' || content.charAt(end - 1) == ']')) {
      end--;
      while (end > 0 && Character.isWhitespace(content.charAt(end - 1))) {
        end--;
      }
    }
    for (String archive : ARCHIVE_WORDS) {
      if (content.startsWith(archive, end - archive.length())) {
        end -= archive.length(); // Photo: Sentinel file
      }
    }
    int slash = content.lastIndexOf('/', end - 1);
    if (slash > 0 && end - slash <= LOWER_CASE_AGENCY && content.substring(slash + 1, end).chars().allMatch(c -> Character.isLowerCase(c) || c == ' ')) {
      end = slash; // Matthias Brandt/dpa: the names are before the agency
    }
    boolean capital = false;
    for (int i = end - 1; i >= 0 && !capital && isNameChar(content.charAt(i)); i--) {
      char c = content.charAt(i);
      capital = Character.isUpperCase(c) || isNumber(c) || Character.isSurrogate(c) || isCyrillic(c)
          || Character.getType(c) == Character.OTHER_LETTER;
    }
    if (!capital) {
      return false;
    }
    if (content.indexOf('\u00A9') >= 0) {
      return true;
    }
    String folded = LinePatterns.fold(content);
    return markerWords.stream().anyMatch(folded::contains);
  }

  private static boolean isCyrillic(char c) {
    return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
  }

  /** A char that may be part of a credited name (at least the class of {@link #NAMES} after its first char). */
  private static boolean isNameChar(char c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || isNumber(c) || Character.isSurrogate(c) || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK || ".'\u2019&-".indexOf(c) >= 0;
  }

  private static boolean isNumber(char c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private LineCuts creditCut(String content) {
    Matcher m = credit.matcher(content);
    if (!m.find()) {
      return LineCuts.NONE;
    }
    int captionEnd = m.start();
    while (captionEnd > 0 && " \t-\u2013\u2014|".indexOf(content.charAt(captionEnd - 1)) >= 0) {
      captionEnd--;
    }
    String caption = content.substring(0, captionEnd);
    boolean bracketed = content.charAt(m.start()) == '(' || content.charAt(m.start()) == '[';
    if (caption.isBlank() || mode == Captions.DROP && (isOneSentence(caption) || bracketed && isCaptionLength(caption))) {
      return LineCuts.WHOLE_LINE;
    }
    return LineCuts.of(List.of(new Span(captionEnd, content.length())));
  }

  private boolean isWholeLineCaption(String content) {
    return !content.isEmpty() && wholeLines.matchesAny(content);
  }

  private static boolean isOneSentence(String caption) {
    return wordCount(caption) <= MAX_CAPTION_WORDS && !SENTENCE_END.matcher(caption).find();
  }

  /**
   * A bracketed credit ({@code (AP Photo/Name)}, {@code (Photo by Name/Getty Images)}) is the wire
   * services' caption style, which may run to a second sentence of context; a paragraph the
   * scraper glued a credit to gets it bare ({@code Photo: Getty Images}).
   */
  private static boolean isCaptionLength(String caption) {
    return wordCount(caption) <= 2 * MAX_CAPTION_WORDS;
  }

  private static int wordCount(String caption) {
    return caption.strip().split("\\s+").length;
  }
}
