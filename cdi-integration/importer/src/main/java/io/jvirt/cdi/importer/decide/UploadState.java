package io.jvirt.cdi.importer.decide;

/**
 * The upload server's one upload: idle, receiving, processing, then done or failed; a rejected
 * upload returns to idle so the user can retry (upstream's uploading/processing/done flags).
 */
public final class UploadState {
  /** Where the upload is. */
  public enum Phase {
    IDLE,
    RECEIVING,
    PROCESSING,
    DONE,
    FAILED
  }

  /** The answer to a new upload request. */
  public enum Admission {
    /** Go ahead: the state is now RECEIVING. */
    ACCEPTED(200, ""),
    /** Another upload is being received or processed. */
    BUSY(503, "upload in progress"),
    /** The upload is over, successfully or not. */
    FINISHED(409, "upload already complete");

    private final int status;
    private final String text;

    Admission(int status, String text) {
      this.status = status;
      this.text = text;
    }

    /** The HTTP status of a refused request. */
    public int status() {
      return status;
    }

    /** The plain-text answer of a refused request. */
    public String text() {
      return text;
    }
  }

  private Phase phase = Phase.IDLE;

  /** The current phase. */
  public synchronized Phase phase() {
    return phase;
  }

  /** Admits a new upload if idle. */
  public synchronized Admission begin() {
    return switch (phase) {
      case IDLE -> {
        phase = Phase.RECEIVING;
        yield Admission.ACCEPTED;
      }
      case RECEIVING, PROCESSING -> Admission.BUSY;
      case DONE, FAILED -> Admission.FINISHED;
    };
  }

  /** All bytes are in: RECEIVING to PROCESSING. */
  public synchronized void received() {
    move(Phase.RECEIVING, Phase.PROCESSING);
  }

  /** The upload was refused with an answer to the user: back to IDLE for a retry. */
  public synchronized void rejected() {
    if (phase != Phase.RECEIVING && phase != Phase.PROCESSING) {
      throw new IllegalStateException("cannot reject an upload in phase " + phase);
    }
    phase = Phase.IDLE;
  }

  /** The image is on the target: PROCESSING to DONE. */
  public synchronized void succeeded() {
    move(Phase.PROCESSING, Phase.DONE);
  }

  /** Processing after an async answer failed: nobody to tell but the termination message. */
  public synchronized void failed() {
    move(Phase.PROCESSING, Phase.FAILED);
  }

  private void move(Phase from, Phase to) {
    if (phase != from) {
      throw new IllegalStateException("expected phase " + from + " but was " + phase);
    }
    phase = to;
  }
}
