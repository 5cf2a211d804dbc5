package io.jvirt.cdi.importer.http;

import java.io.IOException;
import java.io.InputStream;

/** Where the image's bytes come from. */
public interface ImageSource {
  /**
   * An open body.
   *
   * @param contentLength -1 when unknown
   */
  record Body(InputStream stream, long contentLength) {}

  /** Opens the image for reading. */
  Body open() throws IOException;
}
