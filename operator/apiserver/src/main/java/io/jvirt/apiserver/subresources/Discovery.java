package io.jvirt.apiserver.subresources;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceBuilder;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.APIResourceListBuilder;
import java.util.ArrayList;
import java.util.List;

/** The {@code APIResourceList} of {@code subresources.kubevirt.io}: what virt-api serves. */
public final class Discovery {
  /** VM subresources served: {@code PUT} unless noted. */
  public static final List<String> VM_SUBRESOURCES =
      List.of("start", "stop", "restart", "portforward");

  /** VMI subresources served. */
  public static final List<String> VMI_SUBRESOURCES =
      List.of(
          "pause",
          "unpause",
          "softreboot",
          "console",
          "vnc",
          "portforward",
          "guestosinfo",
          "userlist",
          "filesystemlist");

  /** Subresources read with {@code GET} (the streams among them); the others are {@code PUT}. */
  private static final List<String> READ =
      List.of("console", "vnc", "portforward", "guestosinfo", "userlist", "filesystemlist");

  private Discovery() {}

  /** The resource list of {@code version}. */
  public static APIResourceList resources(String version) {
    List<APIResource> resources = new ArrayList<>();
    for (String sub : VM_SUBRESOURCES) {
      resources.add(
          resource(
              "virtualmachines/" + sub, "VirtualMachine", READ.contains(sub) ? "get" : "update"));
    }
    for (String sub : VMI_SUBRESOURCES) {
      resources.add(
          resource(
              "virtualmachineinstances/" + sub,
              "VirtualMachineInstance",
              READ.contains(sub) ? "get" : "update"));
    }
    return new APIResourceListBuilder()
        .withGroupVersion("subresources.kubevirt.io/" + version)
        .withResources(resources)
        .build();
  }

  private static APIResource resource(String name, String kind, String verb) {
    return new APIResourceBuilder()
        .withName(name)
        .withKind(kind)
        .withNamespaced(true)
        .withSingularName("")
        .withVerbs(verb)
        .build();
  }
}
