package io.github.mtclean.fix.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mtclean.Captions;
import io.github.mtclean.Cleaner;
import org.junit.jupiter.api.Test;

/** The page-edge rules: what the generic example test cannot show, since it needs furniture kept. */
class PageEdgeFixerTest {
  private static final String HEADER = """
      Skip to content
      The Island Times
      Menu
      News
      Log in

      Ferry suspended for three weeks after crack found in hull

      By Alison Grieve
      The ferry at the harbour last winter. (Island Times archive)

      Ferry services to the island have been suspended for at least three weeks, the operator said.

      """;
  /** A page's share buttons and links under its story. */
  private static final String FOOTER = """
      Share this article
      Facebook
      About us | Contact | Advertise
      """;
  /** What the editor keeps of {@link #HEADER}. */
  private static final String KEPT = """
      Ferry suspended for three weeks after crack found in hull

      Ferry services to the island have been suspended for at least three weeks, the operator said.
      """;

  @Test
  void aLineNamingTheSiteRightUnderTheArticleIsItsLastParagraph() {
    String page = HEADER + """
        The Island Times has asked the operator for comment.

        Share this article
        Facebook
        The Island Times is an independent newsroom. Support us today.
        About us | Contact | Advertise
        """;
    assertEquals(KEPT + "\nThe Island Times has asked the operator for comment.\n", Cleaner.defaults().clean(page).text());
  }

  @Test
  void aNewsletterBoxUnderTheArticleGoesWithTheFooter() {
    String page = HEADER + """
        Get the Harbour Report

        Every Friday: sailings, fares and timetable changes from the islands, straight to your inbox.

        """ + FOOTER;
    assertEquals(KEPT, Cleaner.defaults().clean(page).text());
  }

  @Test
  void theWritersBioUnderTheArticleGoesWithTheFooter() {
    String page = HEADER + """
        Alison Grieve is the Island Times's transport reporter. She covered ports in Aberdeen before joining the paper.

        """ + FOOTER;
    assertEquals(KEPT, Cleaner.defaults().clean(page).text());
  }

  @Test
  void aCaptionCreditedInAScriptWithoutCapitalsGoesUnderTheHeadline() {
    String page = HEADER.replace("The ferry at the harbour last winter. (Island Times archive)",
        "The ferry at the harbour in Seogwipo, Jeju, Jan. 5. (\uD558\uB298\uB274\uC2A4)");
    assertEquals(KEPT, Cleaner.defaults().clean(page).text());
  }

  @Test
  void reportersNamesWithoutByUnderTheHeadlineGo() {
    String page = HEADER.replace("By Alison Grieve", "Alison Grieve and Sam Okereke");
    assertEquals(KEPT, Cleaner.defaults().clean(page).text());
  }

  @Test
  void aSourceLineUnderTheArticleGoesWithTheFooter() {
    String page = HEADER + """
        The operator said repairs would begin on Monday.

        Source: Island Ferries Ltd

        Media contact:
        Island Ferries press office

        """ + FOOTER;
    assertEquals(KEPT + "\nThe operator said repairs would begin on Monday.\n", Cleaner.defaults().clean(page).text());
  }

  @Test
  void aBylineEndingInATimeIsNoFirstParagraph() {
    String page = """
        Skip to content
        Menu
        Log in
        City to remove rental e-scooters after trial
        By Colette Danvers, Staff Writer | Updated 5:17 p.m.
        The city will end its e-scooter scheme next month after the council voted 6-3 on Tuesday.
        Council members said complaints about scooters had grown every month.
        """ + FOOTER;
    assertKeepsStory(page, "City to remove", "By Colette Danvers, Staff Writer | Updated 5:17 p.m.\n");
  }

  @Test
  void anotherStorysHeadlineBetweenTheParagraphsGoes() {
    String page = HEADER + """
        Inspectors found a crack in the hull of the island's only ferry on Monday morning.

        Police investigate break-in at Eastside pharmacy

        Farmers on the island said they could not get their animals to market without the ferry.

        Longtime Main Street bakery to close after 62 years

        Engineers will lift the ferry out of the water at the mainland yard next week.

        """ + FOOTER;
    String kept = Cleaner.defaults().clean(page).text();
    assertTrue(!kept.contains("pharmacy") && !kept.contains("bakery") && kept.contains("mainland yard"), kept);
  }

  @Test
  void sectionHeadingsAboutTheArticleAreNoInlineTeasers() {
    String page = HEADER + """
        Inspectors found a crack in the hull of the island's only ferry on Monday morning.

        Islanders fear a long winter

        Farmers on the island said they could not get their animals to market without the ferry.

        How the repairs will work

        Engineers will lift the ferry out of the water at the mainland yard next week.

        """ + FOOTER;
    String kept = Cleaner.defaults().clean(page).text();
    assertTrue(kept.contains("Islanders fear a long winter\n") && kept.contains("How the repairs will work\n"), kept);
  }

  @Test
  void otherStoriesBriefsUnderTheArticleGoWithTheFooter() {
    String page = HEADER + """
        The operator said repairs would begin on Monday.

        (Reporting by Lena Voss; Editing by Mark Hale)

        World briefs

        OSLO (Newswire) - Norway's oil fund returned 9 percent in the third quarter, the central bank said.

        LIMA (Newswire) - Peru's copper output rose for a fourth straight month in October.

        """ + FOOTER;
    assertEquals(KEPT + "\nThe operator said repairs would begin on Monday.\n", Cleaner.defaults().clean(page).text());
  }

  @Test
  void aTitleBarInTheSitesOwnLanguageGoesWithTheMenusUnderIt() {
    String page = """
        Ferrandi vince a Passo Varena | SportVeloce English
        Home | Calcio | Ciclismo | Tennis | Motori | Basket
        Home > Ciclismo > Giro delle Valli del Noce
        CICLISMO
        Ferrandi takes the stage and the leader's jersey on the climb to Passo Varena
        By Marco Bellandi
        17/04/2025 18:32
        Nicolò Ferrandi won the third stage of the Tour of the Noce Valleys on Thursday with an attack four kilometres from the line.
        The 23-year-old from Trento finished 18 seconds ahead of Iker Lasarte, who kept second place overall.

        """ + FOOTER;
    assertKeepsStory(page, "Ferrandi takes", "By Marco Bellandi\n17/04/2025 18:32\n");
  }

  @Test
  void aTitleBarOverABlankLineAndASportsMenuGoes() {
    String page = """
        LIVE: Harlow v Dunmore - County Shield final | Matchline

        Football Cricket Rugby Tennis Live scores Fixtures

        Harlow win the County Shield with a late goal in front of a record crowd

        By Dana Whitlock

        Harlow won the County Shield for the first time in 20 years on Saturday, beating Dunmore 2-1.

        A substitute scored the winner two minutes from the end of normal time.

        """ + FOOTER;
    assertKeepsStory(page, "Harlow win", "By Dana Whitlock\n\n");
  }

  @Test
  void aLivePagesTimestampedUpdatesUnderTheStoryGo() {
    String page = HEADER + """
        The operator said repairs would begin on Monday.
        17:05 Engineers arrive at the harbour. The hull will be lifted tonight.
        16:40 BREAKING: Ferry withdrawn from service!
        """ + FOOTER;
    assertEquals(KEPT + "\nThe operator said repairs would begin on Monday.\n", Cleaner.defaults().clean(page).text());
  }

  @Test
  void aLivePagesKeyEventsCreditsAndStampedUpdatesGo() {
    String page = """
        BREAKING: Harbour road closed after landslide
        Ferry suspended for three weeks after crack found in hull
        Compiled by Alison Grieve in Portree and Sam Okereke in London
        3h ago Operator confirms crack in hull
        5h ago Islanders told to expect delays
        Ferry services to the island have been suspended for at least three weeks, the operator said.
        The operator said repairs would begin on Monday.
        21.42 CEST
        The harbour road has reopened.
        20.15 CEST
        A second ferry has been chartered, the council said.
        Reporting by Alison Grieve; Editing by Susan Marchetti
        Suggested Topics:
        Transport
        Islands
        """ + FOOTER;
    assertEquals("""
        Ferry suspended for three weeks after crack found in hull
        Ferry services to the island have been suspended for at least three weeks, the operator said.
        The operator said repairs would begin on Monday.
        """, Cleaner.defaults().clean(page).text());
  }

  @Test
  void theSitesNameUnderATitleBarThatNamesItIsAMastheadNotTheHeadline() {
    String page = """
        Kettlebridge market hall saved as sale rejected | The Wyvern Gazette
        Skip to main content
        The Wyvern Gazette
        Home | News | Sport | Business
        Subscribe
        Kettlebridge market hall saved as councillors reject sale to developer
        By Sian Pritchard
        Kettlebridge's Victorian market hall will stay in public hands after councillors voted on Tuesday.
        The council had recommended the sale.
        """ + FOOTER;
    assertKeepsStory(page, "Kettlebridge market hall saved as councillors", "By Sian Pritchard\n");
  }

  /** Cleaning {@code page} keeps its story, from {@code headline} up to the {@link #FOOTER}, less its {@code byline}. */
  @Test
  void aMatchTimelineAndALabelledBylineAboveTheStoryGo() {
    String page = """
        Rugby Football Cricket Live scores Fixtures

        4 min Try: Latu (Ashby) 0-5

        52 min Yellow card: Achterberg (Ashby)

        80 min Try: Pryce (Ravensport) 25-24

        Ravensport edge Ashby in a late comeback at the Quarry

        Author: Jenna Morales, Kyle Brandt (Photojournalist)

        Ravensport beat Ashby 25-24 on Saturday with a try in the 80th minute.

        The home side had trailed for most of the second half.

        """ + FOOTER;
    assertKeepsStory(page, "Ravensport edge", "Author: Jenna Morales, Kyle Brandt (Photojournalist)\n\n");
  }

  private static void assertKeepsStory(String page, String headline, String byline) {
    String story = page.substring(page.indexOf(headline), page.indexOf(FOOTER)).stripTrailing() + "\n";
    assertEquals(story.replace(byline, ""), Cleaner.defaults().clean(page).text());
  }

  /** A story on a page of blank-line blocks. */
  private static final String BLANK_LINE_STORY = """
      Council opens new riverside path

      The council opened a new riverside path on Saturday, linking the town centre with the nature reserve.

      The path cost 400,000 pounds and took a year to build, the council said.
      """;

  /** On a page of blank-line blocks the site's tagline under its name is no headline either. */
  @Test
  void aTaglineOverABlankLineGoesWithTheMasthead() {
    String page = """
        Skip to content

        Riverton Matters

        Community news from the heart of the Riverton valley

        HomeNewsEventsNatureSchoolsContact

        Home » News » Council opens new riverside path

        """ + BLANK_LINE_STORY;
    assertEquals(BLANK_LINE_STORY, Cleaner.defaults().clean(page).text());
  }

  /** A page of blank-line blocks sets a comment's header, signer, date and text apart. */
  @Test
  void aCommentSetApartByBlankLinesGoesWithTheFooter() {
    String page = BLANK_LINE_STORY + """

        Share this:

        Facebook X Email

        One thought on “Council opens new riverside path”

        Dan Hurley says:

        May 3, 2026 at 9:40 am

        Great news, we walked it with the dog this morning.

        Leave a Reply
        """;
    assertEquals(BLANK_LINE_STORY, Cleaner.defaults().clean(page).text());
  }

  @Test
  void commentsUnderTheirStampsGoWithTheFooter() {
    String page = HEADER + """
        2 comments
        Mona K. - 5 hours ago
        The works destroyed our street and nobody paid compensation.
        Ahmed S. - 2 hours ago
        Finally! I have waited ten years for this.
        Load more comments
        """;
    assertEquals(KEPT, Cleaner.defaults().clean(page).text());
  }

  @Test
  void messagesBetweenTheirSignersAndDatesGoWithTheFooter() {
    String page = HEADER + """
        Guest book
        12 messages
        Ann and Peter Lowry, Kilkee
        Deepest sympathy to the whole crew. He was a gentleman.
        3 March 2026
        Dan Furlong, Boston
        Sorry for your loss. He taught me to sail.
        2 March 2026
        """;
    assertEquals(KEPT, Cleaner.defaults().clean(page).text());
  }

  @Test
  void aParagraphUnderAGalleryCaptionStays() {
    String page = HEADER + """
        4 / 5
        Fireworks over the harbour on Thursday night. Photo: Jess Marlowe
        The ferry will return to service in March, weather permitting.
        5 / 5
        The ferry's figurehead. Photo: Jess Marlowe
        """;
    assertEquals(KEPT + "\nThe ferry will return to service in March, weather permitting.\n", Cleaner.defaults().clean(page).text());
  }

  @Test
  void aTitleBarMayNameTheSiteFirst() {
    String page = "The Island Times | Ferry suspended for three weeks after crack found in hull\n" + HEADER;
    assertEquals(KEPT, Cleaner.defaults().clean(page).text());
  }

  @Test
  void showNotesAboveTheWrittenStorysHeadlineAndBylineGo() {
    String story = """
        Island ferry suspended for three weeks after crack found

        Ferry services to the island have been suspended for at least three weeks, the operator said on Monday.

        Engineers found a crack in the hull of the island's only car ferry during a routine inspection last week.

        The operator said a chartered passenger boat would run twice a day, but cars and lorries would have to wait.

        Shopkeepers on the island said they had started to ration fresh milk and bread until the service returns.

        The island's school will stay open, the council said, as most of its teachers live on the island.

        A replacement vessel has been offered by a mainland company, but it cannot use the island's slipway.

        The operator said it expected the repaired ferry back in service before the start of the summer season.
        """;
    String page = """
        Skip to content
        The Island Times
        Podcasts
        Log in

        The Island Hour: the ferry that broke down
        Play
        0:00 / 24:13
        In this episode, our reporter crosses to the island on the last sailing before the ferry was withdrawn.
        Chapters
        00:00 Intro
        03:10 The crack in the hull

        Read the story

        Island ferry suspended for three weeks after crack found

        By Alison Grieve
        March 12, 2026

        """ + story.substring(story.indexOf("\n\n") + 2);
    assertEquals(story, Cleaner.defaults().clean(page).text());
  }

  @Test
  void aSitesNameAndASectionsKickerAboveTheHeadlineGoInABlankLinePage() {
    String kept = """
        Drought forces ranchers to move cattle early

        Ranchers in the Pantanal wetland have started moving cattle to higher ground, officials said.
        """;
    String page = """
        WQVL 8 News Now

        Skip to content

        Sign in

        News | Weather | Sports | Traffic

        Meio Ambiente

        Drought forces ranchers to move cattle early

        Por Renata Albuquerque

        Share on Facebook

        Ranchers in the Pantanal wetland have started moving cattle to higher ground, officials said.
        """;
    assertEquals(kept, Cleaner.defaults().clean(page).text());
  }

  @Test
  void aListTheArticleIntroducesAndAParagraphCutOffMidSentenceStay() {
    String article = """
        The council said the measures would include:
        - free bus travel for under-18s
        - a new cycle lane on Brook Street

        Councillors will vote on the plan next month, and residents who want to comment have until the end of
        """;
    String page = HEADER + article + """

        Share this article
        Facebook
        About us | Contact | Advertise
        """;
    assertEquals(KEPT + "\n" + article, Cleaner.defaults().clean(page).text());
  }

  @Test
  void aBulletedListThatEndsTheArticleStays() {
    String article = """
        The ceasefire terms are:

        - a halt to shelling along the front
        - an exchange of prisoners
        """;
    assertEquals(KEPT + "\n" + article, Cleaner.defaults().clean(HEADER + article).text());
  }

  @Test
  void aCleanArticlesBylineDateAndShortHeadlineStay() {
    String article = """
        Ferry suspended

        By Alison Grieve
        December 2, 2026

        Ferry services to the island have been suspended for at least three weeks, the operator said.

        "We are very sorry," said the company's director.
        """;
    assertEquals(article, Cleaner.defaults().clean(article).text());
  }

  @Test
  void keptCaptionsStayInAPage() {
    String kept = Cleaner.builder().captions(Captions.KEEP).build().clean(HEADER).text();
    assertEquals("""
        Ferry suspended for three weeks after crack found in hull

        The ferry at the harbour last winter. (Island Times archive)

        Ferry services to the island have been suspended for at least three weeks, the operator said.
        """, kept);
  }

  @Test
  void theBylineUnderAStandfirstGoesAndTheStoryUnderItStays() {
    String page = """
        Skip to content
        The Daily Post
        Home | News | Sport
        Log in
        Library could reopen under community trust
        Campaigners say the building could be lending books again by the autumn.
        By Kirsty Ironside
        13 March 2025 7:00 am
        A community group has bid to take over the library, nine months after it closed.
        """;
    assertEquals("""
        Library could reopen under community trust
        Campaigners say the building could be lending books again by the autumn.
        A community group has bid to take over the library, nine months after it closed.
        """, Cleaner.defaults().clean(page).text());
  }

  @Test
  void aSiteNameAloneOverItsSloganAndATickerGoesAsTheSiteWritesItAgainBelow() {
    String page = """
        Izwi News

        Your voice. Your news.

        Sign in Subscribe

        News South Africa Africa World Politics Business Sport

        Gauteng Western Cape KwaZulu-Natal Eastern Cape Free State

        JUST IN

        Two arrested after cash-in-transit heist on N1

        Rand firms against dollar ahead of inflation data

        News / South Africa / Eastern Cape

        Residents queue at springs as taps run dry for fourth day

        Hundreds of residents queued with buckets at natural springs on Thursday as taps ran dry.

        The outage began on Monday when a pump at the main treatment works failed.

        Sipho Mahlangu is Izwi News' Eastern Cape correspondent, based in Gqeberha.

        About | Contact | Advertise
        """;
    assertEquals("""
        Residents queue at springs as taps run dry for fourth day

        Hundreds of residents queued with buckets at natural springs on Thursday as taps ran dry.

        The outage began on Monday when a pump at the main treatment works failed.
        """, Cleaner.defaults().clean(page).text());
  }
}
