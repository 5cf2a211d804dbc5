package io.jvirt.virtctl;

import io.jvirt.virtctl.client.Cluster;
import io.jvirt.virtctl.client.ClusterConnector;
import io.jvirt.virtctl.client.ConnectionOptions;
import io.jvirt.virtctl.client.Namespaces;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs virtctl in-process against fake clients and captures what it prints. */
public final class Harness {
  /** What one invocation returned and printed. */
  public record Result(int code, String out, String err) {
    /** Lines printed on stderr. */
    public List<String> errLines() {
      return err.lines().toList();
    }
  }

  public final FakeSubresourceClient subresources = new FakeSubresourceClient();
  public final FakeResourceClient resources = new FakeResourceClient();
  public final FakeCdiClient cdi = new FakeCdiClient();
  public final FakePacer pacer = new FakePacer();
  public final FakeUploadClient uploads = new FakeUploadClient();

  /** Whether the simulated stdout is a terminal. */
  public boolean terminal;

  /** The namespace the simulated kubeconfig context names, or null for none. */
  public String contextNamespace;

  /** Thrown by the connector when set, as a missing kubeconfig would be. */
  public RuntimeException connectFailure;

  public InputStream in = new ByteArrayInputStream(new byte[0]);

  public ConnectionOptions lastOptions;
  public int connects;
  public boolean closed;

  /** Runs {@code virtctl args...}. */
  public Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Virtctl.run(args, session(out, err));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** How virtctl parses {@code args}, without running anything. */
  public picocli.CommandLine.ParseResult parse(String... args) {
    return Virtctl.commandLine(session(new ByteArrayOutputStream(), new ByteArrayOutputStream()))
        .parseArgs(args);
  }

  private Session session(ByteArrayOutputStream out, ByteArrayOutputStream err) {
    ClusterConnector connector =
        options -> {
          connects++;
          lastOptions = options;
          if (connectFailure != null) {
            throw connectFailure;
          }
          return new Cluster(
              Namespaces.resolve(options.namespace(), contextNamespace),
              subresources,
              resources,
              cdi,
              () -> closed = true);
        };
    return new Session(
        in,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        connector,
        new LocalSystem(pacer, uploads, terminal));
  }
}
