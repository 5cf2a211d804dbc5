package io.jvirt.handler.vmi.decide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** VMIs and domains for the node decider's tests. */
final class NodeFixtures {
  static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  static final String UID = "11111111-2222-4333-8444-555555555501";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private NodeFixtures() {}

  /** The cirros VMI as virt-api defaults it, in {@code phase}. */
  static VirtualMachineInstance vmi(VirtualMachineInstancePhase phase) {
    try {
      return YAML.readValue(
          String.join(
              "\n",
              "apiVersion: kubevirt.io/v1",
              "kind: VirtualMachineInstance",
              "metadata: {name: cirros, namespace: default, uid: " + UID + "}",
              "spec:",
              "  terminationGracePeriodSeconds: 30",
              "  domain:",
              "    cpu: {cores: 1}",
              "    memory: {guest: 128Mi}",
              "    devices:",
              "      disks:",
              "      - {name: containerdisk, disk: {bus: virtio}}",
              "      - {name: cloudinitdisk, disk: {bus: virtio}}",
              "      interfaces:",
              "      - {name: default, bridge: {}}",
              "  networks:",
              "  - {name: default, pod: {}}",
              "  volumes:",
              "  - {name: containerdisk, containerDisk: {image: cirros}}",
              "  - {name: cloudinitdisk, cloudInitNoCloud: {userData: \"#!/bin/sh\"}}",
              "status:",
              "  phase: " + phase.name().charAt(0) + phase.name().substring(1).toLowerCase(),
              "  nodeName: jvirt-node"),
          VirtualMachineInstance.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static DomainView domain(String state, String reason) {
    return new DomainView(
        true,
        UID,
        state,
        reason,
        "pc-q35-7.2",
        128L * 1024 * 1024,
        Map.of("default", "52:54:00:12:34:56"),
        Map.of("containerdisk", "vda", "cloudinitdisk", "vdb"),
        false,
        0,
        30,
        "",
        false);
  }

  static DomainView none() {
    return new DomainView(
        false, UID, "NoState", "", "", 0, Map.of(), Map.of(), false, 0, 0, "", false);
  }

  static NodeObservation observe(
      VirtualMachineInstance vmi, DomainView domain, LauncherReach reach) {
    return new NodeObservation(vmi, domain, reach, true, "", List.of("10.88.1.7"), NOW);
  }
}
