package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** The domain's metadata: KubeVirt's own block, which names the VMI the domain runs. */
public record Metadata(KubevirtMetadata kubevirt) {
  /** The namespace of KubeVirt's metadata block. */
  public static final String KUBEVIRT_NAMESPACE = "http://kubevirt.io";

  /** {@code <kubevirt xmlns="http://kubevirt.io">}: the VMI's UID and its grace period. */
  public record KubevirtMetadata(
      @JacksonXmlProperty(isAttribute = true) String xmlns, String uid, GracePeriod graceperiod) {}

  /** How long the guest gets to shut down once the VMI is deleted. */
  public record GracePeriod(long deletionGracePeriodSeconds) {}

  /** The metadata of the VMI with {@code uid} and the given grace period. */
  public static Metadata of(String uid, long gracePeriodSeconds) {
    return new Metadata(
        new KubevirtMetadata(KUBEVIRT_NAMESPACE, uid, new GracePeriod(gracePeriodSeconds)));
  }
}
