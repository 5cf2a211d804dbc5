package io.jvirt.launcher.cloudinit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.volume.CloudInitNoCloudSource;
import io.jvirt.launcher.domain.render.ConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NoCloud and ConfigDrive files as upstream lays them out, from inline data and from secrets. */
class CloudInitRendererTest {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private static VirtualMachineInstance vmi(String name) {
    try (InputStream in =
        CloudInitRendererTest.class.getClassLoader().getResourceAsStream("vmi/" + name + ".yaml")) {
      return SERIALIZATION.unmarshal(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), VirtualMachineInstance.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void noCloudHasUserDataAndJsonMetaDataWithFirmwareUuidAndHostname() {
    CloudInitData data =
        CloudInitRenderer.render(vmi("cirros-nocloud"), CloudInitSecrets.NONE).orElseThrow();

    assertThat(data.source()).isEqualTo(CloudInitSource.NO_CLOUD);
    assertThat(data.volumeLabel()).isEqualTo("cidata");
    assertThat(data.volumeName()).isEqualTo("cloudinitdisk");
    assertThat(data.files()).containsOnlyKeys("meta-data", "user-data");
    assertThat(data.text("meta-data"))
        .isEqualTo(
            "{\"instance-id\":\"2b7d5b31-3f49-4c7a-9d0e-000000000001\","
                + "\"local-hostname\":\"vm-cirros\"}");
    assertThat(data.text("user-data"))
        .isEqualTo(
            "#!/bin/sh\necho 'jvirt corpus: hello from the cirros guest' > /tmp/jvirt-hello\n");
  }

  @Test
  void networkDataAloneGivesAnEmptyUserDataAndANetworkConfig() {
    CloudInitData data =
        CloudInitRenderer.render(vmi("bridge-multus-mac"), CloudInitSecrets.NONE).orElseThrow();

    assertThat(data.files()).containsOnlyKeys("meta-data", "network-config", "user-data");
    assertThat(data.text("user-data")).isEmpty();
    assertThat(data.text("network-config")).startsWith("version: 2\n");
  }

  @Test
  void configDriveTakesItsDataFromTheSecretsAndNamesTheInstanceNameDotNamespace() {
    CloudInitSecrets secrets =
        new CloudInitSecrets(
            "#cloud-config\nuser: cd\n", "{\"links\": []}", Map.of("0", "ssh-ed25519 AAAA a@b"));
    CloudInitData data =
        CloudInitRenderer.render(vmi("configdrive-secretref"), secrets).orElseThrow();

    assertThat(data.source()).isEqualTo(CloudInitSource.CONFIG_DRIVE);
    assertThat(data.volumeLabel()).isEqualTo("config-2");
    assertThat(data.files())
        .containsOnlyKeys(
            "openstack/latest/meta_data.json",
            "openstack/latest/network_data.json",
            "openstack/latest/user_data");
    assertThat(data.text("openstack/latest/meta_data.json"))
        .isEqualTo(
            "{\"instance_id\":\"vmi-configdrive.jvirt-test\",\"hostname\":\"vmi-configdrive\","
                + "\"uuid\":\"2b7d5b31-3f49-4c7a-9d0e-000000000015\","
                + "\"public_keys\":{\"0\":\"ssh-ed25519 AAAA a@b\"}}");
    assertThat(data.text("openstack/latest/user_data")).isEqualTo("#cloud-config\nuser: cd\n");
    assertThat(data.text("openstack/latest/network_data.json")).isEqualTo("{\"links\": []}");
  }

  @Test
  void noCloudMetaDataListsThePublicKeysInUpstreamsKeyOrder() {
    Map<String, String> keys = new HashMap<>();
    for (int i = 0; i <= 10; i++) {
      keys.put(Integer.toString(i), "ssh-ed25519 AAAA" + i);
    }
    keys.put("2", "ssh-rsa AAAA1 a\nssh-rsa AAAA2 b\n");

    CloudInitData data =
        CloudInitRenderer.render(vmi("cirros-nocloud"), new CloudInitSecrets(null, null, keys))
            .orElseThrow();

    assertThat(data.text("meta-data"))
        .endsWith(
            "\"local-hostname\":\"vm-cirros\",\"public-keys\":{\"0\":\"ssh-ed25519 AAAA0\","
                + "\"1\":\"ssh-ed25519 AAAA1\",\"10\":\"ssh-ed25519 AAAA10\","
                + "\"2\":\"ssh-rsa AAAA1 a\\nssh-rsa AAAA2 b\\n\",\"3\":\"ssh-ed25519 AAAA3\","
                + "\"4\":\"ssh-ed25519 AAAA4\",\"5\":\"ssh-ed25519 AAAA5\","
                + "\"6\":\"ssh-ed25519 AAAA6\",\"7\":\"ssh-ed25519 AAAA7\","
                + "\"8\":\"ssh-ed25519 AAAA8\",\"9\":\"ssh-ed25519 AAAA9\"}}");
  }

  @Test
  void base64UserDataIsDecodedAndSpecHostnameWins() {
    VirtualMachineInstance vmi = vmi("cirros-nocloud");
    vmi.getSpec().setHostname("web-1");
    String encoded =
        Base64.getEncoder().encodeToString("#cloud-config\n".getBytes(StandardCharsets.UTF_8));
    vmi.getSpec()
        .getVolumes()
        .get(1)
        .setCloudInitNoCloud(new CloudInitNoCloudSource().setUserDataBase64(encoded));

    CloudInitData data = CloudInitRenderer.render(vmi, CloudInitSecrets.NONE).orElseThrow();
    assertThat(data.text("user-data")).isEqualTo("#cloud-config\n");
    assertThat(data.text("meta-data")).contains("\"local-hostname\":\"web-1\"");
  }

  @Test
  void theHostnameIsTheNameUpToItsFirstDotCutTo63() {
    VirtualMachineInstance vmi = vmi("cirros-nocloud");
    vmi.getMetadata().setName("a".repeat(70) + ".example");

    assertThat(CloudInitRenderer.hostname(vmi)).isEqualTo("a".repeat(63));
  }

  @Test
  void noDataAtAllIsRefusedNamingTheFields() {
    VirtualMachineInstance vmi = vmi("cirros-nocloud");
    vmi.getSpec().getVolumes().get(1).setCloudInitNoCloud(new CloudInitNoCloudSource());

    assertThatThrownBy(() -> CloudInitRenderer.render(vmi, CloudInitSecrets.NONE))
        .isInstanceOfSatisfying(
            ConversionException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly(
                        "spec.volumes[1].cloudInitNoCloud.userData",
                        "spec.volumes[1].cloudInitNoCloud.networkData"));
  }

  @Test
  void invalidBase64IsNamed() {
    VirtualMachineInstance vmi = vmi("cirros-nocloud");
    vmi.getSpec()
        .getVolumes()
        .get(1)
        .setCloudInitNoCloud(new CloudInitNoCloudSource().setUserDataBase64("%%%"));

    assertThatThrownBy(() -> CloudInitRenderer.render(vmi, CloudInitSecrets.NONE))
        .isInstanceOfSatisfying(
            ConversionException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly("spec.volumes[1].cloudInitNoCloud.userDataBase64"));
  }

  @Test
  void aVmiWithoutCloudInitRendersNothing() {
    assertThat(CloudInitRenderer.render(vmi("ephemeral-containerdisk"), CloudInitSecrets.NONE))
        .isEmpty();
  }

  @Test
  void secretFilesAreWhereTheLauncherPodMountsThem() {
    assertThat(CloudInitRenderer.secretFiles("configdrive"))
        .isEqualTo(
            List.of(
                List.of(
                    "/var/run/kubevirt-private/secret/configdrive/userdata",
                    "/var/run/kubevirt-private/secret/configdrive/userData"),
                List.of(
                    "/var/run/kubevirt-private/secret/configdrive/networkdata",
                    "/var/run/kubevirt-private/secret/configdrive/networkData")));
  }
}
