package io.github.mtclean.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Reading and writing the user's files: strict UTF-8 in, atomic writes out. */
final class TextFiles {
  private TextFiles() {}

  static String read(Path file) throws InputException {
    try {
      if (Files.isDirectory(file)) {
        throw new InputException(file + ": is a directory; give the files inside it");
      }
      return decode(file.toString(), Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(file + ": permission denied");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
  }

  static String read(String name, InputStream in) throws InputException {
    try {
      return decode(name, in.readAllBytes());
    } catch (IOException e) {
      throw new InputException(name + ": cannot read: " + e.getMessage());
    }
  }

  /** Decodes UTF-8, failing with the byte offset of the first malformed sequence. */
  static String decode(String name, byte[] bytes) throws InputException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new InputException(name + ": not valid UTF-8 at byte " + in.position()
          + "; convert the file to UTF-8 first (e.g. iconv -f LATIN1 -t UTF-8)");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /**
   * Replaces {@code target} with {@code text} so that a crash at any moment leaves either the old
   * file or the new one: write a temporary file beside it, force it to disk, rename over.
   */
  static void writeAtomically(Path target, String text) throws InputException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(text);
        while (bytes.hasRemaining()) {
          ch.write(bytes);
        }
        ch.force(true);
      }
      if (Files.exists(target)) {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(target);
        Files.setPosixFilePermissions(tmp, perms);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      tmp = null;
    } catch (IOException | UnsupportedOperationException e) {
      throw new InputException(target + ": cannot write: " + e.getMessage() + "; the file was left as it was");
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // The temporary file is all that is left behind; the target is intact.
        }
      }
    }
  }
}
