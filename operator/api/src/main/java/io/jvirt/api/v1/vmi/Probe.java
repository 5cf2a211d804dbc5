package io.jvirt.api.v1.vmi;

import io.fabric8.kubernetes.api.model.ExecAction;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.TCPSocketAction;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A liveness or readiness check run against a VMI; exactly one action field is set. */
@Data
public class Probe extends Extensible {
  private HTTPGetAction httpGet;

  private TCPSocketAction tcpSocket;

  /** Runs inside the guest through the QEMU guest agent, not in the launcher container. */
  private ExecAction exec;

  private GuestAgentPing guestAgentPing;

  private Integer initialDelaySeconds;

  private Integer timeoutSeconds;

  private Integer periodSeconds;

  private Integer successThreshold;

  private Integer failureThreshold;
}
