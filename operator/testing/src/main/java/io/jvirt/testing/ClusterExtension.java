package io.jvirt.testing;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension for {@code *IT} tests: makes sure the real local cluster is up (starting it if
 * not), and hands each test class a cluster-admin {@link KubernetesClient}, the {@link
 * LocalCluster} and a fresh {@link TestNamespace}, which is deleted after the class.
 */
public final class ClusterExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  /** Label on every namespace a test creates, so leftovers are easy to find. */
  public static final String TEST_LABEL = "jvirt.io/test";

  private static final ExtensionContext.Namespace STORE =
      ExtensionContext.Namespace.create(ClusterExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    KubernetesClient client = LocalCluster.get().client();
    String name = namespaceName(context.getRequiredTestClass());
    client
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName(name)
                .addToLabels(TEST_LABEL, "true")
                .endMetadata()
                .build())
        .create();
    await()
        .atMost(Duration.ofMinutes(1))
        .until(() -> client.serviceAccounts().inNamespace(name).withName("default").get() != null);
    context.getStore(STORE).put(TestNamespace.class, new TestNamespace(name));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    TestNamespace namespace = context.getStore(STORE).get(TestNamespace.class, TestNamespace.class);
    if (namespace == null) {
      return;
    }
    KubernetesClient client = LocalCluster.get().client();
    client.pods().inNamespace(namespace.name()).withGracePeriod(0).delete();
    client.namespaces().withName(namespace.name()).delete();
    await()
        .atMost(Duration.ofMinutes(2))
        .until(() -> client.namespaces().withName(namespace.name()).get() == null);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == KubernetesClient.class
        || type == TestNamespace.class
        || type == LocalCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == KubernetesClient.class) {
      return LocalCluster.get().client();
    }
    if (type == LocalCluster.class) {
      return LocalCluster.get();
    }
    return context.getStore(STORE).get(TestNamespace.class, TestNamespace.class);
  }

  private static String namespaceName(Class<?> testClass) {
    String base = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    String suffix = UUID.randomUUID().toString().substring(0, 5);
    return (base.length() > 40 ? base.substring(0, 40) : base) + "-" + suffix;
  }
}
