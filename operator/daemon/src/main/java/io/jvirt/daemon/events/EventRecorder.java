package io.jvirt.daemon.events;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.common.model.Timestamps;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records Kubernetes Events on jvirt objects, as upstream's controllers do (best effort). */
public final class EventRecorder {
  private static final Logger LOG = LoggerFactory.getLogger(EventRecorder.class);

  private final KubernetesClient client;
  private final String component;
  private final Clock clock;

  /** Events from {@code component}, e.g. virt-controller. */
  public EventRecorder(KubernetesClient client, String component, Clock clock) {
    this.client = client;
    this.component = component;
    this.clock = clock;
  }

  /** A Normal event. */
  public void normal(HasMetadata object, String reason, String message) {
    record(object, "Normal", reason, message);
  }

  /** A Warning event. */
  public void warning(HasMetadata object, String reason, String message) {
    record(object, "Warning", reason, message);
  }

  private void record(HasMetadata object, String type, String reason, String message) {
    String now = Timestamps.format(clock.instant());
    String namespace = object.getMetadata().getNamespace();
    try {
      client
          .v1()
          .events()
          .inNamespace(namespace)
          .resource(
              new EventBuilder()
                  .withNewMetadata()
                  .withName(
                      object.getMetadata().getName()
                          + "."
                          + UUID.randomUUID().toString().substring(0, 8))
                  .withNamespace(namespace)
                  .endMetadata()
                  .withInvolvedObject(
                      new ObjectReferenceBuilder()
                          .withApiVersion(object.getApiVersion())
                          .withKind(object.getKind())
                          .withName(object.getMetadata().getName())
                          .withNamespace(namespace)
                          .withUid(object.getMetadata().getUid())
                          .withResourceVersion(object.getMetadata().getResourceVersion())
                          .build())
                  .withType(type)
                  .withReason(reason)
                  .withMessage(message)
                  .withCount(1)
                  .withFirstTimestamp(now)
                  .withLastTimestamp(now)
                  .withNewSource()
                  .withComponent(component)
                  .endSource()
                  .withReportingComponent(component)
                  .build())
          .create();
    } catch (KubernetesClientException e) {
      // an event that cannot be written must not fail the reconcile that caused it
      LOG.warn(
          "cannot record event {} on {}: {}",
          reason,
          object.getMetadata().getName(),
          e.getMessage());
    }
  }
}
