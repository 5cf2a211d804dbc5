package io.jvirt.cdi.importer.registry;

import io.jvirt.cdi.importer.decide.ImportFailure;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Where a registry image's flattened file system comes from, as a tar stream. */
@FunctionalInterface
public interface RegistryExport {
  /** Starts streaming the image. */
  Running start() throws IOException;

  /** One export under way; closing it stops what still runs and removes what it left. */
  interface Running extends Closeable {
    /** The tar stream. */
    InputStream stream();

    /** The exporter's own failure, if it ended (or ends within a moment) unsuccessfully. */
    Optional<ImportFailure> failure() throws IOException;

    /** Reads what is left of the stream and fails if the exporter did not succeed. */
    void finish() throws IOException;
  }
}
