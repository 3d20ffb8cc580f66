package io.github.mtclean.fix.lines;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.rules.RuleSource;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes what a whole scraped page puts around its article, once the other line rules show the
 * text is one: a page has furniture they know at its edges, a clean article has none. Above the
 * article, the page header: the blocks of short lines and known furniture before the headline (site
 * name, menus, tickers, sign-in and cookie buttons; a title bar that repeats the headline before
 * the site's name, or the site's tagline, and all below it up to the headline), then, between
 * headline and body, bylines, date lines and buttons ({@code rules/page-lines.txt}), and a table
 * of contents, whose entries the body repeats as its headings. Below it, the page footer: from
 * the end up, short lines, known furniture, list entries, bylines, and lines naming the site
 * (found in the header) when furniture stands between them and the article. It runs before the
 * other line rules, so it sees the furniture that is its evidence.
 */
final class PageEdgeFixer implements Fixer {
  static final String HEADER = "lines/page-header";
  static final String FOOTER = "lines/page-footer";
  private static final String PAGE_LINES = "page-lines.txt";
  /** Furniture lines the other rules find at the edges before a text is read as a whole page. */
  private static final int MIN_FURNITURE = 3;
  /** A short line: a menu entry, a site name, a button. */
  private static final int SHORT_WORDS = 4;
  /** Entries of a menu this long may have up to {@link #LONG_MENU_ENTRY_WORDS} words. */
  private static final int MIN_LONG_MENU = 3;
  private static final int LONG_MENU_ENTRY_WORDS = 8;
  /** A list entry in the footer has at most this many words, or this many if it ends in ? or !. */
  private static final int MAX_FOOTER_ENTRY_WORDS = 14;
  private static final int MAX_QUESTION_ENTRY_WORDS = 12;
  /** A sentence or clause end; not an initial ({@code Sophie R.}). */
  private static final Pattern SENTENCE_END = Pattern.compile("(?:(?<!(?:^|\\s)\\p{Lu})\\.|[!?:;,])['\"’”)]*$");
  private static final Pattern QUESTION_END = Pattern.compile("[!?]['\"’”)]*$");
  /**
   * A comment after its writer's handle: a user name with an underscore, a digit or a capital inside
   * ({@code Priscilla_K: We need more of this.}, {@code DaveFromDowns: Brilliant news}, {@code
   * CutmouthMum: The school bus}), not a speaker's name.
   */
  private static final Pattern HANDLE_COMMENT = Pattern.compile(
      "@?(?=[\\p{L}\\d_.-]*(?:[_\\d]|\\p{Ll}\\p{Lu}))\\p{L}[\\p{L}\\d_.-]{2,29}:\\s+\\S.*");
  private static final Pattern LIST_MARKER = Pattern.compile("([-•*–])\\s+\\S");
  /** What follows a site name on its line: {@code The Metro Ledger | Business}. */
  private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|·•–—-]\\s+|:\\s+");
  /** What joins a page's title to its site's name in the title bar. */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+");
  /** Between a menu's entries: a bar or a dot, or a run of spaces ({@code News  Sport  Jobs}). */
  private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s+[|·•]\\s+|\\h{2,}");
  /** A site's name with three or more of its sections after a dash: {@code Northern Echo Online - News, Sport, Jobs}. */
  private static final Pattern SITE_SECTIONS = Pattern.compile(
      "[^,]{2,60}\\s[-–—]\\s(?:\\p{Lu}[\\p{L}&]*(?:\\s\\p{Lu}[\\p{L}&]*)?,\\s){2,}\\p{Lu}[\\p{L}&]*(?:\\s\\p{Lu}[\\p{L}&]*)?");
  /** A headline written as a sentence ({@link #headlineUnderMasthead}) is this long at most, and its date this many lines below. */
  private static final int MAX_SENTENCE_HEADLINE_WORDS = 30;
  private static final int MAX_LINES_OVER_DATE = 3;
  /** A section under the story ({@link #aboveClosingSection}) is a few short paragraphs. */
  private static final int MAX_CLOSING_WORDS = 200;
  /** Page furniture is short; a longer line is text. */
  private static final int MAX_LENGTH = 200;
  private static final String COMPANY = "(?:Ltd|Limited|Inc|LLC|plc|PLC|S\\.L|S\\.A|SAS|GmbH|CIC|Media|Group|Co)\\b";
  /** A copyright line's owner, without a company suffix: {@code © 2026 Asia Pacific Daily Ltd.}. */
  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?:©|\\(c\\)|(?i:copyright))\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?((?:(?!" + COMPANY + ")\\p{Lu}[\\p{L}&'’-]*\\s*){1,4}?)"
      + "(?:\\s+" + COMPANY + "|[.,·|]|\\s+\\d{4}|\\s*$)");
  /** The copyright line is among the last lines of a page. */
  private static final int MAX_COPYRIGHT_DISTANCE = 12;
  /** A headline under a section's kicker is longer than a short line. */
  private static final int MIN_KICKED_HEADLINE_WORDS = 5;
  /** Show notes above a written story's headline: a few lines, a few short paragraphs. */
  private static final int MAX_NOTES_LINES = 30;
  private static final int MAX_NOTES_WORDS = 150;
  /** A copy of the headline further down is not the article's own: a teaser or a quote of it. */
  private static final int MAX_COPY_DISTANCE = 8;
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&.'’-]*");
  /** A live page's entry stamp: a time alone on its line ({@code 11:52}, {@code 9.40am}). */
  private static final Pattern ENTRY_TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}(?:\\s?(?:[ap]\\.?m\\.?|[A-Z]{3,4}))?");
  /** A page with this many times alone on their lines is a live page, whose entries they open. */
  private static final int MIN_LIVE_ENTRIES = 3;
  private static final int MAX_ENTRY_TIME = 12;

  private final TeaserListFixer teasers;
  private final BoilerplateLineFixer boilerplate;
  private final CaptionFixer captions;
  private final ForeignLineFixer foreign;
  private final LinePatterns pageLines;
  /** Captions the caption rule leaves, taken only where captions go (--captions drop). */
  private final LinePatterns pageCaptions;
  /** Headers of what a page sets under its story: {@code Notes to editors}, {@code Live updates}. */
  private final LinePatterns closingHeaders;
  /** Labels over a ticker of other stories' headlines: {@code BREAKING NEWS}, {@code LIVE}. */
  private final LinePatterns tickerLabels;

  /** The other line rules, whose findings are the evidence of a page and part of its edges. */
  PageEdgeFixer(RuleSource source, TeaserListFixer teasers, BoilerplateLineFixer boilerplate, CaptionFixer captions,
      ForeignLineFixer foreign) {
    this.teasers = teasers;
    this.boilerplate = boilerplate;
    this.captions = captions;
    this.foreign = foreign;
    Map<String, LinePatterns> byKind = LineTables.patternsByKind(source, PAGE_LINES, "line", "caption", "closing", "ticker");
    pageLines = byKind.get("line");
    pageCaptions = byKind.get("caption");
    closingHeaders = byKind.get("closing");
    tickerLabels = byKind.get("ticker");
  }

  @Override
  public List<String> ruleIds() {
    return List.of(HEADER, FOOTER, InlineTeasers.RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    ArticleBody body = ArticleBody.of(doc);
    List<Replacement> out = new ArrayList<>();
    if (body.first() < 0) {
      return out;
    }
    int bodyStart = bodyStart(doc, body);
    if (!isPage(doc, body, bodyStart)) {
      return out;
    }
    List<Line> lines = doc.lines();
    int headline = peelHeader(doc, bodyStart, out);
    List<String> site = siteNames(doc, headline);
    int repeated = repeatedHeadline(doc, headline, bodyStart, site);
    int copied = repeated > headline ? repeated : copiedHeadline(doc, headline, bodyStart);
    int tagline = copied > headline ? copied : headlineUnderTagline(doc, headline, bodyStart);
    int real = underTicker(doc, tagline > headline ? tagline : headlineOverByline(doc, headline, bodyStart), bodyStart);
    int sentence = real == headline ? headlineUnderMasthead(doc, headline, bodyStart) : real;
    if (sentence == bodyStart) {
      real = sentence;
      bodyStart = bodyStart(doc, bodyStart + 1);
    }
    for (int i = headline; i < real; i++) {
      if (!lines.get(i).isBlank(doc.text())) {
        out.add(LineRemoval.of(HEADER, lines.get(i))); // a title bar or tagline, and what stands above the headline
      }
    }
    headline = real;
    if (headline > bodyStart) {
      bodyStart = bodyStart(doc, headline + 1);
    }
    bodyStart = liveEntryAbove(doc, headline, bodyStart);
    Set<String> later = linesFrom(doc, bodyStart);
    for (int i = headline + 1; i < bodyStart; i++) {
      Line line = lines.get(i);
      if (!line.isBlank(doc.text()) && (isHeaderLine(doc, line) || later.contains(doc.content(line).strip()))) {
        out.add(LineRemoval.of(HEADER, line)); // a byline, a date, a button; or a contents entry the body repeats as a heading
      }
    }
    int text = peelUnderStandfirst(doc, headline, bodyStart, out);
    peelFooter(doc, Math.max(Math.max(headline, bodyStart), text) + 1, site, out);
    // A line another rule takes keeps its rule: the edges taken here, a teaser list's entries
    // (read only when a teaser is found), boilerplate and captions.
    BitSet taken = new BitSet(); // the chars of the lines taken, filled when a teaser is first found
    boolean[] listsRead = {false};
    Predicate<Line> otherRule = line -> {
      if (!listsRead[0]) {
        listsRead[0] = true;
        Stream.concat(out.stream(), teasers.fix(doc).stream()).forEach(r -> taken.set(r.span().start(), r.span().end()));
      }
      int next = taken.nextSetBit(line.start());
      return boilerplate.isFurniture(doc, line, false) || captions.isCaption(doc, line) || next >= 0 && next < line.next();
    };
    out.addAll(InlineTeasers.between(doc, bodyStart, body.last(), otherRule));
    return out;
  }

  /** The lines from {@code first} on, stripped: the article's section headings among them. */
  private static Set<String> linesFrom(Document doc, int first) {
    Set<String> contents = new HashSet<>();
    for (int i = first; i < doc.lines().size(); i++) {
      contents.add(doc.content(doc.lines().get(i)).strip());
    }
    contents.remove("");
    return contents;
  }

  /** The first paragraph of the article: a cookie notice above it reads as one too. */
  private int bodyStart(Document doc, ArticleBody body) {
    int start = bodyStart(doc, body.first());
    return start < doc.lines().size() ? start : body.first();
  }

  /** The first paragraph at or after {@code from} that is no furniture, or the line count. */
  private int bodyStart(Document doc, int from) {
    List<Line> lines = doc.lines();
    for (int i = from; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (ArticleBody.isParagraph(doc.text(), line.start(), line.end()) && !isFurniture(doc, line)
          && !isPageLine(doc, line)) { // By Colette Danvers, Staff Writer | Updated 5:17 p.m. reads as a sentence
        return i;
      }
    }
    return lines.size();
  }

  /**
   * The headline over a byline or date a few lines into what reads as the body: a podcast's or a
   * video's page puts its show notes above the written story ({@code A Kansas town votes ...},
   * then {@code By Naomi Brandt}). Taken when what stands above it is a few short notes and the
   * story under it is much longer; {@code first} otherwise.
   */
  private int headlineOverByline(Document doc, int first, int bodyStart) {
    List<Line> lines = doc.lines();
    for (int k = bodyStart + 1; k < lines.size() && k <= bodyStart + MAX_NOTES_LINES; k++) {
      if (!isStamp(doc, k)) {
        continue;
      }
      int h = k - 1;
      while (h > bodyStart && lines.get(h).isBlank(doc.text())) {
        h--;
      }
      String title = doc.content(lines.get(h)).strip();
      int notes = proseWords(doc, first, h);
      boolean headline = h > bodyStart && words(title) >= 3 && words(title) <= MAX_FOOTER_ENTRY_WORDS + 6
          && !SENTENCE_END.matcher(title).find() && !isStamp(doc, h) && !isFurniture(doc, lines.get(h));
      if (headline) {
        return notes <= MAX_NOTES_WORDS && proseWords(doc, k, lines.size()) >= 3 * notes ? h : first;
      }
    }
    return first;
  }

  /**
   * The headline a newsletter platform writes as a sentence ({@code Marlow County paid $2.3 million
   * for smart water meters. A third of them don’t report.}), read as the body's first line, under
   * the site's name, which the page writes again further down ({@code Share The Riverside
   * Ledger}): the writer's name, a date or counters stand under it before the story. {@code
   * bodyStart} then, {@code first} otherwise.
   */
  private int headlineUnderMasthead(Document doc, int first, int bodyStart) {
    List<Line> lines = doc.lines();
    if (first >= bodyStart || bodyStart >= lines.size() || lines.get(bodyStart).wordCount(doc.text()) > MAX_SENTENCE_HEADLINE_WORDS
        || !writtenAgainBelow(doc, first, bodyStart)) {
      return first;
    }
    for (int k = nextNonBlank(doc, bodyStart), n = 0; k < lines.size() && n < MAX_LINES_OVER_DATE; k = nextNonBlank(doc, k), n++) {
      if (isStamp(doc, k)) {
        return bodyStart;
      }
      if (!isHeaderLine(doc, lines.get(k))) {
        return first;
      }
    }
    return first;
  }

  /** Whether the text of line {@code line}, a name of a few words, stands again in a line after {@code from}. */
  private static boolean writtenAgainBelow(Document doc, int line, int from) {
    String name = doc.content(doc.lines().get(line)).strip();
    if (name.length() < 4 || words(name) > SHORT_WORDS) {
      return false;
    }
    return doc.text().indexOf(name, doc.lines().get(from).next()) >= 0;
  }

  /** The words of the lines {@code [from, to)}. */
  private static int proseWords(Document doc, int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      words += doc.lines().get(i).wordCount(doc.text());
    }
    return words;
  }

  /**
   * Whether the other line rules find enough furniture: at the edges (above the body, menus and a
   * ticker's label too), or inside the article what the boilerplate rule removes there as well. A
   * footer's own paragraph (an owner's or regulator's note) may end the body as read, so page
   * furniture above it sits inside.
   */
  private boolean isPage(Document doc, ArticleBody body, int bodyStart) {
    int found = 0;
    for (Line line : doc.lines()) {
      if (line.isBlank(doc.text())) {
        continue;
      }
      boolean above = line.index() < bodyStart;
      boolean edge = above || body.atEdge(line);
      boolean furniture = edge ? isFurniture(doc, line) || above && (isMenu(doc, line) || isTickerLabel(doc, line.index()))
          : boilerplate.isFurniture(doc, line, false) || teasers.isHeader(doc, line);
      if (furniture && ++found >= MIN_FURNITURE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Removes the lines above the headline: short lines, furniture and tickers, block by block
   * (lines between blank lines). A short line alone in its block is taken only if it is furniture
   * or the site's name, which the page writes again below the body's start ({@code Izwi News},
   * then {@code Sipho Mahlangu | Izwi News}), since a short headline may stand so. Returns the
   * index of the first line kept, the headline.
   */
  private int peelHeader(Document doc, int bodyStart, List<Replacement> out) {
    List<Line> lines = doc.lines();
    int i = 0;
    while (i < bodyStart) {
      if (lines.get(i).isBlank(doc.text())) {
        i++;
        continue;
      }
      int end = i;
      while (end < bodyStart && !lines.get(end).isBlank(doc.text()) && isHeaderLine(doc, lines.get(end))) {
        end++;
      }
      boolean alone = end == i + 1 && (end == bodyStart || lines.get(end).isBlank(doc.text()));
      if (end == i || alone && !isFurniture(doc, lines.get(i)) && !isPageLine(doc, lines.get(i))
          && !isMenu(doc, lines.get(i)) && !isMastheadOverHeadline(doc, i, bodyStart) && !writtenAgainBelow(doc, i, bodyStart)) {
        end = underTicker(doc, i, bodyStart);
        if (end == i) {
          return i;
        }
      }
      for (; i < end; i++) {
        if (!lines.get(i).isBlank(doc.text())) {
          out.add(LineRemoval.of(HEADER, lines.get(i)));
        }
      }
    }
    return i;
  }

  /**
   * The story's headline under a ticker of other stories' headlines starting at {@code at}, under
   * its label ({@code BREAKING NEWS}, then {@code Treasury to publish revised estimates}, {@code
   * Stars name squad for qualifiers}): two or more lines reading as headlines, then header lines
   * (a breadcrumb, a kicker), then the headline, before the body; also when {@code at} stands over
   * the label with header lines between ({@code Gauteng Western Cape ...}, {@code Trending: ...},
   * then {@code JUST IN}). {@code at} itself when there is no ticker there.
   */
  private int underTicker(Document doc, int at, int bodyStart) {
    List<Line> lines = doc.lines();
    if (at >= bodyStart) {
      return at;
    }
    int label = previousNonBlank(doc, at);
    if (label < 0 || !isTickerLabel(doc, label)) {
      // or a line over the ticker's label, with header lines between (a region menu, then Trending: ..., then JUST IN)
      label = nextNonBlank(doc, at);
      while (label < bodyStart && !isTickerLabel(doc, label) && isHeaderLine(doc, lines.get(label))) {
        label = nextNonBlank(doc, label);
      }
      if (label >= bodyStart || !isTickerLabel(doc, label)) {
        return at;
      }
    }
    int k = label + 1;
    int items = 0;
    for (; k < bodyStart && (lines.get(k).isBlank(doc.text()) || readsAsHeadline(doc, lines.get(k))); k++) {
      items += lines.get(k).isBlank(doc.text()) ? 0 : 1;
    }
    int end = k;
    while (k < bodyStart && (lines.get(k).isBlank(doc.text()) || isHeaderLine(doc, lines.get(k)))) {
      k++;
    }
    return items >= 2 && k > end && k < bodyStart && readsAsHeadline(doc, lines.get(k)) ? k : at;
  }

  private boolean isTickerLabel(Document doc, int index) {
    return index >= 0 && index < doc.lines().size() && tickerLabels.matchesAny(doc.content(doc.lines().get(index)).strip());
  }

  /** A line of a headline's length that is no furniture and does not end as a sentence. */
  private boolean readsAsHeadline(Document doc, Line line) {
    String content = doc.content(line).strip();
    int words = words(content);
    return words >= 3 && words <= MAX_FOOTER_ENTRY_WORDS + 6 && !SENTENCE_END.matcher(content).find()
        && !isHeaderLine(doc, line);
  }

  /**
   * The byline and date a page sets under the standfirst, the sentence right under the headline
   * that reads as the body's first paragraph ({@code Campaigners say the building could reopen.},
   * then {@code By Kirsty Ironside}, then the date): a stamp right below that paragraph, and the
   * stamps and header lines after it, up to the story's next paragraph, whose index it returns (-1
   * when it takes none): the footer starts below it.
   */
  private int peelUnderStandfirst(Document doc, int headline, int bodyStart, List<Replacement> out) {
    List<Line> lines = doc.lines();
    if (headline >= bodyStart || bodyStart >= lines.size()) {
      return -1;
    }
    for (int i = headline + 1; i < bodyStart; i++) {
      if (!lines.get(i).isBlank(doc.text()) && !isHeaderLine(doc, lines.get(i))) {
        return -1; // the standfirst stands under a subtitle: not right under the headline
      }
    }
    int k = nextNonBlank(doc, bodyStart);
    if (!isStamp(doc, k)) {
      return -1;
    }
    int stamps = k;
    while (k < lines.size() && (lines.get(k).isBlank(doc.text()) || isHeaderLine(doc, lines.get(k)))) { // a stamp is one
      k++;
    }
    if (k == lines.size() || !ArticleBody.isParagraph(doc.text(), lines.get(k).start(), lines.get(k).end())) {
      return -1; // a one-paragraph story's credits and the footer under it
    }
    for (int i = stamps; i < k; i++) {
      if (!lines.get(i).isBlank(doc.text())) {
        out.add(LineRemoval.of(HEADER, lines.get(i)));
      }
    }
    return k;
  }

  /**
   * Whether the short line at {@code i} is the site's name or a section's kicker, not a short
   * headline: a line that reads as a headline follows, with furniture or a menu between ({@code
   * WQVL 8 News Now}, menus, {@code Demolition begins at fire-damaged Riverside Mill}), or right
   * below and then its byline, date or buttons ({@code Meio Ambiente}, {@code Drought forces Pantanal
   * ranchers to move cattle months early}, {@code Por Renata Albuquerque}). A headline has its
   * byline, date or standfirst below, not the site's menus or another headline.
   */
  private boolean isMastheadOverHeadline(Document doc, int i, int bodyStart) {
    List<Line> lines = doc.lines();
    if (!isShort(doc, lines.get(i))) {
      return false;
    }
    boolean furnitureBelow = false;
    for (int k = i + 1; k < bodyStart; k++) {
      Line line = lines.get(k);
      if (line.isBlank(doc.text())) {
        continue;
      }
      if (!isHeaderLine(doc, line)) {
        String headline = doc.content(line).strip();
        int below = nextNonBlank(doc, k);
        boolean kicked = words(headline) >= MIN_KICKED_HEADLINE_WORDS && below < bodyStart && isHeaderLine(doc, lines.get(below));
        return (furnitureBelow || kicked) && !SENTENCE_END.matcher(headline).find();
      }
      furnitureBelow |= isFurniture(doc, line) || isMenu(doc, line);
    }
    return false;
  }

  /** The last line before {@code before} that is not blank, or -1. */
  private static int previousNonBlank(Document doc, int before) {
    int k = before - 1;
    while (k >= 0 && doc.lines().get(k).isBlank(doc.text())) {
      k--;
    }
    return k;
  }

  private static int nextNonBlank(Document doc, int after) {
    int k = after + 1;
    while (k < doc.lines().size() && doc.lines().get(k).isBlank(doc.text())) {
      k++;
    }
    return k;
  }

  private boolean isHeaderLine(Document doc, Line line) {
    return isShort(doc, line) || isMenu(doc, line) || isFurniture(doc, line) || isPageLine(doc, line);
  }

  /**
   * The headline a title bar at {@code first} repeats before or after the site's name ({@code
   * Council approves bike lanes | The Carver Valley Sentinel}), whose name it adds to {@code site};
   * {@code first} itself when it is no title bar.
   */
  private int repeatedHeadline(Document doc, int first, int bodyStart, List<String> site) {
    if (first >= bodyStart) {
      return first;
    }
    String bar = doc.content(doc.lines().get(first)).strip();
    Matcher separator = TITLE_SEPARATOR.matcher(bar);
    // the site's name may stand on a line of its own too, so the longer part is read as the title first
    for (boolean longer : new boolean[] {true, false}) {
      separator.reset();
      while (separator.find()) {
        String before = bar.substring(0, separator.start());
        String after = bar.substring(separator.end());
        boolean titleBefore = longer == before.length() >= after.length();
        for (int k = first + 1; k < bodyStart; k++) {
          // the site's name over the headline, with the menus between, is a masthead (The Wyvern Gazette)
          if (doc.content(doc.lines().get(k)).strip().equalsIgnoreCase(titleBefore ? before : after)
              && !isMastheadOverHeadline(doc, k, bodyStart)) {
            addName(titleBefore ? after : before, site);
            return k;
          }
        }
      }
    }
    return first;
  }

  /**
   * The headline written again on a line of its own a few lines below {@code first}: a forum
   * thread's title above the post that pastes the article, with the post's header and the poster's
   * words between them; {@code first} itself when there is no copy or no headline.
   */
  private static int copiedHeadline(Document doc, int first, int bodyStart) {
    if (first >= bodyStart) {
      return first; // no headline: the first line is the body's
    }
    List<Line> lines = doc.lines();
    String headline = doc.content(lines.get(first)).strip();
    for (int k = first + 1; k < lines.size() && k <= first + MAX_COPY_DISTANCE; k++) {
      if (doc.content(lines.get(k)).strip().equalsIgnoreCase(headline)) {
        return k;
      }
    }
    return first;
  }

  /**
   * The headline below a site's tagline at {@code first} ({@code Local news from the North Coast}),
   * or below a title bar naming the site over another title ({@code Ferrandi vince a Passo Varena |
   * SportVeloce English}): a line the peeled masthead stands above (a title bar may head the page
   * alone) and menus or buttons next below (blank lines may stand between either), when a later
   * line before the body reads as a headline (no furniture, no sentence end); {@code first} itself
   * otherwise. A headline has its byline or date right below instead, and a later line ending as a
   * sentence is its standfirst.
   */
  private int headlineUnderTagline(Document doc, int first, int bodyStart) {
    List<Line> lines = doc.lines();
    boolean titleBar = first < bodyStart && TITLE_SEPARATOR.matcher(doc.content(lines.get(first)).strip()).find();
    if (first + 2 >= bodyStart || !titleBar && previousNonBlank(doc, first) < 0) {
      return first; // a title bar naming the site may head the page alone (a title in the site's own language)
    }
    int next = first + 1;
    while (next < bodyStart && lines.get(next).isBlank(doc.text())) {
      next++; // a page of blank-line blocks
    }
    if (next >= bodyStart || isPageLine(doc, lines.get(next)) || !isHeaderLine(doc, lines.get(next))) {
      return first;
    }
    for (int k = next + 1; k < bodyStart; k++) {
      Line line = lines.get(k);
      if (!line.isBlank(doc.text()) && !isHeaderLine(doc, line)) {
        return SENTENCE_END.matcher(doc.content(line).strip()).find() ? first : k;
      }
    }
    return first;
  }

  /**
   * Short entries joined by separators: {@code The Meseta Times · English edition}, {@code About |
   * Contact}. In a list of three or more an entry may be longer ({@code Terms of Use | Do Not Sell
   * My Personal Information}). Or a site's name and its sections after a dash ({@code Northern
   * Echo Online - News, Sport, Jobs, Homes}).
   */
  private static boolean isMenu(Document doc, Line line) {
    String content = doc.content(line).strip();
    String[] entries = MENU_SEPARATOR.split(content);
    int longest = entries.length >= MIN_LONG_MENU ? LONG_MENU_ENTRY_WORDS : SHORT_WORDS;
    return entries.length >= 2 && content.length() <= MAX_LENGTH && !SENTENCE_END.matcher(content).find()
        && Arrays.stream(entries).allMatch(e -> words(e) <= longest)
        || content.length() <= MAX_LENGTH && SITE_SECTIONS.matcher(content).matches();
  }

  /**
   * Removes the page footer: lines from the end up, while each is furniture or names the site,
   * stopping at a line of the article or at {@code top}, and keeping a list the article's last line
   * introduces with a colon, or the rest of a bulleted list it begins. A line naming the site
   * stays when nothing but such lines stands between it and the article ({@code The Herald has
   * asked the council for comment.} may end the article itself).
   */
  private void peelFooter(Document doc, int top, List<String> site, List<Replacement> out) {
    List<Line> lines = doc.lines();
    int stop = lines.size() - 1;
    boolean closed = false; // the footer starts at a closing section's header, whatever it reads as
    for (int peeled = -1; peeled != stop; ) {
      peeled = stop; // furniture may stand above a closing section too (Source: the issuer, then Media contact:)
      while (stop >= top && (lines.get(stop).isBlank(doc.text()) || isFooterLine(doc, lines.get(stop)) || namesSite(doc, lines.get(stop), site))) {
        stop--;
      }
      for (int above = aboveClosingSection(doc, top, stop); above < stop; above = aboveClosingSection(doc, top, stop)) {
        stop = above; // a section may follow another, or hold one (Live updates, then Show latest updates)
        closed = true;
      }
    }
    int first = stop + 1;
    String last = stop >= top ? doc.content(lines.get(stop)).strip() : "";
    String marker = listMarker(last);
    if (!closed && (last.endsWith(":") || marker != null)) {
      while (first < lines.size() && !lines.get(first).isBlank(doc.text())
          && (marker == null || marker.equals(listMarker(doc.content(lines.get(first)).strip())))) {
        first++; // the list the article's last line introduces (The measures include:) or begins (- a halt to shelling)
      }
    }
    while (!closed && first < lines.size() && (lines.get(first).isBlank(doc.text()) || !isFooterLine(doc, lines.get(first)))) {
      first++; // the lines naming the site right under the article
    }
    for (int i = first; i < lines.size(); i++) {
      if (!lines.get(i).isBlank(doc.text())) {
        out.add(LineRemoval.of(FOOTER, lines.get(i)));
      }
    }
  }

  /**
   * The article's last line above a section that a page sets under its story ({@code Notes to
   * editors} and the release's background, {@code Live updates} and their entries), when that
   * section is short: it goes whole. {@code stop} when there is none.
   */
  private int aboveClosingSection(Document doc, int top, int stop) {
    List<Line> lines = doc.lines();
    int words = 0;
    for (int i = stop; i >= top && words <= MAX_CLOSING_WORDS; i--) {
      Line line = lines.get(i);
      if (!line.isBlank(doc.text()) && line.strippedLength(doc.text()) <= MAX_LENGTH
          && doc.remember(closingHeaders, line, content -> closingHeaders.matchesAny(content.strip()))) {
        int above = i - 1;
        while (above >= top && lines.get(above).isBlank(doc.text())) {
          above--;
        }
        return above;
      }
      words += line.wordCount(doc.text());
    }
    return stop;
  }

  /** The bullet a list item starts with ({@code -}, {@code •}, {@code *}), or null. */
  private static String listMarker(String content) {
    Matcher bullet = LIST_MARKER.matcher(content);
    return bullet.lookingAt() ? bullet.group(1) : null;
  }

  /**
   * A footer line. A comment's text is one too: a line right under a byline or date, a line
   * between its signer and its date with a footer line above the signer ({@code Mary Costello,
   * Drumcaw}, the message, {@code 18 February 2025}), or a user's handle and the message.
   */
  private boolean isFooterLine(Document doc, Line line) {
    String content = doc.content(line).strip();
    int above = previousNonBlank(doc, line.index()); // a page of blank-line blocks sets its comment's parts apart
    if (isLiveEntryTime(doc, line) || above >= 0 && isLiveEntryTime(doc, doc.lines().get(above))) {
      return false; // a live page's last entry, its time and what it opens, is no comment under its stamp
    }
    return isHeaderLine(doc, line) || isStamp(doc, above) || isFooterEntry(content)
        || HANDLE_COMMENT.matcher(content).matches()
        || isStamp(doc, nextNonBlank(doc, line.index())) && isSigner(doc, above) && isFooterLine(doc, previousNonBlank(doc, above));
  }

  /**
   * The line of the first entry's time when it stands just above {@code bodyStart}, maybe with the
   * entry's title between ({@code 11:52}, {@code Power cuts pass 41,000}): on a live page the
   * entries are the article, their times no date lines of the header. {@code bodyStart} otherwise.
   */
  private int liveEntryAbove(Document doc, int headline, int bodyStart) {
    int above = previousNonBlank(doc, bodyStart);
    if (above > headline && !isLiveEntryTime(doc, doc.lines().get(above))) {
      above = previousNonBlank(doc, above); // the entry's title
    }
    return above > headline && isLiveEntryTime(doc, doc.lines().get(above)) ? above : bodyStart;
  }

  /** Whether {@code line} is a time alone on a page with {@value #MIN_LIVE_ENTRIES} or more such lines: a live entry's stamp. */
  private static boolean isLiveEntryTime(Document doc, Line line) {
    return isEntryTime(doc, line) && doc.view(ENTRY_TIME, d -> d.lines().stream().filter(l -> isEntryTime(d, l)).count() >= MIN_LIVE_ENTRIES);
  }

  private static boolean isEntryTime(Document doc, Line line) {
    return line.strippedLength(doc.text()) <= MAX_ENTRY_TIME && ENTRY_TIME.matcher(doc.content(line).strip()).matches();
  }

  /**
   * A comment's signer: a name and maybe a place, no sentence ({@code Mary and John Costello,
   * Drumcaw}), its words mostly capitalised; a live page's entry title under its time is in
   * sentence case ({@code What the red warning means}).
   */
  private static boolean isSigner(Document doc, int index) {
    if (index < 0 || doc.lines().get(index).isBlank(doc.text())) {
      return false;
    }
    String content = doc.content(doc.lines().get(index)).strip();
    int words = words(content);
    return words <= 2 * SHORT_WORDS && !SENTENCE_END.matcher(content).find() && 2 * capitalisedWords(content) > words;
  }

  private static int capitalisedWords(String content) {
    int capitalised = 0;
    for (String token : content.split("\\s+")) {
      capitalised += !token.isEmpty() && Character.isUpperCase(token.codePointAt(0)) ? 1 : 0;
    }
    return capitalised;
  }

  private boolean isFooterLine(Document doc, int index) {
    return index >= 0 && !doc.lines().get(index).isBlank(doc.text()) && isHeaderLine(doc, doc.lines().get(index));
  }

  /** Whether line {@code index} is a byline or date: a caption is no comment's stamp. */
  private boolean isStamp(Document doc, int index) {
    if (index < 0 || index >= doc.lines().size()) {
      return false;
    }
    Line line = doc.lines().get(index);
    return !line.isBlank(doc.text()) && line.strippedLength(doc.text()) <= MAX_LENGTH
        && doc.remember(pageLines, line, content -> pageLines.matchesAny(content.strip()));
  }

  /**
   * A list entry below the article: a headline, capitalised and shorter than a paragraph cut off
   * mid-sentence; one that asks or exclaims shorter still, as a paragraph may end so.
   */
  private static boolean isFooterEntry(String content) {
    int words = words(content);
    return TeaserListFixer.isEntry(content) && !content.isEmpty()
        && (Character.isUpperCase(content.codePointAt(0)) || Character.isDigit(content.codePointAt(0)))
        && words <= MAX_FOOTER_ENTRY_WORDS && (words <= MAX_QUESTION_ENTRY_WORDS || !QUESTION_END.matcher(content).find());
  }

  /**
   * The site's names: the first line kept by neither the furniture rules nor the headline, cut at a
   * separator, and the owner a copyright line names ({@code © 2026 Asia Pacific Daily Ltd.}).
   */
  private List<String> siteNames(Document doc, int headline) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < headline; i++) {
      Line line = doc.lines().get(i);
      if (!line.isBlank(doc.text()) && !isFurniture(doc, line)) {
        addName(SITE_SEPARATOR.split(doc.content(line).strip(), 2)[0], names);
        break;
      }
    }
    for (int i = doc.lines().size() - 1; i > headline && i >= doc.lines().size() - MAX_COPYRIGHT_DISTANCE; i--) {
      Matcher owner = COPYRIGHT.matcher(doc.content(doc.lines().get(i)));
      if (owner.find()) {
        addName(owner.group(1), names);
      }
    }
    return names;
  }

  /** Adds a name of capitalised words, without a leading The, in lower case. */
  private static void addName(String name, List<String> names) {
    String stripped = name.strip();
    String[] words = stripped.split("\\s+");
    if (words.length <= SHORT_WORDS && stripped.length() >= 4
        && Arrays.stream(words).allMatch(w -> CAPITALISED.matcher(w).matches())) {
      names.add(stripped.replaceFirst("^(?i:the)\\s+", "").toLowerCase(Locale.ROOT));
    }
  }

  private static boolean namesSite(Document doc, Line line, List<String> site) {
    String content = doc.content(line).toLowerCase(Locale.ROOT);
    return site.stream().anyMatch(content::contains);
  }

  /** A line of a few words that does not end as a sentence: a menu entry, a button, a site name. */
  private static boolean isShort(Document doc, Line line) {
    // whitespace-separated words first, counted without a copy: most lines have many
    if (line.wordCount(doc.text()) > 2 * SHORT_WORDS) {
      return false;
    }
    String content = doc.content(line).strip();
    return words(content) <= SHORT_WORDS && !SENTENCE_END.matcher(content).find();
  }

  /** Words with a letter or digit: separators such as {@code |} do not count. */
  private static int words(String content) {
    int words = 0;
    for (String token : content.split("\\s+")) {
      words += token.codePoints().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
    }
    return words;
  }

  private boolean isFurniture(Document doc, Line line) {
    return boilerplate.isFurniture(doc, line, true) || teasers.isHeader(doc, line) || captions.isCaption(doc, line)
        || foreign.isForeign(doc, line, true);
  }

  /** A line of {@code rules/page-lines.txt}: asked of the same lines from the header and the footer, on every pass. */
  private boolean isPageLine(Document doc, Line line) {
    return line.strippedLength(doc.text()) <= MAX_LENGTH && doc.remember(this, line, content -> isPageLine(content.strip()));
  }

  private boolean isPageLine(String content) {
    return !content.isEmpty()
        && (pageLines.matchesAny(content) || captions.dropsCaptions() && pageCaptions.matchesAny(content));
  }
}
