package io.jvirt.launcher.libvirt;

import java.util.List;
import java.util.function.Consumer;

/** The calls virt-launcher makes on its one libvirt domain; a fake stands in for it in tests. */
public interface DomainDriver {
  /** Defines the domain from its XML (replacing an inactive definition). */
  void define(String xml);

  /** True when a domain of this name is defined. */
  boolean defined();

  /** Starts the defined domain, with its vCPUs paused when {@code paused}. */
  void start(boolean paused);

  /** Presses the ACPI power button (libvirt's default shutdown method). */
  void shutdown();

  /** Stops QEMU at once. */
  void destroy();

  /** Removes the stopped domain's definition (and its NVRAM). */
  void undefine();

  void suspend();

  void resume();

  /** Asks the guest to reboot, through its agent when {@code viaAgent}, else by ACPI. */
  void reboot(boolean viaAgent);

  /**
   * Sends one QEMU guest agent command (QGA JSON, e.g. {@code {"execute":"guest-info"}}) and
   * returns the agent's JSON reply; throws {@link DomainDriverException} when the agent is not
   * connected, does not answer within {@code timeoutSeconds} or refuses the command.
   */
  String agentCommand(String command, int timeoutSeconds);

  /** libvirt's state name now (Running, Paused, Shutoff, ...). */
  String state();

  /** libvirt's screenshot of the first screen: the image and its MIME type, as libvirt says. */
  Screenshot screenshot();

  /** An image of the guest's screen. */
  record Screenshot(String mimeType, byte[] image) {}

  /** The live XML's facts the handler reports: machine type, current memory, interfaces. */
  LiveFacts liveFacts();

  /** Receives every lifecycle and guest-agent event of the domain. */
  void onEvent(Consumer<DomainChange> listener);

  /** What libvirt reports of the running domain. */
  record LiveFacts(
      String machineType, long currentMemoryBytes, List<Nic> interfaces, List<Drive> disks) {}

  /** A network interface of the live domain: VMI interface name (from its alias) and MAC. */
  record Nic(String name, String mac) {}

  /** A disk of the live domain: VMI disk name (from its alias) and target device. */
  record Drive(String name, String target) {}

  /**
   * A lifecycle change (state and reason in libvirt's names) or, when {@code agent} is set, a
   * guest-agent channel change with {@code agentConnected}.
   */
  record DomainChange(String state, String reason, boolean agent, boolean agentConnected) {}
}
