package io.jvirt.handler.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.jvirt.contract.HandlerApi;
import io.jvirt.daemon.handlerapi.HandlerClient;
import io.jvirt.daemon.handlerapi.HandlerReply;
import io.jvirt.daemon.tls.CertificateIssuer;
import io.jvirt.daemon.tls.HandlerSecret;
import io.jvirt.daemon.tls.KeyMaterial;
import io.jvirt.daemon.tls.MutualTls;
import io.jvirt.daemon.tls.PeerIdentity;
import io.jvirt.daemon.tls.TlsMaterial;
import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real HandlerServer on an ephemeral port, called by virt-api's real client with certificates of
 * the real issuer: only virt-api's identity from the trusted CA gets in, the handler's answers come
 * back as they are, and a rotated certificate is served without a restart.
 */
class HandlerServerTest {
  private static final Duration DAY = Duration.ofHours(24);
  private static final String LOCALHOST = "127.0.0.1";

  private final Clock clock = Clock.systemUTC();
  private final CertificateIssuer issuer = new CertificateIssuer(clock);
  private final KeyMaterial ca = issuer.newCa("jvirt-virt-api-ca", Duration.ofDays(7));
  private final FakeVmiCommands commands = new FakeVmiCommands();
  private final SecretTlsSource handlerTls = new SecretTlsSource(null, "kubevirt");
  private HandlerServer server;

  @BeforeEach
  void startHandler() {
    handlerTls.accept(secret(serving(ca), ca));
    server = new HandlerServer(LOCALHOST, 0, handlerTls, commands).start();
  }

  @AfterEach
  void stopHandler() {
    server.close();
  }

  private KeyMaterial serving(KeyMaterial by) {
    return issuer.issue(by, HandlerApi.SERVER_COMMON_NAME, List.of(), DAY);
  }

  private KeyMaterial virtApi(KeyMaterial by) {
    return issuer.issueClient(by, HandlerApi.CLIENT_COMMON_NAME, DAY);
  }

  private static io.fabric8.kubernetes.api.model.Secret secret(
      KeyMaterial serving, KeyMaterial... trusted) {
    return new SecretBuilder()
        .withNewMetadata()
        .withName(HandlerApi.SERVER_SECRET)
        .endMetadata()
        .withData(HandlerSecret.data(serving, certificates(trusted)))
        .build();
  }

  private static List<X509Certificate> certificates(KeyMaterial... cas) {
    return java.util.Arrays.stream(cas).map(KeyMaterial::certificate).toList();
  }

  private HandlerClient client(KeyMaterial identity, KeyMaterial... trusted) {
    return new HandlerClient(
        () -> new TlsMaterial(identity, certificates(trusted)), Duration.ofSeconds(10), clock);
  }

  private HandlerReply put(HandlerClient client, String subresource) throws IOException {
    return client.put(LOCALHOST, server.port(), "default", "vm1", subresource, "{}");
  }

  @Test
  void virtApiWithItsClientCertificateIsServed() throws IOException {
    HandlerClient virtApi = client(virtApi(ca), ca);

    assertThat(put(virtApi, "pause")).isEqualTo(new HandlerReply(202, ""));
    assertThat(put(virtApi, "unpause").ok()).isTrue();
    assertThat(put(virtApi, "softreboot").ok()).isTrue();
    assertThat(commands.calls())
        .containsExactly("pause default/vm1", "unpause default/vm1", "softreboot default/vm1");
  }

  @Test
  void theHandlersRefusalsComeBackWithTheirStatusAndMessage() throws IOException {
    commands
        .answer("unpause", Outcome.conflict("VMI is not paused"))
        .answer("pause", Outcome.notOnThisNode("default", "vm1"))
        .answer("softreboot", Outcome.launcherUnreachable("virt-launcher of default/vm1 is gone"));
    HandlerClient virtApi = client(virtApi(ca), ca);

    assertThat(put(virtApi, "unpause")).isEqualTo(new HandlerReply(409, "VMI is not paused"));
    assertThat(put(virtApi, "pause"))
        .isEqualTo(new HandlerReply(404, "VMI default/vm1 does not exist"));
    assertThat(put(virtApi, "softreboot").status()).isEqualTo(503);
  }

  @Test
  void unknownPathsAndMethodsAreRefusedWithoutACommand() throws IOException {
    HandlerClient virtApi = client(virtApi(ca), ca);

    assertThat(put(virtApi, "console").status()).isEqualTo(400);
    assertThat(put(virtApi, "migrate").status()).isEqualTo(404);
    assertThat(commands.calls()).isEmpty();
  }

  @Test
  void aClientWithoutCertificateIsRefusedInTheHandshake() {
    HandlerClient anonymous =
        new HandlerClient(
            () -> new TlsMaterial(null, certificates(ca)), Duration.ofSeconds(10), clock);

    assertThatThrownBy(() -> put(anonymous, "pause")).isInstanceOf(IOException.class);
    assertThat(commands.calls()).isEmpty();
  }

  @Test
  void aClientCertificateOfAnotherCaIsRefused() {
    KeyMaterial otherCa = issuer.newCa("jvirt-virt-api-ca", Duration.ofDays(7));

    assertThatThrownBy(() -> put(client(virtApi(otherCa), ca), "pause"))
        .isInstanceOf(IOException.class);
    assertThat(commands.calls()).isEmpty();
  }

  @Test
  void aCertificateOfTheCaWithAnotherIdentityIsRefused() {
    KeyMaterial someoneElse = issuer.issueClient(ca, "kubevirt.io:system:client:monitoring", DAY);
    KeyMaterial handlerAsClient = serving(ca);

    assertThatThrownBy(() -> put(client(someoneElse, ca), "pause")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> put(client(handlerAsClient, ca), "pause"))
        .isInstanceOf(IOException.class);
    assertThat(commands.calls()).isEmpty();
  }

  @Test
  void virtApiRefusesAHandlerItsCaDidNotCertify() {
    KeyMaterial otherCa = issuer.newCa("jvirt-virt-api-ca", Duration.ofDays(7));
    handlerTls.accept(secret(serving(otherCa), ca));

    assertThatThrownBy(() -> put(client(virtApi(ca), ca), "pause"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("could not verify peer certificate");
    assertThat(commands.calls()).isEmpty();
  }

  @Test
  void virtApiRefusesAServerOfItsCaThatIsNotAHandler() {
    handlerTls.accept(
        secret(issuer.issue(ca, "virt-api", List.of("virt-api.kubevirt.svc"), DAY), ca));

    assertThatThrownBy(() -> put(client(virtApi(ca), ca), "pause"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("common name is invalid");
  }

  @Test
  void aRotatedCertificateAndCaBundleAreUsedWithoutARestart() throws Exception {
    KeyMaterial nextCa = issuer.newCa("jvirt-virt-api-ca", Duration.ofDays(7));
    KeyMaterial rotated = serving(nextCa);
    assertThat(servedSerial(ca))
        .isEqualTo(handlerTls.current().identity().certificate().getSerialNumber());

    // step 1: the next CA is trusted next to the current one; step 2: it signs the handler's
    handlerTls.accept(secret(serving(ca), ca, nextCa));
    handlerTls.accept(secret(rotated, ca, nextCa));

    assertThat(servedSerial(nextCa)).isEqualTo(rotated.certificate().getSerialNumber());
    assertThat(put(client(virtApi(nextCa), nextCa), "pause").ok()).as("new CA only").isTrue();
    assertThat(put(client(virtApi(ca), ca, nextCa), "pause").ok()).as("old client").isTrue();

    // the old CA leaves the bundle: its clients are refused from the next handshake on
    handlerTls.accept(secret(rotated, nextCa));
    assertThatThrownBy(() -> put(client(virtApi(ca), ca, nextCa), "pause"))
        .isInstanceOf(IOException.class);
    assertThat(commands.calls()).hasSize(2);
  }

  @Test
  void aBrokenSecretKeepsTheCertificateInUse() throws Exception {
    BigInteger before = handlerTls.current().identity().certificate().getSerialNumber();

    handlerTls.accept(new SecretBuilder().withNewMetadata().withName("x").endMetadata().build());

    assertThat(servedSerial(ca)).isEqualTo(before);
  }

  /** The serial number of the certificate the handler presents to a client trusting {@code by}. */
  private BigInteger servedSerial(KeyMaterial by) throws IOException {
    AtomicReference<TlsMaterial> tls =
        new AtomicReference<>(new TlsMaterial(virtApi(by), certificates(by)));
    var context =
        MutualTls.context(tls::get, PeerIdentity.server(HandlerApi.SERVER_COMMON_NAME), clock);
    try (SSLSocket socket =
        (SSLSocket) context.getSocketFactory().createSocket(LOCALHOST, server.port())) {
      socket.startHandshake();
      return ((X509Certificate) socket.getSession().getPeerCertificates()[0]).getSerialNumber();
    }
  }
}
