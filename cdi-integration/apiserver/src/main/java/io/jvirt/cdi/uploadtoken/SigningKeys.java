package io.jvirt.cdi.uploadtoken;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

/** Settles on the one signing key pair all cdi-apiserver replicas share. */
public final class SigningKeys {
  private static final int RSA_BITS = 2048;

  private SigningKeys() {}

  /** The stored pair, creating a fresh RSA-2048 pair when there is none. */
  public static KeyPair ensure(SigningKeyStore store) {
    for (int attempt = 0; attempt < 3; attempt++) {
      var stored = store.read();
      if (stored.isPresent()) {
        return stored.get();
      }
      KeyPair fresh = generate();
      if (store.create(fresh)) {
        return fresh;
      }
      // another replica created it between our read and our create: take theirs
    }
    throw new IllegalStateException("could not settle the upload token signing key");
  }

  /** A new RSA-2048 key pair. */
  public static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(RSA_BITS);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no RSA", e);
    }
  }
}
