package io.jvirt.crds;

import io.fabric8.crdv2.generator.CRDGenerator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.jvirt.common.model.ManifestYaml;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Generates jvirt's CRDs from the Java model with fabric8's crd-generator. */
public final class CrdGeneration {
  private static final String HEADER =
      "# Generated from the jvirt Java model by operator/crds (CrdGeneration). Do not edit:\n"
          + "# change the model and run hack/regenerate.\n";

  private CrdGeneration() {}

  /** The CRDs of the given custom resource classes, one per kind with all versions merged. */
  public static List<CustomResourceDefinition> generate(List<Class<? extends HasMetadata>> types) {
    UpstreamCrdConventions conventions = new UpstreamCrdConventions(types);
    new CRDGenerator()
        .customResourceClasses(types)
        .forCRDVersions("v1")
        .withImplicitPreserveUnknownFields(true)
        .withParallelGenerationEnabled(false)
        .withPostProcessor(conventions)
        .withOutput(
            new CRDGenerator.AbstractCRDOutput<ByteArrayOutputStream>() {
              @Override
              protected ByteArrayOutputStream createStreamFor(String crdName) {
                return new ByteArrayOutputStream();
              }
            })
        .generate();
    List<CustomResourceDefinition> result = new ArrayList<>(conventions.processed());
    result.sort(Comparator.comparing(crd -> crd.getMetadata().getName()));
    return result;
  }

  /** All of jvirt's CRDs (both groups), as committed: file name to YAML. */
  public static SortedMap<String, String> files() {
    List<Class<? extends HasMetadata>> all = new ArrayList<>(CrdCatalog.KUBEVIRT);
    all.addAll(CrdCatalog.CDI_GROUP);
    SortedMap<String, String> files = new TreeMap<>();
    for (CustomResourceDefinition crd : generate(all)) {
      files.put(crd.getMetadata().getName() + ".yaml", HEADER + ManifestYaml.write(crd));
    }
    return files;
  }
}
