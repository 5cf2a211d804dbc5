package io.jvirt.cdi.api.v1beta1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.jvirt.common.model.WithoutStatusSubresource;

/** The cluster's single CDI installation: the operator deploys and upgrades CDI from it. */
@Group(CdiGroup.GROUP)
@Version(value = CdiGroup.V1BETA1, storage = true, served = true)
@Kind("CDI")
@Plural("cdis")
@Singular("cdi")
@ShortNames({"cdi", "cdis"})
@WithoutStatusSubresource
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase")
public class CDI extends CustomResource<CDISpec, CDIStatus> {}
