package io.jvirt.crds;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Installs jvirt's CRDs into a cluster with server-side apply and waits until they serve. */
public final class CrdInstaller {
  private CrdInstaller() {}

  /** Applies every CRD of both groups and waits until each is Established. */
  public static List<String> install(KubernetesClient client, String fieldManager) {
    List<String> names = new ArrayList<>();
    for (String yaml : CrdGeneration.files().values()) {
      for (HasMetadata crd :
          client.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).items()) {
        client.resource(crd).fieldManager(fieldManager).forceConflicts().serverSideApply();
        names.add(crd.getMetadata().getName());
      }
    }
    for (String name : names) {
      await().atMost(Duration.ofMinutes(1)).until(() -> established(client, name));
    }
    return names;
  }

  private static boolean established(KubernetesClient client, String name) {
    CustomResourceDefinition crd =
        client.apiextensions().v1().customResourceDefinitions().withName(name).get();
    return crd != null
        && crd.getStatus() != null
        && crd.getStatus().getConditions().stream()
            .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
  }
}
