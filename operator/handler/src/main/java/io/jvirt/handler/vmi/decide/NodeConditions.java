package io.jvirt.handler.vmi.decide;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.api.v1.domain.Interface;
import io.jvirt.contract.ConditionReasons;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The conditions virt-handler keeps on a VMI (upstream's types, reasons and messages). */
final class NodeConditions {
  static final String PAUSED_BY_USER = "PausedByUser";
  static final String PAUSED_IO_ERROR = "PausedIOError";
  static final String INTERFACE_NOT_LIVE_MIGRATABLE = "InterfaceNotLiveMigratable";
  static final String MIGRATION_NOT_SUPPORTED = "MigrationNotSupported";

  private NodeConditions() {}

  /** Paused while the domain is paused, with why. */
  static void paused(VirtualMachineInstanceStatus status, DomainView domain, String now) {
    if (domain != null && "Paused".equals(domain.state())) {
      boolean ioError = "IOError".equals(domain.reason());
      Conditions.set(
          status,
          Conditions.of(
              Conditions.PAUSED,
              "True",
              ioError ? PAUSED_IO_ERROR : PAUSED_BY_USER,
              ioError ? "VMI was paused, low-level IO error detected" : "VMI was paused by user"),
          now);
    } else {
      Conditions.remove(status, Conditions.PAUSED);
    }
  }

  /**
   * LiveMigratable is always False here: jvirt does not migrate. The reason is upstream's where
   * upstream would refuse too (a bridge on the pod network), else jvirt's own.
   */
  static void liveMigratable(
      VirtualMachineInstance vmi, VirtualMachineInstanceStatus status, String now) {
    boolean podBridge = false;
    List<Interface> interfaces =
        vmi.getSpec().getDomain() == null || vmi.getSpec().getDomain().getDevices() == null
            ? null
            : vmi.getSpec().getDomain().getDevices().getInterfaces();
    if (interfaces != null) {
      podBridge = interfaces.stream().anyMatch(i -> i.getBridge() != null);
    }
    Conditions.set(
        status,
        podBridge
            ? Conditions.of(
                Conditions.LIVE_MIGRATABLE,
                "False",
                INTERFACE_NOT_LIVE_MIGRATABLE,
                "cannot migrate VMI which does not use masquerade, bridge with"
                    + " kubevirt.io/allow-pod-bridge-network-live-migration VM annotation or a"
                    + " migratable plugin to connect to the pod network")
            : Conditions.of(
                Conditions.LIVE_MIGRATABLE,
                "False",
                MIGRATION_NOT_SUPPORTED,
                "jvirt does not live-migrate VMIs"),
        now);
  }

  /** AgentConnected while the guest agent's channel is connected; absent otherwise. */
  static void agent(VirtualMachineInstanceStatus status, DomainView domain, String now) {
    if (domain != null && domain.agentConnected()) {
      Conditions.set(status, Conditions.of(Conditions.AGENT_CONNECTED, "True", null, null), now);
    } else {
      Conditions.remove(status, Conditions.AGENT_CONNECTED);
    }
  }

  /**
   * AccessCredentialsSynchronized as the launcher last reported the agent's key propagation (absent
   * when the VMI has no access credential for the agent); the event when it changed.
   */
  static Optional<NodeEvent> accessCredentials(
      VirtualMachineInstanceStatus status, DomainView domain, String now) {
    DomainView.CredentialSync sync = domain == null ? null : domain.accessCredentials();
    if (sync == null) {
      return Optional.empty();
    }
    var before = Conditions.find(status, Conditions.ACCESS_CREDENTIALS_SYNCHRONIZED);
    String value = sync.succeeded() ? "True" : "False";
    String reason = sync.succeeded() ? NodeEvent.CREDENTIALS_SYNCED : NodeEvent.CREDENTIALS_FAILED;
    String message = sync.message().isEmpty() ? null : sync.message();
    Conditions.set(
        status,
        Conditions.of(Conditions.ACCESS_CREDENTIALS_SYNCHRONIZED, value, reason, message),
        now);
    if (before != null
        && value.equals(before.getStatus())
        && Objects.equals(message, before.getMessage())) {
      return Optional.empty();
    }
    return Optional.of(NodeEvent.credentials(sync.succeeded(), sync.message()));
  }

  /** Synchronized=False naming why the node cannot run the domain; removed once it can. */
  static void synchronizedWith(VirtualMachineInstanceStatus status, String failure, String now) {
    if (failure.isEmpty()) {
      var current = Conditions.find(status, Conditions.SYNCHRONIZED);
      if (current != null && ConditionReasons.HANDLER_SYNC_FAILED.equals(current.getReason())) {
        Conditions.remove(status, Conditions.SYNCHRONIZED);
      }
      return;
    }
    Conditions.set(
        status,
        Conditions.of(
            Conditions.SYNCHRONIZED, "False", ConditionReasons.HANDLER_SYNC_FAILED, failure),
        now);
  }
}
