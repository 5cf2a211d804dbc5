package io.jvirt.cdi.api.v1beta1;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.jvirt.common.model.WithoutStatusSubresource;

/** The cluster-wide CDI settings, a singleton named {@code config}; consumers read its status. */
@Group(CdiGroup.GROUP)
@Version(value = CdiGroup.V1BETA1, storage = true, served = true)
@Kind("CDIConfig")
@Plural("cdiconfigs")
@Singular("cdiconfig")
@WithoutStatusSubresource
public class CDIConfig extends CustomResource<CDIConfigSpec, CDIConfigStatus> {}
