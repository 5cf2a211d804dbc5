package io.jvirt.virtctl;

import io.jvirt.virtctl.client.ConsoleStream;
import io.jvirt.virtctl.client.Json;
import io.jvirt.virtctl.client.SubresourceClient;
import io.jvirt.virtctl.client.VersionInfo;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link SubresourceClient} that records each call and answers as a test set it up. */
public final class FakeSubresourceClient implements SubresourceClient {
  /** One recorded PUT, with its body already written as JSON, or GET (body null). */
  public record Call(
      String namespace, String plural, String name, String subresource, String body) {
    /** The URL path the real client sends this call to. */
    public String path() {
      return "/apis/subresources.kubevirt.io/v1/namespaces/"
          + namespace
          + "/"
          + plural
          + "/"
          + name
          + "/"
          + subresource;
    }
  }

  public final List<Call> calls = new ArrayList<>();

  /** Thrown by the next put, getVersion or openConsole when set. */
  public RuntimeException failure;

  public VersionInfo version =
      new VersionInfo(
          "v1.2.3", "abc123", "clean", "2024-01-02T03:04:05Z", "go1.22", "gc", "linux/amd64");

  /** What openConsole returns; it also records the output and timeout it was given. */
  public FakeConsoleStream console = new FakeConsoleStream();

  public Duration consoleTimeout;

  @Override
  public String put(String namespace, String plural, String name, String subresource, Object body) {
    calls.add(new Call(namespace, plural, name, subresource, Json.write(body)));
    throwFailure();
    return "";
  }

  @Override
  public VersionInfo getVersion() {
    throwFailure();
    return version;
  }

  @Override
  public ConsoleStream openConsole(
      String namespace, String name, Duration timeout, OutputStream guestOutput) {
    calls.add(new Call(namespace, "virtualmachineinstances", name, "console", ""));
    consoleTimeout = timeout;
    throwFailure();
    console.guestOutput = guestOutput;
    return console;
  }

  /** The only call made; fails the test when there were others. */
  public Call single() {
    if (calls.size() != 1) {
      throw new AssertionError("expected one call, got " + calls);
    }
    return calls.get(0);
  }

  private void throwFailure() {
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public ConsoleStream openPortForward(
      String namespace, String plural, String name, int port, OutputStream guestOutput) {
    throw new UnsupportedOperationException("port-forwards are tested against a real virt-api");
  }

  @Override
  public ConsoleStream openVnc(String namespace, String name, OutputStream output) {
    throw new UnsupportedOperationException("VNC is tested against a real virt-api");
  }

  /** What getBytes answers (recorded as a call with a null body). */
  public byte[] answer = new byte[0];

  @Override
  public byte[] getBytes(String namespace, String plural, String name, String subresource) {
    calls.add(new Call(namespace, plural, name, subresource, null));
    throwFailure();
    return answer;
  }
}
