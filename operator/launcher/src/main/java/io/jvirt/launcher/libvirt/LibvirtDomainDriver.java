package io.jvirt.launcher.libvirt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo.DomainState;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.Library;
import org.libvirt.LibvirtException;
import org.libvirt.Stream;
import org.libvirt.event.DomainEvent;
import org.libvirt.event.DomainEventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@link DomainDriver} over libvirt-java: one connection to the launcher's own libvirtd, its event
 * loop on a daemon thread, and the lifecycle and agent events of the one domain it runs.
 */
public final class LibvirtDomainDriver implements DomainDriver, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LibvirtDomainDriver.class);
  private static final int START_PAUSED = 1;
  private static final int REBOOT_ACPI_POWER_BTN = 1;
  private static final int REBOOT_GUEST_AGENT = 2;
  private static final int UNDEFINE_NVRAM = 4;
  private static final int AGENT_CONNECTED = 1;

  private static final int SCREENSHOT_CHUNK = 64 * 1024;

  private final Connect connection;
  private final String name;
  private final List<Consumer<DomainDriver.DomainChange>> listeners = new CopyOnWriteArrayList<>();

  /** Opens {@code uri} (qemu:///system) and follows the domain called {@code name}. */
  public LibvirtDomainDriver(String uri, String name) {
    this.name = name;
    try {
      Library.initEventLoop();
      Thread loop =
          new Thread(
              () -> {
                try {
                  Library.runEventLoop();
                } catch (LibvirtException e) {
                  LOG.error("libvirt event loop ended: {}", e.getMessage());
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "libvirt-events");
      loop.setDaemon(true);
      loop.start();
      connection = new Connect(uri);
      connection.setKeepAlive(5, 3);
      connection.addLifecycleListener(this::lifecycle);
      connection.addAgentLifecycleListener(this::agent);
    } catch (LibvirtException e) {
      throw new DomainDriverException("cannot connect to libvirt at " + uri, e);
    }
  }

  @Override
  public void define(String xml) {
    call("define", () -> connection.domainDefineXML(xml));
  }

  @Override
  public boolean defined() {
    try {
      connection.domainLookupByName(name);
      return true;
    } catch (LibvirtException e) {
      if (e.getError().getCode() == ErrorNumber.VIR_ERR_NO_DOMAIN) {
        return false;
      }
      throw new DomainDriverException("cannot look up the domain " + name, e);
    }
  }

  @Override
  public void start(boolean paused) {
    call("start", () -> domain().create(paused ? START_PAUSED : 0));
  }

  @Override
  public void shutdown() {
    call("shut down", () -> domain().shutdown());
  }

  @Override
  public void destroy() {
    call("destroy", () -> domain().destroy());
  }

  @Override
  public void undefine() {
    call("undefine", () -> domain().undefine(UNDEFINE_NVRAM));
  }

  @Override
  public void suspend() {
    call("pause", () -> domain().suspend());
  }

  @Override
  public void resume() {
    call("unpause", () -> domain().resume());
  }

  @Override
  public void reboot(boolean viaAgent) {
    call("reboot", () -> domain().reboot(viaAgent ? REBOOT_GUEST_AGENT : REBOOT_ACPI_POWER_BTN));
  }

  @Override
  public String agentCommand(String command, int timeoutSeconds) {
    try {
      return domain().qemuAgentCommand(command, timeoutSeconds, 0);
    } catch (LibvirtException e) {
      throw new DomainDriverException("guest agent: " + e.getMessage(), e);
    }
  }

  @Override
  public Screenshot screenshot() {
    try {
      Stream stream = connection.streamNew(0);
      try {
        String mime = domain().screenshot(stream, 0);
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        byte[] chunk = new byte[SCREENSHOT_CHUNK];
        int read;
        while ((read = stream.receive(chunk)) > 0) {
          image.write(chunk, 0, read);
        }
        stream.finish();
        return new Screenshot(mime, image.toByteArray());
      } finally {
        stream.free();
      }
    } catch (LibvirtException e) {
      throw new DomainDriverException("cannot take a screenshot: " + e.getMessage(), e);
    }
  }

  @Override
  public String state() {
    try {
      return stateName(domain().getInfo().state);
    } catch (LibvirtException e) {
      throw new DomainDriverException("cannot read the state of " + name, e);
    }
  }

  @Override
  public LiveFacts liveFacts() {
    try {
      return parse(domain().getXMLDesc(0));
    } catch (LibvirtException e) {
      throw new DomainDriverException("cannot read the live XML of " + name, e);
    }
  }

  @Override
  public void onEvent(Consumer<DomainDriver.DomainChange> listener) {
    listeners.add(listener);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (LibvirtException e) {
      LOG.warn("closing the libvirt connection: {}", e.getMessage());
    }
  }

  private Domain domain() throws LibvirtException {
    return connection.domainLookupByName(name);
  }

  private int lifecycle(Domain domain, DomainEvent event) {
    try {
      if (!name.equals(domain.getName())) {
        return 0;
      }
      String[] stateAndReason = EventNames.of(event.getType(), detailName(event));
      if (event.getType() == DomainEventType.UNDEFINED) {
        stateAndReason = new String[] {"NoState", "Undefined"};
      } else if (event.getType() == DomainEventType.DEFINED
          && !"Shutoff".equals(stateName(domain.getInfo().state))) {
        // a new definition of a running domain does not change where it is
        return 0;
      }
      // each event carries its own state and reason, and libvirt delivers them in order: mixing
      // an event's reason with libvirt's state now (already a later one) would report pairs such
      // as Shutoff/User, which read as a crash
      DomainDriver.DomainChange change =
          new DomainDriver.DomainChange(stateAndReason[0], stateAndReason[1], false, false);
      LOG.info("domain event {} → {}/{}", event, change.state(), change.reason());
      listeners.forEach(l -> l.accept(change));
    } catch (LibvirtException e) {
      LOG.warn("cannot follow a domain event {}: {}", event, e.getMessage());
    }
    return 0;
  }

  private void agent(Domain domain, int state, int reason) {
    DomainDriver.DomainChange change =
        new DomainDriver.DomainChange("", "", true, state == AGENT_CONNECTED);
    listeners.forEach(l -> l.accept(change));
  }

  private static String detailName(DomainEvent event) {
    Enum<?> detail = event.getDetail();
    return detail == null ? "UNKNOWN" : detail.name();
  }

  static String stateName(DomainState state) {
    return switch (state) {
      case VIR_DOMAIN_RUNNING -> "Running";
      case VIR_DOMAIN_BLOCKED -> "Blocked";
      case VIR_DOMAIN_PAUSED -> "Paused";
      case VIR_DOMAIN_SHUTDOWN -> "Shutdown";
      case VIR_DOMAIN_SHUTOFF -> "Shutoff";
      case VIR_DOMAIN_CRASHED -> "Crashed";
      case VIR_DOMAIN_PMSUSPENDED -> "PMSuspended";
      default -> "NoState";
    };
  }

  static LiveFacts parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      Element os = first(document.getDocumentElement(), "os");
      Element type = os == null ? null : first(os, "type");
      String machine = type == null ? "" : type.getAttribute("machine");
      Element memory = first(document.getDocumentElement(), "currentMemory");
      long bytes =
          memory == null ? 0 : toBytes(memory.getTextContent(), memory.getAttribute("unit"));
      List<Nic> nics = new ArrayList<>();
      NodeList interfaces = document.getElementsByTagName("interface");
      for (int i = 0; i < interfaces.getLength(); i++) {
        Element iface = (Element) interfaces.item(i);
        Element mac = first(iface, "mac");
        nics.add(
            new Nic(
                unalias(first(iface, "alias")), mac == null ? "" : mac.getAttribute("address")));
      }
      List<Drive> drives = new ArrayList<>();
      NodeList disks = document.getElementsByTagName("disk");
      for (int i = 0; i < disks.getLength(); i++) {
        Element disk = (Element) disks.item(i);
        Element target = first(disk, "target");
        drives.add(
            new Drive(
                unalias(first(disk, "alias")), target == null ? "" : target.getAttribute("dev")));
      }
      return new LiveFacts(machine, bytes, nics, drives);
    } catch (Exception e) {
      throw new DomainDriverException("cannot parse the live domain XML: " + e.getMessage(), e);
    }
  }

  /** The VMI device name behind a user alias {@code ua-<name>}. */
  private static String unalias(Element alias) {
    String name = alias == null ? "" : alias.getAttribute("name");
    return name.startsWith("ua-") ? name.substring(3) : name;
  }

  private static Element first(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
  }

  private static long toBytes(String value, String unit) {
    long amount = Long.parseLong(value.trim());
    return switch (unit == null ? "" : unit.toLowerCase(Locale.ROOT)) {
      case "b", "bytes" -> amount;
      case "", "k", "kib" -> amount * 1024;
      case "m", "mib" -> amount * 1024 * 1024;
      case "g", "gib" -> amount * 1024 * 1024 * 1024;
      default -> amount * 1024;
    };
  }

  private void call(String what, LibvirtCall call) {
    try {
      call.run();
    } catch (LibvirtException e) {
      throw new DomainDriverException("cannot " + what + " the domain: " + e.getMessage(), e);
    }
  }

  /** A libvirt call that may fail. */
  @FunctionalInterface
  private interface LibvirtCall {
    void run() throws LibvirtException;
  }
}
