package io.jvirt.cdi.api.v1beta1;

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

/** A claim CDI creates and fills with a disk image before anything may use it. */
@Group(CdiGroup.GROUP)
@Version(value = CdiGroup.V1BETA1, storage = true, served = true)
@Kind("DataVolume")
@Plural("datavolumes")
@Singular("datavolume")
@ShortNames({"dv", "dvs"})
@Categories("all")
@AdditionalPrinterColumn(
    name = "Phase",
    jsonPath = ".status.phase",
    getDescription = "The phase the data volume is in")
@AdditionalPrinterColumn(
    name = "Progress",
    jsonPath = ".status.progress",
    getDescription = "Transfer progress in percentage if known, N/A otherwise")
@AdditionalPrinterColumn(
    name = "Restarts",
    jsonPath = ".status.restartCount",
    type = AdditionalPrinterColumn.Type.INTEGER,
    getDescription = "The number of times the transfer has been restarted.")
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
public class DataVolume extends CustomResource<DataVolumeSpec, DataVolumeStatus>
    implements Namespaced {}
