package io.jvirt.testing;

/** The namespace a test class got from {@link ClusterExtension}; deleted after the class. */
public record TestNamespace(String name) {
  @Override
  public String toString() {
    return name;
  }
}
