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
import io.jvirt.api.v1.kubevirt.KubeVirtSpec;
import io.jvirt.api.v1.kubevirt.KubeVirtStatus;
import io.jvirt.common.model.CrdLabel;

/** The deprecated v1alpha3 version of KubeVirt, served with the same schema as v1. */
@Group(KubevirtGroup.GROUP)
@Version(
    value = KubevirtGroup.V1ALPHA3,
    storage = false,
    served = true,
    deprecated = true,
    deprecationWarning = KubevirtGroup.V1ALPHA3_DEPRECATION)
@Kind("KubeVirt")
@Plural("kubevirts")
@Singular("kubevirt")
@ShortNames({"kv", "kvs"})
@Categories("all")
@CrdLabel(key = KubevirtGroup.OPERATOR_CRD_LABEL_KEY)
public class KubeVirt extends CustomResource<KubeVirtSpec, KubeVirtStatus> implements Namespaced {}
