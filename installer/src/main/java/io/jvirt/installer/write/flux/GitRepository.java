package io.jvirt.installer.write.flux;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jvirt.installer.write.gitops.ObjectMetadata;

/** A Flux {@code source.toolkit.fluxcd.io/v1 GitRepository}: where Kustomizations read from. */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
public record GitRepository(String apiVersion, String kind, ObjectMetadata metadata, Spec spec) {
  /** Group and version of Flux's source API. */
  public static final String API_VERSION = "source.toolkit.fluxcd.io/v1";

  /** A GitRepository with Flux's group and kind. */
  public GitRepository(ObjectMetadata metadata, Spec spec) {
    this(API_VERSION, "GitRepository", metadata, spec);
  }

  /** Poll interval, URL and the revision to follow. */
  @JsonPropertyOrder({"interval", "url", "ref"})
  public record Spec(String interval, String url, Ref ref) {}

  /** A branch, or a pinned commit. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"branch", "commit"})
  public record Ref(String branch, String commit) {

    /** A full commit id pins the commit; anything else is taken as a branch. */
    public static Ref of(String revision) {
      return revision.matches("[0-9a-f]{40}") ? new Ref(null, revision) : new Ref(revision, null);
    }
  }
}
