package io.github.mtclean.cli;

import static io.github.mtclean.cli.MtcleanCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mtclean.Cleaner;
import io.github.mtclean.cli.MtcleanCommandTest.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input of every kind, through the CLI as a user meets it. */
class RobustnessTest {
  private static final String DIRTY = "Caf\u00e9 owners met , the mayor said .\n";
  private static final String CLEAN = "Caf\u00e9 owners met, the mayor said.\n";

  @Test
  void namedEncodingIsDecodedAndOutputIsUtf8(@TempDir Path dir) throws IOException {
    Path f = Files.write(dir.resolve("cp1252.txt"), ("\u201cHi\u201d " + DIRTY).getBytes(Charset.forName("windows-1252")));
    Run r = run("", "--encoding", "windows-1252", f.toString());
    assertEquals(new Run(0, "\u201cHi\u201d " + CLEAN, ""), r);
  }

  @Test
  void autoEncodingReportsItsGuessAndConfidence(@TempDir Path dir) throws IOException {
    String text = ("Le maire de Montr\u00e9al a d\u00e9clar\u00e9 que les caf\u00e9s fermeraient \u00e0 22 heures. "
        + "Les propri\u00e9taires ont protest\u00e9 devant l'h\u00f4tel de ville.\n").repeat(20);
    Path f = Files.write(dir.resolve("latin1.txt"), text.getBytes(StandardCharsets.ISO_8859_1));
    Run r = run("", "--encoding", "auto", f.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(text, r.out());
    assertTrue(r.err().matches("(?s).*latin1.txt: encoding detected as ISO-8859-1 \\(confidence \\d+/100\\).*"), r.err());
  }

  @Test
  void autoEncodingRefusesALowConfidenceGuess(@TempDir Path dir) throws IOException {
    Path f = Files.write(dir.resolve("short.txt"), new byte[] {'a', (byte) 0xE9, 'b'});
    Run r = run("", "--encoding", "auto", f.toString());
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().contains("short.txt: cannot tell its encoding") && r.err().contains("--encoding NAME"), r.err());
  }

  @Test
  void unknownEncodingNameIsAUsageError() {
    Run r = run(DIRTY, "--encoding", "klingon-8");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown encoding 'klingon-8'"), r.err());
  }

  @Test
  void utf8ByteOrderMarkIsDroppedOnRead(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bom.txt");
    try (OutputStream o = Files.newOutputStream(f)) {
      o.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      o.write(CLEAN.getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(new Run(0, "", ""), run("", "--check", f.toString()), "a BOM is not a change");
    assertEquals(new Run(0, CLEAN, ""), run("", f.toString()));
  }

  @Test
  void malformedBytesFailStrictlyAndWriteNothing(@TempDir Path dir) throws IOException {
    Path f = Files.write(dir.resolve("bad.txt"), new byte[] {'o', 'k', ' ', (byte) 0xC3, '(', '\n'});
    Path out = dir.resolve("out.txt");
    Run r = run("", "-o", out.toString(), f.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("bad.txt: not valid UTF-8 at byte 3") && r.err().contains("--lenient"), r.err());
    assertFalse(Files.exists(out), "nothing is written");
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(1, left.count(), "no temporary file is left behind");
    }
  }

  @Test
  void lenientReplacesMalformedBytesAndWarns(@TempDir Path dir) throws IOException {
    Path f = Files.write(dir.resolve("bad.txt"), new byte[] {'o', 'k', ' ', (byte) 0xC3, '(', '\n'});
    Run r = run("", "--lenient", f.toString());
    assertEquals(0, r.code());
    assertEquals("ok \uFFFD(\n", r.out());
    assertTrue(r.err().contains("bad.txt: replaced 1 malformed byte sequence(s) with U+FFFD, the first at byte 3"), r.err());
  }

  @Test
  void binaryFilesAreSkippedWithAReason(@TempDir Path dir) throws IOException {
    Path png = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    Path nul = Files.write(dir.resolve("data.bin"), new byte[] {'a', 'b', 0, 'c'});
    Path zip = Files.write(dir.resolve("a.docx"), new byte[] {'P', 'K', 3, 4, 20, 0});
    Path ok = Files.writeString(dir.resolve("ok.txt"), DIRTY);
    Run r = run("", png.toString(), nul.toString(), zip.toString(), ok.toString());
    assertEquals(2, r.code());
    assertEquals(CLEAN, r.out(), "the text file is still cleaned");
    assertTrue(r.err().contains("photo.txt: skipped, it looks like a PNG image, not text"), r.err());
    assertTrue(r.err().contains("data.bin: skipped, it looks like binary data (a NUL byte at 2)"), r.err());
    assertTrue(r.err().contains("a.docx: skipped, it looks like a ZIP archive"), r.err());
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreFine(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n\n");
    assertEquals(new Run(0, "", ""), run("", empty.toString(), blank.toString()));
    assertEquals(new Run(0, "", ""), run("", "--check", empty.toString()));
  }

  @Test
  void directoryAndUnreadableInputsSayWhatToDo(@TempDir Path dir) throws IOException {
    Run r = run("", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(dir + ": is a directory; give the files inside it"), r.err());
  }

  @Test
  void unwritableOutputDirectoryLeavesNothingBehind(@TempDir Path dir) throws IOException {
    Path in = Files.writeString(dir.resolve("in.txt"), DIRTY);
    Run r = run("", "-o", dir.resolve("no/such/dir/out.txt").toString(), in.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("cannot write beside it"), r.err());
  }

  @Test
  void outputEncodingThatCannotWriteTheTextIsAnError(@TempDir Path dir) throws IOException {
    Path in = Files.writeString(dir.resolve("in.txt"), "The word \"\u041c\u0438\u0440\" means peace.\n");
    Run r = run("", "--output-encoding", "ISO-8859-1", in.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("cannot write; choose another --output-encoding"), r.err());
    Run ok = run("", "--output-encoding", "ISO-8859-1", Files.writeString(dir.resolve("l.txt"), CLEAN).toString());
    assertEquals(0, ok.code());
  }

  /** A text far longer than one part is cleaned in parts, and the result is the same as whole. */
  @Test
  void longTextIsCleanedInPartsExactlyAsWhole() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      sb.append("Paragraph ").append(i).append(" rose , the bank said .  \n").append(i % 7 == 0 ? "\n\n\n" : "\n");
      if (i % 500 == 0) {
        sb.append("one very long line without breaks ".repeat(200)).append("\n\n");
      }
    }
    String text = "\n\n" + sb + "\n\n";
    String whole = Cleaner.defaults().clean(text).text();
    for (int partChars : new int[] {1000, 4096, 50_000}) {
      Run r = run(text, "--part-size", String.valueOf(partChars));
      assertEquals(0, r.code(), r.err());
      assertEquals(whole, r.out(), "part size " + partChars);
    }
    // With more jobs than inputs, parts are cleaned side by side and written in order.
    Run parallel = run(text, "--part-size", "1000", "--jobs", "3", "--explain");
    Run serial = run(text, "--part-size", "1000", "--explain");
    assertEquals(serial.out(), parallel.out());
    assertEquals(whole, run(text, "--part-size", "1000", "--jobs", "3").out());
  }

  @Test
  void explainAndJsonPositionsAreGlobalAcrossParts() {
    StringBuilder filler = new StringBuilder();
    for (int i = 1; i <= 100; i++) {
      filler.append("Filler line ").append(i).append(" is clean.\n"); // distinct: a repeated line would be removed
    }
    String text = "First line.\n\n" + filler + "\nLast line , here.\n";
    Run explain = run(text, "--part-size", "200", "--explain");
    assertEquals("<stdin>:104:10 punctuation/space-before-punctuation \" ,\" -> \",\"\n", explain.out());
    Run json = run(text, "--part-size", "200", "--json");
    int start = text.indexOf(" ,");
    assertTrue(json.out().contains("\"start\":" + start + ",\"end\":" + (start + 2)), json.out());
    Run diff = run(text, "--part-size", "200", "--diff");
    assertEquals(2, diff.code());
    assertTrue(diff.err().contains("--diff works on texts of up to 200 chars"), diff.err());
  }

  /** Kills the real process while it rewrites a big file in place: the file is old or new, never cut. */
  @Test
  void killedInPlaceWriteLeavesTheFileWhole(@TempDir Path dir) throws Exception {
    String line = "The talks ended , officials said . Nobody was hurt.\n";
    Path f = Files.writeString(dir.resolve("big.txt"), line.repeat(200_000));
    byte[] original = Files.readAllBytes(f);
    byte[] cleaned = Cleaner.defaults().clean(new String(original, StandardCharsets.UTF_8)).text().getBytes(StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "--in-place", f.toString()).redirectErrorStream(true).start();
    boolean sawTemp = false;
    while (p.isAlive() && !sawTemp) {
      try (Stream<Path> files = Files.list(dir)) {
        sawTemp = files.anyMatch(x -> x.getFileName().toString().endsWith(".mtclean.tmp"));
      }
    }
    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    byte[] after = Files.readAllBytes(f);
    assertTrue(java.util.Arrays.equals(after, original) || java.util.Arrays.equals(after, cleaned),
        "file is neither the original nor the cleaned text: " + after.length + " bytes (killed mid-write: " + sawTemp + ")");
    assertArrayEquals(original.length == after.length ? original : cleaned, after);
  }

  @Test
  void catastrophicUserRegexIsStoppedWithItsFileLineAndRule(@TempDir Path dir) throws IOException {
    Path rules = Files.createDirectory(dir.resolve("rules"));
    Files.writeString(rules.resolve("house.rules"), "\n\nrule       evil\nmatch      ((a+)+)+c?$\nreplace    x\nexample    ac  =>  x\n");
    Path in = Files.writeString(dir.resolve("in.txt"), "a".repeat(40) + "!\n");
    long start = System.nanoTime();
    Run r = run("", "--rules", rules.toString(), in.toString());
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().contains(rules.resolve("house.rules") + ":3: rule house/evil gave up after")
        && r.err().contains("--disable house/evil"), r.err());
    assertTrue(seconds < 30, "took " + seconds + " s");
  }

  /**
   * A 17 MB file, and one 17 MB line, are cleaned in a 64 MB heap: memory is bounded by the part
   * size, not the file. The tool itself (LanguageTool's tagger, ICU data, the rule tables) keeps
   * about 35 MB live, which leaves less than the several copies of the text that cleaning it
   * whole would hold (with {@code --part-size 20000000} it runs out); a 40 MB heap left two, and G1
   * ran out now and then.
   */
  @Test
  void largeFileIsCleanedInBoundedMemory(@TempDir Path dir) throws Exception {
    String paragraph = "The ministry said exports fell 3.5 percent in May , the first drop this year .\n\n";
    Path big = dir.resolve("big.txt");
    Path oneLine = dir.resolve("one-line.txt");
    try (OutputStream a = Files.newOutputStream(big); OutputStream b = Files.newOutputStream(oneLine)) {
      byte[] p = paragraph.getBytes(StandardCharsets.UTF_8);
      byte[] l = paragraph.replace("\n", " ").getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 200_000; i++) { // about 17 MB each
        a.write(p);
        b.write(l);
      }
    }
    for (Path f : new Path[] {big, oneLine}) {
      Path out = dir.resolve("out.txt");
      Process p = new ProcessBuilder(javaBin(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
          Main.class.getName(), "-o", out.toString(), f.toString()).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(300, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), output);
      String expectedStart = f == big
          ? "The ministry said exports fell 3.5 percent in May, the first drop this year.\n\nThe ministry"
          : "The ministry said exports fell 3.5 percent in May, the first drop this year.  The ministry";
      try (var reader = Files.newBufferedReader(out)) {
        char[] head = new char[expectedStart.length()];
        assertEquals(head.length, reader.read(head));
        assertEquals(expectedStart, new String(head));
      }
      assertTrue(Files.size(out) > Files.size(f) * 0.95, "output is complete");
    }
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
