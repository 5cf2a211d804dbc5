package io.jvirt.daemon.tls;

import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Who a peer must be, beyond holding a certificate of a trusted CA: exactly one common name, equal
 * to {@link #commonName}, and the extended key usage of its role ({@link Role#SERVER} or {@link
 * Role#CLIENT}), as upstream checks its components' certificates.
 */
public record PeerIdentity(String commonName, Role role) {

  /** Which side of a connection the certificate proves: each has its own extended key usage. */
  public enum Role {
    /** id-kp-serverAuth. */
    SERVER("1.3.6.1.5.5.7.3.1"),
    /** id-kp-clientAuth. */
    CLIENT("1.3.6.1.5.5.7.3.2");

    private final String oid;

    Role(String oid) {
      this.oid = oid;
    }

    /** The extended key usage OID. */
    public String oid() {
      return oid;
    }
  }

  /** A server whose certificate names {@code commonName}. */
  public static PeerIdentity server(String commonName) {
    return new PeerIdentity(commonName, Role.SERVER);
  }

  /** A client whose certificate names {@code commonName}. */
  public static PeerIdentity client(String commonName) {
    return new PeerIdentity(commonName, Role.CLIENT);
  }

  /** Throws, saying why, unless {@code certificate} is this identity's. */
  public void check(X509Certificate certificate) throws CertificateException {
    List<String> names = commonNames(certificate);
    if (names.size() != 1 || !names.get(0).equals(commonName)) {
      throw new CertificateException(
          "common name is invalid, expected "
              + commonName
              + ", but got "
              + String.join(",", names));
    }
    List<String> usages;
    try {
      usages = certificate.getExtendedKeyUsage();
    } catch (CertificateParsingException e) {
      throw new CertificateException("unreadable extended key usage", e);
    }
    if (usages == null || !usages.contains(role.oid())) {
      throw new CertificateException(
          "certificate of " + commonName + " is not for " + role.name().toLowerCase() + " use");
    }
  }

  /** Every common name in the certificate's subject. */
  static List<String> commonNames(X509Certificate certificate) {
    X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    return Arrays.stream(subject.getRDNs(BCStyle.CN))
        .map(RDN::getFirst)
        .map(
            value ->
                value.getValue() instanceof ASN1String text
                    ? text.getString()
                    : IETFUtils.valueToString(value.getValue()))
        .toList();
  }
}
