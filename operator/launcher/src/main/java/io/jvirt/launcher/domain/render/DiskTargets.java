package io.jvirt.launcher.domain.render;

import io.jvirt.api.v1.domain.DiskBus;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Hands out guest device names the way upstream does: {@code vd*} for virtio, {@code sd*} shared by
 * sata, scsi and usb, letters in disk order following Linux's sd naming (a..z, aa..zz, aaa..).
 */
final class DiskTargets {
  /** Upstream stops at three letters. */
  static final int MAX_INDEX = 26 + 26 * 26 + 26 * 26 * 26;

  private final Map<String, Set<String>> used = new HashMap<>();

  /** The prefix of a bus's device names. */
  static String prefix(DiskBus bus) {
    return bus == DiskBus.VIRTIO ? "vd" : "sd";
  }

  /** The {@code index}-th name with {@code prefix}: 0 is a, 25 z, 26 aa, 701 zz, 702 aaa. */
  static String name(String prefix, int index) {
    StringBuilder letters = new StringBuilder();
    for (int i = index; i >= 0; i = i / 26 - 1) {
      letters.insert(0, (char) ('a' + i % 26));
    }
    return prefix + letters;
  }

  /** The next free name for a disk on {@code bus}, and its index among the prefix's names. */
  Assigned next(DiskBus bus) {
    String prefix = prefix(bus);
    Set<String> taken = used.computeIfAbsent(prefix, p -> new HashSet<>());
    for (int index = 0; index < MAX_INDEX; index++) {
      String candidate = name(prefix, index);
      if (taken.add(candidate)) {
        return new Assigned(candidate, index);
      }
    }
    throw new IllegalStateException("no device name left for prefix " + prefix);
  }

  /** A device name and its position, which is also a SCSI disk's unit number. */
  record Assigned(String dev, int index) {}
}
