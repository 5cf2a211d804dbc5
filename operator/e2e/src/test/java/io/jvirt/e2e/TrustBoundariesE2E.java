package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.contract.Components;
import io.jvirt.contract.HandlerApi;
import io.jvirt.contract.Ports;
import io.jvirt.daemon.handlerapi.HandlerClient;
import io.jvirt.daemon.tls.CertificateIssuer;
import io.jvirt.daemon.tls.HandlerSecret;
import io.jvirt.daemon.tls.KeyMaterial;
import io.jvirt.daemon.tls.RotatingKeyManager;
import io.jvirt.daemon.tls.TlsMaterial;
import io.jvirt.e2e.ApiCalls.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trust boundaries behind the API server: virt-api believes identity headers only from the API
 * server's front proxy, virt-handler's port serves only virt-api's client certificate, bad
 * subresource bodies are refused with a Status and act on nothing, and only KubeVirt writes a VMI's
 * status.
 */
class TrustBoundariesE2E {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration DAY = Duration.ofDays(1);
  private static final String TARGET = "target";

  private static Jvirt jvirt;
  private static String namespace;
  private final CertificateIssuer issuer = new CertificateIssuer(Clock.systemUTC());

  @BeforeAll
  static void createTarget() {
    jvirt = Jvirt.get();
    namespace = jvirt.namespace("trust");
    jvirt
        .client()
        .resource(
            generic(
                "{\"apiVersion\":\"kubevirt.io/v1\",\"kind\":\"VirtualMachine\",\"metadata\":"
                    + "{\"name\":\"target\"},\"spec\":{\"runStrategy\":\"Halted\",\"template\":"
                    + "{\"spec\":{\"domain\":{\"devices\":{},\"resources\":{\"requests\":"
                    + "{\"memory\":\"64Mi\"}}}}}}}"))
        .inNamespace(namespace)
        .create();
  }

  @AfterAll
  static void removeNamespace() {
    jvirt.deleteNamespace(namespace);
  }

  @Test
  void virtApiBelievesIdentityHeadersOnlyFromTheFrontProxy() throws Exception {
    KeyMaterial otherCa = issuer.newCa("front-proxy-ca", DAY);
    KeyMaterial forged = issuer.issueClient(otherCa, "front-proxy-client", DAY);
    for (Pod pod : pods(Components.API)) {
      String url =
          "https://"
              + pod.getStatus().getPodIP()
              + ":"
              + Ports.API
              + "/apis/subresources.kubevirt.io/v1/namespaces/"
              + namespace
              + "/virtualmachines/"
              + TARGET
              + "/start";
      Answer anonymous = spoofedPut(url, null);
      assertThat(anonymous.code()).as(anonymous.text()).isEqualTo(401);
      assertThat(anonymous.body().path("kind").asText()).isEqualTo("Status");
      assertThat(anonymous.body().path("reason").asText()).isEqualTo("Unauthorized");
      // a certificate of another CA does not even get through the TLS handshake
      assertThatThrownBy(() -> spoofedPut(url, forged)).isInstanceOf(IOException.class);
    }
    assertThat(vm().getSpec().getRunStrategy()).isEqualTo(io.jvirt.api.v1.RunStrategy.HALTED);
  }

  @Test
  void theHandlerPortServesOnlyVirtApisClientCertificate() {
    TlsMaterial handlerSecret =
        HandlerSecret.read(
                jvirt
                    .client()
                    .secrets()
                    .inNamespace(Components.DEFAULT_NAMESPACE)
                    .withName(HandlerApi.SERVER_SECRET)
                    .get()
                    .getData())
            .orElseThrow();
    List<X509Certificate> trusted = handlerSecret.trusted();
    KeyMaterial otherCa = issuer.newCa("jvirt-virt-api-ca", DAY);
    List<KeyMaterial> strangers =
        java.util.Arrays.asList(
            null,
            issuer.issueClient(otherCa, HandlerApi.CLIENT_COMMON_NAME, DAY),
            handlerSecret.identity());
    for (Pod handler : pods(Components.HANDLER)) {
      for (KeyMaterial identity : strangers) {
        HandlerClient client =
            new HandlerClient(
                () -> new TlsMaterial(identity, trusted),
                Duration.ofSeconds(10),
                Clock.systemUTC());
        assertThatThrownBy(
                () ->
                    client.put(
                        handler.getStatus().getPodIP(),
                        Ports.HANDLER,
                        namespace,
                        TARGET,
                        "pause",
                        ""))
            .isInstanceOf(IOException.class)
            .hasMessageNotContaining("Connection refused");
      }
    }
  }

  @Test
  void malformedSubresourceBodiesAreRefusedWithAStatusAndActOnNothing() {
    String vm = "/apis/subresources.kubevirt.io/v1/namespaces/" + namespace + "/virtualmachines/";
    List<String[]> bad =
        List.of(
            new String[] {"PUT", vm + TARGET + "/start", "{not json"},
            new String[] {"PUT", vm + TARGET + "/start", "{\"paused\":\"maybe\"}"},
            new String[] {"PUT", vm + TARGET + "/start", "[1,2,3]"},
            new String[] {"PUT", vm + TARGET + "/stop", "{\"gracePeriod\":\"soon\"}"},
            new String[] {"PUT", vm + TARGET + "/restart", "{\"dryRun\":5}"},
            new String[] {"PUT", vm + TARGET + "/start", "{\"x\":\"" + "a".repeat(4 << 20) + "\"}"},
            new String[] {"PUT", vm + TARGET + "/explode", "{}"},
            new String[] {"POST", vm + TARGET + "/start", "{}"},
            new String[] {"PUT", vm + "no-such-vm/start", "{}"});
    List<String> wrong = new ArrayList<>();
    try (ApiCalls admin =
        ApiCalls.as(jvirt.client(), "matrix-admin", List.of("system:masters"), true)) {
      for (String[] call : bad) {
        Answer answer = admin.call(call[0], call[1], call[2]);
        boolean refused = answer.code() >= 400 && answer.code() < 500;
        boolean status =
            answer.body() != null && answer.body().path("kind").asText().equals("Status");
        if (!refused || !status) {
          wrong.add(
              call[0]
                  + " "
                  + call[1]
                  + " "
                  + abbreviate(call[2])
                  + " -> "
                  + answer.code()
                  + " "
                  + abbreviate(answer.text()));
        }
      }
    }
    System.out.printf(
        "[figures] malformed subresource calls: %d sent, %d wrong%n", bad.size(), wrong.size());
    assertThat(wrong).isEmpty();
    assertThat(vm().getSpec().getRunStrategy()).isEqualTo(io.jvirt.api.v1.RunStrategy.HALTED);
    assertThat(
            jvirt
                .client()
                .resources(VirtualMachineInstance.class)
                .inNamespace(namespace)
                .withName(TARGET)
                .get())
        .isNull();
  }

  @Test
  void noUserButKubevirtWritesAVmisStatusNotEvenAClusterAdmin() throws IOException {
    jvirt
        .client()
        .resource(
            generic(
                "{\"apiVersion\":\"kubevirt.io/v1\",\"kind\":\"VirtualMachineInstance\","
                    + "\"metadata\":{\"name\":\"pinned\"},\"spec\":{\"nodeSelector\":"
                    + "{\"jvirt.io/nowhere\":\"true\"},\"domain\":{\"devices\":{},"
                    + "\"resources\":{\"requests\":{\"memory\":\"64Mi\"}}}}}"))
        .inNamespace(namespace)
        .create();
    String path =
        "/apis/kubevirt.io/v1/namespaces/" + namespace + "/virtualmachineinstances/pinned";
    try (ApiCalls admin =
        ApiCalls.as(jvirt.client(), "cluster-admin-user", List.of("system:masters"))) {
      Answer answer;
      do { // the controller writes the VMI too: a 409 means "read it again"
        JsonNode vmi = admin.call("GET", path, null).body();
        ((com.fasterxml.jackson.databind.node.ObjectNode) vmi)
            .withObjectProperty("status")
            .put("phase", "Running");
        answer = admin.call("PUT", path, JSON.writeValueAsString(vmi));
      } while (answer.code() == 409);

      assertThat(answer.code()).as(answer.text()).isEqualTo(422);
      assertThat(answer.body().path("message").asText())
          .contains("status of a VirtualMachineInstance is written only by KubeVirt components");
    }
    VirtualMachineInstance stored =
        jvirt
            .client()
            .resources(VirtualMachineInstance.class)
            .inNamespace(namespace)
            .withName("pinned")
            .get();
    // the controller may not have written a status yet: none is as good as one that is not Running
    assertThat(stored.getStatus() == null ? null : stored.getStatus().getPhase())
        .isNotEqualTo(io.jvirt.api.v1.VirtualMachineInstancePhase.RUNNING);
  }

  private static VirtualMachine vm() {
    return jvirt
        .client()
        .resources(VirtualMachine.class)
        .inNamespace(namespace)
        .withName(TARGET)
        .get();
  }

  private static List<Pod> pods(String component) {
    KubernetesClient client = jvirt.client();
    return client
        .pods()
        .inNamespace(Components.DEFAULT_NAMESPACE)
        .withLabel(Components.LABEL, component)
        .list()
        .getItems();
  }

  /** A PUT straight to virt-api's pod that claims to be the cluster admin in headers. */
  private static Answer spoofedPut(String url, KeyMaterial identity)
      throws IOException, GeneralSecurityException {
    SSLContext ssl = SSLContext.getInstance("TLS");
    KeyManager[] keys =
        identity == null ? null : new KeyManager[] {RotatingKeyManager.following(() -> identity)};
    // the server's identity is not under test here; its client authentication is
    ssl.init(keys, new TrustManager[] {new TrustingEveryServer()}, null);
    HttpsURLConnection connection = (HttpsURLConnection) URI.create(url).toURL().openConnection();
    connection.setSSLSocketFactory(ssl.getSocketFactory());
    connection.setHostnameVerifier((host, session) -> true);
    connection.setRequestMethod("PUT");
    connection.setDoOutput(true);
    connection.setRequestProperty("Content-Type", "application/json");
    connection.setRequestProperty("X-Remote-User", "system:admin");
    connection.setRequestProperty("X-Remote-Group", "system:masters");
    connection.getOutputStream().write("{}".getBytes(StandardCharsets.UTF_8));
    int code = connection.getResponseCode();
    try (InputStream in = code >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
      String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      JsonNode body = text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
      return new Answer(code, body, text);
    }
  }

  private static GenericKubernetesResource generic(String json) {
    return io.fabric8.kubernetes.client.utils.Serialization.unmarshal(
        json, GenericKubernetesResource.class);
  }

  private static String abbreviate(String text) {
    return text == null || text.length() < 200 ? text : text.substring(0, 200) + "...";
  }

  /** Trusts any server certificate: only for calling a pod by IP to test its client checks. */
  private static final class TrustingEveryServer implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
