package io.jvirt.apiserver.admission.decide;

import static io.jvirt.apiserver.admission.decide.AdmissionFixtures.containerDisk;
import static io.jvirt.apiserver.admission.decide.AdmissionFixtures.disk;
import static io.jvirt.apiserver.admission.decide.AdmissionFixtures.masquerade;
import static io.jvirt.apiserver.admission.decide.AdmissionFixtures.podNetwork;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.domain.CDRomTarget;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.LunTarget;
import io.jvirt.api.v1.network.MultusNetwork;
import io.jvirt.api.v1.network.Network;
import io.jvirt.api.v1.volume.DataVolumeVolumeSource;
import io.jvirt.api.v1.volume.Volume;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared VMI spec rules, one broken field at a time, on a valid VMI fixture. */
class VmiSpecRulesTest {

  /** One way to break the fixture VMI's spec, and the single error it must cause. */
  record Case(
      String name, Consumer<VirtualMachineInstanceSpec> change, String field, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> brokenSpecs() {
    return Stream.of(diskCases(), volumeCases(), resourceCases(), nameCases(), networkCases())
        .flatMap(cases -> cases);
  }

  private static Stream<Case> diskCases() {
    return Stream.of(
        new Case(
            "disk without volume",
            spec -> disks(spec).add(disk("extra")),
            "spec.domain.devices.disks[1].name",
            "spec.domain.devices.disks[1].Name 'extra' not found."),
        new Case(
            "two disks with one name",
            spec -> disks(spec).add(disk("containerdisk")),
            "spec.domain.devices.disks[1].name",
            "spec.domain.devices.disks[1] and spec.domain.devices.disks[0] must not have the same"
                + " Name."),
        new Case(
            "disk and cdrom target",
            spec -> disks(spec).get(0).setCdrom(new CDRomTarget()),
            "spec.domain.devices.disks[0]",
            "spec.domain.devices.disks[0] can only have a single target type defined"),
        new Case(
            "lun on a container disk",
            spec -> {
              disks(spec).get(0).setDisk(null);
              disks(spec).get(0).setLun(new LunTarget());
            },
            "spec.domain.devices.disks[0].lun",
            "spec.domain.devices.disks[0].lun can only be mapped to a DataVolume or"
                + " PersistentVolumeClaim volume."),
        new Case(
            "boot order zero",
            spec -> disks(spec).get(0).setBootOrder(0),
            "spec.domain.devices.disks[0].bootOrder",
            "spec.domain.devices.disks[0] must have a boot order > 0, if supplied"),
        new Case(
            "disk and interface with one boot order",
            spec -> {
              disks(spec).get(0).setBootOrder(1);
              spec.getDomain().getDevices().getInterfaces().get(0).setBootOrder(1);
            },
            "spec.domain.devices.interfaces[0].bootOrder",
            "Boot order for spec.domain.devices.interfaces[0].bootOrder already set for a"
                + " different device."));
  }

  private static Stream<Case> volumeCases() {
    return Stream.of(
        new Case(
            "two volumes with one name",
            spec -> spec.getVolumes().add(containerDisk("containerdisk")),
            "spec.volumes[1].name",
            "spec.volumes[1] and spec.volumes[0] must not have the same Name."),
        new Case(
            "volume without source",
            spec -> spec.getVolumes().get(0).setContainerDisk(null),
            "spec.volumes[0]",
            "spec.volumes[0] must have exactly one source type set"),
        new Case(
            "volume with a modelled and an unmodelled source",
            spec -> spec.getVolumes().get(0).setUnmodelledField("downwardMetrics", Map.of()),
            "spec.volumes[0]",
            "spec.volumes[0] must have exactly one source type set"),
        new Case(
            "dataVolume without name",
            spec -> {
              spec.getVolumes().get(0).setContainerDisk(null);
              spec.getVolumes().get(0).setDataVolume(new DataVolumeVolumeSource());
            },
            "spec.volumes[0].name",
            "DataVolume 'name' must be set"));
  }

  private static Stream<Case> resourceCases() {
    return Stream.of(
        new Case(
            "memory request above limit",
            spec -> limits(spec).put("memory", new Quantity("64Mi")),
            "spec.domain.resources.requests.memory",
            "spec.domain.resources.requests.memory '128Mi' is greater than"
                + " spec.domain.resources.limits.memory '64Mi'"),
        new Case(
            "cpu request above limit",
            spec -> {
              spec.getDomain().getResources().getRequests().put("cpu", new Quantity("2"));
              limits(spec).put("cpu", new Quantity("500m"));
            },
            "spec.domain.resources.requests.cpu",
            "spec.domain.resources.requests.cpu '2' is greater than"
                + " spec.domain.resources.limits.cpu '500m'"),
        new Case(
            "negative memory request",
            spec -> spec.getDomain().getResources().getRequests().put("memory", new Quantity("-1")),
            "spec.domain.resources.requests.memory",
            "spec.domain.resources.requests.memory '-1': must be greater than or equal to 0."));
  }

  private static Stream<Case> nameCases() {
    return Stream.of(
        new Case(
            "hostname not a label",
            spec -> spec.setHostname("Web_01"),
            "spec.hostname",
            "spec.hostname does not conform to the kubernetes DNS_LABEL rules : a lowercase RFC"
                + " 1123 label must consist of lower case alphanumeric characters or '-', and must"
                + " start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc',"
                + " regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"),
        new Case(
            "hostname with dots",
            spec -> spec.setHostname("web.example"),
            "spec.hostname",
            "spec.hostname does not conform to the kubernetes DNS_LABEL rules : must not contain"
                + " dots"),
        new Case(
            "hostname too long",
            spec -> spec.setHostname("a".repeat(64)),
            "spec.hostname",
            "spec.hostname does not conform to the kubernetes DNS_LABEL rules : must be no more"
                + " than 63 characters"),
        new Case(
            "subdomain not a subdomain",
            spec -> spec.setSubdomain("-web"),
            "spec.subdomain",
            "spec.subdomain does not conform to the kubernetes DNS_SUBDOMAIN rules : a lowercase"
                + " RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or"
                + " '.', and must start and end with an alphanumeric character (e.g."
                + " 'example.com', regex used for validation is"
                + " '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"));
  }

  private static Stream<Case> networkCases() {
    return Stream.of(
        new Case(
            "interface without network",
            spec -> spec.getDomain().getDevices().getInterfaces().add(masquerade("secondary")),
            "spec.domain.devices.interfaces[1].name",
            "spec.domain.devices.interfaces[1].name 'secondary' not found."),
        new Case(
            "network without interface",
            spec -> spec.getNetworks().add(multusNetwork("orphan")),
            "spec.networks[1].name",
            "spec.networks[1].name 'orphan' not found."),
        new Case(
            "network without type",
            spec -> spec.getNetworks().get(0).setPod(null),
            "spec.networks[0]",
            "should have a network type"),
        new Case(
            "two pod networks",
            spec -> {
              spec.getDomain().getDevices().getInterfaces().add(masquerade("second"));
              spec.getNetworks().add(podNetwork("second"));
            },
            "spec.interfaces",
            "more than one interface is connected to a pod network in spec.interfaces"));
  }

  @Test
  void theFixtureIsValid() {
    assertThat(VmiSpecRules.check(AdmissionFixtures.vmi().getSpec(), "spec.")).isEmpty();
  }

  @Test
  void aMissingSpecHasNothingToCheck() {
    assertThat(VmiSpecRules.check(null, "spec.")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenSpecs")
  void eachBrokenRuleIsReportedOnItsField(Case broken) {
    VirtualMachineInstanceSpec spec = AdmissionFixtures.vmi().getSpec();
    broken.change().accept(spec);

    assertThat(VmiSpecRules.check(spec, "spec."))
        .containsExactly(new FieldError(broken.field(), broken.message()));
  }

  @Test
  void aTemplateIsReportedUnderItsOwnPath() {
    VirtualMachineInstanceSpec spec = AdmissionFixtures.vmi().getSpec();
    disks(spec).add(disk("extra"));

    assertThat(VmiSpecRules.check(spec, "spec.template.spec."))
        .containsExactly(
            new FieldError(
                "spec.template.spec.domain.devices.disks[1].name",
                "spec.template.spec.domain.devices.disks[1].Name 'extra' not found."));
  }

  @Test
  void aZeroLimitDoesNotCapTheRequest() {
    VirtualMachineInstanceSpec spec = AdmissionFixtures.vmi().getSpec();
    limits(spec).put("memory", new Quantity("0"));

    assertThat(VmiSpecRules.check(spec, "spec.")).isEmpty();
  }

  @Test
  void aVmiWithoutInterfacesOrNetworksIsValid() {
    VirtualMachineInstanceSpec spec = AdmissionFixtures.vmi().getSpec();
    spec.getDomain().getDevices().setInterfaces(null);
    spec.setNetworks(null);

    assertThat(VmiSpecRules.check(spec, "spec.")).isEmpty();
  }

  private static List<Disk> disks(VirtualMachineInstanceSpec spec) {
    return spec.getDomain().getDevices().getDisks();
  }

  private static Map<String, Quantity> limits(VirtualMachineInstanceSpec spec) {
    if (spec.getDomain().getResources().getLimits() == null) {
      spec.getDomain().getResources().setLimits(new HashMap<>());
    }
    return spec.getDomain().getResources().getLimits();
  }

  // A second network must not be a pod network, or the one-pod-network rule fires as well.
  private static Network multusNetwork(String name) {
    MultusNetwork multus = new MultusNetwork();
    multus.setNetworkName("storage-lan-bridge");
    Network network = new Network();
    network.setName(name);
    network.setMultus(multus);
    return network;
  }

  @Test
  void aVolumeWithTwoModelledSourcesIsRejected() {
    VirtualMachineInstanceSpec spec = AdmissionFixtures.vmi().getSpec();
    Volume volume = spec.getVolumes().get(0);
    volume.setDataVolume(new DataVolumeVolumeSource());
    volume.getDataVolume().setName("dv");

    assertThat(VmiSpecRules.check(spec, "spec."))
        .containsExactly(
            new FieldError(
                "spec.volumes[0]", "spec.volumes[0] must have exactly one source type set"));
  }
}
