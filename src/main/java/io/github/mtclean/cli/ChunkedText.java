package io.github.mtclean.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.function.Consumer;

/**
 * Reads a byte stream as text in parts, so that a file of any size is cleaned in bounded memory.
 * Parts are cut at the start of a paragraph when there is one, else at the start of a line, else
 * between words (a single huge line), else anywhere outside a surrogate pair.
 */
final class ChunkedText {
  /** A part of the text, and where it stands: {@code offset} counts the chars before it. */
  record Part(String text, boolean first, boolean last, long offset) {}

  private static final int BLOCK = 1 << 20;

  private final String name;
  private final InputStream in;
  private final InputDecoder options;
  private final int partChars;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(BLOCK + 16);
  private final StringBuilder pending = new StringBuilder();
  private long bytesBefore; // bytes consumed before the start of the buffer
  private long charsBefore; // chars handed out in earlier parts
  private boolean eof;
  private boolean started;
  private boolean finished;
  private boolean flushed;
  private int replaced;
  private long firstReplaced = -1;

  ChunkedText(String name, InputStream in, InputDecoder options, int partChars, Consumer<String> warn)
      throws IOException, InputException {
    this.name = name;
    this.in = in;
    this.options = options;
    this.partChars = partChars;
    byte[] head = in.readNBytes(BLOCK);
    InputDecoder.Opened opened = options.open(name, head, warn);
    this.decoder = opened.decoder();
    bytes.put(head, opened.skip(), head.length - opened.skip()).flip();
    bytesBefore = opened.skip();
    eof = head.length < BLOCK;
  }

  /** The input bytes decoded so far. */
  long bytesRead() {
    return bytesBefore;
  }

  /** The next part, or null after the last one. */
  Part next(Consumer<String> warn) throws IOException, InputException {
    if (finished) {
      return null;
    }
    while (!eof && pending.length() <= partChars) {
      readBlock();
    }
    if (eof && !flushed) {
      decode(true);
      flushed = true;
    }
    if (eof && pending.length() <= partChars) {
      finished = true;
      if (replaced > 0) {
        warn.accept(name + ": replaced " + replaced + " malformed byte sequence(s) with U+FFFD, the first at byte " + firstReplaced);
      }
      return part(pending.length(), true);
    }
    return part(cutPoint(pending, partChars), false);
  }

  private Part part(int end, boolean last) {
    String text = pending.substring(0, end);
    pending.delete(0, end);
    Part p = new Part(text, !started, last, charsBefore);
    started = true;
    charsBefore += end;
    return p;
  }

  private void readBlock() throws IOException, InputException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), Math.min(BLOCK, bytes.remaining()));
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
    decode(false);
  }

  private void decode(boolean endOfInput) throws InputException {
    CharBuffer out = CharBuffer.allocate((int) (bytes.remaining() * (double) decoder.maxCharsPerByte()) + 16);
    while (true) {
      int before = bytes.position();
      CoderResult r = decoder.decode(bytes, out, endOfInput);
      bytesBefore += bytes.position() - before;
      if (r.isUnderflow()) {
        break;
      }
      if (r.isOverflow()) {
        pending.append(out.flip());
        out.clear();
        continue;
      }
      if (!options.lenient()) {
        throw new InputException(name + ": not valid " + decoder.charset().name() + " at byte " + bytesBefore
            + "; give its encoding with --encoding NAME (or --encoding auto), or use --lenient to replace bad bytes with U+FFFD");
      }
      firstReplaced = firstReplaced < 0 ? bytesBefore : firstReplaced;
      replaced++;
      out.put('\uFFFD');
      bytes.position(bytes.position() + r.length());
      bytesBefore += r.length();
    }
    if (endOfInput) {
      decoder.flush(out);
    }
    pending.append(out.flip());
  }

  /**
   * Where to end a part of about {@code target} chars of {@code s} (which is longer): the start of
   * the last paragraph in the second half, else of the last non-blank line, else after the last
   * space before a word, else {@code target} itself, moved off a surrogate pair.
   */
  static int cutPoint(CharSequence s, int target) {
    int lineStart = lastLineStart(s, target);
    for (int p = lineStart; p > target / 2; p = lastLineStart(s, p - 1)) {
      int previous = lastLineStart(s, p - 1);
      if (!isBlankLine(s, p) && isBlankLine(s, previous)) {
        return p;
      }
    }
    for (int p = lineStart; p > 0 && p < s.length(); p = nextLineStart(s, p)) {
      if (!isBlankLine(s, p)) {
        return p;
      }
    }
    for (int p = target; p > target / 2; p--) {
      if (Character.isWhitespace(s.charAt(p - 1)) && Character.isLetterOrDigit(s.charAt(p))) {
        return p;
      }
    }
    return Character.isLowSurrogate(s.charAt(target)) ? target - 1 : target;
  }

  /** The start of the line holding position {@code pos} (0 when there is no earlier line break). */
  private static int lastLineStart(CharSequence s, int pos) {
    for (int i = Math.min(pos, s.length()) - 1; i >= 0; i--) {
      if (s.charAt(i) == '\n') {
        return i + 1;
      }
    }
    return 0;
  }

  private static int nextLineStart(CharSequence s, int pos) {
    for (int i = pos; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        return i + 1;
      }
    }
    return s.length();
  }

  private static boolean isBlankLine(CharSequence s, int start) {
    for (int i = start; i < s.length() && s.charAt(i) != '\n'; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
