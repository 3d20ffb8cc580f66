package io.github.mtclean.fix.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
