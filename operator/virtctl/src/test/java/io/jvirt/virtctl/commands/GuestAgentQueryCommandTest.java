package io.jvirt.virtctl.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.virtctl.Harness;
import io.jvirt.virtctl.Harness.Result;
import io.jvirt.virtctl.client.ApiException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** guestosinfo, userlist and fslist: the subresource each reads and how it prints the answer. */
class GuestAgentQueryCommandTest {
  private final Harness harness = new Harness();

  @ParameterizedTest
  @CsvSource({"guestosinfo, guestosinfo", "userlist, userlist", "fslist, filesystemlist"})
  void readsTheSubresourceOfTheVmi(String command, String subresource) {
    harness.subresources.answer = "{}".getBytes(StandardCharsets.UTF_8);

    Result result = harness.run(command, "myvmi", "-n", "vms");

    assertThat(result.code()).isZero();
    assertThat(harness.subresources.single().path())
        .isEqualTo(
            "/apis/subresources.kubevirt.io/v1/namespaces/vms/virtualmachineinstances/myvmi/"
                + subresource);
  }

  @Test
  void printsTheJsonIndentedAsUpstream() {
    harness.subresources.answer =
        ("{\"metadata\":{},\"items\":[{\"userName\":\"jvirt\",\"loginTime\":1.76489280025E9}],"
                + "\"empty\":[]}")
            .getBytes(StandardCharsets.UTF_8);

    Result result = harness.run("userlist", "myvmi");

    assertThat(result.out())
        .isEqualTo(
            String.join(
                "\n",
                "{",
                "  \"metadata\": {},",
                "  \"items\": [",
                "    {",
                "      \"userName\": \"jvirt\",",
                "      \"loginTime\": 1764892800.25",
                "    }",
                "  ],",
                "  \"empty\": []",
                "}",
                ""));
  }

  @Test
  void aRefusalIsOneLineNamingTheVmi() {
    harness.subresources.failure =
        new ApiException(
            409,
            "Conflict",
            "Operation cannot be fulfilled on virtualmachineinstance.kubevirt.io \"myvmi\": VMI"
                + " does not have guest agent connected");

    Result result = harness.run("guestosinfo", "myvmi");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines())
        .containsExactly(
            "Error getting guestosinfo of VirtualMachineInstance myvmi, Operation cannot be"
                + " fulfilled on virtualmachineinstance.kubevirt.io \"myvmi\": VMI does not have"
                + " guest agent connected");
  }
}
