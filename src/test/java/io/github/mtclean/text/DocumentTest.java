package io.github.mtclean.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
  @Test
  void splitsLinesAtEveryTerminator() {
    Document doc = new Document("a\r\nb\rc\nd");
    assertEquals(List.of("a", "b", "c", "d"), doc.lines().stream().map(doc::content).toList());
    assertEquals(3, doc.lines().get(0).next());
  }

  @Test
  void remembersAnswersForLaterVersionsOnly() {
    List<String> asked = new ArrayList<>();
    Object kind = new Object();
    Document first = new Document("same line\nold line\n");
    first.lines().forEach(line -> first.remember(kind, line, c -> { asked.add(c); return c.length(); }));
    Document second = first.revised("same line\nnew line\n");
    second.lines().forEach(line -> second.remember(kind, line, c -> { asked.add(c); return c.length(); }));
    assertEquals(List.of("same line", "old line", "new line"), asked);

    Document unrelated = new Document("same line\n");
    unrelated.remember(kind, unrelated.lines().get(0), c -> { asked.add(c); return 0; });
    assertEquals("same line", asked.get(3), "a new text starts with nothing remembered");
  }

  @Test
  void remembersAnswersAboutAHugeLineForOneVersionOnly() {
    List<String> asked = new ArrayList<>();
    Object kind = new Object();
    Document doc = new Document("x".repeat(20_000));
    doc.remember(kind, doc.lines().get(0), c -> { asked.add(c); return 1; });
    doc.remember(kind, doc.lines().get(0), c -> { asked.add(c); return 1; });
    Document next = doc.revised(doc.text());
    next.remember(kind, next.lines().get(0), c -> { asked.add(c); return 1; });
    assertEquals(2, asked.size(), "asked once per version");
  }

  @Test
  void copiesEachLineOnce() {
    Document doc = new Document("one\ntwo\n");
    assertSame(doc.content(doc.lines().get(1)), doc.content(doc.lines().get(1)));
  }
}
