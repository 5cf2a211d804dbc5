package io.jvirt.cdi.importer.run;

import io.jvirt.cdi.importer.decide.ImageFormat;
import io.jvirt.cdi.importer.decide.UploadSettings;
import io.jvirt.cdi.importer.image.Decompression;
import io.jvirt.cdi.importer.image.QemuImg;
import io.jvirt.cdi.importer.metrics.ProgressCounter;
import io.jvirt.cdi.importer.metrics.ProgressInputStream;
import io.jvirt.cdi.importer.volume.Target;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

/**
 * One upload attempt through the import pipeline: {@link #receive} takes the request body, staging
 * a qcow2 in scratch or writing raw straight to the target (upstream UploadDataSource); {@link
 * #process} converts and grows it. A failed step removes what it left, so the user can retry.
 */
public final class Upload {
  private final ImageSteps steps;
  private final Target target;
  private final ProgressCounter counter;
  private final Clock clock;
  private boolean convert;

  /** An attempt writing to {@code target}. */
  public Upload(
      UploadSettings settings, Target target, QemuImg qemu, ProgressCounter counter, Clock clock) {
    this.steps = new ImageSteps(settings.targetOptions(), target, qemu, counter);
    this.target = target;
    this.counter = counter;
    this.clock = clock;
  }

  /**
   * Reads the whole body: gzip and xz are unwrapped while streaming, qcow2 goes to scratch, raw and
   * ISO to the target.
   *
   * @param contentLength -1 when the request is chunked
   */
  public void receive(InputStream body, long contentLength) throws IOException {
    // the caller owns the body: a rejected request's rest is drained there, not closed here
    InputStream counted =
        new ProgressInputStream(new UploadBody(body, contentLength), contentLength, counter, clock);
    try {
      Decompression.Unwrapped image = Decompression.unwrap(counted);
      convert = image.format() == ImageFormat.QCOW2;
      if (convert) {
        steps.stage(image.stream());
      } else {
        boolean plain = image.layers().size() == 1;
        steps.writeRaw(image.stream(), plain ? contentLength : -1);
      }
    } catch (IOException | RuntimeException e) {
      steps.discard();
      throw e;
    }
  }

  /** Checks and converts a staged qcow2, grows the image, and flushes it to stable storage. */
  public void process() throws IOException {
    try {
      if (convert) {
        steps.validateStaged();
        steps.convert();
      }
      steps.resize();
      target.sync();
      counter.advanceTo(100.0);
    } catch (IOException | RuntimeException e) {
      steps.discard();
      throw e;
    }
  }
}
