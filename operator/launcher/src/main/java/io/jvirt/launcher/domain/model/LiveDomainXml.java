package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;

/** Binding for the few elements of libvirt's live domain XML that {@link LiveDomain} needs. */
final class LiveDomainXml {
  public String name;
  public Meta metadata;
  public Amount memory;
  public Amount currentMemory;
  public OsXml os;

  LiveDomain toLiveDomain() {
    Amount current = currentMemory != null ? currentMemory : memory;
    return new LiveDomain(
        name,
        metadata == null || metadata.kubevirt == null ? null : metadata.kubevirt.uid,
        os == null || os.type == null ? null : os.type.machine,
        current == null ? 0 : MemoryUnits.toBytes(current.value, current.unit));
  }

  /** {@code <metadata>}. */
  static final class Meta {
    public Kubevirt kubevirt;
  }

  /** KubeVirt's metadata block. */
  static final class Kubevirt {
    public String uid;
  }

  /** A number with a libvirt unit. */
  static final class Amount {
    @JacksonXmlProperty(isAttribute = true)
    public String unit;

    @JacksonXmlText public long value;
  }

  /** {@code <os>}. */
  static final class OsXml {
    public TypeXml type;
  }

  /** {@code <type machine="...">hvm</type>}. */
  static final class TypeXml {
    @JacksonXmlProperty(isAttribute = true)
    public String machine;

    @JacksonXmlText public String value;
  }
}
