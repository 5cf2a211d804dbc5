package io.jvirt.cdi.operator.decide;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jvirt.cdi.api.v1beta1.CDI;
import io.jvirt.cdi.contract.CdiComponents;
import io.jvirt.cdi.contract.CdiLabels;
import java.util.List;
import java.util.Map;

/**
 * Renders the upload path's components for a CDI CR: cdi-apiserver (the upload token API) and
 * cdi-uploadproxy, each a Deployment from the component image and a Service 443 → 8443.
 */
public final class UploadComponents {
  /** cdi-apiserver's entry point in the component image. */
  public static final String APISERVER_MAIN = "io.jvirt.cdi.apiserver.CdiApiServerMain";

  /** cdi-uploadproxy's entry point in the component image. */
  public static final String UPLOAD_PROXY_MAIN = "io.jvirt.cdi.uploadproxy.UploadProxyMain";

  private UploadComponents() {}

  /** cdi-apiserver's and cdi-uploadproxy's Deployments in {@code namespace}, owned by the CR. */
  public static List<Deployment> deployments(
      CDI cdi, String namespace, ControllerDeployment.Images images) {
    String pullPolicy = ControllerDeployment.pullPolicy(cdi, images);
    return List.of(
        shape(CdiComponents.APISERVER, APISERVER_MAIN, namespace)
            .render(cdi, namespace, images.controller(), pullPolicy),
        shape(CdiComponents.UPLOAD_PROXY, UPLOAD_PROXY_MAIN, namespace)
            .render(cdi, namespace, images.controller(), pullPolicy));
  }

  /** Their Services: {@code cdi-api} and {@code cdi-uploadproxy}. */
  public static List<Service> services(CDI cdi, String namespace) {
    return List.of(
        service(cdi, namespace, CdiComponents.APISERVER_SERVICE, CdiComponents.APISERVER),
        service(cdi, namespace, CdiComponents.UPLOAD_PROXY, CdiComponents.UPLOAD_PROXY));
  }

  /** The {@code cdi.kubevirt.io} label values of every Deployment the operator keeps. */
  public static List<String> labels() {
    return List.of(
        CdiComponents.CONTROLLER_LABEL, CdiComponents.APISERVER, CdiComponents.UPLOAD_PROXY);
  }

  private static ComponentShape shape(String name, String mainClass, String namespace) {
    return new ComponentShape(
        name,
        name,
        name,
        name,
        mainClass,
        "64m",
        "96Mi",
        List.of(ComponentShape.env(CdiComponents.ENV_NAMESPACE, namespace)),
        CdiComponents.SERVING_PORT,
        "HTTPS",
        "/healthz");
  }

  private static Service service(CDI cdi, String namespace, String name, String label) {
    return new ServiceBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .withLabels(Map.of(CdiLabels.COMPONENT, label, CdiLabels.APP, CdiLabels.APP_VALUE))
        .withOwnerReferences(ControllerDeployment.owner(cdi))
        .endMetadata()
        .withNewSpec()
        .withSelector(Map.of(CdiLabels.COMPONENT, label))
        .addNewPort()
        .withName("https")
        .withProtocol("TCP")
        .withPort(CdiComponents.SERVICE_PORT)
        .withTargetPort(new IntOrString(CdiComponents.SERVING_PORT))
        .endPort()
        .endSpec()
        .build();
  }
}
