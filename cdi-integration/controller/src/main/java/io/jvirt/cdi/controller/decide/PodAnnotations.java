package io.jvirt.cdi.controller.decide;

import io.jvirt.cdi.contract.CdiAnnotations;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The annotations a worker pod gets: created-by, plus the allowed network and mesh ones. */
final class PodAnnotations {
  private static final List<String> PASSED_ON =
      List.of(CdiAnnotations.POD_NETWORK, CdiAnnotations.POD_MULTUS_DEFAULT_NETWORK);

  private PodAnnotations() {}

  static Map<String, String> forWorkerPod(Map<String, String> claimAnnotations) {
    Map<String, String> out = new TreeMap<>();
    out.put(CdiAnnotations.CREATED_BY_CONTROLLER, "yes");
    for (String key : PASSED_ON) {
      if (claimAnnotations.containsKey(key)) {
        out.put(key, claimAnnotations.get(key));
      }
    }
    out.put(
        CdiAnnotations.POD_SIDECAR_INJECTION,
        claimAnnotations.getOrDefault(
            CdiAnnotations.POD_SIDECAR_INJECTION, CdiAnnotations.POD_SIDECAR_INJECTION_DEFAULT));
    out.put(
        CdiAnnotations.POD_LINKERD_INJECTION,
        claimAnnotations.getOrDefault(
            CdiAnnotations.POD_LINKERD_INJECTION, CdiAnnotations.POD_LINKERD_INJECTION_DEFAULT));
    return out;
  }
}
