package io.jvirt.launcher.dhcp.model;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A DHCPv4 message (RFC 2131 §2, options RFC 2132): the BOOTP header and the options after the
 * magic cookie, in their order. Parses what a client sends and encodes what the server answers,
 * padded to BOOTP's 300 bytes (RFC 1542) as clients send it.
 */
public record DhcpMessage(
    int op,
    int htype,
    int hlen,
    int hops,
    int xid,
    int secs,
    int flags,
    int ciaddr,
    int yiaddr,
    int siaddr,
    int giaddr,
    byte[] chaddr,
    byte[] sname,
    byte[] file,
    List<DhcpOption> options) {
  public static final int BOOTREQUEST = 1;
  public static final int BOOTREPLY = 2;
  public static final int HTYPE_ETHERNET = 1;

  /** The broadcast bit of {@code flags} (RFC 2131 §2). */
  public static final int FLAG_BROADCAST = 0x8000;

  /** 99.130.83.99. */
  public static final int MAGIC_COOKIE = 0x63825363;

  /** Header and cookie: where the options start. */
  public static final int OPTIONS_OFFSET = 240;

  /** BOOTP's minimum message size (RFC 1542 §2.1). */
  public static final int MIN_SIZE = 300;

  private static final int PAD = 0;
  private static final int END = 255;

  /** Sizes the fixed fields and copies the arrays. */
  public DhcpMessage {
    chaddr = fixed(chaddr, 16, "chaddr");
    sname = fixed(sname, 64, "sname");
    file = fixed(file, 128, "file");
    options = List.copyOf(options);
  }

  /** Parses {@code length} bytes of {@code data}; fails on anything that is not DHCP. */
  public static DhcpMessage parse(byte[] data, int length) {
    if (length < OPTIONS_OFFSET) {
      throw new MalformedDhcpException(
          "only " + length + " bytes, a DHCP message has at least 240");
    }
    ByteBuffer in = ByteBuffer.wrap(data, 0, length);
    int op = in.get() & 0xff;
    int htype = in.get() & 0xff;
    int hlen = in.get() & 0xff;
    int hops = in.get() & 0xff;
    int xid = in.getInt();
    int secs = in.getShort() & 0xffff;
    int flags = in.getShort() & 0xffff;
    int ciaddr = in.getInt();
    int yiaddr = in.getInt();
    int siaddr = in.getInt();
    int giaddr = in.getInt();
    byte[] chaddr = new byte[16];
    byte[] sname = new byte[64];
    byte[] file = new byte[128];
    in.get(chaddr).get(sname).get(file);
    if (in.getInt() != MAGIC_COOKIE) {
      throw new MalformedDhcpException("no DHCP magic cookie (a plain BOOTP message)");
    }
    List<DhcpOption> options = new ArrayList<>();
    while (in.hasRemaining()) {
      int code = in.get() & 0xff;
      if (code == END) {
        break;
      }
      if (code == PAD) {
        continue;
      }
      if (!in.hasRemaining()) {
        throw new MalformedDhcpException("option " + code + " has no length");
      }
      int size = in.get() & 0xff;
      if (in.remaining() < size) {
        throw new MalformedDhcpException("option " + code + " runs past the message's end");
      }
      byte[] value = new byte[size];
      in.get(value);
      options.add(new DhcpOption(code, value));
    }
    return new DhcpMessage(
        op, htype, hlen, hops, xid, secs, flags, ciaddr, yiaddr, siaddr, giaddr, chaddr, sname,
        file, options);
  }

  /** The message on the wire: header, cookie, options, END, zero padding up to 300 bytes. */
  public byte[] encode() {
    ByteArrayOutputStream optionBytes = new ByteArrayOutputStream();
    for (DhcpOption option : options) {
      byte[] value = option.value();
      optionBytes.write(option.code());
      optionBytes.write(value.length);
      optionBytes.writeBytes(value);
    }
    optionBytes.write(END);
    int size = Math.max(MIN_SIZE, OPTIONS_OFFSET + optionBytes.size());
    ByteBuffer out = ByteBuffer.allocate(size);
    out.put((byte) op).put((byte) htype).put((byte) hlen).put((byte) hops);
    out.putInt(xid).putShort((short) secs).putShort((short) flags);
    out.putInt(ciaddr).putInt(yiaddr).putInt(siaddr).putInt(giaddr);
    out.put(chaddr).put(sname).put(file).putInt(MAGIC_COOKIE);
    out.put(optionBytes.toByteArray());
    return out.array();
  }

  /** The value of option {@code code}; several instances are concatenated (RFC 3396). */
  public Optional<byte[]> option(int code) {
    ByteArrayOutputStream value = new ByteArrayOutputStream();
    boolean found = false;
    for (DhcpOption option : options) {
      if (option.code() == code) {
        value.writeBytes(option.value());
        found = true;
      }
    }
    return found ? Optional.of(value.toByteArray()) : Optional.empty();
  }

  /** The DHCP message type (option 53), or 0 when there is none. */
  public int messageType() {
    return option(DhcpOptions.MESSAGE_TYPE)
        .filter(v -> v.length == 1)
        .map(v -> v[0] & 0xff)
        .orElse(0);
  }

  /** An IPv4 address option (50 requested address, 54 server identifier), if present. */
  public Optional<Integer> addressOption(int code) {
    return option(code).filter(v -> v.length == 4).map(v -> ByteBuffer.wrap(v).getInt());
  }

  /** The client's hardware address, {@code hlen} bytes of chaddr, as lower-case hex with colons. */
  public String clientMac() {
    int length = Math.min(hlen, 16);
    return HexFormat.ofDelimiter(":").formatHex(chaddr, 0, length).toLowerCase(Locale.ROOT);
  }

  @Override
  public byte[] chaddr() {
    return chaddr.clone();
  }

  @Override
  public byte[] sname() {
    return sname.clone();
  }

  @Override
  public byte[] file() {
    return file.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DhcpMessage m && Arrays.equals(encode(), m.encode());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encode());
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "DhcpMessage[op=%d xid=%08x chaddr=%s ciaddr=%s yiaddr=%s options=%s]",
        op,
        xid,
        clientMac(),
        Ipv4.format(ciaddr),
        Ipv4.format(yiaddr),
        options);
  }

  private static byte[] fixed(byte[] bytes, int size, String field) {
    if (bytes == null) {
      return new byte[size];
    }
    if (bytes.length > size) {
      throw new IllegalArgumentException(field + " holds at most " + size + " bytes");
    }
    return Arrays.copyOf(bytes, size);
  }
}
