package io.jvirt.cdi.importer.decide;

/** What the target's upload server's answer to the clone source means. */
public final class UploadReply {
  /** At most this many characters of the server's answer go into a failure message. */
  static final int BODY_LIMIT = 512;

  private UploadReply() {}

  /** Whether the server took the disk: any 2xx. */
  public static boolean accepted(int status) {
    return status >= 200 && status < 300;
  }

  /** The failure reason for a refusal: the status and, if any, the server's (cut) answer. */
  public static String refusal(int status, String body) {
    String text = body == null ? "" : body.strip();
    if (text.length() > BODY_LIMIT) {
      text = text.substring(0, BODY_LIMIT) + "...";
    }
    String reason = "upload server answered " + status;
    return text.isEmpty() ? reason : reason + ": " + text;
  }
}
