package io.jvirt.api.v1.guestagent;

import io.jvirt.api.v1.vmi.GuestOSInfo;
import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/**
 * What {@code GET .../virtualmachineinstances/{name}/guestosinfo} answers (upstream's
 * VirtualMachineInstanceGuestAgentInfo): the guest agent's view of the running guest.
 */
@Data
public class GuestAgentInfo extends Extensible {
  private String guestAgentVersion;

  private List<GuestAgentCommand> supportedCommands;

  private String hostname;

  /** Always present, empty when the agent did not say. */
  private GuestOSInfo os = new GuestOSInfo();

  /** {@code "<zone>, <offset seconds>"}, e.g. {@code "UTC, 0"}. */
  private String timezone;

  /** At most {@link GuestAgentLimits#LISTED} users. */
  private List<GuestUser> userList;

  /** Always present; at most {@link GuestAgentLimits#LISTED} file systems. */
  private FileSystemInfo fsInfo = new FileSystemInfo();

  private String fsFreezeStatus;
}
