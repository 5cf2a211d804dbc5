package io.jvirt.installer.install;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.cdi.api.v1beta1.CDI;
import io.jvirt.contract.KubevirtAnnotations;
import io.jvirt.contract.KubevirtLabels;
import io.jvirt.installer.install.decide.Changes;
import io.jvirt.installer.render.DeployUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Removes jvirt from one cluster: refuses while {@link UserVmObjects} exist (unless told to delete
 * them, and then names each one), then deletes in reverse order — registrations first so nothing
 * calls a virt-api that is going, CRDs last — and clears what virt-handler wrote on nodes.
 */
public final class ClusterUninstall {
  private final ClusterOp op;
  private final KubernetesClient client;

  /** Acts through {@code op}. */
  public ClusterUninstall(ClusterOp op) {
    this.op = op;
    this.client = op.client();
  }

  /** Uninstalls {@code units}; never throws. */
  public ClusterReport uninstall(List<DeployUnit> units, boolean deleteVms, boolean dryRun) {
    Instant started = op.clock().instant();
    String version = "?";
    try {
      version = client.getKubernetesVersion().getGitVersion();
      List<HasMetadata> vmObjects = UserVmObjects.list(client);
      if (!vmObjects.isEmpty() && !deleteVms) {
        throw new InstallFailure(
            "refused: "
                + vmObjects.size()
                + " VM workloads exist ("
                + UserVmObjects.names(vmObjects, 3)
                + "); delete them first or pass --delete-vms");
      }
      for (HasMetadata vmObject : vmObjects) {
        op.step((dryRun ? "would delete " : "deleting ") + Changes.name(vmObject));
        if (!dryRun) {
          client.resource(vmObject).delete();
        }
      }
      if (!dryRun && !vmObjects.isEmpty()) {
        awaitNoUserVmObjects();
      }
      List<HasMetadata> order = deletionOrder(units);
      int deleted = 0;
      for (HasMetadata object : order) {
        if (dryRun) {
          if (client.resource(object).get() != null) {
            op.step("would delete " + Changes.name(object));
            deleted++;
          }
        } else if (!client.resource(object).delete().isEmpty()) {
          deleted++;
          if (object instanceof CDI) {
            // its operator removes what it deployed, then the finalizer: it must outlive the CR
            awaitDeleted(object);
          }
        }
      }
      if (!dryRun) {
        op.step("deleted " + deleted + " objects; waiting for them to go");
        awaitGone(order);
        // only now: a stopping virt-handler writes its node's label one last time
        clearNodes();
      }
      String detail =
          (dryRun ? "dry run: would delete " : "deleted ")
              + deleted
              + " objects and "
              + vmObjects.size()
              + " VM workloads";
      return op.succeeded(started, version, detail);
    } catch (RuntimeException e) {
      return op.failed(started, version, e);
    }
  }

  /** Registrations first, then everything in reverse apply order, CRDs last. */
  static List<HasMetadata> deletionOrder(List<DeployUnit> units) {
    List<HasMetadata> all = new ArrayList<>();
    for (DeployUnit unit : units) {
      all.addAll(unit.objects());
    }
    List<HasMetadata> reversed = new ArrayList<>(all);
    java.util.Collections.reverse(reversed);
    reversed.sort(Comparator.comparingInt(ClusterUninstall::rank));
    return reversed;
  }

  private static int rank(HasMetadata object) {
    if (object instanceof MutatingWebhookConfiguration
        || object instanceof ValidatingWebhookConfiguration
        || "APIService".equals(object.getKind())) {
      return 0;
    }
    return object instanceof CustomResourceDefinition ? 2 : 1;
  }

  private void awaitNoUserVmObjects() {
    op.step("waiting for the VM workloads to go");
    Poll.until(
        op.target().name(),
        () -> UserVmObjects.list(client).isEmpty() ? Optional.of(true) : Optional.empty(),
        op.timeout(),
        () ->
            "waiting for VM workloads to go: "
                + UserVmObjects.names(UserVmObjects.list(client), 3));
  }

  private void awaitGone(List<HasMetadata> objects) {
    List<HasMetadata> namespaces =
        objects.stream().filter(o -> "Namespace".equals(o.getKind())).toList();
    Poll.until(
        op.target().name(),
        () ->
            namespaces.stream().allMatch(n -> client.resource(n).get() == null)
                ? Optional.of(true)
                : Optional.empty(),
        op.timeout(),
        () -> "waiting for the install namespace to be deleted");
  }

  private void clearNodes() {
    for (var node : client.nodes().withLabel(KubevirtLabels.SCHEDULABLE).list().getItems()) {
      client
          .nodes()
          .withName(node.getMetadata().getName())
          .edit(
              n -> {
                n.getMetadata().getLabels().remove(KubevirtLabels.SCHEDULABLE);
                if (n.getMetadata().getAnnotations() != null) {
                  n.getMetadata().getAnnotations().remove(KubevirtAnnotations.HEARTBEAT);
                }
                return n;
              });
    }
  }

  private void awaitDeleted(HasMetadata object) {
    op.step("waiting for " + Changes.name(object) + " to be removed by its operator");
    Poll.until(
        op.target().name(),
        () -> client.resource(object).get() == null ? Optional.of(true) : Optional.empty(),
        op.timeout(),
        () -> "waiting for " + Changes.name(object) + " to be removed by its operator");
  }
}
