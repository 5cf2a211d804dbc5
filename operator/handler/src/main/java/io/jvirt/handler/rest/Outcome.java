package io.jvirt.handler.rest;

/**
 * What virt-handler answers virt-api for a VMI command: an HTTP status and a one-line message (the
 * body, plain text). virt-api passes both on to its caller, so a refusal's message is upstream's
 * wording, e.g. {@code 409 "VMI is not paused"}.
 */
public record Outcome(int status, String message) {

  /** Done (upstream's handler answers 202 Accepted; virt-api then answers 200). */
  public static Outcome done() {
    return new Outcome(202, "");
  }

  /** The VMI is not one of this node's (upstream: {@code VMI <ns>/<name> does not exist}). */
  public static Outcome notOnThisNode(String namespace, String name) {
    return new Outcome(404, "VMI " + namespace + "/" + name + " does not exist");
  }

  /** The VMI is not in a state that allows the command; {@code message} says why. */
  public static Outcome conflict(String message) {
    return new Outcome(409, message);
  }

  /** The VMI's virt-launcher cannot be reached; {@code reason} says why. */
  public static Outcome launcherUnreachable(String reason) {
    return new Outcome(503, reason);
  }

  /** The command failed on the node (e.g. libvirt refused it). */
  public static Outcome failed(String message) {
    return new Outcome(500, message);
  }

  /** True for a 2xx status. */
  public boolean succeeded() {
    return status >= 200 && status < 300;
  }
}
