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
import io.jvirt.common.model.WithoutStatusSubresource;

/**
 * A running (or about to run) virtual machine: one launcher pod, one guest. Unlike the other kinds
 * its CRD has no status subresource, as upstream; status edits are guarded by admission.
 */
@Group(KubevirtGroup.GROUP)
@Version(value = KubevirtGroup.V1, storage = true, served = true)
@Kind("VirtualMachineInstance")
@Plural("virtualmachineinstances")
@Singular("virtualmachineinstance")
@ShortNames({"vmi", "vmis"})
@Categories("all")
@WithoutStatusSubresource
@CrdLabel(key = KubevirtGroup.CRD_LABEL_KEY)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase")
@AdditionalPrinterColumn(name = "IP", jsonPath = ".status.interfaces[0].ipAddress")
@AdditionalPrinterColumn(name = "NodeName", jsonPath = ".status.nodeName")
@AdditionalPrinterColumn(name = "Ready", jsonPath = ".status.conditions[?(@.type=='Ready')].status")
@AdditionalPrinterColumn(
    name = "Live-Migratable",
    jsonPath = ".status.conditions[?(@.type=='LiveMigratable')].status",
    priority = 1)
@AdditionalPrinterColumn(
    name = "Paused",
    jsonPath = ".status.conditions[?(@.type=='Paused')].status",
    priority = 1)
public class VirtualMachineInstance
    extends CustomResource<VirtualMachineInstanceSpec, VirtualMachineInstanceStatus>
    implements Namespaced {}
