package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeResourceRequirementsBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.jvirt.api.v1.DataVolumeTemplateSpec;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.volume.DataVolumeVolumeSource;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceHTTP;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourcePVC;
import io.jvirt.cdi.api.v1beta1.DataVolumeSpec;
import io.jvirt.cdi.api.v1beta1.StorageSpec;
import io.jvirt.installer.model.Images;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.testing.Commands;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DataVolume helpers of the CDI tests: the in-cluster file host and VMs booting from imports. */
final class DataVolumes {
  /** The file host's port (its image's default). */
  static final int FILE_HOST_PORT = 8080;

  /** From creation to an imported disk, under two busy cores. */
  static final Duration IMPORT = Duration.ofMinutes(4);

  /**
   * The phases an import may pass through, in order; a new importer pod (scratch space asked for, a
   * retry) takes ImportInProgress back to ImportScheduled, so those two share a rank.
   */
  private static final List<List<DataVolumePhase>> IMPORT_ORDER =
      List.of(
          List.of(DataVolumePhase.PENDING),
          List.of(DataVolumePhase.WAIT_FOR_FIRST_CONSUMER),
          List.of(DataVolumePhase.PENDING_POPULATION),
          List.of(DataVolumePhase.PVC_BOUND),
          List.of(DataVolumePhase.IMPORT_SCHEDULED, DataVolumePhase.IMPORT_IN_PROGRESS),
          List.of(DataVolumePhase.SUCCEEDED));

  private DataVolumes() {}

  /**
   * Starts the test file host (upstream CDI's idea: an HTTP server with the guest disk) in {@code
   * namespace}; returns its base URL on the pod IP (the local cluster has no DNS).
   */
  static String startFileHost(Jvirt jvirt, String namespace) {
    var pod =
        new PodBuilder()
            .withNewMetadata()
            .withName("file-host")
            .withLabels(Map.of("app", "file-host"))
            .endMetadata()
            .withNewSpec()
            .addNewContainer()
            .withName("file-host")
            .withImage(Images.reference(InstallSettings.defaults(), Images.FILE_HOST))
            .withImagePullPolicy("IfNotPresent")
            .addNewPort()
            .withContainerPort(FILE_HOST_PORT)
            .endPort()
            .withNewReadinessProbe()
            .withNewHttpGet()
            .withPath("/healthz")
            .withNewPort(FILE_HOST_PORT)
            .endHttpGet()
            .withPeriodSeconds(1)
            .endReadinessProbe()
            .endContainer()
            .endSpec()
            .build();
    jvirt.client().pods().inNamespace(namespace).resource(pod).create();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              var live = jvirt.client().pods().inNamespace(namespace).withName("file-host").get();
              return live.getStatus() != null
                  && live.getStatus().getConditions() != null
                  && live.getStatus().getConditions().stream()
                      .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
            });
    String ip =
        jvirt
            .client()
            .pods()
            .inNamespace(namespace)
            .withName("file-host")
            .get()
            .getStatus()
            .getPodIP();
    return "http://" + ip + ":" + FILE_HOST_PORT;
  }

  /**
   * Waits for an import to succeed, looking twice a second; returns each "phase progress" seen
   * after checking the phases only moved forward and the progress ended at 100%. A small image can
   * be imported between two looks at the importer pod, so ImportInProgress may never be written: it
   * is allowed, not required.
   */
  static Set<String> awaitImported(Jvirt jvirt, String namespace, String name) {
    Set<String> seen = new LinkedHashSet<>();
    List<DataVolumePhase> phases = new ArrayList<>();
    await()
        .atMost(IMPORT)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              DataVolume dv = get(jvirt, namespace, name);
              if (dv == null || dv.getStatus() == null || dv.getStatus().getPhase() == null) {
                return false;
              }
              seen.add(dv.getStatus().getPhase() + " " + dv.getStatus().getProgress());
              phases.add(dv.getStatus().getPhase());
              return dv.getStatus().getPhase() == DataVolumePhase.SUCCEEDED;
            });
    assertThat(phases)
        .as("phases of %s: %s", name, seen)
        .allMatch(phase -> importRank(phase) >= 0)
        .isSortedAccordingTo(Comparator.comparingInt(DataVolumes::importRank));
    assertThat(get(jvirt, namespace, name).getStatus().getProgress()).isEqualTo("100.0%");
    return seen;
  }

  private static int importRank(DataVolumePhase phase) {
    for (int rank = 0; rank < IMPORT_ORDER.size(); rank++) {
      if (IMPORT_ORDER.get(rank).contains(phase)) {
        return rank;
      }
    }
    return -1;
  }

  /**
   * vm-cirros with its containerDisk replaced by a DataVolume template importing {@code url} into a
   * {@code size} claim of the default class, as upstream's vm-with-datavolume examples do.
   */
  static VirtualMachine importingVm(Jvirt jvirt, String name, String url, String size) {
    VirtualMachine vm =
        Guests.cirros(
            jvirt.client(),
            name,
            RunStrategy.ALWAYS,
            "#!/bin/sh\necho 'jvirt-e2e: booted from " + name + "'\n");
    String dvName = name + "-root";
    DataVolumeTemplateSpec template = new DataVolumeTemplateSpec();
    template.setMetadata(new ObjectMetaBuilder().withName(dvName).build());
    template.setSpec(httpImport(url, size));
    vm.getSpec().setDataVolumeTemplates(new ArrayList<>(List.of(template)));
    var volume = Guests.volume(vm, "containerdisk");
    volume.setContainerDisk(null);
    volume.setDataVolume(new DataVolumeVolumeSource().setName(dvName));
    return vm;
  }

  /** A DataVolume spec importing {@code url} into a ReadWriteOnce claim of {@code size}. */
  static DataVolumeSpec httpImport(String url, String size) {
    DataVolumeSourceHTTP http = new DataVolumeSourceHTTP();
    http.setUrl(url);
    io.jvirt.cdi.api.v1beta1.DataVolumeSource source =
        new io.jvirt.cdi.api.v1beta1.DataVolumeSource();
    source.setHttp(http);
    StorageSpec storage = new StorageSpec();
    storage.setAccessModes(List.of("ReadWriteOnce"));
    storage.setResources(
        new VolumeResourceRequirementsBuilder()
            .addToRequests("storage", new Quantity(size))
            .build());
    DataVolumeSpec spec = new DataVolumeSpec();
    spec.setSource(source);
    spec.setStorage(storage);
    return spec;
  }

  /** A DataVolume spec of a blank disk in a ReadWriteOnce claim of {@code size}. */
  static DataVolumeSpec blank(String size) {
    DataVolumeSpec spec = httpImport("http://unused", size);
    io.jvirt.cdi.api.v1beta1.DataVolumeSource source =
        new io.jvirt.cdi.api.v1beta1.DataVolumeSource();
    source.setBlank(new io.jvirt.cdi.api.v1beta1.DataVolumeBlankImage());
    spec.setSource(source);
    return spec;
  }

  /** A dataVolumeTemplate {@code name} with {@code spec}. */
  static DataVolumeTemplateSpec template(String name, DataVolumeSpec spec) {
    DataVolumeTemplateSpec template = new DataVolumeTemplateSpec();
    template.setMetadata(new ObjectMetaBuilder().withName(name).build());
    template.setSpec(spec);
    return template;
  }

  /**
   * A standalone DataVolume {@code name}: no VM consumes it, so it asks for immediate binding, as
   * upstream's users do on WaitForFirstConsumer classes.
   */
  static DataVolume standalone(String name, DataVolumeSpec spec) {
    DataVolume dv = new DataVolume();
    dv.setMetadata(
        new ObjectMetaBuilder()
            .withName(name)
            .withAnnotations(Map.of("cdi.kubevirt.io/storage.bind.immediate.requested", "true"))
            .build());
    dv.setSpec(spec);
    return dv;
  }

  /**
   * A qcow2 made here from the cirros containerDisk's disk (hack/guest-images' image tar):
   * extracted and rewritten by qemu-img, the file a user would upload.
   */
  static Path cirrosQcow2(Jvirt jvirt) {
    Path out = jvirt.cluster().root().resolve("target/e2e-upload/cirros-upload.qcow2");
    String script =
        String.join(
            "\n",
            "set -euo pipefail",
            "tar=$(hack/guest-images 2>/dev/null | grep '/cirros-container-disk-demo.tar$')",
            "dir=$(dirname \"$1\"); mkdir -p \"$dir\"",
            "layer=$(tar -tf \"$tar\" | grep 'layer.tar$' | head -1)",
            "tar -xOf \"$tar\" \"$layer\" | tar -xO disk/disk.qcow2 > \"$dir/source.qcow2\"",
            "qemu-img convert -f qcow2 -O qcow2 \"$dir/source.qcow2\" \"$1\"",
            "rm -f \"$dir/source.qcow2\"");
    Commands.Result made =
        Commands.run(
            jvirt.cluster().root(),
            Duration.ofMinutes(5),
            List.of("bash", "-c", script, "cirros-qcow2", out.toString()));
    if (made.exitCode() != 0) {
      throw new IllegalStateException("cannot make the qcow2 to upload: " + made.output());
    }
    return out;
  }

  /** A DataVolume spec cloning the PVC {@code namespace/name} into a claim of {@code size}. */
  static DataVolumeSpec pvcClone(String namespace, String name, String size) {
    DataVolumeSpec spec = httpImport("http://unused", size);
    DataVolumeSourcePVC pvc = new DataVolumeSourcePVC();
    pvc.setNamespace(namespace);
    pvc.setName(name);
    io.jvirt.cdi.api.v1beta1.DataVolumeSource source =
        new io.jvirt.cdi.api.v1beta1.DataVolumeSource();
    source.setPvc(pvc);
    spec.setSource(source);
    return spec;
  }

  /** The disk.img of DataVolume {@code name}'s claim, on this host (the local PV's directory). */
  static Path diskOnHost(Jvirt jvirt, String namespace, String name) {
    String volume =
        jvirt
            .client()
            .persistentVolumeClaims()
            .inNamespace(namespace)
            .withName(name)
            .get()
            .getSpec()
            .getVolumeName();
    String path =
        jvirt.client().persistentVolumes().withName(volume).get().getSpec().getLocal().getPath();
    return Path.of(path, "disk.img");
  }

  /** The SHA-256 of {@code file}, hex. */
  static String sha256(Path file) {
    try (var in = java.nio.file.Files.newInputStream(file)) {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 20];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot hash " + file, e);
    }
  }

  /**
   * A service account {@code name} of {@code namespace} with the built-in edit role there (and
   * nothing elsewhere); its user name.
   */
  static String editorOf(Jvirt jvirt, String namespace, String name) {
    jvirt
        .client()
        .serviceAccounts()
        .inNamespace(namespace)
        .resource(
            new io.fabric8.kubernetes.api.model.ServiceAccountBuilder()
                .withNewMetadata()
                .withName(name)
                .endMetadata()
                .build())
        .create();
    jvirt
        .client()
        .rbac()
        .roleBindings()
        .inNamespace(namespace)
        .resource(
            new io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder()
                .withNewMetadata()
                .withName(name + "-edit")
                .endMetadata()
                .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", "edit")
                .addNewSubject()
                .withKind("ServiceAccount")
                .withName(name)
                .withNamespace(namespace)
                .endSubject()
                .build())
        .create();
    return "system:serviceaccount:" + namespace + ":" + name;
  }

  /** A client acting as the service account {@code user} of {@code namespace}. */
  static KubernetesClient impersonating(Jvirt jvirt, String user, String namespace) {
    Config config =
        new ConfigBuilder(jvirt.client().getConfiguration())
            .withImpersonateUsername(user)
            .withImpersonateGroups(
                "system:serviceaccounts",
                "system:serviceaccounts:" + namespace,
                "system:authenticated")
            .build();
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  /** The DataVolume {@code name}, or null. */
  static DataVolume get(Jvirt jvirt, String namespace, String name) {
    return jvirt.client().resources(DataVolume.class).inNamespace(namespace).withName(name).get();
  }
}
