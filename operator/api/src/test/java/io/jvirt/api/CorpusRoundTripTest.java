package io.jvirt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.testing.Corpus;
import io.jvirt.testing.JsonDiff;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus manifest survives YAML → typed Java object → YAML with an equal JSON tree: no field
 * is lost (modelled or not) and none is added.
 */
class CorpusRoundTripTest {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
  private static final ObjectMapper YAML = new YAMLMapper();

  static List<Corpus.Manifest> corpus() {
    return Corpus.all();
  }

  @Test
  void corpusIsLargeEnough() {
    assertThat(Corpus.all()).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void theComparisonNoticesALostUnmodelledField() throws Exception {
    Corpus.Manifest gpus =
        Corpus.all().stream().filter(m -> m.yaml().contains("gpus:")).findFirst().orElseThrow();
    VirtualMachineInstance vmi = (VirtualMachineInstance) SERIALIZATION.unmarshal(gpus.yaml());
    vmi.getSpec().getDomain().getDevices().getUnmodelledFields().remove("gpus");

    JsonNode readBack = YAML.readTree(SERIALIZATION.asYaml(vmi));

    assertThat(JsonDiff.between(YAML.readTree(gpus.yaml()), readBack))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith(".spec.domain.devices.gpus: missing after");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void roundTripKeepsEveryField(Corpus.Manifest manifest) throws Exception {
    JsonNode written = YAML.readTree(manifest.yaml());

    HasMetadata typed = SERIALIZATION.unmarshal(manifest.yaml());
    assertThat(typed)
        .as("%s must map to a jvirt model class", written.path("kind").asText())
        .isNotInstanceOf(GenericKubernetesResource.class);
    assertThat(typed.getClass().getName()).startsWith("io.jvirt.");

    String yamlAgain = SERIALIZATION.asYaml(typed);
    JsonNode readBack = YAML.readTree(yamlAgain);

    assertThat(JsonDiff.between(written, readBack)).as("differences").isEmpty();
  }
}
