package io.jvirt.launcher.dhcp.decide;

import io.jvirt.launcher.dhcp.model.DhcpLease;
import io.jvirt.launcher.dhcp.model.DhcpMessage;
import io.jvirt.launcher.dhcp.model.DhcpOption;
import io.jvirt.launcher.dhcp.model.DhcpOptions;
import io.jvirt.launcher.dhcp.model.Ipv4;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a single-client DHCP server answers (kubevirt pkg/network/dhcp/server/server.go, RFC 2131
 * §4.3): DISCOVER gets an OFFER of the lease, REQUEST an ACK, or a NAK when it asks for another
 * address; requests from another client (when the client is known), for another server, and every
 * other message type get nothing.
 */
public final class DhcpResponder {
  private final DhcpLease lease;

  /** Answers for {@code lease}. */
  public DhcpResponder(DhcpLease lease) {
    this.lease = lease;
  }

  /** The answer to {@code request}, or empty when it gets none. */
  public Optional<DhcpMessage> respond(DhcpMessage request) {
    if (request.op() != DhcpMessage.BOOTREQUEST
        || request.htype() != DhcpMessage.HTYPE_ETHERNET
        || request.hlen() != 6) {
      return Optional.empty();
    }
    if (lease.clientMac() != null && !lease.clientMac().equals(request.clientMac())) {
      return Optional.empty();
    }
    switch (request.messageType()) {
      case DhcpOptions.DISCOVER:
        return Optional.of(reply(request, DhcpOptions.OFFER));
      case DhcpOptions.REQUEST:
        Optional<Integer> server = request.addressOption(DhcpOptions.SERVER_ID);
        if (server.isPresent() && server.get() != lease.serverIp()) {
          return Optional.empty();
        }
        int asked = request.addressOption(DhcpOptions.REQUESTED_ADDRESS).orElse(request.ciaddr());
        if (asked != Ipv4.ANY && asked != lease.clientIp()) {
          return Optional.of(nak(request));
        }
        return Optional.of(reply(request, DhcpOptions.ACK));
      default:
        return Optional.empty();
    }
  }

  private DhcpMessage reply(DhcpMessage request, int type) {
    List<DhcpOption> options = new ArrayList<>();
    options.add(DhcpOptions.byteOption(DhcpOptions.MESSAGE_TYPE, type));
    options.add(DhcpOptions.addresses(DhcpOptions.SERVER_ID, List.of(lease.serverIp())));
    options.add(DhcpOptions.uint32(DhcpOptions.LEASE_TIME, lease.leaseSeconds()));
    options.addAll(lease.options());
    int ciaddr = type == DhcpOptions.ACK ? request.ciaddr() : Ipv4.ANY;
    return answer(request, ciaddr, lease.clientIp(), options);
  }

  private DhcpMessage nak(DhcpMessage request) {
    return answer(
        request,
        Ipv4.ANY,
        Ipv4.ANY,
        List.of(
            DhcpOptions.byteOption(DhcpOptions.MESSAGE_TYPE, DhcpOptions.NAK),
            DhcpOptions.addresses(DhcpOptions.SERVER_ID, List.of(lease.serverIp()))));
  }

  private static DhcpMessage answer(
      DhcpMessage request, int ciaddr, int yiaddr, List<DhcpOption> options) {
    return new DhcpMessage(
        DhcpMessage.BOOTREPLY,
        request.htype(),
        request.hlen(),
        0,
        request.xid(),
        0,
        request.flags(),
        ciaddr,
        yiaddr,
        Ipv4.ANY,
        request.giaddr(),
        request.chaddr(),
        null,
        null,
        options);
  }
}
