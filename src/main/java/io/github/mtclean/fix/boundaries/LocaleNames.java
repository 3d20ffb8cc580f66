package io.github.mtclean.fix.boundaries;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * English names of weekdays, months and countries, from ICU's locale data: the names that mark a
 * time phrase ({@code on Monday}) and a country ({@code Russia's}), which the tagger only calls
 * proper nouns, like any other name.
 */
public final class LocaleNames {
  private static final Set<String> CALENDAR = calendarNames();
  private static final Set<String> COUNTRIES = countryNames();
  /** English month abbreviations ({@code Jan|Feb|...}), as a pattern alternation. */
  static final String MONTH_ABBREVIATIONS = String.join("|", DateFormatSymbols.getInstance(ULocale.ENGLISH).getShortMonths());

  private LocaleNames() {}

  /** {@code Monday}, {@code March}. */
  public static boolean isWeekdayOrMonth(String word) {
    return CALENDAR.contains(word);
  }

  /** {@code Russia}, {@code Japan}: a one-word English name of a country or region. */
  public static boolean isCountry(String word) {
    return COUNTRIES.contains(word);
  }

  private static Set<String> calendarNames() {
    DateFormatSymbols symbols = DateFormatSymbols.getInstance(ULocale.ENGLISH);
    Set<String> names = new HashSet<>();
    for (String[] list : List.of(symbols.getWeekdays(), symbols.getMonths())) {
      for (String name : list) {
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return Set.copyOf(names);
  }

  private static Set<String> countryNames() {
    Set<String> names = new HashSet<>();
    for (String code : ULocale.getISOCountries()) {
      names.add(new ULocale("", code).getDisplayCountry(ULocale.ENGLISH));
    }
    return Set.copyOf(names);
  }
}
