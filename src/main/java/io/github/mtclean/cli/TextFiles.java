package io.github.mtclean.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Opening the user's files for reading, and replacing them so that a crash never truncates one. */
final class TextFiles {
  private TextFiles() {}

  static InputStream open(Path file) throws InputException {
    if (Files.isDirectory(file)) {
      throw new InputException(file + ": is a directory; give the files inside it");
    }
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(file + ": permission denied; check the file's permissions");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * A replacement for {@code target} written beside it: until {@link #commit} the target is
   * untouched; commit forces the bytes to disk, copies the target's permissions and renames over it
   * atomically. Closing without commit deletes the temporary file.
   */
  static final class AtomicOutput implements Closeable {
    private final Path target;
    private final Path tmp;
    private final FileChannel channel;
    private boolean done;

    AtomicOutput(Path target) throws InputException {
      this.target = target;
      Path dir = target.toAbsolutePath().getParent();
      try {
        tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".mtclean.tmp");
        channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new InputException(target + ": cannot write beside it (" + e.getMessage() + "); check the directory's permissions");
      }
    }

    void write(ByteBuffer bytes) throws InputException {
      try {
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
      } catch (IOException e) {
        throw new InputException(target + ": cannot write (" + e.getMessage() + "); the file was left as it was");
      }
    }

    void commit() throws InputException {
      try {
        channel.force(true);
        channel.close();
        if (Files.exists(target)) {
          Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        done = true;
      } catch (IOException | UnsupportedOperationException e) {
        throw new InputException(target + ": cannot replace (" + e.getMessage() + "); the file was left as it was");
      }
    }

    @Override
    public void close() {
      if (!done) {
        try {
          channel.close();
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // Only the temporary file may be left behind; the target is intact.
        }
      }
    }
  }
}
