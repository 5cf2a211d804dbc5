package io.jvirt.installer.write.gitops;

import io.jvirt.common.model.ManifestYaml;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.write.GeneratedHeader;
import java.util.List;

/**
 * Writes the Argo CD and Flux files: the generated-file header, then the objects with their Lua
 * health scripts as literal blocks so they stay readable in the committed files.
 */
public final class GitOpsYaml {
  private GitOpsYaml() {}

  /** The first line of every generated GitOps file. */
  public static String header(Profile profile) {
    return GeneratedHeader.of(profile);
  }

  /** {@code objects} as one multi-document YAML stream after {@code header}. */
  public static String write(String header, List<?> objects) {
    return header + ManifestYaml.writeAllWithScripts(objects);
  }
}
