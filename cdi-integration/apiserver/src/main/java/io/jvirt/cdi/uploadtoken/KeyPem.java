package io.jvirt.cdi.uploadtoken;

import io.jvirt.daemon.tls.Pem;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** The signing key pair as PEM text, as the signing Secret holds it. */
public final class KeyPem {
  private KeyPem() {}

  /** The private key of {@code pair} as PEM. */
  public static String privateKey(KeyPair pair) {
    return Pem.write(pair.getPrivate());
  }

  /** {@code key} as a PEM {@code PUBLIC KEY} (SubjectPublicKeyInfo). */
  public static String publicKey(PublicKey key) {
    return Pem.write(key);
  }

  /** The public key in {@code pem}. */
  public static PublicKey parsePublicKey(String pem) {
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      if (parser.readObject() instanceof SubjectPublicKeyInfo info) {
        return new JcaPEMKeyConverter().getPublicKey(info);
      }
      throw new IllegalArgumentException("no public key in PEM");
    } catch (IOException e) {
      throw new IllegalArgumentException("not a PEM public key", e);
    }
  }

  /**
   * The pair of {@code privatePem} and {@code publicPem}; the public key is derived from the
   * private one when {@code publicPem} is null.
   */
  public static KeyPair pair(String privatePem, String publicPem) {
    PrivateKey privateKey = Pem.privateKey(privatePem);
    PublicKey publicKey = publicPem != null ? parsePublicKey(publicPem) : derivePublic(privateKey);
    return new KeyPair(publicKey, privateKey);
  }

  private static PublicKey derivePublic(PrivateKey key) {
    if (!(key instanceof RSAPrivateCrtKey rsa)) {
      throw new IllegalArgumentException("the signing key is not an RSA key");
    }
    try {
      return KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot derive the RSA public key", e);
    }
  }
}
