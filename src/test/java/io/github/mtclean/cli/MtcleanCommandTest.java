package io.github.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mtclean.Edit;
import io.github.mtclean.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a user meets it: arguments, files, streams and exit codes. */
class MtcleanCommandTest {
  private static final Path SEEDS = Path.of("seeds");
  private static final Path GOLD = Path.of("../shared/gold");
  private static final String DIRTY = "Prices rose , the bank said .\n\n\n\nMoscow..\n";
  private static final String CLEAN = "Prices rose, the bank said.\n\nMoscow.\n";

  record Run(int code, String out, String err) {}

  static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = MtcleanCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void cleansStandardInputToStandardOutput() {
    assertEquals(new Run(0, CLEAN, ""), run(DIRTY));
    assertEquals(new Run(0, CLEAN, ""), run(DIRTY, "-"));
  }

  @Test
  void cleansSeveralFilesInTurn(@TempDir Path dir) throws IOException {
    Path a = write(dir, "a.txt", DIRTY);
    Path b = write(dir, "b.txt", "Fine.\n");
    assertEquals(new Run(0, CLEAN + "Fine.\n", ""), run("", a.toString(), b.toString()));
  }

  @Test
  void missingFileIsAnInputErrorButOtherFilesStillGetCleaned(@TempDir Path dir) throws IOException {
    Path a = write(dir, "a.txt", DIRTY);
    Run r = run("", dir.resolve("nope.txt").toString(), a.toString());
    assertEquals(2, r.code());
    assertEquals(CLEAN, r.out());
    assertTrue(r.err().contains("nope.txt: no such file"), r.err());
  }

  @Test
  void checkExitsOneAndListsFilesThatWouldChange(@TempDir Path dir) throws IOException {
    Path dirty = write(dir, "dirty.txt", DIRTY);
    Path clean = write(dir, "clean.txt", CLEAN);
    assertEquals(new Run(1, dirty + "\n", ""), run("", "--check", dirty.toString(), clean.toString()));
    assertEquals(new Run(0, "", ""), run("", "--check", clean.toString()));
    assertEquals(DIRTY, Files.readString(dirty), "--check writes nothing");
  }

  @Test
  void goldTextsAreLeftAlone() throws IOException {
    try (var files = Files.list(GOLD)) {
      List<String> args = new ArrayList<>(List.of("--check"));
      files.filter(p -> p.toString().endsWith(".txt")).forEach(p -> args.add(p.toString()));
      assertTrue(args.size() > 1, "no gold texts found in " + GOLD.toAbsolutePath());
      assertEquals(new Run(0, "", ""), run("", args.toArray(String[]::new)));
    }
  }

  @Test
  void inPlaceRewritesOnlyChangedFilesAndKeepsPermissions(@TempDir Path dir) throws IOException {
    Path dirty = write(dir, "dirty.txt", DIRTY);
    Files.setPosixFilePermissions(dirty, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
    Path clean = write(dir, "clean.txt", CLEAN);
    long cleanModified = Files.getLastModifiedTime(clean).toMillis();
    assertEquals(new Run(0, "", ""), run("", "--in-place", dirty.toString(), clean.toString()));
    assertEquals(CLEAN, Files.readString(dirty));
    assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dirty)));
    assertEquals(cleanModified, Files.getLastModifiedTime(clean).toMillis());
    try (var left = Files.list(dir)) {
      assertEquals(2, left.count(), "no temporary files are left behind");
    }
  }

  @Test
  void inPlaceOnStandardInputIsAUsageError() {
    Run r = run(DIRTY, "--in-place");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--in-place needs FILE"), r.err());
  }

  @Test
  void outputFileGetsTheTextAndMayNotBeTheInput(@TempDir Path dir) throws IOException {
    Path in = write(dir, "in.txt", DIRTY);
    Path out = dir.resolve("out.txt");
    assertEquals(new Run(0, "", ""), run("", "-o", out.toString(), in.toString()));
    assertEquals(CLEAN, Files.readString(out));
    Run same = run("", "-o", in.toString(), in.toString());
    assertEquals(2, same.code());
    assertTrue(same.err().contains("is the input file"), same.err());
    assertEquals(DIRTY, Files.readString(in));
  }

  @Test
  void explainPrintsOneReadableLinePerEdit() {
    Run r = run("Prices rose , the bank said.\nMoscow..\n", "--explain");
    assertEquals(0, r.code());
    assertEquals("""
        <stdin>:1:12 punctuation/space-before-punctuation " ," -> ","
        <stdin>:2:7 punctuation/doubled-period ".." -> "."
        """, r.out());
  }

  @Test
  void jsonEditsAppliedToTheOriginalGiveThePrintedOutput() throws IOException {
    for (Path seed : List.of(SEEDS.resolve("000_fd846f82308a80b0.txt"), SEEDS.resolve("004_2ea0163db3f04343.txt"))) {
      String original = Files.readString(seed);
      Run text = run("", seed.toString());
      Run json = run("", "--json", seed.toString());
      assertEquals(0, json.code());
      List<Edit> edits = new ArrayList<>();
      Pattern obj = Pattern.compile(
          "\\{\"file\":\"(.*?)\",\"rule\":\"(.*?)\",\"start\":(\\d+),\"end\":(\\d+),\"before\":\"(.*?)\",\"after\":\"(.*?)\"}");
      for (String line : json.out().split("\n")) {
        Matcher m = obj.matcher(line);
        assertTrue(m.matches(), line);
        assertEquals(seed.toString(), m.group(1));
        edits.add(new Edit(m.group(2), new Span(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))),
            StringEscapeUtils.unescapeJson(m.group(5)), StringEscapeUtils.unescapeJson(m.group(6))));
      }
      assertTrue(edits.size() >= 2, json.out());
      assertEquals(text.out(), Edit.replay(original, edits));
    }
  }

  @Test
  void diffIsUnified() {
    Run r = run("Prices rose , the bank said.\n", "--diff");
    assertEquals("""
        --- a/<stdin>
        +++ b/<stdin>
        @@ -1,1 +1,1 @@
        -Prices rose , the bank said.
        +Prices rose, the bank said.
        """, r.out());
  }

  @Test
  void unknownRuleIdIsAUsageErrorListingKnownIds() {
    Run r = run(DIRTY, "--only", "punctuation/nope");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown rule id 'punctuation/nope'") && r.err().contains("layout/final-newline"), r.err());
  }

  @Test
  void onlyAndDisableSelectRules() {
    assertEquals("Prices rose, the bank said .\n\n\n\nMoscow..\n",
        run(DIRTY, "--only", "punctuation/space-before-punctuation").out().replace("said.", "said ."));
    assertEquals("Prices rose, the bank said.\n\n\n\nMoscow.\n", run(DIRTY, "--disable", "layout").out());
  }

  @Test
  void listRulesAndVersion() {
    Run list = run("", "--list-rules");
    assertEquals(0, list.code());
    assertTrue(list.out().lines().anyMatch(l -> l.startsWith("punctuation/doubled-period ")), list.out());
    Run version = run("", "--version");
    assertTrue(version.out().matches("mtclean \\d+\\.\\d+\\.\\d+.*\\n"), version.out());
  }

  @Test
  void badOptionIsAUsageError() {
    Run r = run("", "--frobnicate");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
  }

  @Test
  void malformedUtf8IsRejectedWithTheByteOffset(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("latin1.txt");
    Files.write(bad, new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'});
    Run r = run("", bad.toString());
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().contains("latin1.txt: not valid UTF-8 at byte 3"), r.err());
  }

  @Test
  void realProcessExitsWithTheCommandsCode(@TempDir Path dir) throws Exception {
    Path dirty = write(dir, "dirty.txt", DIRTY);
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--check", dirty.toString())
        .redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(1, p.exitValue());
    assertEquals(dirty + "\n", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void parallelJobsGiveTheSameOutputInArgumentOrder(@TempDir Path dir) throws IOException {
    List<String> args = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      args.add(write(dir, "f" + i + ".txt", i % 3 == 0 ? DIRTY : "Fine " + i + ".\n").toString());
    }
    args.add(dir.resolve("missing.txt").toString());
    for (String mode : List.of("--explain", "--check", "--json")) {
      List<String> one = new ArrayList<>(List.of(mode, "--jobs", "1"));
      one.addAll(args);
      List<String> three = new ArrayList<>(List.of(mode, "-j", "3"));
      three.addAll(args);
      Run a = run("", one.toArray(String[]::new));
      Run b = run("", three.toArray(String[]::new));
      assertEquals(a, b, mode);
      assertEquals(2, b.code());
      assertTrue(b.err().contains("missing.txt: no such file"), b.err());
    }
    List<String> text = new ArrayList<>(List.of("-j", "2"));
    text.addAll(args.subList(0, 24));
    assertEquals(CLEAN + "Fine 1.\nFine 2.\n" + CLEAN, run("", text.toArray(String[]::new)).out().substring(0, CLEAN.length() * 2 + 16));
  }

  @Test
  void statsPrintsOneSummaryLine(@TempDir Path dir) throws IOException {
    Path a = write(dir, "a.txt", DIRTY);
    Path b = write(dir, "b.txt", CLEAN);
    Run r = run("", "--stats", "--check", a.toString(), b.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().matches("mtclean: 2 files \\(1 changed, 0 failed\\), 0\\.0 MB, 4 edits \\(layout 1, punctuation 3\\), \\d+\\.\\d\\d s\\n"), r.err());
  }

  @Test
  void noProgressBarWhenStderrIsNotATerminal(@TempDir Path dir) throws IOException {
    List<String> args = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      args.add(write(dir, "f" + i + ".txt", DIRTY).toString());
    }
    Run r = run("", args.toArray(String[]::new));
    assertEquals(0, r.code());
    assertEquals("", r.err());
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void captionsOptionChoosesWhatHappensToCaptions() {
    String text = "Kim and Putin in 2019 Photo: Getty\nThe two leaders met in Vladivostok in 2019, officials said.\n";
    String body = "The two leaders met in Vladivostok in 2019, officials said.\n";
    assertEquals(body, run(text).out());
    assertEquals("Kim and Putin in 2019\n" + body, run(text, "--captions", "strip-credit").out());
    assertEquals(text, run(text, "--captions", "keep").out());
    assertEquals(2, run(text, "--captions", "sometimes").code());
  }

  @Test
  void warnsWhenMostOfAFileIsRemoved() {
    Run r = run("Back to top\nLeave a Reply\nYour email address will not be published.\nKim met Putin.\n");
    assertEquals(0, r.code());
    assertTrue(r.err().contains("warning: <stdin> lost"), r.err());
    assertEquals("", run(DIRTY).err());
  }

  @Test
  void saysSoWhenATextIsNotEnglish() {
    String german = "Der Minister sagte am Dienstag , dass die Gespräche in der nächsten Woche fortgesetzt werden.\n";
    Run r = run(german);
    assertEquals(0, r.code());
    assertEquals(german, r.out());
    assertTrue(r.err().contains("<stdin>: mostly not English; left it unchanged"), r.err());
  }
}
