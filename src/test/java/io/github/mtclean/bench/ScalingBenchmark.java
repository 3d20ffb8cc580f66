package io.github.mtclean.bench;

import io.github.mtclean.Cleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Time to clean ONE text of a given size, built from the seeds: time per MB should stay flat from
 * 1 KB to 100 MB, and for one 100 MB line (no quadratic path). Run:
 * {@code mvn -Pbench test-compile exec:exec -Dbench=ScalingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ScalingBenchmark {
  @Param({"1000", "1000000", "10000000", "100000000"})
  public int chars;

  @Param({"lines", "one-line"})
  public String shape;

  private String text;

  @Setup
  public void setUp() throws IOException {
    String seed = Files.readString(Path.of("seeds/004_2ea0163db3f04343.txt"));
    if (shape.equals("one-line")) {
      seed = seed.replace('\n', ' ');
    }
    StringBuilder sb = new StringBuilder(chars + seed.length());
    while (sb.length() < chars) {
      sb.append(seed);
    }
    text = sb.substring(0, chars);
  }

  @Benchmark
  public Object clean() {
    return Cleaner.defaults().clean(text);
  }
}
