package io.jvirt.crds;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crdv2.generator.CRDPostProcessor;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceSubresources;
import io.jvirt.common.model.CrdLabel;
import io.jvirt.common.model.WithoutStatusSubresource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Brings generated CRDs to upstream's exact shape where fabric8's generator has no annotation for
 * it: printer columns in the order the class declares them (fabric8 sorts them) on every version,
 * labels with empty values ({@link CrdLabel}), no status subresource for kinds marked {@link
 * WithoutStatusSubresource}, and the quantity pattern on quantities ({@link QuantityPatterns}).
 */
final class UpstreamCrdConventions implements CRDPostProcessor {
  private final Map<String, List<CustomResourceColumnDefinition>> columnsByCrd = new HashMap<>();
  private final Set<String> withoutStatus = new HashSet<>();
  private final Map<String, Map<String, String>> labelsByCrd = new HashMap<>();
  private final List<CustomResourceDefinition> processed = new ArrayList<>();

  UpstreamCrdConventions(List<Class<? extends HasMetadata>> classes) {
    for (Class<? extends HasMetadata> type : classes) {
      String crd = HasMetadata.getPlural(type) + "." + HasMetadata.getGroup(type);
      for (CrdLabel label : type.getAnnotationsByType(CrdLabel.class)) {
        labelsByCrd.computeIfAbsent(crd, k -> new TreeMap<>()).put(label.key(), label.value());
      }
      if (type.isAnnotationPresent(WithoutStatusSubresource.class)) {
        withoutStatus.add(crd);
      }
      AdditionalPrinterColumn[] declared = type.getAnnotationsByType(AdditionalPrinterColumn.class);
      if (declared.length > 0) {
        columnsByCrd.put(crd, columns(declared));
      }
    }
  }

  @Override
  public HasMetadata process(HasMetadata resource, String crdSpecVersion) {
    CustomResourceDefinition crd = (CustomResourceDefinition) resource;
    String name = crd.getMetadata().getName();
    if (labelsByCrd.containsKey(name)) {
      crd.getMetadata().setLabels(labelsByCrd.get(name));
    }
    for (CustomResourceDefinitionVersion version : crd.getSpec().getVersions()) {
      QuantityPatterns.addTo(version.getSchema().getOpenAPIV3Schema());
      version.setAdditionalPrinterColumns(columnsByCrd.getOrDefault(name, new ArrayList<>()));
      if (withoutStatus.contains(name) && version.getSubresources() != null) {
        dropStatusSubresource(version);
      }
    }
    processed.add(crd);
    return crd;
  }

  /** The CRDs this post-processor has seen, after its changes. */
  List<CustomResourceDefinition> processed() {
    return processed;
  }

  private static void dropStatusSubresource(CustomResourceDefinitionVersion version) {
    CustomResourceSubresources subresources = version.getSubresources();
    subresources.setStatus(null);
    if (subresources.getScale() == null) {
      version.setSubresources(null);
    }
  }

  private static List<CustomResourceColumnDefinition> columns(AdditionalPrinterColumn[] declared) {
    List<CustomResourceColumnDefinition> columns = new ArrayList<>();
    for (AdditionalPrinterColumn column : declared) {
      columns.add(
          new CustomResourceColumnDefinitionBuilder()
              .withName(column.name())
              .withJsonPath(column.jsonPath())
              .withType(column.type().getValue())
              .withFormat(column.format().getValue())
              .withDescription(column.getDescription().isEmpty() ? null : column.getDescription())
              .withPriority(column.priority() == 0 ? null : column.priority())
              .build());
    }
    return columns;
  }
}
