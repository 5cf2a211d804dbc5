package io.jvirt.handler.network;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jvirt.handler.network.decide.Ipv4Cidr;
import io.jvirt.handler.network.decide.PodFacts;
import io.jvirt.handler.network.decide.PodLink;
import io.jvirt.handler.network.decide.PodNetworkException;
import io.jvirt.handler.network.decide.PodRoute;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The record phase 1 keeps in the launcher pod ({@link io.jvirt.contract.PodNetwork#SETUP_CACHE}):
 * the facts found before the first change and whether all changes were made. A restarted
 * virt-handler plans again from these facts instead of from the pod as it has become.
 */
final class SetupCache {
  /** How far phase 1 got. */
  enum State {
    /** Facts recorded, changes under way: a setup that stops here cannot be resumed. */
    STARTED,
    /** Every change made. */
    FINISHED
  }

  /** The file's content. */
  record Entry(State state, PodFacts facts) {}

  private static final int VERSION = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private SetupCache() {}

  /** The entry at {@code file}, if the file exists. */
  static Optional<Entry> read(Path file) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      FileDto dto = JSON.readValue(file.toFile(), FileDto.class);
      if (dto.version() != VERSION) {
        throw new PodNetworkException(
            "the pod network record " + file + " has version " + dto.version());
      }
      return Optional.of(new Entry(dto.state(), dto.facts()));
    } catch (IOException e) {
      throw new PodNetworkException("cannot read the pod network record " + file, e);
    }
  }

  /** Writes {@code entry} to {@code file} atomically. */
  static void write(Path file, Entry entry) {
    try {
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      JSON.writerWithDefaultPrettyPrinter()
          .writeValue(temporary.toFile(), FileDto.of(entry.state(), entry.facts()));
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new PodNetworkException("cannot write the pod network record " + file, e);
    }
  }

  /** The JSON form: addresses as text. */
  record FileDto(
      int version,
      State state,
      List<LinkDto> links,
      List<RouteDto> routes,
      List<String> nameservers,
      List<String> searchDomains,
      String hostname) {
    static FileDto of(State state, PodFacts facts) {
      return new FileDto(
          VERSION,
          state,
          facts.links().stream().map(LinkDto::of).toList(),
          facts.routes().stream().map(RouteDto::of).toList(),
          facts.nameservers(),
          facts.searchDomains(),
          facts.hostname());
    }

    PodFacts facts() {
      return new PodFacts(
          links.stream().map(LinkDto::link).toList(),
          routes.stream().map(RouteDto::route).toList(),
          nameservers,
          searchDomains,
          hostname);
    }
  }

  /** A link in JSON. */
  record LinkDto(
      String name, String kind, String mac, int mtu, boolean up, String master, List<String> ipv4) {
    static LinkDto of(PodLink link) {
      return new LinkDto(
          link.name(),
          link.kind(),
          link.mac(),
          link.mtu(),
          link.up(),
          link.master(),
          link.ipv4().stream().map(Ipv4Cidr::toString).toList());
    }

    PodLink link() {
      return new PodLink(
          name, kind, mac, mtu, up, master, ipv4.stream().map(Ipv4Cidr::parse).toList());
    }
  }

  /** A route in JSON. */
  record RouteDto(String destination, String gateway, String device, String protocol) {
    static RouteDto of(PodRoute route) {
      return new RouteDto(
          route.destination().toString(), route.gateway(), route.device(), route.protocol());
    }

    PodRoute route() {
      return new PodRoute(Ipv4Cidr.parse(destination), gateway, device, protocol);
    }
  }
}
