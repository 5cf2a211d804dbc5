package io.jvirt.cdi.importer.clone;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.cdi.importer.decide.TerminationMessages;
import io.jvirt.cdi.importer.metrics.ProgressCounter;
import io.jvirt.cdi.importer.metrics.TestClock;
import io.jvirt.cdi.importer.run.Outcome;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The request, the answers and the retries, against a stand-in upload server. */
class CloneSenderTest {
  @TempDir Path tmp;
  private final List<Duration> sleeps = new ArrayList<>();
  private final ProgressCounter counter = ProgressCounter.forClone("uid");
  private byte[] content;
  private SourceDisk disk;
  private StubUploadServer stub;

  @BeforeEach
  void disk() throws Exception {
    content = new byte[300_000];
    new Random(3).nextBytes(content);
    Path file = Files.write(tmp.resolve("disk.img"), content);
    disk = new SourceDisk(file, false, content.length);
  }

  @AfterEach
  void stop() {
    if (stub != null) {
      stub.close();
    }
  }

  private CloneSender sender(Sleeper sleeper) {
    return new CloneSender(CloneSender.client(), sleeper, new TestClock());
  }

  private CloneSender sender() {
    return sender(sleeps::add);
  }

  private static URI url(int port) {
    return URI.create("http://127.0.0.1:" + port + "/v1beta1/upload");
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void aChunkedGzipBodyAnd200EndWithCloneComplete() throws Exception {
    stub = StubUploadServer.start(0, 200, "");
    Outcome outcome = sender().send(url(stub.port()), disk, counter);
    assertThat(outcome).isEqualTo(new Outcome(0, TerminationMessages.cloneComplete()));
    assertThat(stub.received().body()).isEqualTo(content);
    assertThat(stub.received().transferEncoding()).isEqualToIgnoringCase("chunked");
    assertThat(stub.received().contentLength()).isNull();
    assertThat(counter.value()).isEqualTo(100.0);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aRefusalNamesTheStatusAndTheServersAnswer() throws Exception {
    stub = StubUploadServer.start(0, 400, "Saving stream failed: A larger PVC is required");
    assertThat(sender().send(url(stub.port()), disk, counter))
        .isEqualTo(
            new Outcome(
                1,
                "Unable to process data: upload server answered 400:"
                    + " Saving stream failed: A larger PVC is required"));
    assertThat(sleeps).isEmpty();
  }

  @Test
  void nothingListeningIsRetriedWithBackoffThenGivenUp() throws Exception {
    int port = freePort();
    Outcome outcome = sender().send(url(port), disk, counter);
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.message())
        .startsWith("Unable to process data: cannot connect to " + url(port) + " after 6 attempts")
        .contains("ConnectException");
    assertThat(sleeps)
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(16));
  }

  @Test
  void aServerThatStartsListeningDuringTheBackoffGetsTheWholeDisk() throws Exception {
    int port = freePort();
    Sleeper startsTheServer =
        duration -> {
          sleeps.add(duration);
          if (stub == null) {
            try {
              stub = StubUploadServer.start(port, 200, "");
            } catch (IOException e) {
              throw new IllegalStateException(e);
            }
          }
        };
    Outcome outcome = sender(startsTheServer).send(url(port), disk, counter);
    assertThat(outcome.exitCode()).isZero();
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    assertThat(stub.received().body()).isEqualTo(content);
  }
}
