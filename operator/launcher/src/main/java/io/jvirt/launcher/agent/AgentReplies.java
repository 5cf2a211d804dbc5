package io.jvirt.launcher.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jvirt.api.v1.guestagent.FileSystem;
import io.jvirt.api.v1.guestagent.FileSystemDisk;
import io.jvirt.api.v1.guestagent.GuestAgentCommand;
import io.jvirt.api.v1.guestagent.GuestUser;
import io.jvirt.node.rpc.launcher.v1.GuestInterface;
import io.jvirt.node.rpc.launcher.v1.GuestOsInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the QEMU guest agent's JSON replies ({@code {"return": ...}}) into the report's parts. A
 * field the agent leaves out stays empty; a reply that is not the expected shape is an {@link
 * IllegalArgumentException}.
 */
public final class AgentReplies {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ALL_ZERO_MAC = "00:00:00:00:00:00";

  private AgentReplies() {}

  /** {@code guest-info}: the agent's version and its commands. */
  public static Version version(String reply) {
    JsonNode value = value(reply);
    List<GuestAgentCommand> commands = new ArrayList<>();
    for (JsonNode command : value.path("supported_commands")) {
      commands.add(
          new GuestAgentCommand(
              command.path("name").asText(), command.path("enabled").asBoolean()));
    }
    return new Version(text(value, "version"), commands);
  }

  /** The agent's version and supported commands. */
  public record Version(String version, List<GuestAgentCommand> commands) {}

  /** {@code guest-get-osinfo}. */
  public static GuestOsInfo os(String reply) {
    JsonNode value = value(reply);
    return GuestOsInfo.newBuilder()
        .setName(value.path("name").asText(""))
        .setKernelRelease(value.path("kernel-release").asText(""))
        .setVersion(value.path("version").asText(""))
        .setPrettyName(value.path("pretty-name").asText(""))
        .setVersionId(value.path("version-id").asText(""))
        .setKernelVersion(value.path("kernel-version").asText(""))
        .setMachine(value.path("machine").asText(""))
        .setId(value.path("id").asText(""))
        .build();
  }

  /** {@code guest-get-host-name}. */
  public static String hostname(String reply) {
    return text(value(reply), "host-name");
  }

  /** {@code guest-get-timezone}, as upstream shows it: {@code "<zone>, <offset seconds>"}. */
  public static String timezone(String reply) {
    JsonNode value = value(reply);
    return value.path("zone").asText("") + ", " + value.path("offset").asLong();
  }

  /** {@code guest-get-users}. */
  public static List<GuestUser> users(String reply) {
    List<GuestUser> users = new ArrayList<>();
    for (JsonNode entry : value(reply)) {
      GuestUser user = new GuestUser();
      user.setUserName(entry.path("user").asText());
      user.setDomain(text(entry, "domain"));
      user.setLoginTime(entry.path("login-time").asDouble());
      users.add(user);
    }
    return users;
  }

  /** {@code guest-get-fsinfo}. */
  public static List<FileSystem> fileSystems(String reply) {
    List<FileSystem> fileSystems = new ArrayList<>();
    for (JsonNode entry : value(reply)) {
      FileSystem fs = new FileSystem();
      fs.setDiskName(entry.path("name").asText());
      fs.setMountPoint(entry.path("mountpoint").asText());
      fs.setFileSystemType(entry.path("type").asText());
      fs.setUsedBytes(entry.path("used-bytes").asLong());
      fs.setTotalBytes(entry.path("total-bytes").asLong());
      List<FileSystemDisk> disks = new ArrayList<>();
      for (JsonNode device : entry.path("disk")) {
        FileSystemDisk disk = new FileSystemDisk();
        disk.setSerial(text(device, "serial"));
        disk.setBusType(device.path("bus-type").asText());
        disks.add(disk);
      }
      fs.setDisk(disks.isEmpty() ? null : disks);
      fileSystems.add(fs);
    }
    return fileSystems;
  }

  /**
   * {@code guest-network-get-interfaces}, without loopback (no hardware address to match a VMI
   * interface by, and upstream does not list it).
   */
  public static List<GuestInterface> interfaces(String reply) {
    List<GuestInterface> interfaces = new ArrayList<>();
    for (JsonNode entry : value(reply)) {
      String mac = entry.path("hardware-address").asText("").toLowerCase(Locale.ROOT);
      if ("lo".equals(entry.path("name").asText()) || mac.isEmpty() || ALL_ZERO_MAC.equals(mac)) {
        continue;
      }
      GuestInterface.Builder nic =
          GuestInterface.newBuilder().setInterfaceName(entry.path("name").asText()).setMac(mac);
      for (JsonNode address : entry.path("ip-addresses")) {
        String ip = address.path("ip-address").asText("");
        if (!ip.isEmpty()) {
          nic.addIpAddresses(ip);
        }
      }
      interfaces.add(nic.build());
    }
    return interfaces;
  }

  private static JsonNode value(String reply) {
    JsonNode root;
    try {
      root = JSON.readTree(reply);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the guest agent's reply is not JSON: " + reply, e);
    }
    if (root == null || !root.has("return")) {
      throw new IllegalArgumentException("the guest agent's reply has no return value: " + reply);
    }
    return root.get("return");
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isEmpty() ? null : value.asText();
  }
}
