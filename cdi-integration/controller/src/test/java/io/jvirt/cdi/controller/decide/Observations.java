package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Claims and observations for status and decider tests. */
final class Observations {
  static final Clock CLOCK = Clock.fixed(CdiFixtures.NOW, ZoneOffset.UTC);

  private Observations() {}

  static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  /** The PVC rendered for {@code dv}, in {@code phase}, with extra annotations. */
  static PersistentVolumeClaim claim(DataVolume dv, String phase, Map<String, String> extra) {
    PersistentVolumeClaim rendered =
        PvcRenderer.render(dv, List.of(CdiFixtures.LOCAL), CdiFixtures.SETTINGS).claim();
    Map<String, String> annotations = new TreeMap<>(rendered.getMetadata().getAnnotations());
    annotations.putAll(extra);
    return new PersistentVolumeClaimBuilder(rendered)
        .editMetadata()
        .withUid(CdiFixtures.PVC_UID)
        .withAnnotations(annotations)
        .endMetadata()
        .withNewStatus()
        .withPhase(phase)
        .endStatus()
        .build();
  }

  static DataVolumeObservation of(DataVolume dv, PersistentVolumeClaim claim) {
    return DataVolumeObservation.of(
        dv, claim, List.of(CdiFixtures.LOCAL), CdiFixtures.SETTINGS, CLOCK);
  }

  static DataVolumeObservation wffc(DataVolume dv, PersistentVolumeClaim claim) {
    return DataVolumeObservation.of(
        dv,
        claim,
        List.of(CdiFixtures.LOCAL.withWaitForFirstConsumer()),
        CdiFixtures.SETTINGS,
        CLOCK);
  }
}
