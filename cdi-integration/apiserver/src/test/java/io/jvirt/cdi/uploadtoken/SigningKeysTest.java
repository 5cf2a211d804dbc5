package io.jvirt.cdi.uploadtoken;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Settling on one signing key pair, and its PEM form. */
class SigningKeysTest {

  /** A store in memory; {@code rival} is stored by "another replica" just before our create. */
  private static final class FakeStore implements SigningKeyStore {
    private KeyPair stored;
    private KeyPair rival;
    private final List<KeyPair> created = new ArrayList<>();

    @Override
    public Optional<KeyPair> read() {
      return Optional.ofNullable(stored);
    }

    @Override
    public boolean create(KeyPair pair) {
      if (rival != null) {
        stored = rival;
        rival = null;
        return false;
      }
      created.add(pair);
      stored = pair;
      return true;
    }
  }

  @Test
  void anExistingPairIsUsed() {
    FakeStore store = new FakeStore();
    store.stored = SigningKeys.generate();

    assertThat(SigningKeys.ensure(store)).isSameAs(store.stored);
    assertThat(store.created).isEmpty();
  }

  @Test
  void aMissingPairIsCreatedAsRsa2048() {
    FakeStore store = new FakeStore();

    KeyPair pair = SigningKeys.ensure(store);

    assertThat(store.created).containsExactly(pair);
    assertThat(((java.security.interfaces.RSAPublicKey) pair.getPublic()).getModulus().bitLength())
        .isEqualTo(2048);
  }

  @Test
  void losingTheCreateRaceTakesTheWinnersPair() {
    FakeStore store = new FakeStore();
    KeyPair winner = SigningKeys.generate();
    store.rival = winner;

    assertThat(SigningKeys.ensure(store)).isSameAs(winner);
    assertThat(store.created).isEmpty();
  }

  @Test
  void thePemFormRoundTrips() {
    KeyPair pair = SigningKeys.generate();

    KeyPair read = KeyPem.pair(KeyPem.privateKey(pair), KeyPem.publicKey(pair.getPublic()));

    assertThat(KeyPem.publicKey(pair.getPublic())).startsWith("-----BEGIN PUBLIC KEY-----");
    assertThat(read.getPrivate().getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    assertThat(read.getPublic()).isEqualTo(pair.getPublic());
  }

  @Test
  void aMissingPublicKeyIsDerivedFromThePrivateKey() {
    KeyPair pair = SigningKeys.generate();

    assertThat(KeyPem.pair(KeyPem.privateKey(pair), null).getPublic()).isEqualTo(pair.getPublic());
  }
}
