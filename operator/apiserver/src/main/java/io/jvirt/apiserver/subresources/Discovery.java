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
  public static final List<String> VM_SUBRESOURCES = List.of("start", "stop", "restart");

  /** VMI subresources served. */
  public static final List<String> VMI_SUBRESOURCES =
      List.of("pause", "unpause", "softreboot", "console", "guestosinfo");

  private Discovery() {}

  /** The resource list of {@code version}. */
  public static APIResourceList resources(String version) {
    List<APIResource> resources = new ArrayList<>();
    for (String sub : VM_SUBRESOURCES) {
      resources.add(resource("virtualmachines/" + sub, "VirtualMachine", "update"));
    }
    for (String sub : VMI_SUBRESOURCES) {
      boolean read = "console".equals(sub) || "guestosinfo".equals(sub);
      resources.add(
          resource(
              "virtualmachineinstances/" + sub, "VirtualMachineInstance", read ? "get" : "update"));
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
