package io.jvirt.installer.write.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jvirt.installer.model.GitRepo;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Nothing rendered for GitOps carries {@code status}: it is the cluster's, and only noise. */
class NoStatusTest {
  private static final Pattern STATUS_KEY = Pattern.compile("(?m)^\\s*status:");

  @Test
  void examplesHaveNoStatus() {
    KubernetesSerialization json = new KubernetesSerialization();
    assertThat(ExampleWorkloads.objects())
        .allSatisfy(o -> assertThat(json.convertValue(o, JsonNode.class).has("status")).isFalse());
  }

  @Test
  void noRenderedFileHasAStatusField() {
    assertThat(WorkloadsWriter.files(GitRepo.example("workloads"), "p"))
        .allSatisfy((path, content) -> assertThat(STATUS_KEY.matcher(content).find()).isFalse());
  }
}
