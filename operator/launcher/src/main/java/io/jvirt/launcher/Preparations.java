package io.jvirt.launcher;

import io.jvirt.launcher.dhcp.DhcpServers;
import io.jvirt.launcher.disks.IsoWriter;
import io.jvirt.launcher.disks.PodDomainPreparation;
import io.jvirt.launcher.disks.QemuImg;
import io.jvirt.launcher.server.DomainPreparation;
import io.jvirt.launcher.server.GuestNetwork;
import io.jvirt.node.rpc.launcher.v1.InterfacePlan;
import java.util.List;

/** The launcher's act layers as they run in its pod: disk tools and the DHCP servers. */
final class Preparations {
  private Preparations() {}

  static DomainPreparation forPod(LauncherOptions options) {
    return new PodDomainPreparation(
        options.allowEmulation, new QemuImg("qemu-img"), new IsoWriter("xorrisofs"));
  }

  static GuestNetwork network() {
    DhcpServers servers = new DhcpServers();
    return new GuestNetwork() {
      @Override
      public void start(List<InterfacePlan> interfaces) {
        servers.start(interfaces);
      }

      @Override
      public void stop() {
        servers.close();
      }
    };
  }
}
