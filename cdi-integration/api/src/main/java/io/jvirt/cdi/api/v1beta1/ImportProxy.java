package io.jvirt.cdi.api.v1beta1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** The proxy importer pods use to reach their sources. */
@Data
public class ImportProxy extends Extensible {
  /** Upstream spells the key in capitals; the Java name follows Java conventions. */
  @JsonProperty("HTTPProxy")
  private String httpProxy;

  @JsonProperty("HTTPSProxy")
  private String httpsProxy;

  /** Comma-separated hosts and CIDRs reached without the proxy. */
  private String noProxy;

  /** ConfigMap in the CDI namespace with the CA bundle that signs the proxy's certificate. */
  private String trustedCAProxy;
}
