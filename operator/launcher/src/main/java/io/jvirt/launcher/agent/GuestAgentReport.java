package io.jvirt.launcher.agent;

import io.jvirt.api.v1.guestagent.FileSystem;
import io.jvirt.api.v1.guestagent.FileSystemList;
import io.jvirt.api.v1.guestagent.GuestAgentCommand;
import io.jvirt.api.v1.guestagent.GuestAgentInfo;
import io.jvirt.api.v1.guestagent.GuestAgentLimits;
import io.jvirt.api.v1.guestagent.GuestUser;
import io.jvirt.api.v1.guestagent.GuestUserList;
import io.jvirt.api.v1.vmi.GuestOSInfo;
import io.jvirt.node.rpc.launcher.v1.GuestInterface;
import io.jvirt.node.rpc.launcher.v1.GuestOsInfo;
import java.util.ArrayList;
import java.util.List;
import lombok.With;

/**
 * Everything the guest agent last reported, each part replaced as its poll answers; empty parts
 * until then; {@code credentials} is null while no access credential asks for the agent. Turned
 * into virt-api's subresource shapes and the handler's status facts.
 */
@With
public record GuestAgentReport(
    String version,
    List<GuestAgentCommand> commands,
    String hostname,
    GuestOsInfo os,
    String timezone,
    List<GuestUser> users,
    List<FileSystem> fileSystems,
    List<GuestInterface> interfaces,
    CredentialPropagation.Outcome credentials) {

  /** Nothing reported yet. */
  public static final GuestAgentReport EMPTY =
      new GuestAgentReport(
          null, List.of(), null, null, null, List.of(), List.of(), List.of(), null);

  /** Immutable copies. */
  public GuestAgentReport {
    commands = List.copyOf(commands);
    users = List.copyOf(users);
    fileSystems = List.copyOf(fileSystems);
    interfaces = List.copyOf(interfaces);
  }

  /** {@code guestosinfo}: the users and file systems capped as upstream caps them. */
  public GuestAgentInfo info() {
    GuestAgentInfo info = new GuestAgentInfo();
    info.setGuestAgentVersion(version);
    info.setSupportedCommands(commands.isEmpty() ? null : new ArrayList<>(commands));
    info.setHostname(hostname);
    if (os != null) {
      info.setOs(apiOs(os));
    }
    info.setTimezone(timezone);
    info.setUserList(
        users.isEmpty() ? null : new ArrayList<>(users.subList(0, capped(users.size()))));
    info.getFsInfo()
        .setDisks(
            fileSystems.isEmpty()
                ? null
                : new ArrayList<>(fileSystems.subList(0, capped(fileSystems.size()))));
    return info;
  }

  /** {@code userlist}: every user. */
  public GuestUserList userList() {
    GuestUserList list = new GuestUserList();
    list.getItems().addAll(users);
    return list;
  }

  /** {@code filesystemlist}: every file system. */
  public FileSystemList fileSystemList() {
    FileSystemList list = new FileSystemList();
    list.getItems().addAll(fileSystems);
    return list;
  }

  /** The OS in VMI status's field names. */
  public static GuestOSInfo apiOs(GuestOsInfo os) {
    GuestOSInfo api = new GuestOSInfo();
    api.setName(blankToNull(os.getName()));
    api.setKernelRelease(blankToNull(os.getKernelRelease()));
    api.setVersion(blankToNull(os.getVersion()));
    api.setPrettyName(blankToNull(os.getPrettyName()));
    api.setVersionId(blankToNull(os.getVersionId()));
    api.setKernelVersion(blankToNull(os.getKernelVersion()));
    api.setMachine(blankToNull(os.getMachine()));
    api.setId(blankToNull(os.getId()));
    return api;
  }

  private static int capped(int size) {
    return Math.min(size, GuestAgentLimits.LISTED);
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
