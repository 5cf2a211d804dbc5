package io.jvirt.controller.vmi.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ExecAction;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.domain.ResourceRequirements;
import io.jvirt.api.v1.vmi.GuestAgentPing;
import io.jvirt.api.v1.vmi.Probe;
import io.jvirt.common.model.ManifestYaml;
import io.jvirt.controller.config.model.ClusterConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Properties of the rendered launcher pod that the golden files show only by example. */
class LauncherPodRendererTest {
  private static Pod render(VirtualMachineInstance vmi) {
    return LauncherPodRenderer.render(vmi, LauncherFixtures.CONFIG);
  }

  @Test
  void renderingIsPureAndDeterministic() {
    VirtualMachineInstance vmi = LauncherFixtures.scheduling();
    String before = ManifestYaml.write(vmi);

    String first = ManifestYaml.write(render(vmi));
    String second = ManifestYaml.write(render(LauncherFixtures.scheduling()));

    assertThat(first).isEqualTo(second);
    assertThat(ManifestYaml.write(vmi)).isEqualTo(before);
  }

  @Test
  void metadataNamesAndOwnsThePod() {
    Pod pod = render(LauncherFixtures.cirros());

    assertThat(pod.getMetadata().getGenerateName()).isEqualTo("virt-launcher-vmi-cirros-");
    assertThat(pod.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            owner -> {
              assertThat(owner.getKind()).isEqualTo("VirtualMachineInstance");
              assertThat(owner.getController()).isTrue();
              assertThat(owner.getUid()).isEqualTo("11111111-2222-4333-8444-555555555501");
            });
    assertThat(pod.getMetadata().getAnnotations())
        .containsEntry("kubevirt.io/domain", "vmi-cirros")
        .containsEntry("kubectl.kubernetes.io/default-container", "compute")
        .containsEntry("kubevirt.io/migrationTransportUnix", "true")
        .containsEntry("team.example.com/owner", "virt")
        .doesNotContainKeys(
            "kubectl.kubernetes.io/last-applied-configuration",
            "kubevirt.io/latest-observed-api-version",
            "kubevirt.io/storage-observed-api-version");
  }

  @Test
  void longNamesGetATruncatedHashedId() {
    assertThat(PodMetadata.vmiId("x".repeat(63))).isEqualTo("x".repeat(63));
    String id = PodMetadata.vmiId("x".repeat(64));
    assertThat(id).hasSize(63).startsWith("x".repeat(54) + "-");
  }

  @Test
  void graceAndGraceArgumentArePadded() {
    Pod pod = render(LauncherFixtures.scheduling());

    assertThat(pod.getSpec().getTerminationGracePeriodSeconds()).isEqualTo(150L);
    List<String> args = pod.getSpec().getContainers().get(0).getArgs();
    assertThat(args.get(args.indexOf("--grace-period-seconds") + 1)).isEqualTo("135");
    int timeout = Integer.parseInt(args.get(1).replace("s", ""));
    assertThat(timeout).isBetween(240, 359);
  }

  @Test
  void nodeSelectorKeepsVmiSelectorsAndRequiresSchedulableNodes() {
    VirtualMachineInstance vmi = LauncherFixtures.scheduling();
    vmi.getSpec().setArchitecture("AMD64");
    vmi.getSpec().getDomain().getCpu().setDedicatedCpuPlacement(true);

    assertThat(render(vmi).getSpec().getNodeSelector())
        .containsExactly(
            Map.entry("disktype", "ssd"),
            Map.entry("kubernetes.io/arch", "amd64"),
            Map.entry("kubernetes.io/os", "linux"),
            Map.entry("kubevirt.io/cpumanager", "true"),
            Map.entry("kubevirt.io/schedulable", "true"));
  }

  @Test
  void dedicatedCpusRequestWholeCoresAndMatchingMemoryLimit() {
    VirtualMachineInstance vmi = LauncherFixtures.cirros();
    vmi.getSpec()
        .getDomain()
        .setCpu(
            new CPU().setCores(2).setDedicatedCpuPlacement(true).setIsolateEmulatorThread(true));
    vmi.getSpec()
        .getDomain()
        .setResources(
            new ResourceRequirements().setRequests(Map.of("memory", new Quantity("1Gi"))));

    var resources = render(vmi).getSpec().getContainers().get(0).getResources();

    assertThat(resources.getRequests()).containsEntry("cpu", new Quantity("3"));
    assertThat(resources.getLimits()).containsEntry("cpu", new Quantity("3"));
    assertThat(resources.getLimits().get("memory"))
        .isEqualTo(resources.getRequests().get("memory"));
  }

  @Test
  void aChangedClusterCpuRequestFillsAMissingOne() {
    ClusterConfig config =
        new ClusterConfig(
            LauncherFixtures.LAUNCHER_IMAGE,
            ClusterConfig.DEFAULT_LAUNCHER_COMMAND,
            "Always",
            false,
            10,
            100,
            new Quantity("250m"),
            "bridge");

    Container compute =
        LauncherPodRenderer.render(LauncherFixtures.cirros(), config)
            .getSpec()
            .getContainers()
            .get(0);

    assertThat(compute.getResources().getRequests()).containsEntry("cpu", new Quantity("250m"));
    assertThat(compute.getImagePullPolicy()).isEqualTo("Always");
  }

  @Test
  void serviceAccountVolumeMountsTheToken() {
    Pod pod = render(LauncherFixtures.storage());

    assertThat(pod.getSpec().getAutomountServiceAccountToken()).isTrue();
    assertThat(pod.getSpec().getServiceAccountName()).isEqualTo("vm-reader");
    assertThat(pod.getSpec().getVolumes())
        .extracting(Volume::getName)
        .contains("rootdisk", "datadisk")
        .doesNotContain("hotdisk", "sa");
  }

  @Test
  void guestProbesRunThroughVirtProbeAfterLibvirtStarted() {
    VirtualMachineInstance vmi = LauncherFixtures.cirros();
    vmi.getSpec().setReadinessProbe(new Probe().setGuestAgentPing(new GuestAgentPing()));
    vmi.getSpec()
        .setLivenessProbe(
            new Probe()
                .setExec(new ExecAction(List.of("cat", "/tmp/healthy")))
                .setInitialDelaySeconds(5)
                .setTimeoutSeconds(3));

    Container compute = render(vmi).getSpec().getContainers().get(0);

    assertThat(compute.getReadinessProbe().getExec().getCommand())
        .containsExactly(
            "virt-probe",
            "--domainName",
            "default_vmi-cirros",
            "--timeoutSeconds",
            "1",
            "--guestAgentPing");
    assertThat(compute.getReadinessProbe().getInitialDelaySeconds()).isEqualTo(10);
    assertThat(compute.getLivenessProbe().getExec().getCommand())
        .containsExactly(
            "virt-probe",
            "--domainName",
            "default_vmi-cirros",
            "--timeoutSeconds",
            "3",
            "--command",
            "cat",
            "--",
            "/tmp/healthy");
    assertThat(compute.getLivenessProbe().getTimeoutSeconds()).isEqualTo(4);
    assertThat(compute.getLivenessProbe().getInitialDelaySeconds()).isEqualTo(15);
  }

  @Test
  void eachAccessCredentialSecretIsMountedReadOnlyOnceUnderItsFixedDirectory() {
    Pod pod = render(LauncherFixtures.accessCredentials());

    assertThat(pod.getSpec().getVolumes())
        .filteredOn(v -> v.getName().endsWith("-access-cred"))
        .extracting(Volume::getName, v -> v.getSecret().getSecretName())
        .containsExactly(
            tuple("ssh-keys-access-cred", "ssh-keys"), tuple("passwords-access-cred", "passwords"));
    assertThat(pod.getSpec().getContainers().get(0).getVolumeMounts())
        .filteredOn(m -> m.getName().endsWith("-access-cred"))
        .extracting(VolumeMount::getName, VolumeMount::getMountPath, VolumeMount::getReadOnly)
        .containsExactly(
            tuple(
                "ssh-keys-access-cred",
                "/var/run/kubevirt-private/secret/ssh-keys-access-cred",
                true),
            tuple(
                "passwords-access-cred",
                "/var/run/kubevirt-private/secret/passwords-access-cred",
                true));
  }

  @Test
  void aVmiWithoutAccessCredentialsMountsNoneOfTheirSecrets() {
    assertThat(render(LauncherFixtures.cirros()).getSpec().getVolumes())
        .extracting(Volume::getName)
        .noneMatch(name -> name.endsWith("-access-cred"));
  }

  @Test
  void disabledHotplugDropsTheHotplugVolume() {
    VirtualMachineInstance vmi = LauncherFixtures.cirros();
    vmi.getSpec().getDomain().getDevices().setDisableHotplug(true);

    assertThat(render(vmi).getSpec().getVolumes())
        .extracting(Volume::getName)
        .doesNotContain("hotplug-disks");
  }
}
