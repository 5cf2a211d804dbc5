package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.domain.CDRomTarget;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.DiskBus;
import io.jvirt.api.v1.domain.DiskTarget;
import io.jvirt.api.v1.volume.DataVolumeVolumeSource;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.cdi.api.v1beta1.CDI;
import io.jvirt.cdi.api.v1beta1.CdiPhase;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeCondition;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.testing.Commands;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The user's recipe with CDI, both options, in the order a user takes them on one cluster: option 1
 * (profile basic installed; the CDI operator and CR applied as the rendered Rafay workloads), a VM
 * booting from an http import; then option 2 (the installer with profile basic+cdi) over it, and a
 * second VM importing a gzip-compressed disk; then bad input (404, an image larger than its claim,
 * a file that is no disk image), virtctl image-upload of a qcow2 a VM then boots from, a clone of
 * it into another namespace (and one refused for want of rights there), and the recipe's second
 * workload (an installer ISO imported to a cdrom, a blank DataVolume as the root disk).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CdiE2E {
  /** Mounts the cdrom and reads the installer file; sizes the blank disk and reads its start. */
  private static final String MEDIA_PROBE =
      """
      #!/bin/sh
      mkdir -p /mnt/media
      for d in /dev/sr0 /dev/sr1; do
        mount -t iso9660 -o ro $d /mnt/media 2>/dev/null && break
      done
      cat /mnt/media/jvirt-media.txt
      for b in /sys/block/vd*; do
        if [ "$(cat $b/serial 2>/dev/null)" = root ]; then
          start=$(dd if=/dev/${b##*/} bs=64 count=1 2>/dev/null | tr -d '\\000')
          echo "jvirt-e2e: root disk $(cat $b/size) sectors, first bytes [$start]"
        fi
      done
      echo "jvirt-e2e: media done"
      """;

  private static Jvirt jvirt;
  private static String namespace;
  private static String fileHost;

  @BeforeAll
  static void install() {
    jvirt = Jvirt.get();
    namespace = jvirt.namespace("cdi");
    fileHost = DataVolumes.startFileHost(jvirt, namespace);
  }

  @AfterAll
  static void cleanUp() {
    jvirt.deleteNamespace(namespace);
  }

  @Test
  @Order(1)
  void option1TheRenderedWorkloadsDeployCdi() {
    ok(
        jvirt.kubectl(
            "apply", "--server-side", "--force-conflicts", "-f", payload("cdi-operator.yaml")));
    ok(
        jvirt.kubectl(
            "-n", "cdi", "rollout", "status", "deployment/cdi-operator", "--timeout=180s"));
    ok(jvirt.kubectl("apply", "--server-side", "--force-conflicts", "-f", payload("cdi-cr.yaml")));
    ok(
        jvirt.kubectl(
            "wait", "cdi/cdi", "--for=jsonpath={.status.phase}=Deployed", "--timeout=240s"));
    CDI cdi = jvirt.client().resources(CDI.class).withName("cdi").get();
    assertThat(cdi.getStatus().getPhase()).isEqualTo(CdiPhase.DEPLOYED);
    assertThat(cdi.getStatus().getConditions())
        .anyMatch(c -> "Available".equals(c.getType()) && "True".equals(c.getStatus()));
    ok(jvirt.kubectl("get", "cdiconfig", "config", "-o", "yaml"));
  }

  @Test
  @Order(2)
  void aVmBootsFromItsHttpImport() {
    bootsFromImport("imported", fileHost + "/disk.qcow2");
  }

  @Test
  @Order(3)
  void option2TheInstallerWithProfileBasicCdiReportsCdiDeployed() {
    Commands.Result install = jvirt.install("--profile", "basic+cdi");
    assertThat(install.exitCode()).as(install.output()).isZero();
    assertThat(install.output()).contains("CDI Deployed");
    bootsFromImport("gzipped", fileHost + "/disk.qcow2.gz");
  }

  @Test
  @Order(4)
  void a404EndsInAnErrorNamingItAndDeletingLeavesNothing() {
    importUntil(
        "gone",
        fileHost + "/no-such-disk.qcow2",
        "1Gi",
        live ->
            live.getStatus().getRestartCount() != null
                && live.getStatus().getRestartCount() >= 1
                && running(live).getMessage() != null
                && running(live).getMessage().contains("404"));
    ok(jvirt.kubectl("get", "dv", "gone", "-n", namespace));
    ok(jvirt.kubectl("describe", "dv", "gone", "-n", namespace));
    ok(jvirt.kubectl("delete", "dv", "gone", "-n", namespace, "--wait=true"));
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                jvirt
                            .client()
                            .persistentVolumeClaims()
                            .inNamespace(namespace)
                            .withName("gone")
                            .get()
                        == null
                    && jvirt.client().pods().inNamespace(namespace).withName("importer-gone").get()
                        == null);
  }

  @Test
  @Order(5)
  void anInstallerIsoOnACdromAndABlankRootDiskReachTheGuest() {
    VirtualMachine vm = Guests.cirros(jvirt.client(), "installer", RunStrategy.ALWAYS, MEDIA_PROBE);
    vm.getSpec()
        .setDataVolumeTemplates(
            new ArrayList<>(
                List.of(
                    DataVolumes.template(
                        "installer-media",
                        DataVolumes.httpImport(fileHost + "/installer.iso", "1Gi")),
                    DataVolumes.template("installer-root", DataVolumes.blank("1Gi")))));
    var spec = vm.getSpec().getTemplate().getSpec();
    // the cirros disk stays first to boot a guest that can look (this ISO is not bootable)
    spec.getDomain().getDevices().getDisks().get(0).setBootOrder(1);
    spec.getDomain()
        .getDevices()
        .getDisks()
        .add(new Disk().setName("media").setCdrom(new CDRomTarget().setBus(DiskBus.SATA)));
    spec.getDomain()
        .getDevices()
        .getDisks()
        .add(
            new Disk()
                .setName("root")
                .setSerial("root")
                .setDisk(new DiskTarget().setBus(DiskBus.VIRTIO)));
    spec.getVolumes()
        .add(
            new Volume()
                .setName("media")
                .setDataVolume(new DataVolumeVolumeSource().setName("installer-media")));
    spec.getVolumes()
        .add(
            new Volume()
                .setName("root")
                .setDataVolume(new DataVolumeVolumeSource().setName("installer-root")));
    Guests.create(jvirt, namespace, vm);
    VirtualMachineInstance vmi = Guests.awaitRunning(jvirt, namespace, "installer", null);
    ok(jvirt.kubectl("get", "dv", "-n", namespace));
    String console = Guests.awaitConsole(jvirt, namespace, vmi, "jvirt-e2e: media done");
    assertThat(console).contains("jvirt-e2e: installer media");
    assertThat(console)
        .containsPattern("jvirt-e2e: root disk [1-9][0-9]* sectors, first bytes \\[\\]");
    ok(jvirt.virtctl("stop", "installer", "-n", namespace));
  }

  @Test
  @Order(6)
  void anImageLargerThanItsClaimEndsInAnErrorNamingBothSizes() {
    // the cirros disk's virtual size is 128 MiB; upstream's condition simplifies the message, the
    // importer's own says both sizes
    importUntil(
        "too-small",
        fileHost + "/disk.qcow2",
        "64Mi",
        live -> "DataVolume too small to contain image".equals(running(live).getMessage()));
    // the pod is restarted: its termination message is in state or in lastState
    String sizes = "virtual image size \\d+ is larger than the reported available storage \\d+";
    await()
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                java.util.regex.Pattern.compile(sizes)
                    .matcher(
                        jvirt
                            .kubectl(
                                "get",
                                "pod",
                                "importer-too-small",
                                "-n",
                                namespace,
                                "-o",
                                "jsonpath={.status.containerStatuses[0].state.terminated.message}"
                                    + "{.status.containerStatuses[0].lastState.terminated.message}")
                            .output())
                    .find());
    ok(jvirt.kubectl("get", "dv", "too-small", "-n", namespace));
    ok(jvirt.kubectl("delete", "dv", "too-small", "-n", namespace, "--wait=true"));
  }

  @Test
  @Order(7)
  void aFileThatIsNoDiskImageEndsInQemuImgsReason() {
    importUntil(
        "not-a-disk",
        fileHost + "/not-a-disk.qcow2",
        "1Gi",
        live ->
            running(live).getMessage() != null
                && running(live).getMessage().contains("Could not open"));
    ok(jvirt.kubectl("describe", "dv", "not-a-disk", "-n", namespace));
    ok(jvirt.kubectl("delete", "dv", "not-a-disk", "-n", namespace, "--wait=true"));
  }

  /**
   * Creates a standalone DataVolume {@code name} importing {@code url} into {@code size}, and waits
   * until its status satisfies {@code until}.
   */
  @Test
  @Order(8)
  void virtctlImageUploadFillsADataVolumeAVmBootsFrom() {
    Path qcow2 = DataVolumes.cirrosQcow2(jvirt);
    String proxy =
        "https://"
            + jvirt
                .client()
                .services()
                .inNamespace("cdi")
                .withName("cdi-uploadproxy")
                .get()
                .getSpec()
                .getClusterIP();
    long started = System.nanoTime();
    Commands.Result upload =
        jvirt.virtctl(
            "image-upload",
            "dv",
            "uploaded-root",
            "-n",
            namespace,
            "--size=1Gi",
            "--image-path=" + qcow2,
            "--insecure",
            "--uploadproxy-url=" + proxy,
            "--force-bind",
            "--wait-secs=90");
    ok(upload);
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(upload.output()).contains("Processing completed successfully");
    System.out.printf(
        "[figures] virtctl image-upload of a %.1f MiB qcow2: %.1f s end to end%n",
        qcow2.toFile().length() / 1048576.0, seconds);
    ok(jvirt.kubectl("get", "dv", "uploaded-root", "-n", namespace));
    DataVolume dv = DataVolumes.get(jvirt, namespace, "uploaded-root");
    assertThat(dv.getStatus().getPhase()).isEqualTo(DataVolumePhase.SUCCEEDED);
    // the upload pod and its Service are gone once the upload succeeded
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                jvirt
                            .client()
                            .pods()
                            .inNamespace(namespace)
                            .withName("cdi-upload-uploaded-root")
                            .get()
                        == null
                    && jvirt
                            .client()
                            .services()
                            .inNamespace(namespace)
                            .withName("cdi-upload-uploaded-root")
                            .get()
                        == null);

    VirtualMachine vm =
        Guests.cirros(
            jvirt.client(),
            "uploaded",
            RunStrategy.ALWAYS,
            "#!/bin/sh\necho 'jvirt-e2e: booted from uploaded'\n");
    Volume root = Guests.volume(vm, "containerdisk");
    root.setContainerDisk(null);
    root.setDataVolume(new DataVolumeVolumeSource().setName("uploaded-root"));
    Guests.create(jvirt, namespace, vm);
    VirtualMachineInstance vmi = Guests.awaitRunning(jvirt, namespace, "uploaded", null);
    Guests.awaitConsole(jvirt, namespace, vmi, "jvirt-e2e: booted from uploaded");
    Guests.awaitConsole(jvirt, namespace, vmi, "login as 'cirros' user");
    ok(jvirt.virtctl("stop", "uploaded", "-n", namespace));
  }

  @Test
  @Order(9)
  void aCloneIntoAnotherNamespaceBootsASecondVmAndLeavesTheSourceAlone() {
    String target = jvirt.namespace("cdi-clone");
    try {
      Path sourceDisk = DataVolumes.diskOnHost(jvirt, namespace, "uploaded-root");
      String before = DataVolumes.sha256(sourceDisk);
      long started = System.nanoTime();
      DataVolume clone =
          DataVolumes.standalone(
              "cloned-root", DataVolumes.pvcClone(namespace, "uploaded-root", "1Gi"));
      jvirt.client().resources(DataVolume.class).inNamespace(target).resource(clone).create();
      Set<String> seen = new LinkedHashSet<>();
      await()
          .atMost(DataVolumes.IMPORT)
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                DataVolume dv = DataVolumes.get(jvirt, target, "cloned-root");
                if (dv == null || dv.getStatus() == null || dv.getStatus().getPhase() == null) {
                  return false;
                }
                seen.add(dv.getStatus().getPhase() + " " + dv.getStatus().getProgress());
                return dv.getStatus().getPhase() == DataVolumePhase.SUCCEEDED;
              });
      double seconds = (System.nanoTime() - started) / 1e9;
      Path clonedDisk = DataVolumes.diskOnHost(jvirt, target, "cloned-root");
      System.out.printf(
          "[figures] host-assisted clone of a %.0f MiB disk across namespaces: %.1f s"
              + " (%.1f MiB/s); phases seen %s%n",
          sourceDisk.toFile().length() / 1048576.0,
          seconds,
          sourceDisk.toFile().length() / 1048576.0 / seconds,
          seen);
      ok(jvirt.kubectl("get", "dv", "cloned-root", "-n", target));
      assertThat(seen).anyMatch(s -> s.startsWith(DataVolumePhase.CLONE_SCHEDULED.toString()));
      // the source's bytes did not change, and the copy holds the same bytes
      assertThat(DataVolumes.sha256(sourceDisk)).isEqualTo(before);
      assertThat(DataVolumes.sha256(clonedDisk)).isEqualTo(before);
      assertThat(jvirt.client().pods().inNamespace(namespace).list().getItems())
          .noneMatch(p -> p.getMetadata().getName().endsWith("-source-pod"));

      VirtualMachine vm =
          Guests.cirros(
              jvirt.client(),
              "cloned",
              RunStrategy.ALWAYS,
              "#!/bin/sh\necho 'jvirt-e2e: booted from cloned'\n");
      Volume root = Guests.volume(vm, "containerdisk");
      root.setContainerDisk(null);
      root.setDataVolume(new DataVolumeVolumeSource().setName("cloned-root"));
      Guests.create(jvirt, target, vm);
      VirtualMachineInstance vmi = Guests.awaitRunning(jvirt, target, "cloned", null);
      Guests.awaitConsole(jvirt, target, vmi, "jvirt-e2e: booted from cloned");
      Guests.awaitConsole(jvirt, target, vmi, "login as 'cirros' user");
      ok(jvirt.virtctl("stop", "cloned", "-n", target));
      assertThat(DataVolumes.get(jvirt, namespace, "uploaded-root").getStatus().getPhase())
          .isEqualTo(DataVolumePhase.SUCCEEDED);
    } finally {
      jvirt.deleteNamespace(target);
    }
  }

  @Test
  @Order(10)
  void aCloneWithoutRightsInTheSourceNamespaceIsRefusedNamingBoth() {
    String other = jvirt.namespace("cdi-norbac");
    try {
      String user = DataVolumes.editorOf(jvirt, other, "cloner");
      DataVolume clone =
          DataVolumes.standalone(
              "stolen-root", DataVolumes.pvcClone(namespace, "uploaded-root", "1Gi"));
      try (KubernetesClient asCloner = DataVolumes.impersonating(jvirt, user, other)) {
        assertThatThrownBy(
                () ->
                    asCloner
                        .resources(DataVolume.class)
                        .inNamespace(other)
                        .resource(clone)
                        .create())
            .hasMessageContaining(
                "User "
                    + user
                    + " has insufficient permissions in clone source namespace "
                    + namespace);
      }
      assertThat(jvirt.client().persistentVolumeClaims().inNamespace(other).list().getItems())
          .isEmpty();
      assertThat(jvirt.client().pods().inNamespace(namespace).list().getItems())
          .noneMatch(p -> p.getMetadata().getName().endsWith("-source-pod"));
    } finally {
      jvirt.deleteNamespace(other);
    }
  }

  private static void importUntil(
      String name, String url, String size, Predicate<DataVolume> until) {
    DataVolume dv = DataVolumes.standalone(name, DataVolumes.httpImport(url, size));
    jvirt.client().resources(DataVolume.class).inNamespace(namespace).resource(dv).create();
    await()
        .atMost(DataVolumes.IMPORT)
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> {
              DataVolume live = DataVolumes.get(jvirt, namespace, name);
              return live.getStatus() != null && until.test(live);
            });
  }

  /** Creates a VM importing {@code url}, starts it, and sees the import through to the guest. */
  private static void bootsFromImport(String name, String url) {
    long started = System.nanoTime();
    VirtualMachine vm = DataVolumes.importingVm(jvirt, name, url, "1Gi");
    Guests.create(jvirt, namespace, vm);
    String dvName = name + "-root";
    Set<String> seen = DataVolumes.awaitImported(jvirt, namespace, dvName);
    System.out.printf(
        "[figures] %s imported in %.1f s; phases seen %s%n",
        dvName, (System.nanoTime() - started) / 1e9, seen);
    ok(jvirt.kubectl("get", "dv", dvName, "-n", namespace));
    VirtualMachineInstance vmi = Guests.awaitRunning(jvirt, namespace, name, null);
    // the local class binds on first consumer: virt-controller's temporary pod is that consumer
    // (its event stays; the WaitForFirstConsumer phase itself can pass between two polls)
    assertThat(
            jvirt.client().v1().events().inNamespace(namespace).list().getItems().stream()
                .filter(e -> name.equals(e.getInvolvedObject().getName()))
                .map(io.fabric8.kubernetes.api.model.Event::getMessage))
        .anyMatch(m -> m != null && m.startsWith("Created temporary pod"));
    assertThat(Guests.condition(vmi, "DataVolumesReady", "True")).isPresent();
    Guests.awaitConsole(jvirt, namespace, vmi, "jvirt-e2e: booted from " + name);
    Guests.awaitConsole(jvirt, namespace, vmi, "login as 'cirros' user");
    ok(jvirt.kubectl("get", "vm", name, "-n", namespace));
    ok(jvirt.virtctl("stop", name, "-n", namespace));
  }

  private static DataVolumeCondition running(DataVolume dv) {
    return dv.getStatus().getConditions() == null
        ? new DataVolumeCondition()
        : dv.getStatus().getConditions().stream()
            .filter(c -> "Running".equals(c.getType()))
            .findFirst()
            .orElse(new DataVolumeCondition());
  }

  private static String payload(String file) {
    return jvirt.cluster().root().resolve("blueprints/basic/payload").resolve(file).toString();
  }

  private static void ok(Commands.Result result) {
    assertThat(result.exitCode()).as(result.output()).isZero();
  }
}
