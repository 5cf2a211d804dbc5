package io.jvirt.controller.vm.decide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The legacy firmware UUID matches upstream's vectors. */
class LegacyFirmwareUuidTest {

  @ParameterizedTest
  @CsvSource({
    "testvm,  5a9fc181-957e-5c32-9e5a-2de5e9673531",
    "testvmi, f8918e71-270a-598e-a2a4-1afac39e1394",
  })
  void isUuidV5OfTheName(String name, String expected) {
    assertThat(LegacyFirmwareUuid.of(name).toString()).isEqualTo(expected);
    assertThat(LegacyFirmwareUuid.of(name).version()).isEqualTo(5);
  }
}
