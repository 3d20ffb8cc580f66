package io.github.mtclean.fix.unicode;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends UTF-8 text that a scraper decoded as Windows-1252 ({@code donâ€™t}, {@code cafÃ©},
 * {@code 25Â°C}): each run of a lead byte's character and continuation bytes' characters is
 * encoded back to Windows-1252 and decoded as UTF-8. Only a run that decodes as strict UTF-8 is
 * replaced, so {@code été»} or a Portuguese {@code São} (no continuation bytes after the lead)
 * stay as they are. An emoji so spelt ({@code ðŸ˜€}) comes back too.
 */
public final class MojibakeFixer implements Fixer {
  static final String RULE = "unicode/mojibake";
  /**
   * The characters Windows-1252 gives the bytes 0x80 to 0x9F, which UTF-8 uses after a lead byte
   * (with 0xA0 to 0xBF, which it reads as U+00A0 to U+00BF); the five bytes it leaves undefined
   * come through as the C1 controls of their own value.
   */
  private static final String SPECIAL = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
      + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";
  /**
   * A lead byte and its continuations: of two bytes (0xC2 to 0xDF, read as Windows-1252: accented
   * letters, {@code °}, no-break space), of three from 0xE2 (quotes, dashes, {@code €}, {@code ™})
   * or of four from 0xF0 (emoji). Other three-byte leads spell CJK, which English text rarely
   * holds and an accented word before a quote mark can imitate ({@code café’”}).
   */
  private static final Pattern RUN = Pattern.compile("[\u00C2-\u00DF\u00E2\u00F0][" + SPECIAL + "\u00A0-\u00BF]+");

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    if (!mayHoldMojibake(text)) {
      return List.of();
    }
    List<Replacement> out = new ArrayList<>();
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      String mended = asUtf8(m.group());
      if (mended != null) {
        out.add(Replacement.of(RULE, m.start(), m.end(), mended.replace('\u00A0', ' ')));
      }
    }
    return out;
  }

  /** Most texts hold no char from U+00C2 to U+00F0 followed by a non-ASCII one: one pass to tell. */
  private static boolean mayHoldMojibake(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u00C2' && c <= '\u00F0' && text.charAt(i + 1) >= 0x80) {
        return true;
      }
    }
    return false;
  }

  /** The run's Windows-1252 bytes read as strict UTF-8, or null when they are no UTF-8. */
  private static String asUtf8(String run) {
    byte[] bytes = new byte[run.length()];
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      int special = SPECIAL.indexOf(c);
      bytes[i] = (byte) (special >= 0 ? 0x80 + special : c); // the rest are Latin-1, byte for char
    }
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return utf8.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
