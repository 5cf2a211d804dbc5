package io.jvirt.api.v1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.jvirt.api.v1.kubevirt.KubeVirtSpec;
import io.jvirt.api.v1.kubevirt.KubeVirtStatus;
import io.jvirt.common.model.CrdLabel;

/** The installation of KubeVirt (here: jvirt) in a cluster, and the cluster-wide configuration. */
@Group(KubevirtGroup.GROUP)
@Version(value = KubevirtGroup.V1, storage = true, served = true)
@Kind("KubeVirt")
@Plural("kubevirts")
@Singular("kubevirt")
@ShortNames({"kv", "kvs"})
@Categories("all")
@CrdLabel(key = KubevirtGroup.OPERATOR_CRD_LABEL_KEY)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase")
public class KubeVirt extends CustomResource<KubeVirtSpec, KubeVirtStatus> implements Namespaced {}
