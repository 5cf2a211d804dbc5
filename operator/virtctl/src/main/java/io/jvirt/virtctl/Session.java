package io.jvirt.virtctl;

import io.jvirt.virtctl.client.Cluster;
import io.jvirt.virtctl.client.ClusterConnector;
import io.jvirt.virtctl.client.ConnectionOptions;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * What one virtctl invocation shares between its commands: the standard streams, the connection
 * flags, and the cluster connection, opened on first use.
 */
public final class Session implements AutoCloseable {
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final ClusterConnector connector;
  private final LocalSystem local;
  private final ConnectionOptions connection = new ConnectionOptions();
  private Cluster cluster;

  public Session(InputStream in, PrintStream out, PrintStream err, ClusterConnector connector) {
    this(in, out, err, connector, LocalSystem.real());
  }

  public Session(
      InputStream in,
      PrintStream out,
      PrintStream err,
      ClusterConnector connector,
      LocalSystem local) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.connector = connector;
    this.local = local;
  }

  /** The clock, the upload HTTP client and the terminal of this machine. */
  public LocalSystem local() {
    return local;
  }

  public InputStream in() {
    return in;
  }

  public PrintStream out() {
    return out;
  }

  public PrintStream err() {
    return err;
  }

  /** The {@code --kubeconfig}, {@code --context} and {@code -n} flags, as parsed. */
  public ConnectionOptions connection() {
    return connection;
  }

  /** The cluster the connection flags name, connecting on the first call. */
  public Cluster cluster() {
    if (cluster == null) {
      cluster = connector.connect(connection);
    }
    return cluster;
  }

  @Override
  public void close() {
    if (cluster != null) {
      cluster.close();
      cluster = null;
    }
  }
}
