package io.jvirt.cdi.controller.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Claim properties per provisioner, and from the volumes of statically provisioned classes. */
class ProvisionerCapabilitiesTest {
  @Test
  void localVolumesOfferWhatTheyDeclareOnce() {
    List<ClaimPropertySet> sets =
        ProvisionerCapabilities.of(
            ProvisionerCapabilities.NO_PROVISIONER,
            List.of(
                new ProvisionerCapabilities.Volume(List.of("ReadWriteOnce"), null),
                new ProvisionerCapabilities.Volume(List.of("ReadWriteOnce"), "Filesystem"),
                new ProvisionerCapabilities.Volume(List.of("ReadWriteOnce"), "Block")));
    assertThat(sets)
        .containsExactly(
            new ClaimPropertySet(List.of("ReadWriteOnce"), "Filesystem"),
            new ClaimPropertySet(List.of("ReadWriteOnce"), "Block"));
  }

  @Test
  void knownProvisionersHaveUpstreamsDefaultsAndOthersNone() {
    assertThat(ProvisionerCapabilities.of("kubevirt.io/hostpath-provisioner", List.of()))
        .containsExactly(new ClaimPropertySet(List.of("ReadWriteOnce"), "Filesystem"));
    assertThat(ProvisionerCapabilities.of("example.com/unknown", List.of())).isEmpty();
    assertThat(ProvisionerCapabilities.of(ProvisionerCapabilities.NO_PROVISIONER, List.of()))
        .isEmpty();
  }
}
