package io.jvirt.installer.write.argocd;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jvirt.installer.write.gitops.ObjectMetadata;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Argo CD {@code ApplicationSet} with the {@code clusters} generator: one Application per
 * registered cluster whose Secret matches a label selector.
 */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
public record ApplicationSet(String apiVersion, String kind, ObjectMetadata metadata, Spec spec) {

  /** An ApplicationSet with Argo CD's group and kind. */
  public ApplicationSet(ObjectMetadata metadata, Spec spec) {
    this(Application.API_VERSION, "ApplicationSet", metadata, spec);
  }

  /** Go templating, the generators, what deleting does, and the Application template. */
  @JsonPropertyOrder({"goTemplate", "goTemplateOptions", "generators", "syncPolicy", "template"})
  public record Spec(
      boolean goTemplate,
      List<String> goTemplateOptions,
      List<Generator> generators,
      SyncPolicy syncPolicy,
      Template template) {

    /** Immutable copy. */
    public Spec {
      goTemplateOptions = List.copyOf(goTemplateOptions);
      generators = List.copyOf(generators);
    }

    /** A spec whose generated Applications leave their objects behind when deleted. */
    public Spec(
        boolean goTemplate,
        List<String> goTemplateOptions,
        List<Generator> generators,
        Template template) {
      this(goTemplate, goTemplateOptions, generators, SyncPolicy.PRESERVE, template);
    }
  }

  /**
   * Without {@code preserveResourcesOnDeletion} the controller puts Argo CD's resources finalizer
   * on every generated Application: deleting the ApplicationSet, or a cluster losing its label,
   * would then delete everything the Application deployed there (for jvirt: every VM).
   */
  public record SyncPolicy(boolean preserveResourcesOnDeletion) {
    /** Generated Applications carry no resources finalizer. */
    public static final SyncPolicy PRESERVE = new SyncPolicy(true);
  }

  /** One generator; only {@code clusters} is used. */
  public record Generator(Clusters clusters) {}

  /** Argo CD's registered clusters, filtered by the labels of their Secrets. */
  public record Clusters(Selector selector) {}

  /** A label selector. */
  public record Selector(Map<String, String> matchLabels) {

    /** Immutable copy, sorted so the output is stable. */
    public Selector {
      matchLabels = Collections.unmodifiableSortedMap(new TreeMap<>(matchLabels));
    }
  }

  /** The Application made for each generated parameter set. */
  @JsonPropertyOrder({"metadata", "spec"})
  public record Template(ObjectMetadata metadata, Application.Spec spec) {}
}
