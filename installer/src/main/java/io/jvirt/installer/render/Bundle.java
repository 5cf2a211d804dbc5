package io.jvirt.installer.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jvirt.apiserver.registration.ApiRegistration;
import io.jvirt.cdi.api.v1beta1.CDI;
import io.jvirt.crds.CrdCatalog;
import io.jvirt.crds.CrdGeneration;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Names;
import io.jvirt.installer.model.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole installation as typed objects, in deployable units and in apply order: the one model
 * every writer (plain YAML, Helm, Rafay, Argo CD, Flux) renders.
 *
 * <p>{@code kubevirt-operator} holds the namespace, CRDs, RBAC, workloads and registrations; {@code
 * kubevirt-cr} the KubeVirt CR, applied once the first unit is healthy. Profile {@code basic+cdi}
 * adds {@code cdi-operator} and {@code cdi-cr} (completed with the CDI side).
 */
public final class Bundle {
  private Bundle() {}

  /** The units of {@code profile} under {@code settings}. */
  public static List<DeployUnit> units(Profile profile, InstallSettings settings) {
    List<DeployUnit> units = new ArrayList<>();
    List<HasMetadata> operator = new ArrayList<>();
    operator.add(KubeVirtResources.namespace(settings));
    operator.addAll(kept(CrdGeneration.generate(CrdCatalog.KUBEVIRT)));
    operator.addAll(Rbac.objects(settings));
    operator.addAll(Workloads.objects(settings));
    // caBundle empty: virt-api writes its CA there when it starts (and on every CA rotation)
    ApiRegistration registration = new ApiRegistration(settings.namespace(), null);
    operator.add(registration.mutating());
    operator.add(registration.validating());
    operator.addAll(registration.apiServices());
    units.add(new DeployUnit("kubevirt-operator", operator));
    units.add(new DeployUnit("kubevirt-cr", List.of(KubeVirtResources.kubeVirt(settings))));
    if (profile == Profile.BASIC_CDI) {
      units.add(
          new DeployUnit(
              "cdi-operator", new ArrayList<>(kept(CrdGeneration.generate(CrdCatalog.CDI_GROUP)))));
      units.add(new DeployUnit("cdi-cr", List.of(cdi())));
    }
    return units;
  }

  /** Every object of every unit, in apply order. */
  public static List<HasMetadata> objects(Profile profile, InstallSettings settings) {
    return units(profile, settings).stream().flatMap(u -> u.objects().stream()).toList();
  }

  /**
   * Deleting a CRD deletes every object of its kind — every VM — so a Helm uninstall must leave
   * them (other tools ignore the annotation; jvirt's own uninstall removes CRDs only when no VM is
   * left).
   */
  private static <T extends HasMetadata> List<T> kept(List<T> crds) {
    for (T crd : crds) {
      if (crd.getMetadata().getAnnotations() == null) {
        crd.getMetadata().setAnnotations(new java.util.LinkedHashMap<>());
      }
      crd.getMetadata().getAnnotations().put("helm.sh/resource-policy", "keep");
    }
    return crds;
  }

  private static CDI cdi() {
    CDI cdi = new CDI();
    cdi.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
            .withName("cdi")
            .withLabels(Names.labels("cdi-cr"))
            .build());
    cdi.setSpec(new io.jvirt.cdi.api.v1beta1.CDISpec());
    return cdi;
  }
}
