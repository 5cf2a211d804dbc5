package io.jvirt.cdi.controller.decide;

/** An event a decision asks to record, on the DataVolume or on its PVC. */
public record CdiEvent(Target target, String type, String reason, String message) {
  public static final String NORMAL = "Normal";
  public static final String WARNING = "Warning";

  /** The object the event is about. */
  public enum Target {
    DATA_VOLUME,
    CLAIM
  }

  static CdiEvent normal(String reason, String message) {
    return new CdiEvent(Target.DATA_VOLUME, NORMAL, reason, message);
  }

  static CdiEvent warning(String reason, String message) {
    return new CdiEvent(Target.DATA_VOLUME, WARNING, reason, message);
  }

  static CdiEvent onClaim(String type, String reason, String message) {
    return new CdiEvent(Target.CLAIM, type, reason, message);
  }
}
