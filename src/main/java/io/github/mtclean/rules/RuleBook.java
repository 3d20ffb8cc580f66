package io.github.mtclean.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule spec, grouped by family in chain order. The shipped families run in {@link #CHAIN}
 * order; a user file for a shipped family replaces rules of the same name in place and appends new
 * ones; a user file for a new family runs just before {@code layout}, which always runs last.
 */
public final class RuleBook {
  /** The default order of the chain's stages. */
  public static final List<String> CHAIN =
      List.of("unicode", "lines", "punctuation", "boundaries", "names", "grammar", "layout");

  private final Map<String, List<RuleSpec>> families;

  private RuleBook(Map<String, List<RuleSpec>> families) {
    this.families = families;
  }

  public static RuleBook load(RuleSource source) {
    Map<String, List<RuleSpec>> families = new LinkedHashMap<>();
    for (String family : CHAIN) {
      String file = family + ".rules";
      List<RuleSpec> specs = new ArrayList<>();
      source.shippedFile(file).ifPresent(text ->
          specs.addAll(RuleFileParser.parse(family, source.displayName(file, false), text)));
      families.put(family, specs);
    }
    List<RuleSpec> layout = families.remove("layout");
    for (String file : source.userRuleFiles()) {
      String family = file.substring(0, file.length() - ".rules".length());
      String text = source.userFile(file).orElseThrow();
      List<RuleSpec> user = RuleFileParser.parse(family, source.displayName(file, true), text);
      List<RuleSpec> specs = family.equals("layout") ? layout : families.computeIfAbsent(family, f -> new ArrayList<>());
      for (RuleSpec spec : user) {
        int same = indexOfName(specs, spec.name());
        if (same >= 0) {
          specs.set(same, spec);
        } else {
          specs.add(spec);
        }
      }
    }
    families.put("layout", layout);
    families.replaceAll((f, specs) -> List.copyOf(specs));
    return new RuleBook(families);
  }

  private static int indexOfName(List<RuleSpec> specs, String name) {
    for (int i = 0; i < specs.size(); i++) {
      if (specs.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Family names in chain order. */
  public List<String> families() {
    return List.copyOf(families.keySet());
  }

  public List<RuleSpec> family(String family) {
    return families.getOrDefault(family, List.of());
  }

  /** All specs in chain order. */
  public List<RuleSpec> all() {
    return families.values().stream().flatMap(List::stream).toList();
  }
}
