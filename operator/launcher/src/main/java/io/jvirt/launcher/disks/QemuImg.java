package io.jvirt.launcher.disks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Debian's qemu-img: reads what an image is and creates overlays and empty disks. */
public final class QemuImg {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String binary;

  /** Uses {@code binary} (qemu-img on the PATH in the launcher image). */
  public QemuImg(String binary) {
    this.binary = binary;
  }

  /** What an image file is. */
  public record Info(String format, long virtualSize) {}

  /** The format and virtual size of {@code image}; a file that is no disk image fails clearly. */
  public Info info(Path image) {
    String out = Commands.run(List.of(binary, "info", "--output=json", image.toString()));
    try {
      JsonNode node = JSON.readTree(out);
      return new Info(node.path("format").asText(), node.path("virtual-size").asLong());
    } catch (IOException e) {
      throw new UncheckedIOException("qemu-img printed no JSON for " + image, e);
    }
  }

  /**
   * A qcow2 overlay at {@code overlay} on top of {@code backing} (of {@code backingFormat}), so the
   * guest writes only to the overlay and the image itself is never written.
   */
  public void createOverlay(Path overlay, Path backing, String backingFormat) {
    mkdirs(overlay);
    Commands.run(
        List.of(
            binary,
            "create",
            "-f",
            "qcow2",
            "-F",
            backingFormat,
            "-b",
            backing.toString(),
            overlay.toString()));
  }

  /** An empty qcow2 disk of {@code bytes} at {@code file}. */
  public void createEmpty(Path file, long bytes) {
    mkdirs(file);
    Commands.run(List.of(binary, "create", "-f", "qcow2", file.toString(), Long.toString(bytes)));
  }

  private static void mkdirs(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the directory of " + file, e);
    }
  }
}
