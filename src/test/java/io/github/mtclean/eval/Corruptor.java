package io.github.mtclean.eval;

import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Injects the damage the chain repairs into clean text, with a seed, so quality can be measured
 * at scale. Each damage class finds a random place where it applies (or returns the text as it is).
 */
final class Corruptor {
  /** One kind of damage: a name (matching the class it tests) and how to do it at a random place. */
  record Damage(String name, BiFunction<String, Random, String> apply) {}

  static final List<Damage> DAMAGES = List.of(
      at("space-before-punct", "(?<=\\p{L})(?=[,.;:?!](?:\\s|$))", m -> " "),
      at("period-before-comma", "(?<=\\p{L}{3}),(?= \\p{Ll})", m -> ". ,"),
      at("doubled-period", "(?<=\\p{Ll}{3})\\.(?=\\s)", m -> ".."),
      at("html-entity", "\u2019|&", m -> m.group().equals("&") ? "&amp;" : "&#8217;"),
      at("mojibake", "[\u2019\u00e9]", m -> m.group().equals("\u2019") ? "\u00e2\u20ac\u2122" : "\u00c3\u00a9"),
      at("doubled-space", "(?<=\\p{Ll}{3}) (?=\\p{Ll}{3})", m -> "  "),
      at("invisible-char", "(?<=\\p{Ll}{2})(?=\\p{Ll}{2})", m -> "\u200B"),
      at("decomposed-accent", "\u00e9", m -> "e\u0301"),
      at("blank-line-run", "\\n\\n(?=\\S)", m -> "\n\n\n\n"),
      at("trailing-space", "(?<=\\S)(?=\\n)", m -> "  "),
      at("foreign-quotes", "\"([^\"\\n]{1,80})\"", m -> "\u00ab" + m.group(1) + "\u00bb"),
      at("stray-period", "(?<=\\p{Ll}{3})(?= \\p{Ll}{3,} \\p{Ll})", m -> "."),
      at("missing-period", "(?<=\\p{Ll}{3})\\.(?= The )", m -> ""),
      at("capital-after-comma", "(?<=, )the(?= )", m -> "The"),
      at("boilerplate-line", "\\n(?=[^\\n]*$)", m -> "\nShare this:\nFacebook\nTwitter\n"),
      at("caption-line", "^", m -> "Officials meet in Seoul on Tuesday Photo: Reuters\n"),
      at("foreign-line", "$", m -> "\n\u0421\u0432\u0435\u0436\u0438\u0435 \u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0438"),
      at("name-variant", "Kim Jong Un", m -> "Kim Jong-un"));

  private Corruptor() {}

  /** A damage that rewrites one random match of {@code regex} (multiline) with {@code rewrite}. */
  private static Damage at(String name, String regex, java.util.function.Function<Matcher, String> rewrite) {
    Pattern p = Pattern.compile(regex, Pattern.MULTILINE);
    return new Damage(name, (text, rnd) -> {
      Matcher m = p.matcher(text);
      int count = 0;
      while (m.find()) {
        count++;
      }
      if (count == 0) {
        return text;
      }
      int pick = rnd.nextInt(count);
      m.reset();
      for (int i = 0; i <= pick; i++) {
        m.find();
      }
      return text.substring(0, m.start()) + rewrite.apply(m) + text.substring(m.end());
    });
  }

  /** {@code clean} with {@code count} damages of random classes. */
  static String corrupt(String clean, int count, Random rnd) {
    String text = clean;
    for (int i = 0; i < count; i++) {
      text = DAMAGES.get(rnd.nextInt(DAMAGES.size())).apply().apply(text, rnd);
    }
    return text;
  }
}
