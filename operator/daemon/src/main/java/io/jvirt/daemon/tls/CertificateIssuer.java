package io.jvirt.daemon.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates virt-api's own CA and the certificates it signs (EC P-256, SHA-256): serving certificates
 * (serverAuth) and client certificates (clientAuth), each for one purpose only.
 */
public final class CertificateIssuer {
  /** Clock skew tolerated between nodes; short-lived certificates are backdated less. */
  private static final Duration MAX_BACKDATE = Duration.ofMinutes(5);

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /** An issuer reading the time from {@code clock}. */
  public CertificateIssuer(Clock clock) {
    this.clock = clock;
  }

  /** A self-signed CA valid for {@code validity}. */
  public KeyMaterial newCa(String commonName, Duration validity) {
    KeyPair keys = keyPair();
    X500Name name = new X500Name("CN=" + commonName);
    X509Certificate ca = sign(name, keys, name, keys.getPrivate(), validity, null, List.of());
    return new KeyMaterial(ca, keys.getPrivate(), ca);
  }

  /**
   * A serving certificate for {@code dnsNames} (none for a server reached by IP, whose peers check
   * its common name instead), signed by {@code ca}.
   */
  public KeyMaterial issue(
      KeyMaterial ca, String commonName, List<String> dnsNames, Duration validity) {
    return leaf(ca, commonName, KeyPurposeId.id_kp_serverAuth, dnsNames, validity);
  }

  /** A client certificate naming {@code commonName}, signed by {@code ca}. */
  public KeyMaterial issueClient(KeyMaterial ca, String commonName, Duration validity) {
    return leaf(ca, commonName, KeyPurposeId.id_kp_clientAuth, List.of(), validity);
  }

  private KeyMaterial leaf(
      KeyMaterial ca,
      String commonName,
      KeyPurposeId purpose,
      List<String> dnsNames,
      Duration validity) {
    KeyPair keys = keyPair();
    X500Name issuer = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
    X509Certificate cert =
        sign(new X500Name("CN=" + commonName), keys, issuer, ca.key(), validity, purpose, dnsNames);
    return new KeyMaterial(cert, keys.getPrivate(), ca.certificate());
  }

  private X509Certificate sign(
      X500Name subject,
      KeyPair subjectKeys,
      X500Name issuer,
      PrivateKey issuerKey,
      Duration validity,
      KeyPurposeId purpose,
      List<String> dnsNames) {
    boolean isCa = purpose == null;
    Instant now = clock.instant();
    try {
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              issuer,
              new BigInteger(127, random),
              Date.from(now.minus(backdate(validity))),
              Date.from(now.plus(validity)),
              subject,
              subjectKeys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
      if (isCa) {
        builder.addExtension(
            Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      } else {
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
        if (!dnsNames.isEmpty()) {
          GeneralName[] names =
              dnsNames.stream()
                  .map(n -> new GeneralName(GeneralName.dNSName, n))
                  .toArray(GeneralName[]::new);
          builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
        }
      }
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot sign a certificate for " + subject, e);
    }
  }

  /** How far before now a certificate of {@code validity} starts: a tenth, at most 5 minutes. */
  public static Duration backdate(Duration validity) {
    Duration tenth = validity.dividedBy(10);
    return tenth.compareTo(MAX_BACKDATE) < 0 ? tenth : MAX_BACKDATE;
  }

  private static KeyPair keyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(256);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no EC key generator", e);
    }
  }
}
