package io.github.mtclean.bench;

import io.github.mtclean.Cleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the chain and of each stage. One operation cleans a 20 MB corpus: the seed
 * articles (dirty) or their gold versions (clean), repeated, one document at a time as a user
 * would. MB/s = 20 / (seconds per operation). An operation takes seconds, so iterations are long:
 * with 5 s ones, warm-up saw two operations. Run: {@code mvn -Pbench test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class CleanerBenchmark {
  static final int CORPUS_CHARS = 20_000_000;

  @Param({"all", "unicode", "lines", "punctuation", "boundaries", "names", "layout"})
  public String stage;

  @Param({"seeds", "gold"})
  public String corpus;

  private Cleaner cleaner;
  private List<String> documents;

  @Setup
  public void setUp() throws IOException {
    cleaner = stage.equals("all") ? Cleaner.defaults() : Cleaner.builder().only(stage).build();
    Path dir = corpus.equals("seeds") ? Path.of("seeds") : Path.of("../shared/gold");
    List<String> articles = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        articles.add(Files.readString(p));
      }
    }
    documents = new ArrayList<>();
    for (int chars = 0, i = 0; chars < CORPUS_CHARS; i++) {
      String a = articles.get(i % articles.size());
      documents.add(a);
      chars += a.length();
    }
  }

  @Benchmark
  public void chain(Blackhole bh) {
    for (String d : documents) {
      bh.consume(cleaner.clean(d));
    }
  }
}
