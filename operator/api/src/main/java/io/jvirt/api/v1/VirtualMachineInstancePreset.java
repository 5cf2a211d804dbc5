package io.jvirt.api.v1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.jvirt.common.model.CrdLabel;

/**
 * Domain settings applied to matching VMIs when they are created. Deprecated upstream and still
 * served: v1 is served but not stored, v1alpha3 is the storage version.
 */
@Group(KubevirtGroup.GROUP)
@Version(
    value = KubevirtGroup.V1,
    storage = false,
    served = true,
    deprecated = true,
    deprecationWarning =
        "kubevirt.io/v1 VirtualMachineInstancePresets is now deprecated and will be removed in v2.")
@Kind("VirtualMachineInstancePreset")
@Plural("virtualmachineinstancepresets")
@Singular("virtualmachineinstancepreset")
@ShortNames({"vmipreset", "vmipresets"})
@Categories("all")
@CrdLabel(key = KubevirtGroup.CRD_LABEL_KEY)
public class VirtualMachineInstancePreset
    extends CustomResource<VirtualMachineInstancePresetSpec, Void> implements Namespaced {}
