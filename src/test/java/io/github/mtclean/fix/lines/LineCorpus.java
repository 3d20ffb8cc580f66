package io.github.mtclean.fix.lines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a labelled corpus file from src/test/resources/corpus: {@code A<TAB>B} rows, {@code #} comments. */
final class LineCorpus {
  private LineCorpus() {}

  record Row(String a, String b, int line) {}

  static boolean exists(String name) {
    return LineCorpus.class.getResource("/corpus/" + name) != null;
  }

  static List<Row> read(String name) {
    try (InputStream in = LineCorpus.class.getResourceAsStream("/corpus/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing corpus file " + name);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank() || lines[i].startsWith("#")) {
          continue;
        }
        String[] parts = lines[i].split("\t", 2);
        if (parts.length != 2) {
          throw new IllegalStateException(name + ":" + (i + 1) + ": expected two tab-separated fields");
        }
        rows.add(new Row(parts[0].strip(), parts[1], i + 1));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
