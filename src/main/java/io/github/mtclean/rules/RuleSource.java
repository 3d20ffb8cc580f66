package io.github.mtclean.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where rule files and tables are read from: the ones shipped in the jar under {@code rules/}, and
 * optionally a user directory whose files add to or override them.
 */
public final class RuleSource {
  private final Path userDir;

  private RuleSource(Path userDir) {
    this.userDir = userDir;
  }

  public static RuleSource shipped() {
    return new RuleSource(null);
  }

  /** Shipped rules plus the files in {@code dir}, which must be a readable directory. */
  public static RuleSource withUserDir(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("rules directory " + dir + " does not exist or is not a directory");
    }
    return new RuleSource(dir);
  }

  /** The shipped file {@code name}, as text. */
  public Optional<String> shippedFile(String name) {
    try (InputStream in = RuleSource.class.getResourceAsStream("/rules/" + name)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read shipped rule file " + name, e);
    }
  }

  /** The user's file {@code name}, as text, if there is a user directory holding it. */
  public Optional<String> userFile(String name) {
    if (userDir == null || !Files.isRegularFile(userDir.resolve(name))) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(userDir.resolve(name), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + userDir.resolve(name), e);
    }
  }

  /** The table {@code name}: the user's copy if there is one, else the shipped one. */
  public Optional<String> table(String name) {
    return userFile(name).or(() -> shippedFile(name));
  }

  /** Names of the user's {@code *.rules} files, sorted; empty without a user directory. */
  public List<String> userRuleFiles() {
    if (userDir == null) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(userDir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rules")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list rules directory " + userDir, e);
    }
  }

  /** How a file is named in messages: a path for user files, {@code rules/NAME} for shipped ones. */
  public String displayName(String name, boolean user) {
    return user ? userDir.resolve(name).toString() : "rules/" + name;
  }
}
