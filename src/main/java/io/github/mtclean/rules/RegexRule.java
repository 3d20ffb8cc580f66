package io.github.mtclean.rules;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** A rule from a rule file: every match of its pattern is replaced by its replacement. */
public final class RegexRule implements Fixer {
  private final RuleSpec spec;

  public RegexRule(RuleSpec spec) {
    if (spec.isJava()) {
      throw new IllegalArgumentException(spec.id() + " is implemented in Java, not by a regex");
    }
    this.spec = spec;
  }

  @Override
  public List<String> ruleIds() {
    return List.of(spec.id());
  }

  @Override
  public List<Replacement> fix(Document doc) {
    List<Replacement> out = new ArrayList<>();
    Matcher m = spec.pattern().matcher(doc.text());
    // appendReplacement expands $n and ${name} exactly as String.replaceAll does; it also copies
    // the text since the previous match, which we skip to keep just the expansion.
    StringBuilder sb = new StringBuilder();
    int previousEnd = 0;
    while (m.find()) {
      sb.setLength(0);
      m.appendReplacement(sb, spec.replace());
      String text = sb.substring(m.start() - previousEnd);
      previousEnd = m.end();
      out.add(Replacement.of(spec.id(), m.start(), m.end(), text));
    }
    return out;
  }
}
