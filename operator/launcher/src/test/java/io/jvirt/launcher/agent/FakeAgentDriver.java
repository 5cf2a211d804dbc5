package io.jvirt.launcher.agent;

import io.jvirt.launcher.libvirt.DomainDriver;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** A {@link DomainDriver} whose guest agent answers through {@code agent}; nothing else works. */
final class FakeAgentDriver implements DomainDriver {
  private final UnaryOperator<String> agent;

  FakeAgentDriver(UnaryOperator<String> agent) {
    this.agent = agent;
  }

  @Override
  public String agentCommand(String command, int timeoutSeconds) {
    return agent.apply(command);
  }

  @Override
  public void define(String xml) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean defined() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void start(boolean paused) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void shutdown() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void destroy() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void undefine() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void suspend() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void resume() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void reboot(boolean viaAgent) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String state() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Screenshot screenshot() {
    throw new UnsupportedOperationException();
  }

  @Override
  public LiveFacts liveFacts() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void onEvent(Consumer<DomainChange> listener) {
    throw new UnsupportedOperationException();
  }
}
