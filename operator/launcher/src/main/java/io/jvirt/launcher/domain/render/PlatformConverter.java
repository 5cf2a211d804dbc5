package io.jvirt.launcher.domain.render;

import io.jvirt.api.v1.domain.FeatureState;
import io.jvirt.api.v1.domain.Timer;
import io.jvirt.launcher.domain.model.Clock;
import io.jvirt.launcher.domain.model.Features;
import io.jvirt.launcher.domain.model.Flag;
import io.jvirt.launcher.domain.model.State;
import java.util.ArrayList;
import java.util.List;

/** Platform features and the clock (upstream hypervisor_features.go, clock.go). */
final class PlatformConverter {
  private PlatformConverter() {}

  /** An explicitly listed feature is on unless {@code enabled: false}. */
  static boolean on(FeatureState feature) {
    return feature != null && !VmiView.isFalse(feature.getEnabled());
  }

  static boolean smmEnabled(io.jvirt.api.v1.domain.Features features) {
    return on(features.getSmm());
  }

  /** ACPI unless switched off; vmport always off on x86 (it only serves VMware tools). */
  static Features features(io.jvirt.api.v1.domain.Features spec) {
    Features.FeaturesBuilder features = Features.builder();
    if (spec.getAcpi() == null || !VmiView.isFalse(spec.getAcpi().getEnabled())) {
      features.acpi(Flag.ON);
    }
    if (spec.getApic() != null && !VmiView.isFalse(spec.getApic().getEnabled())) {
      String eoi = VmiView.isTrue(spec.getApic().getEndOfInterrupt()) ? "on" : null;
      features.apic(new Features.Apic(eoi));
    }
    if (smmEnabled(spec)) {
      features.smm(State.of(true));
    }
    if (spec.getKvm() != null) {
      features.kvm(new Features.Kvm(State.of(VmiView.isTrue(spec.getKvm().getHidden()))));
    }
    if (spec.getPvspinlock() != null) {
      features.pvspinlock(State.of(!VmiView.isFalse(spec.getPvspinlock().getEnabled())));
    }
    return features.vmport(State.of(false)).build();
  }

  /** Null without a clock in the spec: libvirt's default is UTC. */
  static Clock clock(io.jvirt.api.v1.domain.Clock spec) {
    if (spec == null) {
      return null;
    }
    if (spec.getUtc() != null) {
      Integer seconds = spec.getUtc().getOffsetSeconds();
      String adjustment = seconds == null ? "reset" : String.valueOf(seconds);
      return new Clock("utc", adjustment, null, timers(spec.getTimer()));
    }
    if (spec.getTimezone() != null) {
      return new Clock("timezone", null, spec.getTimezone(), timers(spec.getTimer()));
    }
    return new Clock(null, null, null, timers(spec.getTimer()));
  }

  /** In upstream's order: rtc, pit, kvmclock, hpet, hypervclock. */
  private static List<Clock.Timer> timers(Timer timer) {
    List<Clock.Timer> timers = new ArrayList<>();
    if (timer == null) {
      return timers;
    }
    if (timer.getRtc() != null) {
      var rtc = timer.getRtc();
      timers.add(timer("rtc", rtc.getTickPolicy(), rtc.getPresent(), rtc.getTrack()));
    }
    if (timer.getPit() != null) {
      timers.add(timer("pit", timer.getPit().getTickPolicy(), timer.getPit().getPresent(), null));
    }
    if (timer.getKvm() != null) {
      timers.add(timer("kvmclock", null, timer.getKvm().getPresent(), null));
    }
    if (timer.getHpet() != null) {
      var hpet = timer.getHpet();
      timers.add(timer("hpet", hpet.getTickPolicy(), hpet.getPresent(), null));
    }
    if (timer.getHyperv() != null) {
      timers.add(timer("hypervclock", null, timer.getHyperv().getPresent(), null));
    }
    return timers;
  }

  private static Clock.Timer timer(String name, String tickPolicy, Boolean present, String track) {
    return new Clock.Timer(name, tickPolicy, VmiView.isFalse(present) ? "no" : "yes", track);
  }
}
