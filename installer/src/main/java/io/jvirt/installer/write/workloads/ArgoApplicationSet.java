package io.jvirt.installer.write.workloads;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** An Argo CD {@code ApplicationSet} fanning an Application out with the clusters generator. */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
record ArgoApplicationSet(String apiVersion, String kind, Meta metadata, Spec spec) {

  /** An ApplicationSet with the Argo CD group and kind. */
  ArgoApplicationSet(Meta metadata, Spec spec) {
    this(ArgoApplication.API_VERSION, "ApplicationSet", metadata, spec);
  }

  /** Go templates, the generators and the Application template. */
  @JsonPropertyOrder({"goTemplate", "goTemplateOptions", "generators", "template"})
  record Spec(
      boolean goTemplate,
      List<String> goTemplateOptions,
      List<Generator> generators,
      Template template) {}

  /** One generator; only {@code clusters} is used. */
  record Generator(Clusters clusters) {}

  /** Every registered cluster whose Argo CD cluster secret matches {@code selector}. */
  record Clusters(Selector selector) {}

  /** A label selector over cluster secrets. */
  record Selector(Map<String, String> matchLabels) {}

  /** The Application made for each generated cluster. */
  @JsonPropertyOrder({"metadata", "spec"})
  record Template(Meta metadata, ArgoApplication.Spec spec) {}
}
