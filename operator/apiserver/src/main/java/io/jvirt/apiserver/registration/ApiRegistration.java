package io.jvirt.apiserver.registration;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhook;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhookBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhookConfigurationBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.RuleWithOperationsBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhook;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfigurationBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.WebhookClientConfigBuilder;
import io.jvirt.apiserver.admission.Webhooks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the API server finds virt-api, as typed objects: the mutating and validating webhook
 * configurations (upstream's names and paths) and the {@code v1.subresources.kubevirt.io}
 * APIService, all pointing at the {@code virt-api} Service with virt-api's CA.
 */
public final class ApiRegistration {
  /** Name of the mutating webhook configuration. */
  public static final String MUTATOR = "virt-api-mutator";

  /** Name of the validating webhook configuration. */
  public static final String VALIDATOR = "virt-api-validator";

  /** Name of the Service in front of virt-api. */
  public static final String SERVICE = "virt-api";

  /** Webhook call timeout: short, so a slow virt-api cannot stall the API server's writes. */
  public static final int TIMEOUT_SECONDS = 10;

  private static final String KUBEVIRT = "kubevirt.io";
  private static final String CDI = "cdi.kubevirt.io";

  private final String namespace;
  private final String caBundle;

  /** Objects for virt-api in {@code namespace}, trusting {@code caBundle} (base64 PEM). */
  public ApiRegistration(String namespace, String caBundle) {
    this.namespace = namespace;
    this.caBundle = caBundle;
  }

  /** Every object, in the order to apply them. */
  public List<HasMetadata> objects() {
    List<HasMetadata> objects = new ArrayList<>();
    objects.add(mutating());
    objects.add(validating());
    objects.addAll(apiServices());
    return objects;
  }

  /** {@code virt-api-mutator}. */
  public MutatingWebhookConfiguration mutating() {
    return new MutatingWebhookConfigurationBuilder()
        .withNewMetadata()
        .withName(MUTATOR)
        .withLabels(labels())
        .endMetadata()
        .withWebhooks(
            mutator(
                "virtualmachines-mutator.kubevirt.io",
                Webhooks.VM_MUTATE,
                "virtualmachines",
                "CREATE",
                "UPDATE"),
            mutator(
                "virtualmachineinstances-mutator.kubevirt.io",
                Webhooks.VMI_MUTATE,
                "virtualmachineinstances",
                "CREATE",
                "UPDATE"))
        .build();
  }

  /** {@code virt-api-validator}. */
  public ValidatingWebhookConfiguration validating() {
    return new ValidatingWebhookConfigurationBuilder()
        .withNewMetadata()
        .withName(VALIDATOR)
        .withLabels(labels())
        .endMetadata()
        .withWebhooks(
            validator(
                "virtualmachine-validator.kubevirt.io",
                Webhooks.VM_VALIDATE,
                KUBEVIRT,
                "virtualmachines",
                "CREATE",
                "UPDATE"),
            validator(
                "virtualmachineinstances-create-validator.kubevirt.io",
                Webhooks.VMI_VALIDATE_CREATE,
                KUBEVIRT,
                "virtualmachineinstances",
                "CREATE"),
            validator(
                "virtualmachineinstances-update-validator.kubevirt.io",
                Webhooks.VMI_VALIDATE_UPDATE,
                KUBEVIRT,
                "virtualmachineinstances",
                "UPDATE"),
            validator(
                "virtualmachinereplicaset-validator.kubevirt.io",
                Webhooks.VMIRS_VALIDATE,
                KUBEVIRT,
                "virtualmachineinstancereplicasets",
                "CREATE",
                "UPDATE"),
            validator(
                "virtualmachinepreset-validator.kubevirt.io",
                Webhooks.PRESET_VALIDATE,
                KUBEVIRT,
                "virtualmachineinstancepresets",
                "CREATE",
                "UPDATE"),
            validator(
                "kubevirt-delete-validator.kubevirt.io",
                Webhooks.KUBEVIRT_VALIDATE_DELETE,
                KUBEVIRT,
                "kubevirts",
                "DELETE"),
            validator(
                "migration-create-validator.kubevirt.io",
                Webhooks.MIGRATION_VALIDATE,
                KUBEVIRT,
                "virtualmachineinstancemigrations",
                "CREATE"),
            validator(
                "datavolume-validate.cdi.kubevirt.io",
                Webhooks.DATAVOLUME_VALIDATE,
                CDI,
                "datavolumes",
                "CREATE"))
        .build();
  }

  /** The APIServices of {@code subresources.kubevirt.io} v1 and v1alpha3. */
  public List<GenericKubernetesResource> apiServices() {
    List<GenericKubernetesResource> services = new ArrayList<>();
    for (String version : List.of("v1", "v1alpha3")) {
      Map<String, Object> spec = new LinkedHashMap<>();
      spec.put("group", "subresources.kubevirt.io");
      spec.put("version", version);
      spec.put("groupPriorityMinimum", 1000);
      spec.put("versionPriority", "v1".equals(version) ? 15 : 10);
      if (caBundle != null) {
        spec.put("caBundle", caBundle);
      }
      Map<String, Object> service = new LinkedHashMap<>();
      service.put("namespace", namespace);
      service.put("name", SERVICE);
      service.put("port", 443);
      spec.put("service", service);
      services.add(
          new GenericKubernetesResourceBuilder()
              .withApiVersion("apiregistration.k8s.io/v1")
              .withKind("APIService")
              .withNewMetadata()
              .withName(version + ".subresources.kubevirt.io")
              .withLabels(labels())
              .endMetadata()
              .addToAdditionalProperties("spec", spec)
              .build());
    }
    return services;
  }

  private MutatingWebhook mutator(String name, String path, String resource, String... operations) {
    return new MutatingWebhookBuilder()
        .withName(name)
        .withAdmissionReviewVersions("v1")
        .withSideEffects("None")
        .withFailurePolicy("Fail")
        .withTimeoutSeconds(TIMEOUT_SECONDS)
        .withReinvocationPolicy("Never")
        .withClientConfig(client(path))
        .withRules(
            new RuleWithOperationsBuilder()
                .withApiGroups(KUBEVIRT)
                .withApiVersions("*")
                .withResources(resource)
                .withOperations(operations)
                .withScope("Namespaced")
                .build())
        .build();
  }

  private ValidatingWebhook validator(
      String name, String path, String group, String resource, String... operations) {
    return new ValidatingWebhookBuilder()
        .withName(name)
        .withAdmissionReviewVersions("v1")
        .withSideEffects("None")
        .withFailurePolicy("Fail")
        .withTimeoutSeconds(TIMEOUT_SECONDS)
        .withClientConfig(client(path))
        .withRules(
            new RuleWithOperationsBuilder()
                .withApiGroups(group)
                .withApiVersions("*")
                .withResources(resource)
                .withOperations(operations)
                .withScope("Namespaced")
                .build())
        .build();
  }

  private io.fabric8.kubernetes.api.model.admissionregistration.v1.WebhookClientConfig client(
      String path) {
    return new WebhookClientConfigBuilder()
        .withCaBundle(caBundle)
        .withNewService()
        .withNamespace(namespace)
        .withName(SERVICE)
        .withPath(path)
        .withPort(443)
        .endService()
        .build();
  }

  private static Map<String, String> labels() {
    // ordered, so rendered bundles are the same on every run
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("app.kubernetes.io/part-of", "jvirt");
    labels.put("app.kubernetes.io/component", "virt-api");
    return labels;
  }
}
