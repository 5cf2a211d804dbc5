package io.jvirt.cdi.apiserver.render;

import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIGroupBuilder;
import io.fabric8.kubernetes.api.model.APIGroupList;
import io.fabric8.kubernetes.api.model.APIGroupListBuilder;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.APIResourceListBuilder;
import io.fabric8.kubernetes.api.model.GroupVersionForDiscovery;
import io.jvirt.cdi.api.upload.v1beta1.UploadTokenRequest;

/** The discovery documents of {@code upload.cdi.kubevirt.io}, as upstream's cdi-apiserver. */
public final class UploadDiscovery {
  private static final String GROUP_VERSION =
      UploadTokenRequest.GROUP + "/" + UploadTokenRequest.VERSION;

  private UploadDiscovery() {}

  /** {@code GET /apis}. */
  public static APIGroupList groups() {
    return new APIGroupListBuilder().withGroups(group()).build();
  }

  /** {@code GET /apis/upload.cdi.kubevirt.io}. */
  public static APIGroup group() {
    GroupVersionForDiscovery version =
        new GroupVersionForDiscovery(GROUP_VERSION, UploadTokenRequest.VERSION);
    return new APIGroupBuilder()
        .withName(UploadTokenRequest.GROUP)
        .withVersions(version)
        .withPreferredVersion(version)
        .addNewServerAddressByClientCIDR()
        .withClientCIDR("0.0.0.0/0")
        .withServerAddress("")
        .endServerAddressByClientCIDR()
        .build();
  }

  /** {@code GET /apis/upload.cdi.kubevirt.io/v1beta1}. */
  public static APIResourceList resources() {
    return new APIResourceListBuilder()
        .withGroupVersion(GROUP_VERSION)
        .addNewResource()
        .withName(UploadTokenRequest.PLURAL)
        .withSingularName("uploadtokenrequest")
        .withNamespaced(true)
        .withGroup(UploadTokenRequest.GROUP)
        .withVersion(UploadTokenRequest.VERSION)
        .withKind(UploadTokenRequest.KIND)
        .withVerbs("create")
        .withShortNames("utr", "utrs")
        .endResource()
        .build();
  }
}
