package io.jvirt.apiserver.admission.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstanceMigration;
import io.jvirt.api.v1.VirtualMachineInstanceMigrationSpec;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.domain.Features;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.common.model.Extensible;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every field jvirt stores but cannot run is rejected by name; others are accepted. */
class UnsupportedFeaturesTest {

  static Stream<Arguments> unsupportedVmiFields() {
    return Stream.of(
        Arguments.of(devices(), "gpus", "spec.domain.devices.gpus"),
        Arguments.of(devices(), "hostDevices", "spec.domain.devices.hostDevices"),
        Arguments.of(devices(), "filesystems", "spec.domain.devices.filesystems"),
        Arguments.of(devices(), "downwardMetrics", "spec.domain.devices.downwardMetrics"),
        Arguments.of(devices(), "clientPassthrough", "spec.domain.devices.clientPassthrough"),
        Arguments.of(domain(), "launchSecurity", "spec.domain.launchSecurity"),
        Arguments.of(cpu(), "realtime", "spec.domain.cpu.realtime"),
        Arguments.of(cpu(), "numa", "spec.domain.cpu.numa"),
        Arguments.of(firstInterface(), "passt", "spec.domain.devices.interfaces[0].passt"),
        Arguments.of(firstInterface(), "slirp", "spec.domain.devices.interfaces[0].slirp"),
        Arguments.of(firstInterface(), "macvtap", "spec.domain.devices.interfaces[0].macvtap"),
        Arguments.of(
            firstInterface(), "dhcpOptions", "spec.domain.devices.interfaces[0].dhcpOptions"),
        Arguments.of(firstVolume(), "sysprep", "spec.volumes[0].sysprep"),
        Arguments.of(firstVolume(), "downwardMetrics", "spec.volumes[0].downwardMetrics"),
        Arguments.of(firstVolume(), "containerPath", "spec.volumes[0].containerPath"),
        Arguments.of(spec(), "resourceClaims", "spec.resourceClaims"));
  }

  static Stream<Arguments> storedAndAccepted() {
    return Stream.of(
        Arguments.of(devices(), "tpm"),
        Arguments.of(devices(), "watchdog"),
        Arguments.of(devices(), "inputs"),
        Arguments.of(features(), "hyperv"));
  }

  @ParameterizedTest(name = "{1} -> {2}")
  @MethodSource("unsupportedVmiFields")
  void eachUnsupportedFieldIsNamed(
      Function<VirtualMachineInstanceSpec, Extensible> holder, String key, String field) {
    VirtualMachineInstanceSpec spec = AdmissionFixtures.vmi().getSpec();
    holder.apply(spec).setUnmodelledField(key, Map.of());

    assertThat(UnsupportedFeatures.find(spec, "spec."))
        .containsExactly(new FieldError(field, field + " is not supported by jvirt"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("storedAndAccepted")
  void otherUnmodelledFieldsAreAccepted(
      Function<VirtualMachineInstanceSpec, Extensible> holder, String key) {
    VirtualMachineInstanceSpec spec = AdmissionFixtures.vmi().getSpec();
    holder.apply(spec).setUnmodelledField(key, Map.of());

    assertThat(UnsupportedFeatures.find(spec, "spec.")).isEmpty();
  }

  @Test
  void anExplicitNullIsNoFeature() {
    VirtualMachineInstanceSpec spec = AdmissionFixtures.vmi().getSpec();
    spec.getDomain().getDevices().setUnmodelledField("gpus", null);

    assertThat(UnsupportedFeatures.find(spec, "spec.")).isEmpty();
  }

  @Test
  void vmLevelTemplateAndDataVolumeTemplateFieldsAreNamed() {
    VirtualMachine vm = AdmissionFixtures.vm();
    vm.getSpec().setUnmodelledField("instancetype", Map.of("name", "u1.small"));
    vm.getSpec().setUnmodelledField("preference", Map.of("name", "fedora"));
    vm.getSpec().setRunStrategy(RunStrategy.WAIT_AS_RECEIVER);
    vm.getSpec().getTemplate().getSpec().getDomain().setUnmodelledField("launchSecurity", Map.of());
    vm.getSpec()
        .getDataVolumeTemplates()
        .get(0)
        .getSpec()
        .getSource()
        .setUnmodelledField("vddk", Map.of());

    assertThat(UnsupportedFeatures.findOnVm(vm))
        .extracting(FieldError::field)
        .containsExactly(
            "spec.instancetype",
            "spec.preference",
            "spec.runStrategy",
            "spec.template.spec.domain.launchSecurity",
            "spec.dataVolumeTemplates[0].spec.source.vddk");
  }

  @Test
  void crossClusterMigrationIsNamed() {
    VirtualMachineInstanceMigrationSpec spec = new VirtualMachineInstanceMigrationSpec();
    spec.setVmiName("vmi-test");
    spec.setUnmodelledField("sendTo", Map.of("migrationID", "m1"));
    VirtualMachineInstanceMigration migration = new VirtualMachineInstanceMigration();
    migration.setSpec(spec);

    assertThat(UnsupportedFeatures.findOnMigration(migration))
        .containsExactly(new FieldError("spec.sendTo", "spec.sendTo is not supported by jvirt"));
  }

  @Test
  void dataVolumeSourcesJvirtCannotImportAreNamed() {
    DataVolume dataVolume =
        AdmissionFixtures.parse(
            """
            apiVersion: cdi.kubevirt.io/v1beta1
            kind: DataVolume
            metadata:
              name: dv-gcs
            spec:
              source:
                gcs:
                  url: gs://bucket/disk.img
              storage:
                resources:
                  requests:
                    storage: 1Gi
            """,
            DataVolume.class);

    assertThat(UnsupportedFeatures.findOnDataVolume(dataVolume))
        .containsExactly(
            new FieldError("spec.source.gcs", "spec.source.gcs is not supported by jvirt"));
  }

  private static Function<VirtualMachineInstanceSpec, Extensible> spec() {
    return spec -> spec;
  }

  private static Function<VirtualMachineInstanceSpec, Extensible> domain() {
    return VirtualMachineInstanceSpec::getDomain;
  }

  private static Function<VirtualMachineInstanceSpec, Extensible> devices() {
    return spec -> spec.getDomain().getDevices();
  }

  private static Function<VirtualMachineInstanceSpec, Extensible> cpu() {
    return spec -> {
      spec.getDomain().setCpu(new CPU());
      return spec.getDomain().getCpu();
    };
  }

  private static Function<VirtualMachineInstanceSpec, Extensible> features() {
    return spec -> {
      spec.getDomain().setFeatures(new Features());
      return spec.getDomain().getFeatures();
    };
  }

  private static Function<VirtualMachineInstanceSpec, Extensible> firstInterface() {
    return spec -> spec.getDomain().getDevices().getInterfaces().get(0);
  }

  private static Function<VirtualMachineInstanceSpec, Extensible> firstVolume() {
    return spec -> spec.getVolumes().get(0);
  }
}
