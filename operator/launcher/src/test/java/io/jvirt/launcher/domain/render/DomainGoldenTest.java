package io.jvirt.launcher.domain.render;

import io.jvirt.common.golden.GoldenFiles;
import io.jvirt.launcher.domain.model.DomainXml;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Domains converted from the defaulted VMIs under resources/vmi equal the reviewed XML under
 * golden/domain, and their files to prepare the lists under golden/files.
 */
class DomainGoldenTest {
  private static final Path GOLDEN =
      Path.of(System.getProperty("basedir", "."), "src/test/resources/golden");

  @Test
  void domainsMatchCommittedXml() {
    SortedMap<String, String> domains = new TreeMap<>();
    SortedMap<String, String> files = new TreeMap<>();
    for (Map.Entry<String, ConverterContext> c : DomainFixtures.cases().entrySet()) {
      ConvertedDomain converted =
          DomainConverter.convert(DomainFixtures.vmi(c.getKey()), c.getValue());
      domains.put(c.getKey() + ".xml", DomainXml.write(converted.domain()));
      files.put(
          c.getKey() + ".txt",
          converted.filesToPrepare().stream()
                  .map(Object::toString)
                  .collect(Collectors.joining("\n"))
              + "\n");
    }
    GoldenFiles.verify(GOLDEN.resolve("domain"), domains);
    GoldenFiles.verify(GOLDEN.resolve("files"), files);
  }
}
