package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jvirt.cdi.api.v1beta1.ClaimPropertySet;
import io.jvirt.cdi.api.v1beta1.DataSource;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.api.v1beta1.StorageProfile;
import io.jvirt.testing.Commands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CDI's storage catalogue as a user meets it with kubectl: a StorageProfile for every class (CDI's
 * recommendation, or what the user writes into its spec), and a DataSource naming a golden claim
 * that DataVolumes clone by reference, without a size.
 */
class CdiStorageE2E {
  private static final String UNKNOWN_CLASS = "jvirt-e2e-unknown";

  private static Jvirt jvirt;
  private static String golden;
  private static String team;

  @BeforeAll
  static void install() {
    jvirt = Jvirt.get();
    Commands.Result install = jvirt.install("--profile", "basic+cdi");
    assertThat(install.exitCode()).as(install.output()).isZero();
    golden = jvirt.namespace("golden");
    team = jvirt.namespace("team");
  }

  @AfterAll
  static void cleanUp() {
    jvirt.deleteNamespace(team);
    jvirt.deleteNamespace(golden);
    jvirt.kubectl("delete", "storageclass", UNKNOWN_CLASS, "--ignore-not-found");
  }

  @Test
  void theLocalClassHasItsProfileFromItsVolumes() {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> sets("local") != null && !sets("local").isEmpty());
    StorageProfile local = profile("local");
    assertThat(local.getStatus().getProvisioner()).isEqualTo("kubernetes.io/no-provisioner");
    assertThat(sets("local").get(0).getAccessModes()).contains("ReadWriteOnce");
    assertThat(sets("local").get(0).getVolumeMode()).isEqualTo("Filesystem");
    ok(jvirt.kubectl("get", "storageprofiles"));
  }

  @Test
  void anUnknownProvisionerWaitsForTheUsersClaimPropertiesAndGoesWithItsClass() {
    ok(
        jvirt.kubectl(
            "create",
            "-f",
            manifest(
                "unknown-class.yaml",
                """
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata: {name: %s}
                provisioner: example.com/unknown
                volumeBindingMode: WaitForFirstConsumer
                """
                    .formatted(UNKNOWN_CLASS))));
    // CDI cannot know what an unknown provisioner offers: no claim properties until a user says
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                profile(UNKNOWN_CLASS) != null
                    && profile(UNKNOWN_CLASS).getStatus() != null
                    && "example.com/unknown"
                        .equals(profile(UNKNOWN_CLASS).getStatus().getProvisioner()));
    assertThat(sets(UNKNOWN_CLASS)).isNullOrEmpty();
    ok(
        jvirt.kubectl(
            "patch",
            "storageprofile",
            UNKNOWN_CLASS,
            "--type=merge",
            "-p",
            "{\"spec\":{\"claimPropertySets\":[{\"accessModes\":[\"ReadWriteMany\"],"
                + "\"volumeMode\":\"Block\"}]}}"));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                sets(UNKNOWN_CLASS) != null
                    && !sets(UNKNOWN_CLASS).isEmpty()
                    && "Block".equals(sets(UNKNOWN_CLASS).get(0).getVolumeMode()));
    ok(jvirt.kubectl("get", "storageprofile", UNKNOWN_CLASS, "-o", "yaml"));
    ok(jvirt.kubectl("delete", "storageclass", UNKNOWN_CLASS));
    await().atMost(Duration.ofSeconds(60)).until(() -> profile(UNKNOWN_CLASS) == null);
  }

  @Test
  void aSizelessCloneByDataSourceCopiesTheGoldenClaimAndAMissingOneIsNamed() {
    ok(jvirt.kubectl("apply", "-f", manifest("golden.yaml", goldenManifest())));
    await()
        .atMost(DataVolumes.IMPORT)
        .until(() -> phase(golden, "golden") == DataVolumePhase.SUCCEEDED);
    await().atMost(Duration.ofSeconds(60)).until(CdiStorageE2E::goldenReady);
    ok(jvirt.kubectl("get", "das", "golden", "-n", golden, "-o", "yaml"));
    ok(jvirt.kubectl("apply", "-f", manifest("by-reference.yaml", byReference())));
    await()
        .atMost(DataVolumes.IMPORT)
        .until(() -> phase(team, "from-golden") == DataVolumePhase.SUCCEEDED);
    ok(jvirt.kubectl("get", "dv", "-n", team));
    // no size asked: the golden claim's request is taken, and its bytes
    assertThat(request(team, "from-golden")).isEqualTo(request(golden, "golden"));
    assertThat(DataVolumes.sha256(DataVolumes.diskOnHost(jvirt, team, "from-golden")))
        .isEqualTo(DataVolumes.sha256(DataVolumes.diskOnHost(jvirt, golden, "golden")));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              DataVolume dv = DataVolumes.get(jvirt, team, "from-nowhere");
              return dv != null
                  && dv.getStatus() != null
                  && dv.getStatus().getConditions() != null
                  && dv.getStatus().getConditions().stream()
                      .anyMatch(c -> "DataSourceNotFound".equals(c.getReason()));
            });
    assertThat(
            jvirt
                .client()
                .persistentVolumeClaims()
                .inNamespace(team)
                .withName("from-nowhere")
                .get())
        .isNull();
  }

  private static String goldenManifest() {
    return """
        apiVersion: cdi.kubevirt.io/v1beta1
        kind: DataVolume
        metadata:
          name: golden
          namespace: %s
          annotations: {cdi.kubevirt.io/storage.bind.immediate.requested: "true"}
        spec:
          source: {blank: {}}
          storage: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 64Mi}}}
        ---
        apiVersion: cdi.kubevirt.io/v1beta1
        kind: DataSource
        metadata: {name: golden, namespace: %s}
        spec:
          source:
            pvc: {namespace: %s, name: golden}
        """
        .formatted(golden, golden, golden);
  }

  private static String byReference() {
    String dv =
        """
        apiVersion: cdi.kubevirt.io/v1beta1
        kind: DataVolume
        metadata:
          name: %s
          namespace: %s
          annotations: {cdi.kubevirt.io/storage.bind.immediate.requested: "true"}
        spec:
          sourceRef: {kind: DataSource, namespace: %s, name: %s}
          storage: {}
        """;
    return dv.formatted("from-golden", team, golden, "golden")
        + "---\n"
        + dv.formatted("from-nowhere", team, golden, "nope");
  }

  private static boolean goldenReady() {
    DataSource das =
        jvirt.client().resources(DataSource.class).inNamespace(golden).withName("golden").get();
    return das != null
        && das.getStatus() != null
        && das.getStatus().getConditions() != null
        && das.getStatus().getConditions().stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  private static DataVolumePhase phase(String namespace, String name) {
    DataVolume dv = DataVolumes.get(jvirt, namespace, name);
    return dv == null || dv.getStatus() == null ? null : dv.getStatus().getPhase();
  }

  private static Object request(String namespace, String claim) {
    return jvirt
        .client()
        .persistentVolumeClaims()
        .inNamespace(namespace)
        .withName(claim)
        .get()
        .getSpec()
        .getResources()
        .getRequests()
        .get("storage");
  }

  private static StorageProfile profile(String name) {
    return jvirt.client().resources(StorageProfile.class).withName(name).get();
  }

  private static List<ClaimPropertySet> sets(String name) {
    StorageProfile profile = profile(name);
    return profile == null || profile.getStatus() == null
        ? null
        : profile.getStatus().getClaimPropertySets();
  }

  /** Writes {@code text} under target/ for kubectl -f, as a user's manifest file. */
  private static String manifest(String file, String text) {
    Path path = jvirt.cluster().root().resolve("target/e2e-manifests").resolve(file);
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return path.toString();
  }

  private static void ok(Commands.Result result) {
    assertThat(result.exitCode()).as(result.output()).isZero();
  }
}
