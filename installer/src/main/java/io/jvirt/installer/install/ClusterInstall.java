package io.jvirt.installer.install;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.VersionInfo;
import io.jvirt.api.v1.KubeVirt;
import io.jvirt.cdi.api.v1beta1.CDI;
import io.jvirt.cdi.contract.CdiComponents;
import io.jvirt.installer.install.decide.ApplyCounts;
import io.jvirt.installer.install.decide.Changes;
import io.jvirt.installer.install.decide.ImageProblems;
import io.jvirt.installer.install.decide.Readiness;
import io.jvirt.installer.install.decide.VersionSupport;
import io.jvirt.installer.render.DeployUnit;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Installs the units onto one cluster: checks the Kubernetes version, server-side applies each unit
 * in order, and after the KubeVirt CR waits until it reports Available (failing early when a
 * component's image is not there).
 */
public final class ClusterInstall {
  /** Field manager of everything the installer applies. */
  public static final String FIELD_MANAGER = "jvirt-installer";

  private final ClusterOp op;
  private final KubernetesClient client;

  /** Acts through {@code op}. */
  public ClusterInstall(ClusterOp op) {
    this.op = op;
    this.client = op.client();
  }

  /** Applies (or with {@code dryRun} only compares) {@code units}; never throws. */
  public ClusterReport install(List<DeployUnit> units, boolean dryRun) {
    Instant started = op.clock().instant();
    String version = "?";
    try {
      VersionInfo info = client.getKubernetesVersion();
      version = info.getGitVersion();
      VersionSupport.refusal(info.getMajor(), info.getMinor(), version)
          .ifPresent(
              refusal -> {
                throw new InstallFailure(refusal);
              });
      ApplyCounts counts = ApplyCounts.NONE;
      for (DeployUnit unit : units) {
        op.step(
            (dryRun ? "comparing " : "applying ")
                + unit.name()
                + " ("
                + unit.objects().size()
                + " objects)");
        for (HasMetadata object : unit.objects()) {
          counts = dryRun ? compare(object, counts) : apply(object, counts);
        }
        for (HasMetadata object : unit.objects()) {
          if (object instanceof KubeVirt kv && !dryRun) {
            awaitAvailable(kv.getMetadata().getNamespace(), kv.getMetadata().getName());
          }
          if (object instanceof CDI cdi && !dryRun) {
            awaitDeployed(cdi.getMetadata().getName());
          }
        }
      }
      String detail =
          dryRun
              ? "dry run: would be " + counts.asWouldBe()
              : counts
                  + "; KubeVirt Available"
                  + (units.stream()
                          .anyMatch(u -> u.objects().stream().anyMatch(CDI.class::isInstance))
                      ? ", CDI Deployed"
                      : "");
      return op.succeeded(started, version, detail);
    } catch (RuntimeException e) {
      return op.failed(started, version, e);
    }
  }

  private ApplyCounts apply(HasMetadata object, ApplyCounts counts) {
    HasMetadata live = client.resource(object).get();
    HasMetadata applied =
        client.resource(object).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
    return counts.count(
        live == null ? null : live.getMetadata().getResourceVersion(),
        applied.getMetadata().getResourceVersion());
  }

  private ApplyCounts compare(HasMetadata object, ApplyCounts counts) {
    HasMetadata live = client.resource(object).get();
    if (live == null) {
      op.step("would create " + Changes.name(object));
      return counts.count(null, "");
    }
    HasMetadata planned =
        client
            .resource(object)
            .dryRun()
            .fieldManager(FIELD_MANAGER)
            .forceConflicts()
            .serverSideApply();
    boolean same = Changes.same(live, planned);
    if (!same) {
      op.step("would update " + Changes.name(object));
    }
    return counts.count("live", same ? "live" : "changed");
  }

  private void awaitAvailable(String namespace, String name) {
    AtomicReference<String> last = new AtomicReference<>("");
    Poll.until(
        op.target().name(),
        () -> {
          KubeVirt kv =
              client.resources(KubeVirt.class).inNamespace(namespace).withName(name).get();
          if (Readiness.available(kv)) {
            return Optional.of(true);
          }
          String where = Readiness.describe(kv);
          if (!where.equals(last.getAndSet(where))) {
            op.step("waiting for KubeVirt " + name + ": " + where);
          }
          ImageProblems.of(client.pods().inNamespace(namespace).list().getItems())
              .ifPresent(
                  problem -> {
                    throw new InstallFailure(problem);
                  });
          return Optional.empty();
        },
        op.timeout(),
        () -> "waiting for KubeVirt " + name + " to be Available (" + last.get() + ")");
  }

  private void awaitDeployed(String name) {
    AtomicReference<String> last = new AtomicReference<>("");
    Poll.until(
        op.target().name(),
        () -> {
          CDI cdi = client.resources(CDI.class).withName(name).get();
          if (Readiness.deployed(cdi)) {
            return Optional.of(true);
          }
          String where = Readiness.describe(cdi);
          if (!where.equals(last.getAndSet(where))) {
            op.step("waiting for CDI " + name + ": " + where);
          }
          ImageProblems.of(client.pods().inNamespace(CdiComponents.NAMESPACE).list().getItems())
              .ifPresent(
                  problem -> {
                    throw new InstallFailure(problem);
                  });
          return Optional.empty();
        },
        op.timeout(),
        () -> "waiting for CDI " + name + " to be Deployed (" + last.get() + ")");
  }
}
