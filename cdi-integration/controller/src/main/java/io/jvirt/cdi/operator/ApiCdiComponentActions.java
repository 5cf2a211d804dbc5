package io.jvirt.cdi.operator;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.cdi.api.upload.v1beta1.UploadTokenRequest;
import io.jvirt.cdi.api.v1beta1.CDI;
import io.jvirt.cdi.api.v1beta1.CDIConfig;
import io.jvirt.cdi.api.v1beta1.CDIConfigSpec;
import io.jvirt.cdi.api.v1beta1.CDIStatus;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.contract.CdiComponents;
import io.jvirt.cdi.operator.decide.ControllerDeployment;
import io.jvirt.daemon.events.EventRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** {@link CdiComponentActions} against the API server. */
public final class ApiCdiComponentActions implements CdiComponentActions {
  private static final String FIELD_MANAGER = CdiComponents.OPERATOR;
  private static final String UPLOAD_API_SERVICE =
      UploadTokenRequest.VERSION + "." + UploadTokenRequest.GROUP;

  private final KubernetesClient client;
  private final EventRecorder events;

  /** Writes through {@code client}. */
  public ApiCdiComponentActions(KubernetesClient client, EventRecorder events) {
    this.client = client;
    this.events = events;
  }

  @Override
  public void addFinalizer(CDI cdi) {
    editFinalizers(
        cdi,
        finalizers -> {
          if (!finalizers.contains(CdiComponents.CR_FINALIZER)) {
            finalizers.add(CdiComponents.CR_FINALIZER);
          }
        });
  }

  @Override
  public void removeFinalizer(CDI cdi) {
    editFinalizers(cdi, finalizers -> finalizers.remove(CdiComponents.CR_FINALIZER));
  }

  private void editFinalizers(CDI cdi, Consumer<List<String>> change) {
    client
        .resources(CDI.class)
        .withName(cdi.getMetadata().getName())
        .edit(
            c -> {
              List<String> finalizers =
                  c.getMetadata().getFinalizers() == null
                      ? new ArrayList<>()
                      : new ArrayList<>(c.getMetadata().getFinalizers());
              change.accept(finalizers);
              c.getMetadata().setFinalizers(finalizers);
              return c;
            });
  }

  @Override
  public void ensureConfig(CDI cdi) {
    CDIConfigSpec wanted = cdi.getSpec() == null ? null : cdi.getSpec().getConfig();
    CDIConfig existing = client.resources(CDIConfig.class).withName(CdiComponents.CONFIG).get();
    if (existing == null) {
      CDIConfig config = new CDIConfig();
      config.setMetadata(
          new ObjectMetaBuilder()
              .withName(CdiComponents.CONFIG)
              .withOwnerReferences(ControllerDeployment.owner(cdi))
              .build());
      config.setSpec(wanted == null ? new CDIConfigSpec() : wanted);
      client.resource(config).create();
    } else if (wanted != null && !Objects.equals(wanted, existing.getSpec())) {
      // the CR is the config authority: its spec.config is copied over CDIConfig's spec
      client
          .resources(CDIConfig.class)
          .withName(CdiComponents.CONFIG)
          .edit(
              c -> {
                c.setSpec(wanted);
                return c;
              });
    }
  }

  @Override
  public Deployment apply(Deployment deployment) {
    return client
        .apps()
        .deployments()
        .inNamespace(deployment.getMetadata().getNamespace())
        .resource(deployment)
        .fieldManager(FIELD_MANAGER)
        .forceConflicts()
        .serverSideApply();
  }

  @Override
  public void apply(Service service) {
    client
        .services()
        .inNamespace(service.getMetadata().getNamespace())
        .resource(service)
        .fieldManager(FIELD_MANAGER)
        .forceConflicts()
        .serverSideApply();
  }

  @Override
  public int dataVolumeCount() {
    return client.resources(DataVolume.class).inAnyNamespace().list().getItems().size();
  }

  @Override
  public void writeStatus(CDI cdi, CDIStatus status) {
    client
        .resources(CDI.class)
        .withName(cdi.getMetadata().getName())
        .edit(
            c -> {
              c.setStatus(status);
              return c;
            });
  }

  @Override
  public void warn(CDI cdi, String reason, String message) {
    events.warning(cdi, reason, message);
  }

  @Override
  public void removeComponents(String namespace) {
    for (String name :
        List.of(
            CdiComponents.CONTROLLER_DEPLOYMENT,
            CdiComponents.APISERVER,
            CdiComponents.UPLOAD_PROXY)) {
      client.apps().deployments().inNamespace(namespace).withName(name).delete();
    }
    for (String name : List.of(CdiComponents.APISERVER_SERVICE, CdiComponents.UPLOAD_PROXY)) {
      client.services().inNamespace(namespace).withName(name).delete();
    }
    // cdi-apiserver registered it; left behind it would break discovery for every client
    client
        .genericKubernetesResources("apiregistration.k8s.io/v1", "APIService")
        .withName(UPLOAD_API_SERVICE)
        .delete();
    client.resources(CDIConfig.class).withName(CdiComponents.CONFIG).delete();
  }
}
