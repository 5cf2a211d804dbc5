package io.jvirt.cdi.importer.image;

import io.jvirt.cdi.importer.decide.ImageInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/** The qemu-img operations the importer needs (upstream pkg/image/qemu.go). */
public interface QemuImg {
  /** {@code qemu-img info --output=json}. */
  ImageInfo info(Path image) throws IOException;

  /**
   * {@code qemu-img convert -t writeback|none -p -O raw}, reporting the percentage done.
   *
   * @param directIo {@code -t none} instead of {@code -t writeback}
   */
  void convert(Path source, Path target, boolean directIo, DoubleConsumer progress)
      throws IOException;

  /** {@code qemu-img resize -f raw [--preallocation=falloc] image bytes}. */
  void resize(Path image, long bytes, boolean preallocate) throws IOException;

  /** {@code qemu-img create -f raw [-o preallocation=falloc] image bytes}: sparse unless told. */
  void createRaw(Path image, long bytes, boolean preallocate) throws IOException;
}
