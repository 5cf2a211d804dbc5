package io.jvirt.apiserver.admission;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionRequest;
import io.jvirt.api.v1.KubeVirt;
import io.jvirt.api.v1.KubevirtFinalizers;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceMigration;
import io.jvirt.api.v1.VirtualMachineInstancePreset;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.apiserver.admission.decide.AdmissionRules;
import io.jvirt.apiserver.admission.decide.Defaults;
import io.jvirt.apiserver.admission.decide.FieldError;
import io.jvirt.apiserver.admission.decide.KubeVirtDeletionRules;
import io.jvirt.apiserver.admission.decide.Verdict;
import io.jvirt.apiserver.admission.decide.VmDefaults;
import io.jvirt.apiserver.admission.decide.VmiUpdateRules;
import io.jvirt.apiserver.admission.presets.PresetApplier;
import io.jvirt.apiserver.admission.presets.PresetResult;
import io.jvirt.apiserver.http.Exchanges;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.common.model.DeepCopies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** virt-api's webhooks by path (upstream's paths), wired to the pure rules and defaults. */
public final class Webhooks {
  /** Mutating webhook paths. */
  public static final String VM_MUTATE = "/virtualmachines-mutate";

  public static final String VMI_MUTATE = "/virtualmachineinstances-mutate";

  /** Validating webhook paths. */
  public static final String VM_VALIDATE = "/virtualmachines-validate";

  public static final String VMI_VALIDATE_CREATE = "/virtualmachineinstances-validate-create";
  public static final String VMI_VALIDATE_UPDATE = "/virtualmachineinstances-validate-update";
  public static final String VMIRS_VALIDATE = "/virtualmachinereplicaset-validate";
  public static final String PRESET_VALIDATE = "/vmipreset-validate";
  public static final String MIGRATION_VALIDATE = "/migration-validate-create";
  public static final String DATAVOLUME_VALIDATE = "/datavolume-validate";
  public static final String KUBEVIRT_VALIDATE_DELETE = "/kubevirt-validate-delete";

  private Webhooks() {}

  /**
   * Every webhook; {@code privileged} tells jvirt's own users from everybody else, {@code presets}
   * lists the VirtualMachineInstancePresets of a namespace, {@code workloads} counts the cluster's
   * VMs, VMIs and DataVolumes, {@code clones} asks RBAC about clones from other PVCs.
   */
  public static Map<String, Webhook> all(
      PrivilegedUsers privileged,
      Function<String, List<VirtualMachineInstancePreset>> presets,
      Supplier<Map<String, Long>> workloads,
      CloneAuthorization clones) {
    AdmissionRules rules = new AdmissionRules();
    Map<String, Webhook> hooks = new LinkedHashMap<>();
    hooks.put(VM_MUTATE, Webhooks::mutateVm);
    hooks.put(VMI_MUTATE, r -> mutateVmi(r, presets));
    hooks.put(
        VM_VALIDATE,
        r -> {
          VirtualMachine vm = object(r, VirtualMachine.class);
          Verdict verdict = rules.validateVm(vm);
          return Webhook.Answer.of(
              verdict.isAllowed() && "CREATE".equals(r.getOperation())
                  ? verdict.and(
                      CloneChecks.templates(vm, r.getNamespace(), r.getUserInfo(), clones))
                  : verdict);
        });
    hooks.put(
        VMI_VALIDATE_CREATE,
        r ->
            Webhook.Answer.of(
                rules.validateVmiCreate(
                    object(r, VirtualMachineInstance.class),
                    privileged.includes(r.getUserInfo()))));
    hooks.put(
        VMI_VALIDATE_UPDATE,
        r ->
            Webhook.Answer.of(
                VmiUpdateRules.validate(
                    oldObject(r, VirtualMachineInstance.class),
                    object(r, VirtualMachineInstance.class),
                    privileged.includes(r.getUserInfo()))));
    hooks.put(
        VMIRS_VALIDATE,
        r ->
            Webhook.Answer.of(
                rules.validateReplicaSet(object(r, VirtualMachineInstanceReplicaSet.class))));
    hooks.put(
        PRESET_VALIDATE,
        r ->
            Webhook.Answer.of(rules.validatePreset(object(r, VirtualMachineInstancePreset.class))));
    hooks.put(
        MIGRATION_VALIDATE,
        r ->
            Webhook.Answer.of(
                rules.validateMigration(object(r, VirtualMachineInstanceMigration.class))));
    hooks.put(
        DATAVOLUME_VALIDATE,
        r -> {
          DataVolume dv = object(r, DataVolume.class);
          Verdict verdict = rules.validateDataVolume(dv);
          return Webhook.Answer.of(
              verdict.isAllowed() && "CREATE".equals(r.getOperation())
                  ? verdict.and(
                      CloneChecks.dataVolume(dv, r.getNamespace(), r.getUserInfo(), clones))
                  : verdict);
        });
    hooks.put(
        KUBEVIRT_VALIDATE_DELETE,
        r ->
            Webhook.Answer.of(
                KubeVirtDeletionRules.validate(oldObject(r, KubeVirt.class), workloads.get())));
    return hooks;
  }

  private static Webhook.Answer mutateVm(AdmissionRequest request) {
    VirtualMachine vm = object(request, VirtualMachine.class);
    if (vm.getMetadata().getDeletionTimestamp() != null || vm.getSpec() == null) {
      return Webhook.Answer.of(Verdict.allowed());
    }
    VirtualMachine defaulted = DeepCopies.of(vm, VirtualMachine.class);
    if ("CREATE".equals(request.getOperation())) {
      VmDefaults.onCreate(defaulted, () -> UUID.randomUUID().toString());
    }
    return patchSpec(vm.getSpec(), defaulted.getSpec(), List.of());
  }

  private static Webhook.Answer mutateVmi(
      AdmissionRequest request, Function<String, List<VirtualMachineInstancePreset>> presets) {
    VirtualMachineInstance vmi = object(request, VirtualMachineInstance.class);
    if (!"CREATE".equals(request.getOperation()) || vmi.getSpec() == null) {
      return Webhook.Answer.of(Verdict.allowed());
    }
    PresetResult preset = PresetApplier.apply(presets.apply(request.getNamespace()), vmi);
    if (preset.rejected()) {
      return Webhook.Answer.of(
          new Verdict(List.of(new FieldError("spec", preset.rejectionMessage())), List.of()));
    }
    VirtualMachineInstance defaulted = DeepCopies.of(vmi, VirtualMachineInstance.class);
    defaulted.setSpec(preset.spec());
    Defaults.applyTo(defaulted.getSpec(), () -> UUID.randomUUID().toString());
    List<Map<String, Object>> extra = new ArrayList<>();
    List<String> finalizers = vmi.getMetadata().getFinalizers();
    if (finalizers == null || finalizers.isEmpty()) {
      extra.add(
          op("add", "/metadata/finalizers", List.of(KubevirtFinalizers.VMI_FOREGROUND_DELETE)));
    } else if (!finalizers.contains(KubevirtFinalizers.VMI_FOREGROUND_DELETE)) {
      extra.add(op("add", "/metadata/finalizers/-", KubevirtFinalizers.VMI_FOREGROUND_DELETE));
    }
    List<String> warnings = List.of();
    if (!preset.annotations().isEmpty()) {
      Map<String, String> annotations =
          vmi.getMetadata().getAnnotations() == null
              ? new LinkedHashMap<>()
              : new LinkedHashMap<>(vmi.getMetadata().getAnnotations());
      annotations.putAll(preset.annotations());
      extra.add(op("add", "/metadata/annotations", annotations));
      warnings = List.of(PresetApplier.DEPRECATION_WARNING);
    }
    Webhook.Answer answer = patchSpec(vmi.getSpec(), defaulted.getSpec(), extra);
    return new Webhook.Answer(new Verdict(List.of(), warnings), answer.patch());
  }

  private static Webhook.Answer patchSpec(
      Object before, Object after, List<Map<String, Object>> extra) {
    List<Map<String, Object>> patch = new ArrayList<>();
    // Compared as JSON: Quantity.equals parses, and would throw on a malformed quantity the API
    // server's schema refuses only after the mutating webhooks.
    if (!Exchanges.JSON
        .convertValue(before, JsonNode.class)
        .equals(Exchanges.JSON.convertValue(after, JsonNode.class))) {
      patch.add(op("replace", "/spec", after));
    }
    patch.addAll(extra);
    return new Webhook.Answer(Verdict.allowed(), patch);
  }

  private static Map<String, Object> op(String op, String path, Object value) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("op", op);
    entry.put("path", path);
    entry.put("value", value);
    return entry;
  }

  private static <T> T object(AdmissionRequest request, Class<T> type) {
    return typed(request.getObject(), type);
  }

  private static <T> T oldObject(AdmissionRequest request, Class<T> type) {
    return typed(request.getOldObject(), type);
  }

  private static <T> T typed(Object object, Class<T> type) {
    try {
      return Exchanges.JSON.convertValue(object, type);
    } catch (IllegalArgumentException e) {
      throw new AdmissionRefusal(DecodeErrors.of(e), e);
    }
  }
}
