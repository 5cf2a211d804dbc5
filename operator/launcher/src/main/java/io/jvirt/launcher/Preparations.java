package io.jvirt.launcher;

import io.jvirt.launcher.server.DomainPreparation;
import io.jvirt.launcher.server.GuestNetwork;

/** WIP: wiring of the converter and DHCP (replaced when they land). */
final class Preparations {
  private Preparations() {}

  static DomainPreparation forPod(LauncherOptions options) {
    throw new UnsupportedOperationException("WIP");
  }

  static GuestNetwork network() {
    throw new UnsupportedOperationException("WIP");
  }
}
