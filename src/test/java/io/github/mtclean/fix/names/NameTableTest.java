package io.github.mtclean.fix.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mtclean.rules.RuleFormatException;
import io.github.mtclean.rules.RuleSource;
import org.junit.jupiter.api.Test;

class NameTableTest {

  private static Person find(NameTable t, String name) {
    return t.person(NameKey.plain(name), NameKey.of(name));
  }

  @Test
  void listedVariantsMatchAsWrittenAndGeneratedOnesOnlyFromTheCanonicalName() {
    NameTable t = NameTable.parse("t.tsv", "Kim Jong Un\tKim Jung Un\n");
    assertEquals("Kim Jong Un", find(t, "KIM JUNG-UN").canonical());
    assertEquals("Kim Jong Un", find(t, "Kim Jong-eun").canonical());
    assertNull(find(t, "Kim Jung-eun"));
  }

  @Test
  void readsRowsWithOptionalColumns() {
    NameTable t = NameTable.parse("t.tsv", "# people\n\nYoon Suk Yeol\tYun Seok-yeol\tPresident\tYoon\nSergei Shoigu\n");
    Person yoon = find(t, ("Yoon Seok-yeol"));
    assertEquals("Yoon Suk Yeol", yoon.canonical());
    assertEquals("Yoon", yoon.surname());
    assertEquals("Shoigu", find(t, ("Sergey Shoygu")).surname());
    assertTrue(t.isTitleWord("President"));
    assertTrue(t.isTitleWord("Mr"));
    assertNull(find(t, ("Yoon Ji-ho")));
  }

  @Test
  void rejectsTwoPeopleWithOneSpelling() {
    RuleFormatException e = assertThrows(RuleFormatException.class,
        () -> NameTable.parse("t.tsv", "Kim Jong Un\nKim Jong-eun\tKim Jong-un\n"));
    assertTrue(e.getMessage().startsWith("t.tsv:2:"), e.getMessage());
  }

  @Test
  void rejectsMalformedRows() {
    assertThrows(RuleFormatException.class, () -> NameTable.parse("t.tsv", "Putin\n"));
    assertThrows(RuleFormatException.class, () -> NameTable.parse("t.tsv", "Vladimir Putin\t\t\tPoutine\n"));
    assertThrows(RuleFormatException.class, () -> NameTable.parse("t.tsv", "Vladimir Putin\ta\tb\tPutin\te\n"));
  }

  @Test
  void shippedTableLoads() {
    NameTable t = NameTable.load(RuleSource.shipped());
    assertEquals("Kim Jong Un", find(t, ("Kim Jong-un")).canonical());
    assertEquals("Kim Yo Jong", find(t, ("Kim Yo-jong")).canonical());
  }
}
