package io.jvirt.cdi.operator.decide;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jvirt.cdi.api.v1beta1.CDI;
import io.jvirt.cdi.contract.CdiComponents;
import java.util.List;

/** Renders cdi-controller's Deployment ({@code cdi-deployment}) for a CDI CR. */
public final class ControllerDeployment {
  /** The controller's entry point in the component image. */
  public static final String MAIN_CLASS = "io.jvirt.cdi.controller.CdiControllerMain";

  private ControllerDeployment() {}

  /** What the operator deploys, and with which images. */
  public record Images(String controller, String importer, String pullPolicy) {}

  /** The Deployment in {@code namespace} for {@code cdi}, owned by it. */
  public static Deployment render(CDI cdi, String namespace, Images images) {
    String pullPolicy = pullPolicy(cdi, images);
    return new ComponentShape(
            CdiComponents.CONTROLLER_DEPLOYMENT,
            "cdi-controller",
            CdiComponents.CONTROLLER_LABEL,
            CdiComponents.CONTROLLER_ACCOUNT,
            MAIN_CLASS,
            "128m",
            "150Mi",
            List.of(
                ComponentShape.env(CdiComponents.ENV_IMPORTER_IMAGE, images.importer()),
                ComponentShape.env(CdiComponents.ENV_PULL_POLICY, pullPolicy),
                ComponentShape.env(CdiComponents.ENV_NAMESPACE, namespace),
                ComponentShape.env(
                    CdiComponents.ENV_HEALTH_PORT, Integer.toString(CdiComponents.HEALTH_PORT))),
            CdiComponents.HEALTH_PORT,
            "HTTP",
            "/readyz")
        .render(cdi, namespace, images.controller(), pullPolicy);
  }

  /** The CR's pull policy, else the operator's. */
  static String pullPolicy(CDI cdi, Images images) {
    return cdi.getSpec() != null && cdi.getSpec().getImagePullPolicy() != null
        ? cdi.getSpec().getImagePullPolicy()
        : images.pullPolicy();
  }

  /** The CR as the controller reference of what it deploys. */
  public static OwnerReference owner(CDI cdi) {
    return new OwnerReferenceBuilder()
        .withApiVersion(cdi.getApiVersion())
        .withKind(cdi.getKind())
        .withName(cdi.getMetadata().getName())
        .withUid(cdi.getMetadata().getUid())
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build();
  }
}
