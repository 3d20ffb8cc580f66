package io.github.mtclean.fix.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mtclean.Cleaner;
import io.github.mtclean.rules.RuleFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's --rules DIR replaces the shipped name table and honorific style. */
class NamesConfigurationTest {
  @TempDir Path dir;

  @Test
  void userTableSetsTheHouseStyle() throws IOException {
    Files.writeString(dir.resolve("names.tsv"), "# house style\nYun Suk-yeol\t\tPresident\tYun\n");
    Cleaner c = Cleaner.builder().rulesDir(dir).only("names").build();
    assertEquals("President Yun Suk-yeol met Kim Jong-un.", c.clean("President Yoon Suk Yeol met Kim Jong-un.").text());
  }

  @Test
  void userStyleWritesEveryHonorificOneWay() throws IOException {
    Files.writeString(dir.resolve("honorifics.tsv"), "style\tundotted\nMr\n");
    Cleaner c = Cleaner.builder().rulesDir(dir).only("names").build();
    assertEquals("Mr Kim met Mr Putin.", c.clean("Mr. Kim met Mr. Putin.").text());
  }

  @Test
  void malformedUserTableNamesItsFileAndLine() throws IOException {
    Files.writeString(dir.resolve("names.tsv"), "Kim Jong Un\nKim Jong-eun\n");
    RuleFormatException e = assertThrows(RuleFormatException.class, () -> Cleaner.builder().rulesDir(dir).build());
    assertTrue(e.getMessage().endsWith("names.tsv:2: 'Kim Jong-eun' reads like 'Kim Jong Un' (line 1); two people cannot share a spelling"),
        e.getMessage());
  }
}
