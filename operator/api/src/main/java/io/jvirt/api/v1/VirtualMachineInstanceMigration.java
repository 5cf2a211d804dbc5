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

/** A request to move a running VMI to another node. */
@Group(KubevirtGroup.GROUP)
@Version(value = KubevirtGroup.V1, storage = true, served = true)
@Kind("VirtualMachineInstanceMigration")
@Plural("virtualmachineinstancemigrations")
@Singular("virtualmachineinstancemigration")
@ShortNames({"vmim", "vmims"})
@Categories("all")
@CrdLabel(key = KubevirtGroup.CRD_LABEL_KEY)
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase")
@AdditionalPrinterColumn(name = "VMI", jsonPath = ".spec.vmiName")
public class VirtualMachineInstanceMigration
    extends CustomResource<
        VirtualMachineInstanceMigrationSpec, VirtualMachineInstanceMigrationStatus>
    implements Namespaced {}
