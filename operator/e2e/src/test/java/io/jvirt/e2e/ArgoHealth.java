package io.jvirt.e2e;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Argo CD's health decisions on live jvirt objects: watches record the first object seen in each
 * state (VM printable status, VMI phase, DataVolume phase), and Argo CD's own code (its CLI's
 * {@code admin settings resource-overrides health}) judges each, with jvirt's health overrides and
 * with Argo CD's built-in checks alone.
 */
final class ArgoHealth implements AutoCloseable {
  /** One judged state: the object's kind and state, and the status each set of checks gave. */
  record Decision(String kind, String state, String builtIn, String jvirt, String message) {}

  private static final List<String[]> KINDS =
      List.of(
          new String[] {"kubevirt.io/v1", "VirtualMachine"},
          new String[] {"kubevirt.io/v1", "VirtualMachineInstance"},
          new String[] {"cdi.kubevirt.io/v1beta1", "DataVolume"});

  private final Map<String, GenericKubernetesResource> firstSeen = new ConcurrentHashMap<>();
  private final List<Watch> watches = new ArrayList<>();

  /** Starts recording the states of every VM, VMI and DataVolume in {@code namespaces}. */
  ArgoHealth(KubernetesClient client, List<String> namespaces) {
    for (String namespace : namespaces) {
      for (String[] kind : KINDS) {
        watches.add(
            client
                .genericKubernetesResources(kind[0], kind[1])
                .inNamespace(namespace)
                .watch(
                    new Watcher<>() {
                      @Override
                      public void eventReceived(Action action, GenericKubernetesResource object) {
                        if (action != Action.DELETED && action != Action.ERROR) {
                          String state = state(object);
                          if (state != null) {
                            firstSeen.putIfAbsent(object.getKind() + " " + state, object);
                          }
                        }
                      }

                      @Override
                      public void onClose(WatcherException cause) {}
                    }));
      }
    }
  }

  /** True once an object of {@code kind} was seen in {@code state}. */
  boolean seen(String kind, String state) {
    return firstSeen.containsKey(kind + " " + state);
  }

  /** The states seen so far, as {@code Kind state}. */
  List<String> seen() {
    return firstSeen.keySet().stream().sorted().toList();
  }

  /**
   * Argo CD's decision on the object first seen in {@code state}: with Argo CD's built-in checks
   * and with {@code argocdCm} (jvirt's health overrides) merged in.
   */
  Decision judge(GitOpsHost host, Path work, Path argocdCm, String kind, String state) {
    GenericKubernetesResource object = firstSeen.get(kind + " " + state);
    if (object == null) {
      throw new IllegalStateException(kind + " never seen " + state + "; seen: " + seen());
    }
    object.getMetadata().setManagedFields(null);
    Path file = write(work, kind + "-" + state.replaceAll("[^A-Za-z]", "") + ".yaml", object);
    Path builtIn = write(work, "argocd-cm-empty.yaml", emptyArgocdCm());
    List<String> withBuiltIn = health(host, file, builtIn);
    List<String> withJvirt = health(host, file, argocdCm);
    return new Decision(kind, state, withBuiltIn.get(0), withJvirt.get(0), withJvirt.get(1));
  }

  @Override
  public void close() {
    watches.forEach(Watch::close);
  }

  /** The state the tests name an object by; null for none worth judging yet. */
  static String state(GenericKubernetesResource object) {
    Object status = JvirtObjects.at(object, "status");
    if (!(status instanceof Map<?, ?> fields)) {
      return null;
    }
    String state =
        switch (object.getKind()) {
          case "VirtualMachine" -> (String) fields.get("printableStatus");
          case "VirtualMachineInstance" -> vmiState(fields);
          default -> dataVolumeState(fields);
        };
    // Argo CD calls anything being deleted Progressing, whatever its state
    return state != null && object.getMetadata().getDeletionTimestamp() != null
        ? state + " (deleting)"
        : state;
  }

  private static String vmiState(Map<?, ?> status) {
    Object phase = status.get("phase");
    if (!"Running".equals(phase)) {
      return (String) phase;
    }
    if (hasCondition(status, "Paused", "True", null)) {
      return "Paused";
    }
    return hasCondition(status, "Ready", "True", null) ? "Running" : "Running (not ready)";
  }

  private static String dataVolumeState(Map<?, ?> status) {
    Object phase = status.get("phase");
    if (phase == null) {
      return null;
    }
    return hasCondition(status, "Running", "False", "Error") ? phase + " (error)" : (String) phase;
  }

  private static boolean hasCondition(Map<?, ?> status, String type, String value, String reason) {
    if (!(status.get("conditions") instanceof List<?> conditions)) {
      return false;
    }
    return conditions.stream()
        .filter(Map.class::isInstance)
        .map(Map.class::cast)
        .anyMatch(
            c ->
                type.equals(c.get("type"))
                    && value.equals(c.get("status"))
                    && (reason == null || reason.equals(c.get("reason"))));
  }

  /** Status and message Argo CD's health code gives {@code file} under {@code argocdCm}. */
  static List<String> health(GitOpsHost host, Path file, Path argocdCm) {
    String output =
        host.argocd(
            "admin",
            "settings",
            "resource-overrides",
            "health",
            file.toString(),
            "--argocd-cm-path",
            argocdCm.toString());
    String status = null;
    String message = "";
    for (String line : output.split("\n")) {
      if (line.startsWith("STATUS: ")) {
        status = line.substring("STATUS: ".length()).strip();
      } else if (line.startsWith("MESSAGE: ")) {
        message = line.substring("MESSAGE: ".length()).strip();
      }
    }
    if (status == null) {
      throw new IllegalStateException("no STATUS line from Argo CD for " + file + ":\n" + output);
    }
    return List.of(status, message);
  }

  private static Object emptyArgocdCm() {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName("argocd-cm")
        .withNamespace(ArgoObjects.NAMESPACE)
        .endMetadata()
        .build();
  }

  /** Writes {@code object} as YAML to {@code dir/name}, for Argo CD's CLI to read. */
  static Path write(Path dir, String name, Object object) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(name);
      Files.writeString(file, Serialization.asYaml(object));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
