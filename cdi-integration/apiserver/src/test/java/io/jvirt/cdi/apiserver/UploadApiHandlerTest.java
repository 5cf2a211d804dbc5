package io.jvirt.cdi.apiserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jvirt.apiserver.auth.Authorizer;
import io.jvirt.apiserver.auth.UserInfo;
import io.jvirt.apiserver.http.VirtApiServer;
import io.jvirt.cdi.testing.TestTls;
import io.jvirt.cdi.uploadtoken.SigningKeys;
import io.jvirt.cdi.uploadtoken.UploadTokenSigner;
import io.jvirt.cdi.uploadtoken.UploadTokenVerifier;
import io.jvirt.cdi.uploadtoken.decide.TokenClaims;
import io.jvirt.daemon.tls.RotatingKeyManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** cdi-apiserver's handler over plain HTTP, with authentication and RBAC played by fakes. */
class UploadApiHandlerTest {
  private static final KeyPair KEYS = SigningKeys.generate();
  private static final String CREATE =
      "/apis/upload.cdi.kubevirt.io/v1beta1/namespaces/ns/uploadtokenrequests";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestTls tls = TestTls.issue("cdi-api");
  private final HttpClient client = HttpClient.newBuilder().sslContext(tls.client()).build();
  private VirtApiServer server;
  private Optional<UserInfo> user = Optional.of(new UserInfo("alice", List.of(), Map.of()));
  private boolean allowed = true;

  @BeforeEach
  void start() throws IOException {
    server =
        new VirtApiServer(
            "localhost",
            0,
            new RotatingKeyManager(tls.serving()),
            List.of(),
            new UploadApiHandler(
                request -> user,
                (who, namespace) -> new Authorizer.Decision(allowed, allowed ? "" : "no binding"),
                new UploadTokenSigner(KEYS.getPrivate(), Clock.systemUTC())));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("https://localhost:" + server.port() + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String request(String spec) {
    return "{\"apiVersion\":\"upload.cdi.kubevirt.io/v1beta1\",\"kind\":\"UploadTokenRequest\","
        + "\"metadata\":{\"name\":\"t\"},\"spec\":"
        + spec
        + "}";
  }

  @Test
  void createAnswers201WithTheRequestAndASignedToken() throws Exception {
    HttpResponse<String> response = send("POST", CREATE, request("{\"pvcName\":\"disk\"}"));

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("kind").asText()).isEqualTo("UploadTokenRequest");
    assertThat(body.path("metadata").path("namespace").asText()).isEqualTo("ns");
    assertThat(body.path("spec").path("pvcName").asText()).isEqualTo("disk");
    TokenClaims claims =
        UploadTokenVerifier.verify(body.path("status").path("token").asText(), KEYS.getPublic())
            .orElseThrow();
    assertThat(claims.name()).isEqualTo("disk");
    assertThat(claims.namespace()).isEqualTo("ns");
  }

  @Test
  void aMissingPvcNameIs422NamingTheField() throws Exception {
    HttpResponse<String> response = send("POST", CREATE, request("{}"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(response.body()).path("kind").asText()).isEqualTo("Status");
    assertThat(response.body()).contains("spec.pvcName");
  }

  @Test
  void unreadableJsonIs400() throws Exception {
    assertThat(send("POST", CREATE, "{not json").statusCode()).isEqualTo(400);
  }

  @Test
  void anUnauthenticatedCallerIs401() throws Exception {
    user = Optional.empty();

    assertThat(send("POST", CREATE, request("{\"pvcName\":\"disk\"}")).statusCode()).isEqualTo(401);
  }

  @Test
  void aCallerRbacRefusesIs403() throws Exception {
    allowed = false;

    HttpResponse<String> response = send("POST", CREATE, request("{\"pvcName\":\"disk\"}"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("alice").contains("no binding");
  }

  @Test
  void otherVerbsAre405() throws Exception {
    assertThat(send("PUT", CREATE, "{}").statusCode()).isEqualTo(405);
  }

  @Test
  void discoveryAndHealthAnswer200() throws Exception {
    HttpResponse<String> resources = send("GET", "/apis/upload.cdi.kubevirt.io/v1beta1", "");

    assertThat(resources.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(resources.body()).path("kind").asText()).isEqualTo("APIResourceList");
    assertThat(send("GET", "/apis", "").statusCode()).isEqualTo(200);
    assertThat(send("GET", "/healthz", "").statusCode()).isEqualTo(200);
    assertThat(send("GET", "/nothing", "").statusCode()).isEqualTo(404);
  }
}
