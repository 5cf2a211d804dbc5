package io.jvirt.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away CA and a serving certificate for test servers the API server calls (webhooks,
 * aggregated APIs): the CA goes into the caBundle, the SSLContext into the server.
 */
public final class TestCertificates {
  private final KeyPair caKeys;
  private final X509Certificate ca;
  private final KeyPair serverKeys;
  private final X509Certificate server;

  private TestCertificates(String... names) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    caKeys = generator.generateKeyPair();
    serverKeys = generator.generateKeyPair();
    ca =
        sign(
            new X500Name("CN=jvirt-test-ca"),
            caKeys,
            caKeys,
            new X500Name("CN=jvirt-test-ca"),
            true);
    server = sign(new X500Name("CN=jvirt-test-server"), serverKeys, caKeys, ca(), false, names);
  }

  /** A CA and a server certificate valid for the given IP addresses and DNS names. */
  public static TestCertificates forNames(String... namesOrAddresses) {
    try {
      return new TestCertificates(namesOrAddresses);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot create test certificates", e);
    }
  }

  /** The CA certificate in PEM, base64-encoded as a {@code caBundle} field wants it. */
  public String caBundle() {
    return Base64.getEncoder()
        .encodeToString(pem(ca).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  /** A TLS context presenting the server certificate. */
  public SSLContext serverContext() {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          "server", serverKeys.getPrivate(), new char[0], new X509Certificate[] {server, ca});
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, new char[0]);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build the server TLS context", e);
    }
  }

  private X500Name ca() {
    return new X500Name(ca.getSubjectX500Principal().getName());
  }

  private static X509Certificate sign(
      X500Name subject,
      KeyPair subjectKeys,
      KeyPair issuerKeys,
      X500Name issuer,
      boolean isCa,
      String... names)
      throws GeneralSecurityException {
    Instant now = Instant.now();
    try {
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              issuer,
              BigInteger.valueOf(now.toEpochMilli()).add(BigInteger.valueOf(isCa ? 0 : 1)),
              Date.from(now.minus(Duration.ofMinutes(5))),
              Date.from(now.plus(Duration.ofDays(2))),
              subject,
              subjectKeys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
      if (names.length > 0) {
        GeneralName[] alternatives = new GeneralName[names.length];
        for (int i = 0; i < names.length; i++) {
          alternatives[i] =
              names[i].matches("[0-9.]+")
                  ? new GeneralName(GeneralName.iPAddress, names[i])
                  : new GeneralName(GeneralName.dNSName, names[i]);
        }
        builder.addExtension(
            Extension.subjectAlternativeName, false, new GeneralNames(alternatives));
      }
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
    } catch (OperatorCreationException | IOException e) {
      throw new GeneralSecurityException(e);
    }
  }

  private static String pem(Object object) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
