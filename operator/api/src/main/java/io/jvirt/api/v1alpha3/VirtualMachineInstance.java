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
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.common.model.CrdLabel;
import io.jvirt.common.model.WithoutStatusSubresource;

/** The deprecated v1alpha3 version of VirtualMachineInstance, served with the same schema as v1. */
@Group(KubevirtGroup.GROUP)
@Version(
    value = KubevirtGroup.V1ALPHA3,
    storage = false,
    served = true,
    deprecated = true,
    deprecationWarning = KubevirtGroup.V1ALPHA3_DEPRECATION)
@Kind("VirtualMachineInstance")
@Plural("virtualmachineinstances")
@Singular("virtualmachineinstance")
@ShortNames({"vmi", "vmis"})
@Categories("all")
@WithoutStatusSubresource
@CrdLabel(key = KubevirtGroup.CRD_LABEL_KEY)
public class VirtualMachineInstance
    extends CustomResource<VirtualMachineInstanceSpec, VirtualMachineInstanceStatus>
    implements Namespaced {}
