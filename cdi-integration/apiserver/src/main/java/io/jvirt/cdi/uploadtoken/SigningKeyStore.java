package io.jvirt.cdi.uploadtoken;

import java.security.KeyPair;
import java.util.Optional;

/** Where the RSA key pair signing upload tokens is kept (a Secret in the cluster). */
public interface SigningKeyStore {
  /** The stored pair; empty while there is none. */
  Optional<KeyPair> read();

  /** Stores {@code pair} if none exists; false when another writer stored one first. */
  boolean create(KeyPair pair);
}
