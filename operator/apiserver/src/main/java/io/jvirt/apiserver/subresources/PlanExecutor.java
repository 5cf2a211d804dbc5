package io.jvirt.apiserver.subresources;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.apiserver.http.Exchanges;
import io.jvirt.apiserver.subresources.decide.LifecyclePlan;
import io.jvirt.apiserver.subresources.decide.PatchOp;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.Response;

/**
 * Carries a {@link LifecyclePlan} out: JSON patches in order (VMI, VM spec, VM status), a proxy
 * call to virt-handler, or the refusal; {@code dryRun: ["All"]} checks without writing.
 */
final class PlanExecutor {
  private static final PatchContext JSON_PATCH = PatchContext.of(PatchType.JSON);

  private final KubernetesClient client;
  private final HandlerProxy handlers;

  PlanExecutor(KubernetesClient client, HandlerProxy handlers) {
    this.client = client;
    this.handlers = handlers;
  }

  void execute(
      Response response,
      LifecyclePlan plan,
      VirtualMachine vm,
      VirtualMachineInstance vmi,
      String body,
      List<String> dryRun)
      throws IOException {
    if (plan instanceof LifecyclePlan.Reject r) {
      Exchanges.error(response, r.code(), r.reason(), r.message());
      return;
    }
    boolean dry = dryRun != null && dryRun.contains("All");
    if (plan instanceof LifecyclePlan.Proxy p) {
      if (!dry) {
        Optional<LifecyclePlan.Reject> refused = handlers.call(vmi, p.subresource(), body);
        if (refused.isPresent()) {
          LifecyclePlan.Reject r = refused.get();
          Exchanges.error(response, r.code(), r.reason(), r.message());
          return;
        }
      }
      Exchanges.json(response, 200, null);
      return;
    }
    LifecyclePlan.Apply apply = (LifecyclePlan.Apply) plan;
    if (!dry) {
      try {
        write(apply, vm, vmi);
      } catch (KubernetesClientException e) {
        int code = e.getCode() == 422 || e.getCode() == 409 ? 409 : 500;
        Exchanges.error(response, code, code == 409 ? "Conflict" : "InternalError", e.getMessage());
        return;
      }
    }
    Exchanges.json(response, apply.successCode(), null);
  }

  private void write(LifecyclePlan.Apply apply, VirtualMachine vm, VirtualMachineInstance vmi) {
    String ns = vm.getMetadata().getNamespace();
    String name = vm.getMetadata().getName();
    if (!apply.vmiPatch().isEmpty()) {
      client
          .resources(VirtualMachineInstance.class)
          .inNamespace(ns)
          .withName(vmi.getMetadata().getName())
          .patch(JSON_PATCH, json(apply.vmiPatch()));
    }
    var vmResource = client.resources(VirtualMachine.class).inNamespace(ns).withName(name);
    if (!apply.vmSpecPatch().isEmpty()) {
      vmResource.patch(JSON_PATCH, json(apply.vmSpecPatch()));
    }
    if (!apply.vmStatusPatch().isEmpty()) {
      vmResource.subresource("status").patch(JSON_PATCH, json(apply.vmStatusPatch()));
    }
  }

  private static String json(List<PatchOp> ops) {
    List<Map<String, Object>> patch =
        ops.stream()
            .map(
                op -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("op", op.op());
                  entry.put("path", op.path());
                  entry.put("value", op.value());
                  return entry;
                })
            .toList();
    return Exchanges.JSON.asJson(patch);
  }
}
