package io.jvirt.cdi.api.v1beta1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.jvirt.common.model.WithoutStatusSubresource;

/** A named clone source (a "golden image"), which DataVolumes reach through {@code sourceRef}. */
@Group(CdiGroup.GROUP)
@Version(value = CdiGroup.V1BETA1, storage = true, served = true)
@Kind("DataSource")
@Plural("datasources")
@Singular("datasource")
@ShortNames("das")
@Categories("all")
@WithoutStatusSubresource
public class DataSource extends CustomResource<DataSourceSpec, DataSourceStatus>
    implements Namespaced {}
