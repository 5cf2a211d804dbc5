package io.jvirt.cdi.api.v1beta1;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** An import over http or https, with optional basic auth, extra CAs and extra headers. */
@Data
public class DataVolumeSourceHTTP extends Extensible {
  @Required private String url;

  /** Secret with keys {@code accessKeyId} and {@code secretKey}. */
  private String secretRef;

  /** ConfigMap holding extra CA certificates. */
  private String certConfigMap;

  /** Headers as {@code Name: value} lines. */
  private List<String> extraHeaders;

  /** Names of Secrets, each holding one header that must not appear in the spec. */
  private List<String> secretExtraHeaders;

  /** {@code algorithm:hex}, for example {@code sha256:...}; a mismatch fails the import. */
  private String checksum;

  private Boolean insecureSkipVerify;
}
