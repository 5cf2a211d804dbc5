package io.jvirt.handler.network.decide;

import java.util.ArrayList;
import java.util.List;

/**
 * One change to the pod's network namespace, as the command that makes it (run there through
 * nsenter). The commands are iproute2's {@code ip}, {@code nft} and {@code sh} for /proc/sys.
 */
public sealed interface NetOp {
  /** The command's argument vector. */
  List<String> command();

  /** What the command reads on its standard input, or null. */
  default String stdin() {
    return null;
  }

  /** A bridge, with a fixed MAC and MTU when given (null: the kernel's choice). */
  record AddBridge(String name, String mac, Integer mtu) implements NetOp {
    @Override
    public List<String> command() {
      List<String> command = new ArrayList<>(List.of("ip", "link", "add", "name", name));
      if (mac != null) {
        command.addAll(List.of("address", mac));
      }
      if (mtu != null) {
        command.addAll(List.of("mtu", Integer.toString(mtu)));
      }
      command.addAll(List.of("type", "bridge"));
      return command;
    }
  }

  /**
   * A persistent tap with a virtio-net header, owned by {@code uid}/{@code gid} so QEMU can open
   * it; multi-queue only when the VMI asks for it.
   */
  record AddTap(String name, int uid, int gid, boolean multiQueue) implements NetOp {
    @Override
    public List<String> command() {
      List<String> command =
          new ArrayList<>(
              List.of(
                  "ip",
                  "tuntap",
                  "add",
                  "dev",
                  name,
                  "mode",
                  "tap",
                  "user",
                  Integer.toString(uid),
                  "group",
                  Integer.toString(gid),
                  "vnet_hdr"));
      if (multiQueue) {
        command.add("multi_queue");
      }
      return command;
    }
  }

  /**
   * A dummy link keeping a MAC and MTU (bridge binding: the pod's original eth0). Where the kernel
   * has no dummy driver, an {@code ifb} link, which forwards nothing either, stands in for it.
   */
  record AddDummy(String name, String mac, int mtu) implements NetOp {
    /** The stand-in link type for kernels built without the dummy driver. */
    public static final String FALLBACK_KIND = "ifb";

    @Override
    public List<String> command() {
      return command("dummy");
    }

    /** The command making a link of type {@code kind}. */
    public List<String> command(String kind) {
      return List.of(
          "ip",
          "link",
          "add",
          "name",
          name,
          "address",
          mac,
          "mtu",
          Integer.toString(mtu),
          "type",
          kind);
    }
  }

  /** {@code ip link set dev <name> <settings...>}: up, down, mtu, master, address, name. */
  record SetLink(String name, List<String> settings) implements NetOp {
    /** Copies the settings. */
    public SetLink {
      settings = List.copyOf(settings);
    }

    /** {@code ip link set dev <name> <settings...>}. */
    public static SetLink of(String name, String... settings) {
      return new SetLink(name, List.of(settings));
    }

    @Override
    public List<String> command() {
      List<String> command = new ArrayList<>(List.of("ip", "link", "set", "dev", name));
      command.addAll(settings);
      return command;
    }
  }

  /** Turns MAC learning off on a bridge port. */
  record PortLearningOff(String name) implements NetOp {
    @Override
    public List<String> command() {
      return List.of("ip", "link", "set", "dev", name, "type", "bridge_slave", "learning", "off");
    }
  }

  /** Adds an IPv4 address. */
  record AddAddress(String device, Ipv4Cidr address) implements NetOp {
    @Override
    public List<String> command() {
      return List.of("ip", "-4", "addr", "add", address.toString(), "dev", device);
    }
  }

  /** Removes every address of a link, IPv4 and IPv6. */
  record FlushAddresses(String device) implements NetOp {
    @Override
    public List<String> command() {
      return List.of("ip", "addr", "flush", "dev", device);
    }
  }

  /**
   * Writes a sysctl of the pod's network namespace ({@code /proc/sys/net/...} shows the namespace
   * of whoever opens it). An optional one (IPv6 knobs) is skipped when the kernel lacks it.
   */
  record Sysctl(String key, String value, boolean optional) implements NetOp {
    /** The file under /proc/sys. */
    public String path() {
      return "/proc/sys/" + key.replace('.', '/');
    }

    @Override
    public List<String> command() {
      String write = "echo " + value + " > " + path();
      return List.of("sh", "-c", optional ? "[ ! -e " + path() + " ] || " + write : write);
    }
  }

  /** Loads an nftables script atomically ({@code nft -f -}). */
  record Nft(String script) implements NetOp {
    @Override
    public List<String> command() {
      return List.of("nft", "-f", "-");
    }

    @Override
    public String stdin() {
      return script;
    }
  }
}
