package io.github.mtclean.fix.names;

import java.util.List;

/**
 * One row of the name table.
 *
 * @param canonical the spelling the text should use, e.g. {@code Yoon Suk Yeol}
 * @param surname the family name as the canonical spelling writes it ({@code Yoon}, {@code Zelensky})
 * @param variants listed other spellings ({@code Kim Jung Un}); a one-word variant is the surname alone
 * @param titles the titles the person is named with ({@code President}, {@code Defense Minister})
 */
record Person(String canonical, String surname, List<String> variants, List<String> titles) {
  /** The last word of each title, which is what precedes the name in text ({@code Minister}). */
  List<String> titleWords() {
    return titles.stream().map(t -> t.substring(t.lastIndexOf(' ') + 1)).toList();
  }
}
