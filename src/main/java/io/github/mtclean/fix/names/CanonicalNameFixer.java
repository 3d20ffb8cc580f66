package io.github.mtclean.fix.names;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each person of the name table its canonical spelling: a full name in any listed or generated
 * spelling ({@code Yoon Seok-yeol}, {@code Kim Jong-un}, {@code Volodymyr Zelenskyy}), and a surname
 * alone ({@code Shoygu}, or a shorter one after the person's title: {@code President Yun}) when the
 * text names that person in full and nobody else with that surname.
 */
public final class CanonicalNameFixer implements Fixer {
  static final String RULE = "names/canonical";
  /** Shorter surnames (Yun, Kym) fold onto too many other people's names to respell without the person's title. */
  private static final int MIN_SURNAME = 5;
  private final NameTable table;

  public CanonicalNameFixer(NameTable table) {
    this.table = table;
  }

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    NamesInText names = NamesInText.of(doc, table);
    List<Replacement> out = new ArrayList<>();
    for (NamesInText.FullName name : names.fullNames) {
      List<Token> words = name.words().stream().filter(w -> !w.isInitial()).toList();
      String[] canonical = name.person().canonical().split(" ");
      if (words.size() == name.words().size()) {
        out.add(Replacement.of(RULE, name.start(), name.end(), NamesInText.inCaseOf(name.person().canonical(), name.text())));
      } else if (words.size() == canonical.length) {
        // Keep the middle initial: respell word by word (Aleksandr G. Lukashenka).
        for (int k = 0; k < words.size(); k++) {
          Token w = words.get(k);
          out.add(Replacement.of(RULE, w.start(), w.end(), NamesInText.inCaseOf(canonical[k], w.text())));
        }
      }
    }
    for (NamesInText.Single single : names.singles) {
      Token word = single.token();
      List<Person> people = table.surnamed(word).stream().filter(names.named::containsKey).toList();
      if (people.size() == 1 && !names.otherKeys.contains(word.key())
          && (word.text().length() >= MIN_SURNAME || names.named.get(people.get(0)).contains(single.title()))) {
        out.add(Replacement.of(RULE, word.start(), word.end(), NamesInText.inCaseOf(people.get(0).surname(), word.text())));
      }
    }
    return out;
  }
}
