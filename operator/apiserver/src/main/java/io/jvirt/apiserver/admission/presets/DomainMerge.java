package io.jvirt.apiserver.admission.presets;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.domain.Clock;
import io.jvirt.api.v1.domain.ClockOffsetUTC;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.Features;
import io.jvirt.api.v1.domain.Firmware;
import io.jvirt.api.v1.domain.ResourceRequirements;
import io.jvirt.api.v1.domain.Timer;
import io.jvirt.common.model.DeepCopies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Upstream's preset merge rules for one preset domain into a VMI domain: only resource requests,
 * cpu, firmware, clock, features, the watchdog device and ioThreadsPolicy take part; a preset value
 * fills a field the VMI leaves unset and never overrides one it sets.
 */
final class DomainMerge {
  static final String WATCHDOG = "watchdog";

  private DomainMerge() {}

  /** Fields both domains set differently, as {@code "<field>: <a> != <b>"} lines. */
  static List<String> conflicts(DomainSpec a, DomainSpec b) {
    List<String> out = new ArrayList<>();
    Map<String, Quantity> requestsA = requests(a);
    Map<String, Quantity> requestsB = requests(b);
    requestsA.forEach(
        (key, value) -> {
          if (requestsB.containsKey(key) && !sameQuantity(value, requestsB.get(key))) {
            out.add("spec.resources.requests[" + key + "]: " + value + " != " + requestsB.get(key));
          }
        });
    differ(out, "spec.cpu", a.getCpu(), b.getCpu());
    differ(out, "spec.firmware", a.getFirmware(), b.getFirmware());
    if (a.getClock() != null && b.getClock() != null) {
      differ(out, "spec.clock.clockoffset", offset(a.getClock()), offset(b.getClock()));
      differ(out, "spec.clock.timer", a.getClock().getTimer(), b.getClock().getTimer());
    }
    differ(out, "spec.features", a.getFeatures(), b.getFeatures());
    differ(out, "spec.devices.watchdog", watchdog(a), watchdog(b));
    differ(out, "spec.ioThreadsPolicy", a.getIoThreadsPolicy(), b.getIoThreadsPolicy());
    return out;
  }

  /**
   * Fills the unset fields of {@code vmi} from {@code preset}; true when at least one field the
   * preset sets ends up equal in the VMI, which is when upstream counts the preset as applied.
   */
  static boolean merge(DomainSpec preset, DomainSpec vmi) {
    boolean applied = false;
    Map<String, Quantity> presetRequests = requests(preset);
    if (!presetRequests.isEmpty()) {
      if (vmi.getResources() == null) {
        vmi.setResources(new ResourceRequirements());
      }
      // upstream fills requests only as a whole, never key by key
      if (vmi.getResources().getRequests() == null) {
        Map<String, Quantity> copy = new LinkedHashMap<>();
        presetRequests.forEach((k, v) -> copy.put(k, DeepCopies.of(v, Quantity.class)));
        vmi.getResources().setRequests(copy);
      }
      applied |= sameRequests(vmi.getResources().getRequests(), presetRequests);
    }
    if (preset.getCpu() != null) {
      if (vmi.getCpu() == null) {
        vmi.setCpu(DeepCopies.of(preset.getCpu(), CPU.class));
      }
      applied |= preset.getCpu().equals(vmi.getCpu());
    }
    if (preset.getFirmware() != null) {
      if (vmi.getFirmware() == null) {
        vmi.setFirmware(DeepCopies.of(preset.getFirmware(), Firmware.class));
      }
      applied |= preset.getFirmware().equals(vmi.getFirmware());
    }
    applied |= mergeClock(preset.getClock(), vmi);
    if (preset.getFeatures() != null) {
      if (vmi.getFeatures() == null) {
        vmi.setFeatures(DeepCopies.of(preset.getFeatures(), Features.class));
      }
      applied |= preset.getFeatures().equals(vmi.getFeatures());
    }
    applied |= mergeWatchdog(watchdog(preset), vmi);
    if (preset.getIoThreadsPolicy() != null) {
      if (vmi.getIoThreadsPolicy() == null) {
        vmi.setIoThreadsPolicy(preset.getIoThreadsPolicy());
      }
      applied |= preset.getIoThreadsPolicy().equals(vmi.getIoThreadsPolicy());
    }
    return applied;
  }

  private static boolean mergeClock(Clock preset, DomainSpec vmi) {
    if (preset == null) {
      return false;
    }
    boolean applied = false;
    if (vmi.getClock() == null) {
      // upstream copies only the offset here; the timer follows below
      vmi.setClock(
          new Clock()
              .setUtc(DeepCopies.of(preset.getUtc(), ClockOffsetUTC.class))
              .setTimezone(preset.getTimezone()));
    }
    applied |= preset.equals(vmi.getClock());
    if (preset.getTimer() != null) {
      if (vmi.getClock().getTimer() == null) {
        vmi.getClock().setTimer(DeepCopies.of(preset.getTimer(), Timer.class));
      }
      applied |= preset.getTimer().equals(vmi.getClock().getTimer());
    }
    return applied;
  }

  private static boolean mergeWatchdog(Object preset, DomainSpec vmi) {
    if (preset == null) {
      return false;
    }
    if (vmi.getDevices() == null) {
      vmi.setDevices(new Devices());
    }
    if (watchdog(vmi) == null) {
      vmi.getDevices().setUnmodelledField(WATCHDOG, DeepCopies.ofUntyped(preset));
    }
    return preset.equals(watchdog(vmi));
  }

  /** jvirt has no watchdog property; the field survives among the unmodelled ones. */
  private static Object watchdog(DomainSpec domain) {
    return domain.getDevices() == null
        ? null
        : domain.getDevices().getUnmodelledFields().get(WATCHDOG);
  }

  private static List<Object> offset(Clock clock) {
    return Arrays.asList(clock.getUtc(), clock.getTimezone());
  }

  private static void differ(List<String> out, String field, Object a, Object b) {
    if (a != null && b != null && !a.equals(b)) {
      out.add(field + ": " + DeepCopies.json(a) + " != " + DeepCopies.json(b));
    }
  }

  private static Map<String, Quantity> requests(DomainSpec domain) {
    ResourceRequirements resources = domain.getResources();
    return resources == null || resources.getRequests() == null
        ? Map.of()
        : resources.getRequests();
  }

  private static boolean sameRequests(Map<String, Quantity> a, Map<String, Quantity> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    return a.keySet().stream().allMatch(key -> sameQuantity(a.get(key), b.get(key)));
  }

  /** Compares amounts, so 1Gi equals 1024Mi as upstream's semantic equality has it. */
  static boolean sameQuantity(Quantity a, Quantity b) {
    if (a == null || b == null) {
      return a == b;
    }
    try {
      return a.compareTo(b) == 0;
    } catch (RuntimeException unparsable) {
      return Objects.equals(a, b);
    }
  }
}
