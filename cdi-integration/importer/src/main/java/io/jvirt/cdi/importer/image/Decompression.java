package io.jvirt.cdi.importer.image;

import io.jvirt.cdi.importer.decide.FormatDetector;
import io.jvirt.cdi.importer.decide.ImageFormat;
import io.jvirt.cdi.importer.decide.ImportFailure;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Peels gzip and xz layers off a stream, detecting the format again after each (upstream
 * format-readers.go), and refuses formats this importer does not take.
 */
public final class Decompression {
  private static final int BUFFER = 1 << 16;

  private Decompression() {}

  /**
   * The image inside {@code in}.
   *
   * @param layers the formats found, outermost first; the last is the image's own
   */
  public record Unwrapped(InputStream stream, List<ImageFormat> layers) {
    /** The image's own format. */
    public ImageFormat format() {
      return layers.get(layers.size() - 1);
    }
  }

  /** Unwraps {@code in}; fails with the refusal of an unsupported format. */
  public static Unwrapped unwrap(InputStream in) throws IOException {
    List<ImageFormat> layers = new ArrayList<>();
    InputStream stream = buffered(in);
    while (true) {
      ImageFormat format = peek(stream);
      layers.add(format);
      if (!format.supported()) {
        throw new ImportFailure(format.refusal());
      }
      if (!format.compression()) {
        return new Unwrapped(stream, List.copyOf(layers));
      }
      stream =
          buffered(
              format == ImageFormat.GZIP
                  ? new GZIPInputStream(stream, BUFFER)
                  : new XZInputStream(stream));
    }
  }

  private static InputStream buffered(InputStream in) {
    return new BufferedInputStream(in, Math.max(BUFFER, FormatDetector.HEADER_SIZE));
  }

  private static ImageFormat peek(InputStream stream) throws IOException {
    byte[] header = new byte[FormatDetector.HEADER_SIZE];
    stream.mark(header.length);
    int length = stream.readNBytes(header, 0, header.length);
    stream.reset();
    return FormatDetector.detect(header, length);
  }
}
