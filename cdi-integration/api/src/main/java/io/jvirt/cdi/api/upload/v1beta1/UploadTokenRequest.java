package io.jvirt.cdi.api.upload.v1beta1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A request for a short-lived token that lets its bearer upload into one PVC through the upload
 * proxy; served by the aggregated API {@code upload.cdi.kubevirt.io}, never stored (not a CRD).
 */
@Group(UploadTokenRequest.GROUP)
@Version(UploadTokenRequest.VERSION)
@Kind(UploadTokenRequest.KIND)
@Plural(UploadTokenRequest.PLURAL)
@Singular("uploadtokenrequest")
public class UploadTokenRequest
    extends CustomResource<UploadTokenRequestSpec, UploadTokenRequestStatus> implements Namespaced {
  public static final String GROUP = "upload.cdi.kubevirt.io";
  public static final String VERSION = "v1beta1";
  public static final String KIND = "UploadTokenRequest";
  public static final String PLURAL = "uploadtokenrequests";
}
