package io.github.mtclean.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mtclean.Cleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The held-out sets ({@code corpus/heldout4} to {@code corpus/heldout10}, each written by a session
 * that read neither code nor rules): clean articles must come out byte for byte unchanged; on
 * scraped pages and machine-translated articles every change must move toward the editor's
 * version, and on pages no line of it may be lost.
 * <p>First runs. heldout4: the 24 clean articles unchanged; on the 12 pages 116 changes, none
 * needless, error reduction 0.485 (most furniture stayed). heldout5, after the page-edge and
 * teaser-list rules were written from heldout4's misses: one of the 20 clean articles changed (a
 * thunderous The Ferryman lost its The); on the 14 pages no change needless and error reduction
 * 0.737 (0.523 with the jar of the stop before). heldout6 (clean articles built to trip page
 * rules, pages of unusual layouts), after heldout5 was studied: two of 12 clean articles changed
 * (a quoted cookie notice and a date line removed, by every earlier jar too); pages 0.549 (0.332
 * with the last stop's jar), no change needless. heldout7 (14 clean articles, 14 machine-translated
 * articles with in-line damage), after lost-capital was written: clean articles unchanged, MT
 * articles 465 -> 62 tokens from the gold (0.867, the same with the last stop's jar), 103 changes,
 * all correct. heldout8 (12 clean articles, 8 pages with UI in six languages, 12 machine-translated
 * articles), after the names and punctuation work of its stop: two clean articles changed (a
 * lower-case lyric got a capital, a recipe's {@code tsp.} lost its period; the same with the last
 * stop's jar), pages 0.861 (0.859), MT articles 0.910 (0.888), every change correct. heldout9 (12
 * clean articles built to trip rules, 8 pages, 12 articles machine-translated from 12 languages):
 * three clean articles changed (a colour key and a verse joined as split lines, a period before
 * {@code His laundry}, an inner quote's closer against the outer one read as an apostrophe; the
 * same with the last stop's jar), pages 0.734 (0.734), MT articles 0.909 (0.909), 192 of 195
 * changes correct. heldout10 (12 clean articles, 8 pages of unusual layouts, 12 MT articles from
 * 12 more languages), after heldout9 was studied: two clean articles changed (song and poem lines
 * joined, an Irish poem introduced with a colon removed as foreign; the same with the last stop's
 * jar), pages 0.660 (0.660), MT articles 0.733 (0.717). All seven sets have been studied since,
 * heldout10 only in part, so the figures below are no longer held-out ones. heldout11 (16 clean,
 * 12 MT) and heldout12 (6 clean, 10 pages), first run at the 2026-12-03 stop: heldout11 3 clean
 * articles changed, MT 0.798; heldout12 clean unchanged, pages 0.806 with every change correct;
 * the stop's start jar gave the same. Both were studied in part; heldout11's c05, which quotes a
 * literal {@code R&amp;B} beside {@code R&B} on purpose, kept it from the next stop on.
 * heldout13 (14 clean, 10 MT, 7 pages; its writer's session ended before it wrote its README,
 * so the files are its script's output from its templates), first run at the same stop, after
 * the work on heldout10 to heldout12: clean unchanged, MT 0.908, pages 0.909 (the stop's start
 * jar 0.895 and 0.850); studied in part since. heldout15 (12 clean, 10 MT from ten more
 * languages, 8 pages of new kinds), first run at the 2026-12-07 stop: clean unchanged, MT 0.738
 * with 127 of 134 changes correct, pages 0.682 with every change correct (the stop's start jar the
 * same). heldout16 (10 clean, 10 MT from ten more languages, 8 pages), first run at the same
 * stop after the work on heldout15: one clean article changed (a lower-case brand's headline joined
 * to its first paragraph, by the start jar too; fixed), MT 0.949 and pages 0.804, every change
 * correct. heldout17 (14 clean, 8 MT from eight more languages, 8 pages), first run at the same
 * stop: two clean articles changed (quoted text messages in lower case; fixed), MT 0.827 and pages
 * 0.813 (0.818 with the stop's jar), 91 of 93 and 57 of 58 changes correct. heldout18 (8 clean,
 * 6 MT, 5 pages), first run at the end of the same stop, unstudied but for one clean article: the
 * start jar changed that article (a poem's lines joined; fixed) and reduced MT errors by 0.830 and
 * page errors by 0.888; the stop's last jar 0.969 and 0.912; studied at the next stop. heldout19
 * (10 clean, 8 MT, 6 pages), first run at the 2026-12-07 second stop: clean unchanged, MT 0.907,
 * pages 0.837 (0.909 and 0.837 on arrival); studied since. heldout20 (10 clean, 8 MT from ja, ko,
 * ru, pt, es, tr, pl, ar, 6 pages), first run at the 2026-12-07 third stop, the stop's start jar
 * and its jar of the hour alike: clean unchanged, MT 0.906 with all 88 changes correct, pages 0.909
 * with 62 of 63 (a list under a colon joined); studied since. heldout21 (8 clean, 8 MT from zh, vi,
 * th, id, it, fr, de, uk, 6 pages), first run at the same stop after the work on heldout20: one
 * clean article changed (a title after "titled" lost its periods, by the start jar too; fixed), MT
 * 0.731 and pages 0.928 (the stop's start jar 0.727 and 0.928); studied since. heldout22 (8
 * clean, 8 MT, 6 pages), first run at the fourth 2026-12-07 stop: one clean article changed, MT
 * 0.898, pages 0.905; studied since. heldout23 (8 clean, 8 MT from tr, id, hu, ar, th, fi, es, hi,
 * 6 pages) and heldout24 (8 clean, 8 MT from it, pt, vi, zh, pl, sw, ms, sr, 6 pages), first run at
 * the fifth 2026-12-07 stop with its start jar: heldout23 clean unchanged, MT 0.968 (106 of 109
 * changes correct), pages 0.962 (82 of 83); heldout24 one clean article changed (a song title in
 * lower case opening a sentence), MT 0.780 (98 of 99), pages 0.914 (all 76); studied since.
 * heldout25 (8 clean, 8 MT from fr, de, ja, ko, ru, ta, fa, ro, 6 pages), first run at the end of
 * the same stop: clean unchanged, MT 0.951 (the start jar 0.948), pages 0.866, studied only for a
 * full-width comma inside a number, a byline in Afrikaans whose headline went with the header and
 * bilingual controls joined by a slash, share rows, a bio, list headers, tag lines and a
 * newsletter promo (pages 0.916); its gold moves a comma inside a closing quote (», said to ,"
 * said) where heldout16's and heldout19's keep it outside, so those three changes count as wrong.
 * At the sixth 2026-12-07 stop it was studied for the rest of its pages (comments under their
 * header, Afrikaans furniture, credits without capitals, name slips; pages 0.99). heldout26 (8
 * clean, 8 MT from tr, ko, uk, th, id, hu, ar, fi, 8 pages) and heldout27 (8 clean, 8 MT from ja,
 * de, fr, es, ru, bn, tl, no, 8 pages), first run at the same stop with its start jar: clean
 * unchanged in both; heldout26 MT 0.894 (135 of 138 changes correct), pages 0.934 (all 140);
 * heldout27 MT 0.846 (107 of 113), pages 0.863 (107 of 109); studied since. heldout27's m04 mixes
 * three quote styles and its gold keeps the curly one, the rarest; two of its wrong changes are
 * there. heldout28 (24 clean traps in 11 English varieties: datelines, bylines, a press release's
 * About section, lower-case tweets, full-width punctuation in a Chinese quotation, life dates),
 * first run at the same stop: the start jar changed two (tweets ending in a hashtag lost their
 * periods; fixed), the stop's jar none. heldout29 (6 clean, 6 MT from pt, pl, vi, zh, it,
 * el, 10 pages of real site types: a local TV station, a tabloid, an Indian portal, a Gulf daily,
 * a Kenyan paper, Substack, Medium, a wire aggregator, a live-score page, a Portuguese site),
 * first run at the end of the same stop: the start jar changed one clean article (a lower-case
 * poem quoted over three lines; fixed), MT 0.875 (65 of 67), pages 0.816 (all 108); then alerts,
 * tickers, app and tip-line nags, inline teasers, newsletter headers, a match page's line-ups and
 * a tabloid's teasers: pages 0.979, MT 0.890. heldout30 (6 clean, 8 MT from ja, ar, tr, es, id, pl,
 * th, sw, 6 pages: a WordPress regional paper, a broadcaster, a wire, trade press, a city's press
 * release, a tech blog) and heldout31 (6 clean traps: a match report with its scorers, an
 * obituary, results, a review, a Q&A, an explainer; 6 MT from ko, vi, pt, de, hi, zh; 10 pages: a
 * football club, a university, a TV station, Korean, Vietnamese, Brazilian, Indian and Australian
 * sites, a newsletter post, a forum thread), first run at the seventh 2026-12-07 stop with its start
 * jar: heldout30 clean unchanged, MT 0.892, pages 0.911; heldout31 one clean article changed (a
 * scorers line read as Norwegian for its og; fixed), MT 0.899, pages 0.860; studied since (MT
 * 0.978 and 0.910, pages 0.986 and 0.947). heldout31's m04 writes a term in German single marks
 * and its gold keeps them single, where heldout10, heldout13 and heldout18 make single foreign
 * marks double at the top level: those two changes count as wrong. heldout32 (12 clean articles
 * in 12 English varieties and genres: a court report, a sketch, a scorecard, dot points, KSh
 * figures, a hockey recap, Q&A subheadings, a capitalised list after a colon, lower-case brands,
 * life dates, lower-case poetry, abbreviations), heldout33 (8 MT from id, pl, es, zh, th, fa, uk,
 * it) and heldout34 (8 pages: Kenyan, Pakistani, Philippine, Scottish, US TV, Malaysian, Ghanaian,
 * Jamaican sites), first run at the eighth 2026-12-07 stop with its start jar: clean unchanged,
 * MT 0.957 (85 of 87 changes correct), pages 0.840 (84 of 85); studied since (MT 0.975, pages
 * 0.981). heldout33's m08 moves a head noun after the period (rental. apartments.), which
 * dangling-word reads as a modifier; its Polish -ski and -ska stay apart as relatives would.
 * heldout35 (12 clean articles in 12 varieties, full of names after time phrases, abbreviations,
 * near-identical surnames and double surnames), heldout36 (8 MT from ko, ja, ar, tr, fr, de, pt,
 * ru) and heldout37 (8 pages: Nigerian, Indian, UK tabloid, US metro, Philippine, Irish radio,
 * Canadian community, South African sites), written and first run at the same stop, later, with
 * its start jar: one clean article changed (a period put after In closing arguments on Tuesday;
 * fixed), MT 0.847 (all 95 changes correct), pages 0.848 (all 91); studied since (MT 0.938, pages
 * 0.991). heldout38 (12 clean texts laid out like furniture: a live blog, a listicle, a TV guide,
 * standings, letters, a transcript, an op-ed's bio line, a press release's contacts, an
 * obituary's funeral section, a forecast, charges, a recipe), heldout39 (8 MT from hi, bn, sw,
 * vi, es, nl, el, cs) and heldout40 (8 pages: Australian, Welsh, US public radio, Singapore,
 * Pakistani, Kenyan business, a UK magazine with comments, a WordPress blog), first run at the
 * same stop, last, with its start jar: three clean texts changed (Irish programme titles read as
 * foreign lines, Media contact as a menu, Elsewhere on Thursday as a teaser list; fixed), MT
 * 0.893 (78 of 82 changes correct), pages 0.922 (82 of 83); studied since (MT 0.960, pages 0.985).
 * heldout39's wrong changes are a foreign quote pair made double where its gold keeps single marks,
 * and a lost capital where its gold deletes a moved period. heldout41 (8 clean: a council motion, election
 * results, a judgment, a transfer, a journal citation, road closures, HK$ figures, Welsh phrases),
 * heldout42 (6 MT from ro, hu, ms, tl, am, uk) and heldout43 (6 pages: Zimbabwean, Sri Lankan, a
 * US live scoreboard, an Irish paywall, Trinidadian, New Zealand sites), written at the end of
 * the same stop: the start jar changed three clean articles (two people with one given name and
 * surnames a letter apart merged: Grant Laing and Grant Lang, Arvind Sethi and Arvind Seth,
 * Rhodri Lloyd and Rhodri Llwyd; fixed), MT 0.895 (all 64 changes correct), pages 0.864 (all 71);
 * not studied yet (MT 0.902, pages 0.917 with the stop's last jar). heldout44 (12 clean: an
 * obituary, testimony, a health story in figures, a cricket report, wire briefs, markets, a Q&A, a
 * council list, transport, a review, floods abroad, lower-case brands), heldout45 (8 MT from pl,
 * tr, ja, fa, pt-BR, th, sr, id) and heldout46 (8 pages: a local TV station, a financial wire, a
 * live score site, a paywalled regional paper, a tech blog, a press release service, a WordPress
 * aggregator, a live blog), first run at the 2026-12-08 stop with its start jar: one clean
 * article changed (a phone's spec line 'Photo: a 48-megapixel main camera' read as a caption; fixed),
 * MT 0.919 (83 of 88 changes correct), pages 0.831 (77 of 78); studied since (MT 0.945, 88 of 90;
 * pages 0.997, all 81). heldout47 (10 clean: a parliamentary sketch, a wool and grain market, school
 * results, Durga Puja, a port, a sentencing, an aviation incident, a paper's title, a musician's
 * interview, a council election), first run later at the same stop: two articles changed with the
 * start jar and the stop's jar then (fine Merino types read as a sentence start; a lower-case post
 * quoted after a colon lost its periods; fixed) and a third was mended rightly (a slip, named,.,
 * removed from the clean file). heldout48 (8 MT from zh, ko, de, fr, ar-EG, es-MX, ru, he), first
 * run at the same stop, later: this stop's jar did no better than its start jar (0.826, 92 of 94
 * changes correct); studied since (Korean and press office credits, from 1. April, a councilwoman's
 * near-miss surname, Hebrew marks, a two-word name before said after a year, an acronym before
 * The, a year as a subject, a period before a figure): 0.975, 103 of 105. heldout50 (6 MT from it,
 * nl, sv, vi, ur, el),
 * written at the end of the stop and not studied: the start jar 0.943 (66 of 67 changes correct),
 * the stop's jar 0.947 (67 of 68).
 * heldout49 (8 pages: a Canadian daily, a Nigerian business portal, an Indian state site with a
 * Hindi widget, a New Zealand rural paper, a US college paper, a Gulf expat site, a UK regional
 * broadcaster, an agency aggregator), first run at the same stop: 0.872 with its start jar and with
 * its jar then (88 of 89 changes correct); studied since (a compound's plural after a period, share
 * and newsletter lines, donation calls, channel plugs, moderation notes, bios, Media caption): 0.957,
 * all 84.
 */
class HeldOutSetsTest {
  @ParameterizedTest
  @CsvSource({"heldout4, 24", "heldout5, 20", "heldout6, 12", "heldout7, 14", "heldout8, 12", "heldout9, 12", "heldout10, 12", "heldout11, 16", "heldout12, 6", "heldout13, 14", "heldout14, 30", "heldout15, 12", "heldout16, 10", "heldout17, 14", "heldout18, 8", "heldout19, 10", "heldout20, 10", "heldout21, 8", "heldout22, 8", "heldout23, 8", "heldout24, 8", "heldout25, 8", "heldout26, 8", "heldout27, 8", "heldout28, 24", "heldout29, 6", "heldout30, 6", "heldout31, 6", "heldout32, 12", "heldout35, 12", "heldout38, 12", "heldout41, 8", "heldout44, 12", "heldout47, 10"})
  void cleanArticlesComeOutUnchanged(String set, int count) throws IOException {
    List<Path> articles = files(root(set).resolve("clean"));
    assertEquals(count, articles.size());
    for (Path article : articles) {
      String text = Files.readString(article);
      assertEquals(text, Cleaner.defaults().clean(text).text(), article.toString());
    }
  }

  /**
   * {@code unrepaired}: gold lines of a page the chain does not produce yet, per page: heldout6 p07,
   * a line whose repairs are missed.
   */
  @ParameterizedTest
  @CsvSource({"heldout4, 12, 0.99, 0", "heldout5, 14, 0.95, 0", "heldout6, 10, 0.99, 1", "heldout8, 8, 0.99, 0",
      "heldout9, 8, 0.95, 0"})
  void pagesLoseFurnitureButNoLineOfTheArticle(String set, int count, double minReduction, int unrepaired) throws IOException {
    Evaluation eval = new Evaluation();
    for (Path dirty : files(root(set).resolve("pages/dirty"))) {
      String gold = Files.readString(root(set).resolve("pages/gold").resolve(dirty.getFileName()));
      var cleaned = Cleaner.defaults().clean(Files.readString(dirty));
      eval.add(cleaned, gold);
      assertTrue(holdsInOrder(cleaned.text().split("\n"), gold.split("\n"), unrepaired), dirty + ":\n" + cleaned.text());
      assertEquals(cleaned.text(), Cleaner.defaults().clean(cleaned.text()).text(), "idempotent on " + dirty);
    }
    assertEquals(count, eval.pairs());
    assertEquals(0, eval.total().needless(), "changes made on text that needed none");
    assertEquals(eval.total().made(), eval.total().correct(), "every change moves toward the gold");
    assertTrue(eval.errorReduction() >= minReduction, "error reduction " + eval.errorReduction());
  }

  @ParameterizedTest
  @CsvSource({"heldout7, 14, 0.95", "heldout8, 12, 0.95", "heldout9, 12, 0.97"})
  void machineTranslationIsRepairedWithoutNeedlessChanges(String set, int count, double minReduction) throws IOException {
    Evaluation eval = new Evaluation();
    for (Path dirty : files(root(set).resolve("mt/dirty"))) {
      var cleaned = Cleaner.defaults().clean(Files.readString(dirty));
      eval.add(cleaned, Files.readString(root(set).resolve("mt/gold").resolve(dirty.getFileName())));
      assertEquals(cleaned.text(), Cleaner.defaults().clean(cleaned.text()).text(), "idempotent on " + dirty);
    }
    assertEquals(count, eval.pairs());
    assertEquals(0, eval.total().needless(), "changes made on text that needed none");
    assertEquals(eval.total().made(), eval.total().correct(), "every change moves toward the gold");
    assertTrue(eval.errorReduction() >= minReduction, "error reduction " + eval.errorReduction());
  }

  /**
   * Sets studied only in part, which hold floors of precision and error reduction instead.
   * heldout10: a few of its changes are still wrong (a lost capital where the gold deletes a moved
   * period, four foreign quote pairs made English with another mark than the gold's, single for
   * double). heldout11's MT articles and heldout12's pages: every change is right, but lines the
   * gold repairs are not yet produced.
   */
  @ParameterizedTest
  @CsvSource({"heldout10, pages, 8, 0.98, 0.90", "heldout10, mt, 12, 0.97, 0.92", "heldout11, mt, 12, 0.99, 0.82",
      "heldout12, pages, 10, 0.99, 0.95", "heldout13, mt, 10, 0.98, 0.95", "heldout13, pages, 7, 0.99, 0.93",
      "heldout15, mt, 10, 0.95, 0.94", "heldout15, pages, 8, 0.99, 0.86",
      "heldout16, mt, 10, 0.99, 0.97", "heldout16, pages, 8, 0.99, 0.94",
      "heldout17, mt, 8, 0.98, 0.97", "heldout17, pages, 8, 0.99, 0.93",
      "heldout18, mt, 6, 0.98, 0.97", "heldout18, pages, 5, 0.99, 0.98",
      "heldout19, mt, 8, 0.98, 0.94", "heldout19, pages, 6, 0.99, 0.98",
      "heldout20, mt, 8, 0.99, 0.93", "heldout20, pages, 6, 0.99, 0.99",
      "heldout21, mt, 8, 0.97, 0.95", "heldout21, pages, 6, 0.98, 0.97",
      "heldout22, mt, 8, 0.99, 0.97", "heldout22, pages, 6, 0.99, 0.95",
      "heldout23, mt, 8, 0.99, 0.98", "heldout23, pages, 6, 0.99, 0.98",
      "heldout24, mt, 8, 0.99, 0.98", "heldout24, pages, 6, 0.99, 0.99",
      "heldout25, mt, 8, 0.97, 0.96", "heldout25, pages, 6, 0.99, 0.99",
      "heldout26, mt, 8, 0.99, 0.98", "heldout26, pages, 8, 0.99, 0.96",
      "heldout27, mt, 8, 0.97, 0.98", "heldout27, pages, 8, 0.98, 0.93",
      "heldout29, mt, 6, 0.98, 0.89", "heldout29, pages, 10, 0.99, 0.96",
      "heldout30, mt, 8, 0.99, 0.97", "heldout30, pages, 6, 0.99, 0.98",
      "heldout31, mt, 6, 0.97, 0.90", "heldout31, pages, 10, 0.99, 0.94",
      "heldout33, mt, 8, 0.97, 0.96", "heldout34, pages, 8, 0.99, 0.96",
      "heldout36, mt, 8, 0.99, 0.92", "heldout37, pages, 8, 0.99, 0.98",
      "heldout39, mt, 8, 0.95, 0.94", "heldout40, pages, 8, 0.98, 0.97",
      "heldout42, mt, 6, 0.99, 0.89", "heldout43, pages, 6, 0.99, 0.90",
      "heldout45, mt, 8, 0.97, 0.94", "heldout46, pages, 8, 0.99, 0.99",
      "heldout48, mt, 8, 0.97, 0.96", "heldout49, pages, 8, 0.99, 0.95", "heldout50, mt, 6, 0.98, 0.94"})
  void partlyStudiedSetKeepsItsFloors(String set, String kind, int count, double minPrecision, double minReduction)
      throws IOException {
    Evaluation eval = new Evaluation();
    for (Path dirty : files(root(set).resolve(kind + "/dirty"))) {
      var cleaned = Cleaner.defaults().clean(Files.readString(dirty));
      eval.add(cleaned, Files.readString(root(set).resolve(kind + "/gold").resolve(dirty.getFileName())));
      assertEquals(cleaned.text(), Cleaner.defaults().clean(cleaned.text()).text(), "idempotent on " + dirty);
    }
    assertEquals(count, eval.pairs());
    assertTrue(eval.precision(eval.total()) >= minPrecision, "precision " + eval.precision(eval.total()));
    assertTrue(eval.errorReduction() >= minReduction, "error reduction " + eval.errorReduction());
  }

  private static Path root(String set) {
    return Path.of("src/test/resources/corpus", set);
  }

  /** Whether all but {@code missing} lines of {@code wanted} occur in {@code lines}, in the same order. */
  private static boolean holdsInOrder(String[] lines, String[] wanted, int missing) {
    int at = 0;
    int skipped = 0;
    for (String line : wanted) {
      int found = at;
      while (found < lines.length && !lines[found].equals(line)) {
        found++;
      }
      if (found < lines.length) {
        at = found + 1;
      } else {
        skipped++;
      }
    }
    return skipped <= missing;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
