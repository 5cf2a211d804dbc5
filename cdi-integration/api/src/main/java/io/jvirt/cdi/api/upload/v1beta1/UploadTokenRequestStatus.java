package io.jvirt.cdi.api.upload.v1beta1;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** The issued token: a signed JWT to send as {@code Authorization: Bearer <token>}. */
@Data
public class UploadTokenRequestStatus extends Extensible {
  private String token;
}
