package io.github.mtclean.cli;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.function.Consumer;

/**
 * How to turn a file's bytes into text, refusing what is not text: binary files are skipped,
 * malformed bytes are an error (or, when lenient, U+FFFD with a warning; see {@link ChunkedText}),
 * and an unknown encoding is guessed only when asked and only when ICU is confident.
 */
final class InputDecoder {
  static final String AUTO = "auto";
  /** ICU's confidence (0-100) below which a guess is refused rather than used. */
  static final int MIN_CONFIDENCE = 50;
  private static final int SNIFF = 8192;

  private final String encoding;
  private final boolean lenient;

  /**
   * @param encoding a charset name, {@code auto}, or null for UTF-8
   * @throws InputException for an unknown charset name
   */
  InputDecoder(String encoding, boolean lenient) throws InputException {
    this.encoding = encoding;
    this.lenient = lenient;
    if (encoding != null && !encoding.equals(AUTO)) {
      charset(encoding);
    }
  }

  boolean lenient() {
    return lenient;
  }

  /** The decoder for a stream whose first bytes are {@code head}, and how many BOM bytes to skip. */
  record Opened(CharsetDecoder decoder, int skip) {}

  /**
   * Chooses the charset for a stream from its first bytes.
   *
   * @throws InputException for a binary file, or an encoding that cannot be guessed with confidence
   */
  Opened open(String name, byte[] head, Consumer<String> warn) throws InputException {
    Charset cs = encoding == null ? StandardCharsets.UTF_8
        : encoding.equals(AUTO) ? detect(name, head, warn) : charset(encoding);
    if (!isWide(cs)) {
      String kind = binaryKind(head);
      if (kind != null) {
        throw new InputException(name + ": skipped, it looks like " + kind + ", not text");
      }
    }
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new Opened(decoder, cs.equals(StandardCharsets.UTF_8) && hasUtf8Bom(head) ? 3 : 0);
  }

  private static Charset detect(String name, byte[] bytes, Consumer<String> warn) throws InputException {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch match = detector.detect();
    if (match == null || match.getConfidence() < MIN_CONFIDENCE) {
      String guess = match == null ? "none" : match.getName() + " at confidence " + match.getConfidence() + "/100";
      throw new InputException(name + ": cannot tell its encoding (best guess: " + guess
          + ", below " + MIN_CONFIDENCE + "); give it with --encoding NAME");
    }
    warn.accept(name + ": encoding detected as " + match.getName() + " (confidence " + match.getConfidence() + "/100)");
    return charset(match.getName());
  }

  private static Charset charset(String name) throws InputException {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new InputException("unknown encoding '" + name + "'; use a name such as UTF-8, windows-1252, ISO-8859-1, UTF-16, or 'auto'");
    }
  }

  /** Encodings whose text legitimately contains NUL bytes. */
  private static boolean isWide(Charset cs) {
    return cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32");
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  /** What a binary file looks like, by its magic number or a NUL byte near the start; null for text. */
  static String binaryKind(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "a PNG image";
    } else if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    } else if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "a GIF image";
    } else if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "a PDF document";
    } else if (startsWith(b, 'P', 'K', 3, 4)) {
      return "a ZIP archive (or a document packed as one)";
    } else if (startsWith(b, 0x1F, 0x8B)) {
      return "a gzip archive";
    }
    for (int i = 0; i < Math.min(b.length, SNIFF); i++) {
      if (b[i] == 0) {
        return "binary data (a NUL byte at " + i + ")";
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
