package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.List;
import lombok.Builder;

/** The guest's devices, in the order libvirt itself lists them. */
@Builder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Devices(
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "disk")
        List<Disk> disks,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "controller")
        List<Controller> controllers,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "interface")
        List<Interface> interfaces,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "serial")
        List<Serial> serials,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "console")
        List<Console> consoles,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "channel")
        List<Channel> channels,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "input")
        List<Input> inputs,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "graphics")
        List<Graphics> graphics,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "video")
        List<Video> videos,
    @JsonInclude(JsonInclude.Include.NON_NULL) Memballoon memballoon,
    @JsonInclude(JsonInclude.Include.NON_NULL) Rng rng) {}
