package io.jvirt.installer.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jvirt.apiserver.registration.ApiRegistration;
import io.jvirt.crds.CrdCatalog;
import io.jvirt.crds.CrdGeneration;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.model.RafayDelivery;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole installation as typed objects, in deployable units and in apply order: the one model
 * every writer (plain YAML, Helm, Rafay, Argo CD, Flux) renders.
 *
 * <p>{@code kubevirt-operator} holds the namespace, CRDs, RBAC, components and registrations;
 * {@code kubevirt-cr} the KubeVirt CR, applied once the first unit is healthy. Profile {@code
 * basic+cdi} adds {@code cdi-operator} (CDI's CRDs, RBAC and operator) and {@code cdi-cr} (the CDI
 * CR, applied once the operator runs); the Rafay rendering of {@code basic} ships them too, as
 * workloads.
 */
public final class Bundle {
  /** The unit with the namespace, CRDs, RBAC, components and registrations. */
  public static final String KUBEVIRT_OPERATOR = "kubevirt-operator";

  /** The unit with the KubeVirt CR; healthy once KubeVirt is Deployed. */
  public static final String KUBEVIRT_CR = "kubevirt-cr";

  /** The unit with CDI's CRDs, RBAC and operator. */
  public static final String CDI_OPERATOR = "cdi-operator";

  /** The unit with the CDI CR; healthy once CDI is Deployed. */
  public static final String CDI_CR = "cdi-cr";

  private Bundle() {}

  /** The units of {@code profile} under {@code settings}. */
  public static List<DeployUnit> units(Profile profile, InstallSettings settings) {
    List<DeployUnit> units = kubeVirt(settings);
    if (profile.installsCdi()) {
      units.addAll(cdi(settings, profile.rafayCdi()));
    }
    return units;
  }

  /**
   * The units of {@code profile}'s Rafay rendering: its own, and CDI's however the profile delivers
   * them to Rafay, even where it does not install CDI.
   */
  public static List<DeployUnit> rafayUnits(Profile profile, InstallSettings settings) {
    List<DeployUnit> units = kubeVirt(settings);
    units.addAll(cdi(settings, profile.rafayCdi()));
    return units;
  }

  /** Every object of every unit, in apply order. */
  public static List<HasMetadata> objects(Profile profile, InstallSettings settings) {
    return units(profile, settings).stream().flatMap(u -> u.objects().stream()).toList();
  }

  private static List<DeployUnit> kubeVirt(InstallSettings settings) {
    List<HasMetadata> operator = new ArrayList<>();
    operator.add(KubeVirtResources.namespace(settings));
    operator.addAll(kept(CrdGeneration.generate(CrdCatalog.KUBEVIRT)));
    operator.addAll(Rbac.objects(settings));
    operator.addAll(ComponentDeployments.objects(settings));
    // caBundle empty: virt-api writes its CA there when it starts (and on every CA rotation)
    ApiRegistration registration = new ApiRegistration(settings.namespace(), null);
    operator.add(registration.mutating());
    operator.add(registration.validating());
    operator.addAll(registration.apiServices());
    List<DeployUnit> units = new ArrayList<>();
    units.add(new DeployUnit(KUBEVIRT_OPERATOR, operator));
    units.add(new DeployUnit(KUBEVIRT_CR, List.of(KubeVirtResources.kubeVirt(settings))));
    return units;
  }

  private static List<DeployUnit> cdi(InstallSettings settings, RafayDelivery rafay) {
    List<HasMetadata> operator = new ArrayList<>();
    operator.addAll(kept(CrdGeneration.generate(CrdCatalog.CDI_GROUP)));
    operator.addAll(CdiResources.operator(settings));
    return List.of(
        new DeployUnit(CDI_OPERATOR, operator, rafay),
        new DeployUnit(CDI_CR, List.of(CdiResources.cr()), rafay));
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
}
