package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.util.DefaultXmlPrettyPrinter;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamWriter2;

/**
 * Writes a {@link Domain} as the XML libvirt defines domains from, and reads back the few facts the
 * launcher needs from libvirt's live XML. Output is deterministic: fixed element order, two-space
 * indentation and {@code \n} line ends whatever the platform.
 */
public final class DomainXml {
  private static final XmlMapper MAPPER = mapper();

  private DomainXml() {}

  private static XmlMapper mapper() {
    XmlMapper mapper =
        XmlMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    DefaultXmlPrettyPrinter printer = new DefaultXmlPrettyPrinter();
    printer.indentObjectsWith(new TwoSpaces());
    printer.indentArraysWith(new TwoSpaces());
    mapper.setDefaultPrettyPrinter(printer);
    mapper.enable(SerializationFeature.INDENT_OUTPUT);
    return mapper;
  }

  /** The domain as pretty XML, ending with a newline. */
  public static String write(Domain domain) {
    try {
      return MAPPER.writeValueAsString(domain).stripTrailing() + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write domain " + domain.name(), e);
    }
  }

  /** The facts the launcher reads from libvirt's XML of a defined or running domain. */
  public static LiveDomain readLive(String xml) {
    try {
      return MAPPER.readValue(xml, LiveDomainXml.class).toLiveDomain();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a libvirt domain: " + e.getOriginalMessage(), e);
    }
  }

  /** Newline plus two spaces per level, independent of the platform's line separator. */
  private static final class TwoSpaces implements DefaultXmlPrettyPrinter.Indenter {
    @Override
    public void writeIndentation(XMLStreamWriter2 writer, int level) throws XMLStreamException {
      writer.writeCharacters("\n" + "  ".repeat(level));
    }

    @Override
    public void writeIndentation(JsonGenerator generator, int level) throws java.io.IOException {
      generator.writeRaw("\n" + "  ".repeat(level));
    }

    @Override
    public boolean isInline() {
      return false;
    }
  }
}
