package io.jvirt.cdi.importer.run;

import io.jvirt.cdi.importer.decide.ImageValidation;
import io.jvirt.cdi.importer.decide.ImportFailure;
import io.jvirt.cdi.importer.volume.Target;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/**
 * Streams a raw image onto the target: a fresh {@code disk.img} (sparse, skipping zero chunks) or
 * the block device from its start, never more than the target holds.
 */
final class RawWriter {
  /** Small against the upload pod's 64 MiB heap, large enough for few system calls. */
  private static final int CHUNK = 256 * 1024;

  private RawWriter() {}

  /**
   * Copies {@code image} to the target.
   *
   * @param limit most bytes the target takes, -1 when unknown
   * @param sparse leave zero chunks as holes (files only)
   * @return the bytes written
   */
  static long write(InputStream image, Target target, long limit, boolean sparse)
      throws IOException {
    FileChannel out;
    if (target.block()) {
      // never truncate or recreate a device node
      out = FileChannel.open(target.image(), StandardOpenOption.WRITE);
    } else {
      Files.deleteIfExists(target.image());
      out =
          FileChannel.open(target.image(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
    try (out) {
      long total = copy(image, out, limit, sparse && !target.block());
      if (!target.block() && out.size() < total) {
        // the image ended in a hole: give the file its full length
        out.write(ByteBuffer.wrap(new byte[1]), total - 1);
      }
      return total;
    }
  }

  private static long copy(InputStream in, FileChannel out, long limit, boolean sparse)
      throws IOException {
    byte[] buffer = new byte[CHUNK];
    long total = 0;
    int n;
    while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
      if (limit >= 0 && total + n > limit) {
        throw new ImportFailure(ImageValidation.tooLargeStream(limit));
      }
      if (!sparse || !zero(buffer, n)) {
        ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
        long position = total;
        while (chunk.hasRemaining()) {
          position += out.write(chunk, position);
        }
      }
      total += n;
    }
    return total;
  }

  private static boolean zero(byte[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      if (buffer[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
