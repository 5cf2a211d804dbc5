package io.jvirt.installer.write.rafay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** What a Rafay add-on or workload deploys: here always plain YAML uploaded by rctl. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "artifact", "options"})
public record Artifact(String type, Source artifact, Options options) {

  /** The YAML file at {@code relativePath} (from the spec file), uploaded by rctl on apply. */
  public static Artifact uploadedYaml(String relativePath, Options options) {
    return new Artifact(
        "Yaml", new Source(List.of(new FileRef("file://" + relativePath))), options);
  }

  /** The files of the artifact. */
  public record Source(List<FileRef> paths) {
    /** Immutable copy. */
    public Source {
      paths = List.copyOf(paths);
    }
  }

  /** One file; {@code file://} makes rctl upload it relative to the spec file. */
  public record FileRef(String name) {}

  /** Deploy options shared by Helm and YAML artifacts. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"force", "disableOpenAPIValidation", "timeout"})
  public record Options(Boolean force, Boolean disableOpenAPIValidation, String timeout) {}
}
