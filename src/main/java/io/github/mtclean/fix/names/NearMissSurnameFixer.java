package io.github.mtclean.fix.names;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Repairs a garbled surname after a title ({@code President Yong}) when the text has already named
 * that person in full with that title ({@code President Yoon Suk Yeol}) and no other name in the text
 * comes close: same title, near-identical surname, same document, nobody else it could be.
 */
public final class NearMissSurnameFixer implements Fixer {
  static final String RULE = "names/in-document";
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(2);
  private static final double MIN_SIMILARITY = 0.85;
  private final NameTable table;

  public NearMissSurnameFixer(NameTable table) {
    this.table = table;
  }

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    NamesInText names = NamesInText.of(doc, table);
    if (names.named.isEmpty()) {
      return List.of();
    }
    List<Replacement> out = new ArrayList<>();
    for (NamesInText.Single single : names.singles) {
      Token word = single.token();
      if (single.title() == null || word.text().length() < 3 || !table.surnamed(word).isEmpty()
          || names.otherKeys.contains(word.key())) {
        continue;
      }
      List<Person> close = names.named.keySet().stream().filter(p -> close(p.surname(), word.text())).toList();
      if (close.size() == 1) {
        Person p = close.get(0);
        if (names.named.get(p).contains(single.title()) && names.namedBefore(p, word.start())
            && !hasOtherCloseName(names, word)) {
          out.add(Replacement.of(RULE, word.start(), word.end(), NamesInText.inCaseOf(p.surname(), word.text())));
        }
      }
    }
    return out;
  }

  /** Whether a word of another name, or another single word, could be the one garbled into {@code word}. */
  private static boolean hasOtherCloseName(NamesInText names, Token word) {
    return names.otherWords.stream().anyMatch(w -> close(w, word.text()))
        || names.singleWords.stream().anyMatch(w -> !NameKey.of(w).equals(word.key()) && close(w, word.text())
            && names.named.keySet().stream().noneMatch(p -> p.surname().equals(w)));
  }

  /** Two surnames an MT engine could have confused: same initial, at most two edits, Jaro-Winkler at least 0.85. */
  static boolean close(String a, String b) {
    if (Character.toLowerCase(a.charAt(0)) != Character.toLowerCase(b.charAt(0))) {
      return false;
    }
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    return !x.equals(y)
        && LEVENSHTEIN.apply(x, y) >= 0 && JARO_WINKLER.apply(x, y) >= MIN_SIMILARITY;
  }
}
