package io.jvirt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.VirtualMachineInstanceTemplateSpec;
import io.jvirt.api.v1.VirtualMachineSpec;
import io.jvirt.api.v1.access.AccessCredential;
import io.jvirt.api.v1.access.AccessCredentialSecretSource;
import io.jvirt.api.v1.access.NoCloudSSHPublicKeyAccessCredentialPropagation;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredential;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredentialPropagationMethod;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredentialSource;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.Memory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What serialising the model writes: only what was set, and unknown fields as they came. */
class ModelSerializationTest {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  @Test
  void writesOnlyFieldsThatWereSet() {
    VirtualMachine vm = new VirtualMachine();
    vm.setMetadata(new ObjectMetaBuilder().withName("small").build());
    vm.setSpec(
        new VirtualMachineSpec()
            .setRunStrategy(RunStrategy.RERUN_ON_FAILURE)
            .setTemplate(
                new VirtualMachineInstanceTemplateSpec()
                    .setSpec(
                        new VirtualMachineInstanceSpec()
                            .setDomain(
                                new DomainSpec()
                                    .setMemory(new Memory().setGuest(new Quantity("64Mi")))
                                    .setDevices(new Devices())))));

    assertThat(SERIALIZATION.asJson(vm))
        .isEqualTo(
            "{\"apiVersion\":\"kubevirt.io/v1\",\"kind\":\"VirtualMachine\","
                + "\"metadata\":{\"name\":\"small\"},"
                + "\"spec\":{\"runStrategy\":\"RerunOnFailure\",\"template\":{\"spec\":"
                + "{\"domain\":{\"memory\":{\"guest\":\"64Mi\"},\"devices\":{}}}}}}");
  }

  @Test
  void keepsUnknownFieldsAtEveryLevel() throws Exception {
    String json =
        "{\"apiVersion\":\"kubevirt.io/v1\",\"kind\":\"VirtualMachineInstance\","
            + "\"metadata\":{\"name\":\"gpu\"},"
            + "\"spec\":{\"futureTopLevel\":{\"a\":1},\"domain\":{\"launchSecurity\":{\"sev\":{}},"
            + "\"devices\":{\"gpus\":[{\"name\":\"g1\",\"deviceName\":\"nvidia.com/GP102GL\"}],"
            + "\"disks\":[{\"name\":\"d\",\"blockSize\":{\"matchVolume\":{\"enabled\":true}}}]}}}}";

    VirtualMachineInstance vmi = SERIALIZATION.unmarshal(json, VirtualMachineInstance.class);

    assertThat(vmi.getSpec().getUnmodelledFields()).containsKey("futureTopLevel");
    assertThat(vmi.getSpec().getDomain().getDevices().getUnmodelledFields()).containsKey("gpus");
    assertThat(tree(SERIALIZATION.asJson(vmi))).isEqualTo(tree(json));
  }

  @Test
  void accessCredentialsAreTypedAndMarkersAreWrittenAsEmptyObjects() {
    VirtualMachineInstanceSpec spec =
        new VirtualMachineInstanceSpec()
            .setAccessCredentials(
                List.of(
                    new AccessCredential()
                        .setSshPublicKey(
                            new SSHPublicKeyAccessCredential()
                                .setSource(
                                    new SSHPublicKeyAccessCredentialSource()
                                        .setSecret(
                                            new AccessCredentialSecretSource()
                                                .setSecretName("keys")))
                                .setPropagationMethod(
                                    new SSHPublicKeyAccessCredentialPropagationMethod()
                                        .setNoCloud(
                                            new NoCloudSSHPublicKeyAccessCredentialPropagation())))));

    String json = SERIALIZATION.asJson(spec);

    assertThat(json)
        .isEqualTo(
            "{\"accessCredentials\":[{\"sshPublicKey\":{\"source\":{\"secret\":"
                + "{\"secretName\":\"keys\"}},\"propagationMethod\":{\"noCloud\":{}}}}]}");
    assertThat(SERIALIZATION.unmarshal(json, VirtualMachineInstanceSpec.class)).isEqualTo(spec);
  }

  private static JsonNode tree(String json) throws Exception {
    return new ObjectMapper().readTree(json);
  }

  @Test
  void unknownFieldsTakePartInEquality() {
    VirtualMachineInstanceSpec a = new VirtualMachineInstanceSpec();
    VirtualMachineInstanceSpec b = new VirtualMachineInstanceSpec();
    assertThat(a).isEqualTo(b);
    b.setUnmodelledField("gpus", Map.of());
    assertThat(a).isNotEqualTo(b);
  }
}
