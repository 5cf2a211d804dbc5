package io.jvirt.cdi.uploadtoken;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.cdi.contract.UploadTokens;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** The signing key pair in Secret {@link UploadTokens#SIGNING_SECRET} of CDI's namespace. */
public final class SecretSigningKeyStore implements SigningKeyStore {
  private final KubernetesClient client;
  private final String namespace;

  /** The Secret in {@code namespace}, reached through {@code client}. */
  public SecretSigningKeyStore(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  @Override
  public Optional<KeyPair> read() {
    Map<String, String> data = data();
    String privateKey = decode(data.get(UploadTokens.PRIVATE_KEY));
    if (privateKey == null) {
      return Optional.empty();
    }
    return Optional.of(KeyPem.pair(privateKey, decode(data.get(UploadTokens.PUBLIC_KEY))));
  }

  /** The public key alone, all the upload proxy needs; empty while there is none. */
  public Optional<PublicKey> readPublic() {
    String publicKey = decode(data().get(UploadTokens.PUBLIC_KEY));
    return publicKey == null ? Optional.empty() : Optional.of(KeyPem.parsePublicKey(publicKey));
  }

  private Map<String, String> data() {
    Secret secret =
        client.secrets().inNamespace(namespace).withName(UploadTokens.SIGNING_SECRET).get();
    return secret == null || secret.getData() == null ? Map.of() : secret.getData();
  }

  @Override
  public boolean create(KeyPair pair) {
    Secret secret =
        new SecretBuilder()
            .withNewMetadata()
            .withName(UploadTokens.SIGNING_SECRET)
            .withNamespace(namespace)
            .addToLabels("app.kubernetes.io/component", "cdi-apiserver")
            .endMetadata()
            .withType("Opaque")
            .withData(
                Map.of(
                    UploadTokens.PRIVATE_KEY, encode(KeyPem.privateKey(pair)),
                    UploadTokens.PUBLIC_KEY, encode(KeyPem.publicKey(pair.getPublic()))))
            .build();
    try {
      client.secrets().inNamespace(namespace).resource(secret).create();
      return true;
    } catch (KubernetesClientException e) {
      if (e.getCode() == 409) {
        return false;
      }
      throw e;
    }
  }

  private static String encode(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
  }

  private static String decode(String value) {
    return value == null
        ? null
        : new String(Base64.getDecoder().decode(value), StandardCharsets.US_ASCII);
  }
}
