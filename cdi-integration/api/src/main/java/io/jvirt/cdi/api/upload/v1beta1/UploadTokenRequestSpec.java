package io.jvirt.cdi.api.upload.v1beta1;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Which PVC of the request's namespace the token is for. */
@Data
public class UploadTokenRequestSpec extends Extensible {
  private String pvcName;
}
