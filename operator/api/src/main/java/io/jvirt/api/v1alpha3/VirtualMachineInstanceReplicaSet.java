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
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSetSpec;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSetStatus;
import io.jvirt.common.model.CrdLabel;

/**
 * The deprecated v1alpha3 version of VirtualMachineInstanceReplicaSet, served with the same schema
 * as v1.
 */
@Group(KubevirtGroup.GROUP)
@Version(
    value = KubevirtGroup.V1ALPHA3,
    storage = false,
    served = true,
    deprecated = true,
    deprecationWarning = KubevirtGroup.V1ALPHA3_DEPRECATION)
@Kind("VirtualMachineInstanceReplicaSet")
@Plural("virtualmachineinstancereplicasets")
@Singular("virtualmachineinstancereplicaset")
@ShortNames({"vmirs", "vmirss"})
@Categories("all")
@CrdLabel(key = KubevirtGroup.CRD_LABEL_KEY)
public class VirtualMachineInstanceReplicaSet
    extends CustomResource<
        VirtualMachineInstanceReplicaSetSpec, VirtualMachineInstanceReplicaSetStatus>
    implements Namespaced {}
