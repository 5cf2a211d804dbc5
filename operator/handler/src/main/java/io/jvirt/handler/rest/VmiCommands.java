package io.jvirt.handler.rest;

/**
 * What virt-handler does for virt-api's VMI subresources on this node, each answered with an {@link
 * Outcome}: {@link Outcome#done()}, {@link Outcome#notOnThisNode} when the VMI is not one of this
 * node's, {@link Outcome#conflict} with upstream's message when its state does not allow it, {@link
 * Outcome#launcherUnreachable} when its virt-launcher does not answer. Called on the server's
 * threads, one call per request; an exception becomes a 500.
 */
public interface VmiCommands {
  /** {@code PUT .../virtualmachineinstances/{name}/pause}: suspends the guest. */
  Outcome pause(String namespace, String name);

  /** {@code PUT .../virtualmachineinstances/{name}/unpause}: resumes the guest. */
  Outcome unpause(String namespace, String name);

  /** {@code PUT .../virtualmachineinstances/{name}/softreboot}: reboots through agent or ACPI. */
  Outcome softReboot(String namespace, String name);

  /** {@code GET .../virtualmachineinstances/{name}/vnc/screenshot}: the guest's screen as PNG. */
  default Screenshot screenshot(String namespace, String name) {
    return new Screenshot(new Outcome(404, "screenshots are not served here"), null);
  }

  /**
   * {@code GET .../virtualmachineinstances/{name}/guestosinfo|userlist|filesystemlist}: what the
   * guest agent last reported, as JSON.
   */
  default GuestAgentData guestAgent(String namespace, String name, String query) {
    return new GuestAgentData(new Outcome(404, "guest agent data is not served here"), null);
  }

  /** The guest agent's data ({@code json}) when {@code outcome} succeeded; else why not. */
  record GuestAgentData(Outcome outcome, String json) {}

  /** A screenshot ({@code png}) when {@code outcome} succeeded; else why not. */
  record Screenshot(Outcome outcome, byte[] png) {}
}
