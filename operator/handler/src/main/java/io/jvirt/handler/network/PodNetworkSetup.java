package io.jvirt.handler.network;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.contract.PodNetwork;
import io.jvirt.handler.network.decide.IpJson;
import io.jvirt.handler.network.decide.NetOp;
import io.jvirt.handler.network.decide.NetworkPlan;
import io.jvirt.handler.network.decide.NetworkPlanner;
import io.jvirt.handler.network.decide.NetworkPlanner.TapOwner;
import io.jvirt.handler.network.decide.PodFacts;
import io.jvirt.handler.network.decide.PodLink;
import io.jvirt.handler.network.decide.PodNetworkException;
import io.jvirt.handler.network.decide.ResolvConf;
import io.jvirt.node.rpc.launcher.v1.InterfacePlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Phase 1 of a VMI's pod network, run by virt-handler inside the launcher pod's network namespace
 * (kubevirt pkg/network/setup/netconf.go): finds the pod's links, routes, resolv.conf and host
 * name, records them in the pod, makes the bridge, tap, dummy links and NAT, and returns the {@link
 * InterfacePlan}s virt-launcher needs for the domain and its DHCP server.
 *
 * <p>Idempotent: on a pod it already set up (virt-handler restarted) it changes nothing and returns
 * the same plans, made from the recorded facts. A setup that stopped half-way cannot be resumed (as
 * upstream): the pod has to be recreated.
 */
public final class PodNetworkSetup {
  private static final Logger LOG = LoggerFactory.getLogger(PodNetworkSetup.class);
  private static final List<String> SHOW_LINKS = List.of("ip", "-j", "-d", "addr", "show");
  private static final List<String> SHOW_ROUTES =
      List.of("ip", "-j", "-4", "route", "show", "table", "main");

  private static final String UNKNOWN_LINK_TYPE = "Unknown device type";

  private final CommandRunner runner;
  private final Path procRoot;
  private final TapOwner tapOwner;

  /**
   * Runs commands through {@code runner}, finds pods' files under {@code procRoot} (the host's
   * {@code /proc}) and makes taps owned by {@code tapOwner}.
   */
  public PodNetworkSetup(CommandRunner runner, Path procRoot, TapOwner tapOwner) {
    this.runner = runner;
    this.procRoot = procRoot;
    this.tapOwner = tapOwner;
  }

  /** The real thing: nsenter, ip and nft of the node, /proc, root-owned taps. */
  public static PodNetworkSetup onNode() {
    return new PodNetworkSetup(
        new ProcessCommandRunner(Duration.ofSeconds(30)), Path.of("/proc"), TapOwner.ROOT);
  }

  /**
   * Sets up the pod network of {@code vmi} in the pod of the launcher whose PID (on the host) is
   * {@code launcherPid}, or finds it set up, and returns one plan per interface on a tap, in spec
   * order; empty when the VMI has no pod network interface.
   *
   * @throws PodNetworkException when the VMI asks for what is not supported, or the pod cannot be
   *     set up (the message says why)
   */
  public List<InterfacePlan> setUp(VirtualMachineInstance vmi, int launcherPid) {
    if (NetworkPlanner.podInterfaces(vmi).isEmpty()) {
      return List.of();
    }
    PodNamespace namespace = new PodNamespace(runner, launcherPid);
    PodFiles files = new PodFiles(procRoot.resolve(Integer.toString(launcherPid)).resolve("root"));
    Path record = files.resolve(PodNetwork.SETUP_CACHE);
    Optional<SetupCache.Entry> recorded = SetupCache.read(record);
    if (recorded.isPresent()) {
      return alreadySetUp(vmi, recorded.get(), namespace);
    }
    PodFacts facts = discover(namespace, files);
    NetworkPlan plan = NetworkPlanner.plan(vmi, facts, tapOwner);
    Set<String> present = linkNames(facts.links());
    for (String link : plan.createdLinks()) {
      if (present.contains(link)) {
        throw new PodNetworkException(
            "the pod already has link " + link + " but no record of setting it up; recreate it");
      }
    }
    SetupCache.write(record, new SetupCache.Entry(SetupCache.State.STARTED, facts));
    for (NetOp op : plan.ops()) {
      LOG.debug("pid {}: {}", launcherPid, String.join(" ", op.command()));
      run(namespace, op);
    }
    SetupCache.write(record, new SetupCache.Entry(SetupCache.State.FINISHED, facts));
    LOG.info(
        "pod network of {}/{} set up (launcher pid {}): {}",
        vmi.getMetadata().getNamespace(),
        vmi.getMetadata().getName(),
        launcherPid,
        plan.createdLinks());
    return plan.interfaces();
  }

  private static void run(PodNamespace namespace, NetOp op) {
    try {
      namespace.net(op.command(), op.stdin());
    } catch (PodNetworkException e) {
      if (!(op instanceof NetOp.AddDummy dummy) || !e.getMessage().contains(UNKNOWN_LINK_TYPE)) {
        throw e;
      }
      LOG.warn("the kernel has no dummy links; {} becomes an ifb link", dummy.name());
      namespace.net(dummy.command(NetOp.AddDummy.FALLBACK_KIND), null);
    }
  }

  private List<InterfacePlan> alreadySetUp(
      VirtualMachineInstance vmi, SetupCache.Entry entry, PodNamespace namespace) {
    if (entry.state() != SetupCache.State.FINISHED) {
      throw new PodNetworkException(
          "the pod network setup was interrupted half-way and cannot be resumed;"
              + " the launcher pod has to be recreated");
    }
    NetworkPlan plan = NetworkPlanner.plan(vmi, entry.facts(), tapOwner);
    Set<String> present = linkNames(IpJson.links(namespace.net(SHOW_LINKS, null)));
    for (String link : plan.createdLinks()) {
      if (!present.contains(link)) {
        throw new PodNetworkException(
            "the pod network was set up but link " + link + " is gone; recreate the pod");
      }
    }
    return plan.interfaces();
  }

  private static PodFacts discover(PodNamespace namespace, PodFiles files) {
    List<PodLink> links = IpJson.links(namespace.net(SHOW_LINKS, null));
    var routes = IpJson.routes(namespace.net(SHOW_ROUTES, null));
    String resolvConf = read(files.resolve("/etc/resolv.conf"));
    return new PodFacts(
        links,
        routes,
        ResolvConf.nameservers(resolvConf),
        ResolvConf.searchDomains(resolvConf),
        namespace.hostname());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return "";
    } catch (IOException e) {
      throw new PodNetworkException("cannot read the pod's " + file, e);
    }
  }

  private static Set<String> linkNames(List<PodLink> links) {
    return links.stream().map(PodLink::name).collect(Collectors.toSet());
  }
}
