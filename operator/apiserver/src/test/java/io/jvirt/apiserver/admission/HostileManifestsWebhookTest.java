package io.jvirt.apiserver.admission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.zjsonpatch.JsonPatch;
import io.jvirt.apiserver.admission.decide.FieldError;
import io.jvirt.apiserver.fuzz.Hostile;
import io.jvirt.apiserver.fuzz.HostileManifests;
import io.jvirt.apiserver.http.Exchanges;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile manifest through virt-api's webhooks in the API server's order (mutating, then
 * validating on the patched object): each call answers (no exception, which would be an HTTP 500),
 * every refusal names its field, and what jvirt's own rules must refuse is refused at that field.
 */
class HostileManifestsWebhookTest {
  private static final Map<String, Webhook> HOOKS = TestWebhooks.ALL;

  static List<Hostile> hostile() {
    return HostileManifests.generate(HostileManifests.DEFAULT_SEED);
  }

  @Test
  void theSampleHoldsAtLeastFiveHundredManifestsOfEveryKind() {
    List<Hostile> all = hostile();
    assertThat(all).hasSizeGreaterThanOrEqualTo(500);
    assertThat(all.stream().map(Hostile::kind).distinct())
        .containsExactlyInAnyOrder(
            "VirtualMachine",
            "VirtualMachineInstance",
            "VirtualMachineInstanceReplicaSet",
            "DataVolume",
            "KubeVirt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void everyCallAnswersAndEveryRefusalNamesItsField(Hostile hostile) {
    List<FieldError> errors = admit(hostile);

    assertThat(errors).allSatisfy(e -> assertThat(e.field()).isNotBlank());
    switch (hostile.expect()) {
      case REFUSED_BY_JVIRT ->
          assertThat(errors)
              .as("refusals of %s", hostile)
              .anySatisfy(e -> assertThat(e.field()).startsWith(hostile.field()));
      case ACCEPTED -> assertThat(errors).as("refusals of %s", hostile).isEmpty();
      case REFUSED_BY_SCHEMA ->
          assertThat(errors)
              .as("refusals of %s", hostile)
              .allSatisfy(e -> assertThat(e.field()).isNotBlank());
    }
  }

  /** The errors of the first webhook that refuses, in the order the API server calls them. */
  private static List<FieldError> admit(Hostile hostile) {
    JsonNode object = hostile.manifest();
    for (String path : webhooks(hostile.kind())) {
      Webhook.Answer answer =
          AdmissionHandler.decide(
              HOOKS.get(path), AdmissionHandler.read(review(object)).getRequest());
      if (!answer.verdict().isAllowed()) {
        return answer.verdict().errors();
      }
      if (!answer.patch().isEmpty()) {
        object =
            JsonPatch.apply(Exchanges.JSON.convertValue(answer.patch(), JsonNode.class), object);
      }
    }
    return List.of();
  }

  private static List<String> webhooks(String kind) {
    return switch (kind) {
      case "VirtualMachine" -> List.of(Webhooks.VM_MUTATE, Webhooks.VM_VALIDATE);
      case "VirtualMachineInstance" -> List.of(Webhooks.VMI_MUTATE, Webhooks.VMI_VALIDATE_CREATE);
      case "VirtualMachineInstanceReplicaSet" -> List.of(Webhooks.VMIRS_VALIDATE);
      case "DataVolume" -> List.of(Webhooks.DATAVOLUME_VALIDATE);
      default -> List.of();
    };
  }

  private static String review(JsonNode object) {
    ObjectNode review = JsonNodeFactory.instance.objectNode();
    review.put("apiVersion", "admission.k8s.io/v1").put("kind", "AdmissionReview");
    ObjectNode request = review.putObject("request");
    request.put("uid", "fuzz").put("operation", "CREATE").put("namespace", "fuzz");
    request.putObject("userInfo").put("username", "alice");
    request.set("object", object);
    return review.toString();
  }
}
