package io.jvirt.launcher.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every golden domain is valid against libvirt's own RelaxNG schema, checked by {@code
 * virt-xml-validate} from Debian's libvirt-clients when it is installed (skipped otherwise).
 */
class VirtXmlValidateTest {
  private static final Path GOLDEN =
      Path.of(System.getProperty("basedir", "."), "src/test/resources/golden/domain");

  @Test
  void everyGoldenDomainValidates() throws IOException, InterruptedException {
    assumeTrue(onPath("virt-xml-validate"), "virt-xml-validate is not installed");
    List<Path> domains;
    try (Stream<Path> files = Files.list(GOLDEN)) {
      domains = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    assertThat(domains).isNotEmpty();
    for (Path domain : domains) {
      Process process =
          new ProcessBuilder("virt-xml-validate", domain.toString(), "domain")
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("virt-xml-validate finished").isTrue();
      assertThat(process.exitValue()).as("%s: %s", domain.getFileName(), output).isZero();
    }
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null
        && Stream.of(path.split(":"))
            .map(dir -> Path.of(dir, command))
            .anyMatch(Files::isExecutable);
  }
}
