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
import io.jvirt.common.model.CrdLabel;

/** Keeps a number of identical VirtualMachineInstances running, as a ReplicaSet does pods. */
@Group(KubevirtGroup.GROUP)
@Version(value = KubevirtGroup.V1, storage = true, served = true)
@Kind("VirtualMachineInstanceReplicaSet")
@Plural("virtualmachineinstancereplicasets")
@Singular("virtualmachineinstancereplicaset")
@ShortNames({"vmirs", "vmirss"})
@Categories("all")
@CrdLabel(key = KubevirtGroup.CRD_LABEL_KEY)
@AdditionalPrinterColumn(
    name = "Desired",
    jsonPath = ".spec.replicas",
    type = AdditionalPrinterColumn.Type.INTEGER,
    getDescription = "Number of desired VirtualMachineInstances")
@AdditionalPrinterColumn(
    name = "Current",
    jsonPath = ".status.replicas",
    type = AdditionalPrinterColumn.Type.INTEGER,
    getDescription = "Number of managed and not final or deleted VirtualMachineInstances")
@AdditionalPrinterColumn(
    name = "Ready",
    jsonPath = ".status.readyReplicas",
    type = AdditionalPrinterColumn.Type.INTEGER,
    getDescription = "Number of managed VirtualMachineInstances which are ready to receive traffic")
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
public class VirtualMachineInstanceReplicaSet
    extends CustomResource<
        VirtualMachineInstanceReplicaSetSpec, VirtualMachineInstanceReplicaSetStatus>
    implements Namespaced {}
