package io.jvirt.apiserver.subresources;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.apiserver.subresources.decide.LifecyclePlan;
import java.net.http.WebSocket;

/** A step of opening a stream (console, VNC) for a user: admitted, connected, or refused. */
public sealed interface StreamOpening {
  /** The user may open the stream of {@code vmi}. */
  record Admitted(VirtualMachineInstance vmi) implements StreamOpening {}

  /** The VMI's virt-handler accepted the stream: {@code handler} is its end. */
  record Connected(WebSocket handler) implements StreamOpening {}

  /** Refused: answer {@code reject} instead of upgrading. */
  record Refused(LifecyclePlan.Reject reject) implements StreamOpening {}

  /** Refused with {@code code} and {@code message}. */
  static Refused refused(int code, String reason, String message) {
    return new Refused(new LifecyclePlan.Reject(code, reason, message));
  }
}
