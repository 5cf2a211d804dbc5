package io.jvirt.apiserver.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.jvirt.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Hostile VirtualMachine, VMI, VMI ReplicaSet, DataVolume and KubeVirt manifests generated from the
 * corpus (valid, user-shaped objects) and the CRD schemas, reproducibly from a seed.
 */
public final class HostileManifests {
  /** The seed CI uses; any other gives another, equally valid, sample. */
  public static final long DEFAULT_SEED = 16;

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> KINDS =
      Set.of(
          "VirtualMachine",
          "VirtualMachineInstance",
          "VirtualMachineInstanceReplicaSet",
          "DataVolume",
          "KubeVirt");

  /** Corpus files that ask for what jvirt refuses anyway (AdmissionRulesCorpusTest). */
  private static final Set<String> REFUSED_BASES =
      Set.of(
          "10-vm-instancetype-preference.yaml",
          "11-vm-windows-sysprep.yaml",
          "12-vm-downward-metrics.yaml",
          "23-vmi-gpu-hostdevices.yaml",
          "24-vmi-sev-launch-security.yaml");

  private static final int WRONG_TYPES_PER_BASE = 12;

  private HostileManifests() {}

  /**
   * Every hostile manifest for {@code seed}, each with a unique name unless its name is the
   * mutation.
   */
  public static List<Hostile> generate(long seed) {
    Random random = new Random(seed);
    SchemaMutations schema = new SchemaMutations(new CrdSchemas());
    List<Hostile> all = new ArrayList<>();
    for (ObjectNode base : bases()) {
      all.addAll(schema.of(base, WRONG_TYPES_PER_BASE, random));
      all.addAll(TargetedMutations.of(base));
    }
    List<Hostile> named = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Hostile h = all.get(i);
      if (!h.field().equals("metadata.name")) {
        h.manifest().withObjectProperty("metadata").put("name", "hostile-" + i);
      }
      named.add(h);
    }
    return named;
  }

  private static List<ObjectNode> bases() {
    List<ObjectNode> bases = new ArrayList<>();
    for (Corpus.Manifest manifest : Corpus.all()) {
      if (REFUSED_BASES.contains(manifest.file())) {
        continue;
      }
      JsonNode tree = read(manifest.yaml());
      if (tree instanceof ObjectNode object && KINDS.contains(object.path("kind").asText())) {
        object.withObjectProperty("metadata").remove("namespace");
        bases.add(object);
      }
    }
    return bases;
  }

  private static JsonNode read(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
