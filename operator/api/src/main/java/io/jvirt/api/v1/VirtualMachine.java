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

/** A virtual machine a user keeps: it creates, stops and restarts its VirtualMachineInstance. */
@Group(KubevirtGroup.GROUP)
@Version(value = KubevirtGroup.V1, storage = true, served = true)
@Kind("VirtualMachine")
@Plural("virtualmachines")
@Singular("virtualmachine")
@ShortNames({"vm", "vms"})
@Categories("all")
@CrdLabel(key = KubevirtGroup.CRD_LABEL_KEY)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(
    name = "Status",
    jsonPath = ".status.printableStatus",
    getDescription = "Human Readable Status")
@AdditionalPrinterColumn(name = "Ready", jsonPath = ".status.conditions[?(@.type=='Ready')].status")
public class VirtualMachine extends CustomResource<VirtualMachineSpec, VirtualMachineStatus>
    implements Namespaced {}
