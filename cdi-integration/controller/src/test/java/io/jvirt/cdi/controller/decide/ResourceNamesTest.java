package io.jvirt.cdi.controller.decide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Derived names stay within 253 characters the way upstream's namer shortens them. */
class ResourceNamesTest {
  @Test
  void shortNamesAreJoined() {
    assertThat(ResourceNames.importerPod("cirros")).isEqualTo("importer-cirros");
    assertThat(ResourceNames.scratchClaim("cirros")).isEqualTo("cirros-scratch");
  }

  @Test
  void fnv32aMatchesTheReferenceVectors() {
    assertThat(ResourceNames.hash("")).isEqualTo("811c9dc5");
    assertThat(ResourceNames.hash("a")).isEqualTo("e40c292c");
    assertThat(ResourceNames.hash("foobar")).isEqualTo("bf9cf968");
  }

  @Test
  void longClaimNamesAreHashedWithinTheLimit() {
    String fits = "p".repeat(244);
    assertThat(ResourceNames.importerPod(fits)).isEqualTo("importer-" + fits).hasSize(253);
    String tooLong = "p".repeat(250);
    String name = ResourceNames.importerPod(tooLong);
    assertThat(name).isEqualTo("importer-" + ResourceNames.hash("importer-" + tooLong));
    String scratch = ResourceNames.scratchClaim("s".repeat(250));
    assertThat(scratch)
        .hasSize(253)
        .startsWith("s".repeat(236) + "-" + ResourceNames.hash("s".repeat(250)))
        .endsWith("-scratch");
  }
}
