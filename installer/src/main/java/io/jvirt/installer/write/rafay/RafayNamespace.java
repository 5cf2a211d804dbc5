package io.jvirt.installer.write.rafay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Rafay-managed namespace ({@code infra.k8smgmt.io/v3 Namespace}) and where it is placed. */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
public record RafayNamespace(String apiVersion, String kind, Metadata metadata, Spec spec) {

  /** Drift (Rafay accepts only disabled) and placement. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"drift", "placement"})
  public record Spec(Drift drift, Placement placement) {}

  /**
   * Namespace {@code name} in {@code project}, allowing privileged pods: virt-handler and every
   * virt-launcher need it (pain point P9).
   */
  public static RafayNamespace privileged(String name, String project, Placement placement) {
    return new RafayNamespace(
        RafayApi.INFRA,
        "Namespace",
        new Metadata(name, project, null, privilegedLabels()),
        new Spec(Drift.disabled(), placement));
  }

  /** Pod Security Admission labels of a namespace that runs VMs. */
  public static Map<String, String> privilegedLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("pod-security.kubernetes.io/enforce", "privileged");
    labels.put("pod-security.kubernetes.io/audit", "privileged");
    labels.put("pod-security.kubernetes.io/warn", "privileged");
    return labels;
  }
}
