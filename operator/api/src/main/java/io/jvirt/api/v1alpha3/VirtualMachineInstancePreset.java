package io.jvirt.api.v1alpha3;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.jvirt.api.v1.KubevirtGroup;
import io.jvirt.api.v1.VirtualMachineInstancePresetSpec;
import io.jvirt.common.model.CrdLabel;

/**
 * The v1alpha3 version of VirtualMachineInstancePreset: deprecated like v1, yet still the version
 * upstream stores presets in.
 */
@Group(KubevirtGroup.GROUP)
@Version(
    value = KubevirtGroup.V1ALPHA3,
    storage = true,
    served = true,
    deprecated = true,
    deprecationWarning =
        "kubevirt.io/v1alpha3 VirtualMachineInstancePresets is now deprecated and will be removed in"
            + " v2.")
@Kind("VirtualMachineInstancePreset")
@Plural("virtualmachineinstancepresets")
@Singular("virtualmachineinstancepreset")
@ShortNames({"vmipreset", "vmipresets"})
@Categories("all")
@CrdLabel(key = KubevirtGroup.CRD_LABEL_KEY)
public class VirtualMachineInstancePreset
    extends CustomResource<VirtualMachineInstancePresetSpec, Void> implements Namespaced {}
