package io.github.mtclean;

import io.github.mtclean.fix.EnglishText;
import io.github.mtclean.fix.JavaFixers;
import io.github.mtclean.rules.RegexRule;
import io.github.mtclean.rules.RuleBook;
import io.github.mtclean.rules.RuleSource;
import io.github.mtclean.rules.RuleSpec;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.EditLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Cleans text with an ordered chain of fixers. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * Cleaned result = Cleaner.defaults().clean(text);
 * Cleaner strict = Cleaner.builder().disable("names").rulesDir(Path.of("my-rules")).build();
 * }</pre>
 */
public final class Cleaner {
  /**
   * Passes of the whole chain: one rule's fix can expose its own or another's trigger ({@code The
   * . ,} becomes {@code The. ,}, then {@code The.}), and cleaning must be idempotent. Dirty text
   * takes two or three, the last confirming; clean text one.
   */
  private static final int MAX_PASSES = 8;

  private static volatile Cleaner defaults;

  private final List<List<Fixer>> stages;
  private final Predicate<String> enabled;
  private final List<RuleSpec> rules;

  private Cleaner(List<List<Fixer>> stages, Predicate<String> enabled, List<RuleSpec> rules) {
    this.stages = stages;
    this.enabled = enabled;
    this.rules = rules;
  }

  /** The shipped chain with every rule on; built once per JVM. */
  public static Cleaner defaults() {
    Cleaner c = defaults;
    if (c == null) {
      synchronized (Cleaner.class) {
        c = defaults;
        if (c == null) {
          defaults = c = builder().build();
        }
      }
    }
    return c;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Cleans {@code text}; a text mostly in another language is returned unchanged ({@link
   * Cleaned#english()} is false). Never throws on any input string, except {@link
   * io.github.mtclean.rules.RuleTimeoutException} when a user's rule exceeds its time budget.
   */
  public Cleaned clean(String text) {
    return clean(text, true, true);
  }

  /**
   * Cleans one part of a text too long to hold at once; offsets in the result are relative to the
   * part. Parts should be cut at paragraph starts (or, failing that, line or word boundaries): a
   * part that is not the start keeps its leading blank line, one that is not the end gets no final
   * newline and keeps the spaces of an unterminated last line.
   */
  public Cleaned clean(String text, boolean startOfText, boolean endOfText) {
    EditLog log = new EditLog(text);
    if (!EnglishText.isMostlyEnglish(text)) {
      return new Cleaned(text, text, List.of(), log.offsets(), false); // the rules know English only
    }
    // A later stage may give an earlier one work (a quote mark removed, and the line it was on is
    // now furniture), so the chain repeats until every stage has seen the final text: that is
    // what makes cleaning idempotent. Clean text takes one pass. A stage that changed the text
    // runs on the next pass too, as its fixers have not seen what they and the later ones did;
    // that pass confirms every stage at once, so dirty text is read twice. Layout only tidies
    // whitespace, which every other stage reads past (a rule the fixers keep, and the idempotence
    // properties test), so it settles on its own and what it changes sends the text through no
    // stage again.
    Document[] doc = {new Document(text, startOfText, endOfText)};
    settle(stages.size(), MAX_PASSES, i -> isLayout(stages.get(i)) ? tidy(stages.get(i), log, doc) : runStage(stages.get(i), log, doc));
    return new Cleaned(text, log.text(), log.edits(), log.offsets(), true);
  }

  /**
   * Runs each of a stage's fixers once, and says whether any changed the text. A fixer is not
   * asked again on this pass, though its fix or a later fixer's may give it work: the chain's next
   * pass does that, and confirms every stage, and a clean text needs none. {@code doc[0]} is the
   * text's current version, revised after each change, so that answers about unchanged lines are
   * remembered across stages and passes.
   */
  private boolean runStage(List<Fixer> stage, EditLog log, Document[] doc) {
    boolean changed = false;
    for (Fixer fixer : stage) {
      changed |= apply(fixer, log, doc);
    }
    return changed;
  }

  /**
   * Runs the layout stage until it changes nothing (one of its fixes may give another work), and
   * says false: what it changes is whitespace the other stages read past.
   */
  private boolean tidy(List<Fixer> layout, EditLog log, Document[] doc) {
    boolean changed = true;
    for (int pass = 0; changed && pass < MAX_PASSES; pass++) {
      changed = runStage(layout, log, doc);
    }
    return false;
  }

  private boolean apply(Fixer fixer, EditLog log, Document[] doc) {
    List<Replacement> proposed = fixer.fix(doc[0]);
    if (!log.apply(proposed.stream().filter(r -> enabled.test(r.rule())).toList())) {
      return false;
    }
    doc[0] = doc[0].revised(log.text()); // its lines are split once per text
    return true;
  }

  /**
   * Runs steps {@code 0..steps-1} in rounds, at most {@code maxRounds}, until none has anything
   * left to do. Steps are deterministic, so one that changed nothing is not run again until
   * another step has changed the text; one that changed it is run again. {@code step} runs step
   * {@code i} and says whether it changed the text in a way the others must see.
   */
  private static void settle(int steps, int maxRounds, IntPredicate step) {
    int version = 0;
    int[] seenAt = new int[steps]; // the version each step last had nothing left to do on, or -1
    Arrays.fill(seenAt, -1);
    for (int round = 0; round < maxRounds; round++) {
      boolean ran = false;
      for (int i = 0; i < steps; i++) {
        if (seenAt[i] == version) {
          continue;
        }
        ran = true;
        boolean changed = step.test(i);
        if (changed) {
          version++;
        }
        seenAt[i] = changed ? -1 : version;
      }
      if (!ran) {
        break;
      }
    }
  }

  private static boolean isLayout(List<Fixer> stage) {
    return stage.get(0).ruleIds().get(0).startsWith("layout/");
  }

  /** The specs of the rules this cleaner runs, in chain order. */
  public List<RuleSpec> rules() {
    return rules;
  }

  /** Configures a {@link Cleaner}. Not thread-safe; the cleaner it builds is. */
  public static final class Builder {
    private Path rulesDir;
    private Captions captions = Captions.DROP;
    private final Set<String> only = new LinkedHashSet<>();
    private final Set<String> disabled = new LinkedHashSet<>();

    private Builder() {}

    /** Adds the rule files and tables in {@code dir}; a file named like a shipped one overrides it. */
    public Builder rulesDir(Path dir) {
      this.rulesDir = dir;
      return this;
    }

    /** What the {@code lines/caption} rule does with image captions; {@link Captions#DROP} by default. */
    public Builder captions(Captions mode) {
      this.captions = java.util.Objects.requireNonNull(mode);
      return this;
    }

    /** Runs only these rules or families (ids like {@code punctuation} or {@code punctuation/doubled-period}). */
    public Builder only(Collection<String> ids) {
      only.addAll(ids);
      return this;
    }

    public Builder only(String... ids) {
      return only(List.of(ids));
    }

    /** Switches off these rules or families. */
    public Builder disable(Collection<String> ids) {
      disabled.addAll(ids);
      return this;
    }

    public Builder disable(String... ids) {
      return disable(List.of(ids));
    }

    /**
     * @throws IllegalArgumentException for an unknown rule id, naming the known ones
     * @throws io.github.mtclean.rules.RuleFormatException for a malformed rule file
     */
    public Cleaner build() {
      RuleSource source = rulesDir == null ? RuleSource.shipped() : RuleSource.withUserDir(rulesDir);
      RuleBook book = RuleBook.load(source);
      Map<String, List<Fixer>> javaByFamily = new HashMap<>();
      Set<String> javaIds = new TreeSet<>();
      for (Fixer f : JavaFixers.create(source, captions)) {
        javaIds.addAll(f.ruleIds());
        javaByFamily.computeIfAbsent(family(f.ruleIds().get(0)), k -> new ArrayList<>()).add(f);
      }
      List<List<Fixer>> stages = new ArrayList<>();
      for (String family : book.families()) {
        List<Fixer> stage = new ArrayList<>(javaByFamily.getOrDefault(family, List.of()));
        stages.add(stage);
        for (RuleSpec spec : book.family(family)) {
          if (spec.isJava() && !javaIds.remove(spec.id())) {
            throw new IllegalArgumentException(spec.where() + ": rule '" + spec.name()
                + "' says 'impl java' but no Java fixer emits " + spec.id());
          } else if (!spec.isJava()) {
            stage.add(new RegexRule(spec));
          }
        }
      }
      if (!javaIds.isEmpty()) {
        throw new IllegalStateException("Java rules without a documenting block in rules/: " + javaIds);
      }
      Set<String> known = new TreeSet<>(book.families());
      book.all().forEach(s -> known.add(s.id()));
      checkKnown(only, known);
      checkKnown(disabled, known);
      Predicate<String> enabled = id -> (only.isEmpty() || matches(only, id)) && !matches(disabled, id);
      List<List<Fixer>> active = stages.stream()
          .map(stage -> stage.stream().filter(f -> f.ruleIds().stream().anyMatch(enabled)).toList())
          .filter(stage -> !stage.isEmpty())
          .toList();
      List<RuleSpec> activeRules = book.all().stream().filter(s -> enabled.test(s.id())).toList();
      return new Cleaner(active, enabled, activeRules);
    }

    private static String family(String ruleId) {
      return ruleId.substring(0, ruleId.indexOf('/'));
    }

    private static boolean matches(Set<String> ids, String ruleId) {
      return ids.contains(ruleId) || ids.contains(family(ruleId));
    }

    private static void checkKnown(Set<String> ids, Set<String> known) {
      for (String id : ids) {
        if (!known.contains(id)) {
          throw new IllegalArgumentException("unknown rule id '" + id + "'; known ids: " + String.join(", ", known));
        }
      }
    }
  }
}
