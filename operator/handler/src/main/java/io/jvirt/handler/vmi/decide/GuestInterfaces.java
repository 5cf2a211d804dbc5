package io.jvirt.handler.vmi.decide;

import io.jvirt.api.v1.vmi.VirtualMachineInstanceNetworkInterface;
import io.jvirt.handler.vmi.decide.DomainView.GuestNic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the guest agent adds to {@code status.interfaces}, as upstream merges it: the guest's name
 * for each interface matched by MAC, its addresses for an IP family the pod gave none of, and the
 * guest's other interfaces appended.
 */
final class GuestInterfaces {
  /** Info sources, upstream's words. */
  static final String DOMAIN_AND_AGENT = "domain, guest-agent";

  static final String AGENT = "guest-agent";

  /** Upstream lists at most this many interfaces only the agent knows of. */
  private static final int MAX_UNMATCHED = 10;

  private GuestInterfaces() {}

  /**
   * Adds {@code guest}'s name and addresses to {@code entry} (a domain interface of the same MAC);
   * {@code masquerade} drops link-local IPv6 addresses, which only mean something inside the pod.
   */
  static void merge(
      VirtualMachineInstanceNetworkInterface entry, GuestNic guest, boolean masquerade) {
    entry.setInterfaceName(guest.interfaceName());
    entry.setInfoSource(DOMAIN_AND_AGENT);
    List<String> addresses =
        entry.getIpAddresses() == null
            ? new ArrayList<>()
            : new ArrayList<>(entry.getIpAddresses());
    boolean podHasV4 = addresses.stream().anyMatch(a -> !isV6(a));
    boolean podHasV6 = addresses.stream().anyMatch(GuestInterfaces::isV6);
    for (String address : guest.ipAddresses()) {
      boolean v6 = isV6(address);
      if ((v6 ? podHasV6 : podHasV4) || (v6 && masquerade && isLinkLocal(address))) {
        continue;
      }
      addresses.add(address);
    }
    entry.setIpAddresses(addresses.isEmpty() ? null : addresses);
    entry.setIpAddress(addresses.isEmpty() ? null : addresses.get(0));
  }

  /** The guest's interfaces no entry of {@code listed} has the MAC of, as entries of their own. */
  static List<VirtualMachineInstanceNetworkInterface> unmatched(
      List<GuestNic> guest, List<VirtualMachineInstanceNetworkInterface> listed) {
    List<VirtualMachineInstanceNetworkInterface> extra = new ArrayList<>();
    for (GuestNic nic : guest) {
      boolean known =
          listed.stream()
              .anyMatch(e -> e.getMac() != null && e.getMac().equalsIgnoreCase(nic.mac()));
      if (known || extra.size() == MAX_UNMATCHED) {
        continue;
      }
      VirtualMachineInstanceNetworkInterface entry = new VirtualMachineInstanceNetworkInterface();
      entry.setInterfaceName(nic.interfaceName());
      entry.setMac(nic.mac());
      entry.setInfoSource(AGENT);
      entry.setIpAddresses(nic.ipAddresses().isEmpty() ? null : nic.ipAddresses());
      entry.setIpAddress(nic.ipAddresses().isEmpty() ? null : nic.ipAddresses().get(0));
      extra.add(entry);
    }
    return extra;
  }

  private static boolean isV6(String address) {
    return address.contains(":");
  }

  private static boolean isLinkLocal(String address) {
    return address.toLowerCase(Locale.ROOT).startsWith("fe80:");
  }
}
