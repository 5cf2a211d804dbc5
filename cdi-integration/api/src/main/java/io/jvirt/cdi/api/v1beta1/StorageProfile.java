package io.jvirt.cdi.api.v1beta1;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * CDI's storage recommendations for the StorageClass of the same name; cdi-controller keeps one per
 * class, and users edit its spec to correct what CDI cannot know.
 */
@Group(CdiGroup.GROUP)
@Version(value = CdiGroup.V1BETA1, storage = true, served = true)
@Kind("StorageProfile")
@Plural("storageprofiles")
@Singular("storageprofile")
public class StorageProfile extends CustomResource<StorageProfileSpec, StorageProfileStatus> {}
