package io.jvirt.handler.vmi.decide;

/** An event virt-handler records on a VMI (upstream's reasons and messages). */
public record NodeEvent(String type, String reason, String message) {
  public static final NodeEvent CREATED =
      new NodeEvent("Normal", "Created", "VirtualMachineInstance defined.");
  public static final NodeEvent STARTED =
      new NodeEvent("Normal", "Started", "VirtualMachineInstance started.");
  public static final NodeEvent SHUTTING_DOWN =
      new NodeEvent("Normal", "ShuttingDown", "Signaled Graceful Shutdown");
  public static final NodeEvent DELETED = new NodeEvent("Normal", "Deleted", "Signaled Deletion");
  public static final NodeEvent STOPPED =
      new NodeEvent("Normal", "Stopped", "The VirtualMachineInstance was shut down.");
  public static final NodeEvent CRASHED =
      new NodeEvent("Warning", "Stopped", "The VirtualMachineInstance crashed.");

  /** A failed sync, with the reason in one line. */
  /** Reasons of the access credential events (and of their condition). */
  public static final String CREDENTIALS_SYNCED = "AccessCredentialsSyncSuccess";

  public static final String CREDENTIALS_FAILED = "AccessCredentialsSyncFailed";

  /** The guest got the access credentials' keys, or why not. */
  public static NodeEvent credentials(boolean succeeded, String message) {
    return succeeded
        ? new NodeEvent("Normal", CREDENTIALS_SYNCED, "Access credentials sync successful.")
        : new NodeEvent(
            "Warning", CREDENTIALS_FAILED, "Access credentials sync failed: " + message);
  }

  public static NodeEvent syncFailed(String message) {
    return new NodeEvent("Warning", "SyncFailed", message);
  }
}
