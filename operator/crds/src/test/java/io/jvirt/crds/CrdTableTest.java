package io.jvirt.crds;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceSubresourceScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CRD table of kubevirt-core.md §1.2-1.3 and cdi.md §1, row by row: names, short names,
 * categories, scope, labels, versions, subresources and printer columns as upstream has them.
 */
class CrdTableTest {
  private static final String ALPHA3_WARNING =
      "kubevirt.io/v1alpha3 is now deprecated and will be removed in a future release.";
  private static final String AGE = "Age=.metadata.creationTimestamp:date";
  private static final String V1 = "v1 served storage";
  private static final String V1ALPHA3 = "v1alpha3 served deprecated:" + ALPHA3_WARNING;
  private static final Map<String, String> KUBEVIRT_LABEL = Map.of("kubevirt.io", "");

  /** One upstream CRD as the table describes it. */
  record Row(
      String crd,
      String kind,
      String singular,
      List<String> shortNames,
      List<String> categories,
      String scope,
      Map<String, String> labels,
      List<String> versions,
      boolean status,
      String scale,
      List<String> columns) {
    @Override
    public String toString() {
      return crd;
    }
  }

  private static Map<String, CustomResourceDefinition> generated;

  @BeforeAll
  static void generate() {
    List<Class<? extends HasMetadata>> all = new ArrayList<>(CrdCatalog.KUBEVIRT);
    all.addAll(CrdCatalog.CDI_GROUP);
    generated =
        CrdGeneration.generate(all).stream()
            .collect(Collectors.toMap(c -> c.getMetadata().getName(), Function.identity()));
  }

  static Stream<Row> upstream() {
    return Stream.of(vmRows(), otherKubevirtRows(), cdiRows()).flatMap(s -> s);
  }

  private static Stream<Row> vmRows() {
    return Stream.of(
        new Row(
            "virtualmachines.kubevirt.io",
            "VirtualMachine",
            "virtualmachine",
            List.of("vm", "vms"),
            List.of("all"),
            "Namespaced",
            KUBEVIRT_LABEL,
            List.of(V1, V1ALPHA3),
            true,
            null,
            List.of(
                AGE,
                "Status=.status.printableStatus:string:Human Readable Status",
                "Ready=.status.conditions[?(@.type=='Ready')].status:string")),
        new Row(
            "virtualmachineinstances.kubevirt.io",
            "VirtualMachineInstance",
            "virtualmachineinstance",
            List.of("vmi", "vmis"),
            List.of("all"),
            "Namespaced",
            KUBEVIRT_LABEL,
            List.of(V1, V1ALPHA3),
            false,
            null,
            List.of(
                AGE,
                "Phase=.status.phase:string",
                "IP=.status.interfaces[0].ipAddress:string",
                "NodeName=.status.nodeName:string",
                "Ready=.status.conditions[?(@.type=='Ready')].status:string",
                "Live-Migratable=.status.conditions[?(@.type=='LiveMigratable')].status:string"
                    + ":priority=1",
                "Paused=.status.conditions[?(@.type=='Paused')].status:string:priority=1")),
        new Row(
            "virtualmachineinstancereplicasets.kubevirt.io",
            "VirtualMachineInstanceReplicaSet",
            "virtualmachineinstancereplicaset",
            List.of("vmirs", "vmirss"),
            List.of("all"),
            "Namespaced",
            KUBEVIRT_LABEL,
            List.of(V1, V1ALPHA3),
            true,
            ".spec.replicas .status.replicas .status.labelSelector",
            List.of(
                "Desired=.spec.replicas:integer:Number of desired VirtualMachineInstances",
                "Current=.status.replicas:integer:Number of managed and not final or deleted"
                    + " VirtualMachineInstances",
                "Ready=.status.readyReplicas:integer:Number of managed VirtualMachineInstances"
                    + " which are ready to receive traffic",
                AGE)));
  }

  private static Stream<Row> otherKubevirtRows() {
    return Stream.of(
        new Row(
            "virtualmachineinstancepresets.kubevirt.io",
            "VirtualMachineInstancePreset",
            "virtualmachineinstancepreset",
            List.of("vmipreset", "vmipresets"),
            List.of("all"),
            "Namespaced",
            KUBEVIRT_LABEL,
            List.of(
                "v1 served deprecated:kubevirt.io/v1 VirtualMachineInstancePresets is now"
                    + " deprecated and will be removed in v2.",
                "v1alpha3 served storage deprecated:kubevirt.io/v1alpha3"
                    + " VirtualMachineInstancePresets is now deprecated and will be removed in"
                    + " v2."),
            false,
            null,
            List.of()),
        new Row(
            "virtualmachineinstancemigrations.kubevirt.io",
            "VirtualMachineInstanceMigration",
            "virtualmachineinstancemigration",
            List.of("vmim", "vmims"),
            List.of("all"),
            "Namespaced",
            KUBEVIRT_LABEL,
            List.of(V1, V1ALPHA3),
            true,
            null,
            List.of("Phase=.status.phase:string", "VMI=.spec.vmiName:string")),
        new Row(
            "kubevirts.kubevirt.io",
            "KubeVirt",
            "kubevirt",
            List.of("kv", "kvs"),
            List.of("all"),
            "Namespaced",
            Map.of("operator.kubevirt.io", ""),
            List.of(V1, V1ALPHA3),
            true,
            null,
            List.of(AGE, "Phase=.status.phase:string")));
  }

  private static Stream<Row> cdiRows() {
    return Stream.of(
        new Row(
            "datavolumes.cdi.kubevirt.io",
            "DataVolume",
            "datavolume",
            List.of("dv", "dvs"),
            List.of("all"),
            "Namespaced",
            null,
            List.of("v1beta1 served storage"),
            true,
            null,
            List.of(
                "Phase=.status.phase:string:The phase the data volume is in",
                "Progress=.status.progress:string:Transfer progress in percentage if known, N/A"
                    + " otherwise",
                "Restarts=.status.restartCount:integer:The number of times the transfer has been"
                    + " restarted.",
                AGE)),
        new Row(
            "cdis.cdi.kubevirt.io",
            "CDI",
            "cdi",
            List.of("cdi", "cdis"),
            List.of(),
            "Cluster",
            null,
            List.of("v1beta1 served storage", "v1alpha1 served"),
            false,
            null,
            List.of(AGE, "Phase=.status.phase:string")),
        new Row(
            "cdiconfigs.cdi.kubevirt.io",
            "CDIConfig",
            "cdiconfig",
            List.of(),
            List.of(),
            "Cluster",
            null,
            List.of("v1beta1 served storage"),
            false,
            null,
            List.of()),
        new Row(
            "storageprofiles.cdi.kubevirt.io",
            "StorageProfile",
            "storageprofile",
            List.of(),
            List.of(),
            "Cluster",
            null,
            List.of("v1beta1 served storage"),
            true,
            null,
            List.of()),
        new Row(
            "datasources.cdi.kubevirt.io",
            "DataSource",
            "datasource",
            List.of("das"),
            List.of("all"),
            "Namespaced",
            null,
            List.of("v1beta1 served storage"),
            false,
            null,
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("upstream")
  void crdMatchesUpstream(Row row) {
    CustomResourceDefinition crd = generated.get(row.crd());
    assertThat(crd).as("generated CRD %s", row.crd()).isNotNull();
    var names = crd.getSpec().getNames();
    assertThat(names.getKind()).isEqualTo(row.kind());
    assertThat(names.getSingular()).isEqualTo(row.singular());
    assertThat(names.getPlural() + "." + crd.getSpec().getGroup()).isEqualTo(row.crd());
    assertThat(names.getShortNames()).containsExactlyElementsOf(row.shortNames());
    assertThat(names.getCategories()).containsExactlyElementsOf(row.categories());
    assertThat(crd.getSpec().getScope()).isEqualTo(row.scope());
    if (row.labels() != null) {
      assertThat(crd.getMetadata().getLabels()).isEqualTo(row.labels());
    }
    assertThat(crd.getSpec().getVersions().stream().map(CrdTableTest::describe))
        .containsExactlyInAnyOrderElementsOf(row.versions());
    for (CustomResourceDefinitionVersion version : crd.getSpec().getVersions()) {
      boolean hasStatus =
          version.getSubresources() != null && version.getSubresources().getStatus() != null;
      assertThat(hasStatus)
          .as("%s %s status subresource", row.crd(), version.getName())
          .isEqualTo(row.status());
      assertThat(scale(version))
          .as("%s %s scale", row.crd(), version.getName())
          .isEqualTo(row.scale());
      assertThat(version.getAdditionalPrinterColumns().stream().map(CrdTableTest::describe))
          .as("%s %s printer columns", row.crd(), version.getName())
          .containsExactlyElementsOf(row.columns());
    }
  }

  private static String describe(CustomResourceDefinitionVersion version) {
    StringBuilder text = new StringBuilder(version.getName());
    if (Boolean.TRUE.equals(version.getServed())) {
      text.append(" served");
    }
    if (Boolean.TRUE.equals(version.getStorage())) {
      text.append(" storage");
    }
    if (Boolean.TRUE.equals(version.getDeprecated())) {
      text.append(" deprecated:").append(version.getDeprecationWarning());
    }
    return text.toString();
  }

  private static String describe(CustomResourceColumnDefinition column) {
    String text = column.getName() + "=" + column.getJsonPath() + ":" + column.getType();
    if (column.getDescription() != null) {
      text += ":" + column.getDescription();
    }
    if (column.getPriority() != null && column.getPriority() != 0) {
      text += ":priority=" + column.getPriority();
    }
    return text;
  }

  private static String scale(CustomResourceDefinitionVersion version) {
    if (version.getSubresources() == null || version.getSubresources().getScale() == null) {
      return null;
    }
    CustomResourceSubresourceScale scale = version.getSubresources().getScale();
    return scale.getSpecReplicasPath()
        + " "
        + scale.getStatusReplicasPath()
        + " "
        + scale.getLabelSelectorPath();
  }
}
