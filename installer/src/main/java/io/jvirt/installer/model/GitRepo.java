package io.jvirt.installer.model;

/**
 * The Git repository a GitOps tool (Argo CD, Flux, Rafay) reads rendered files from, and the folder
 * inside it where this rendering is committed.
 */
public record GitRepo(String url, String revision, String path) {
  /** Placeholder repository of the committed examples; users pass their own with --repo-url. */
  public static final String EXAMPLE_URL = "https://git.example.com/platform/jvirt.git";

  /** Branch the committed examples follow. */
  public static final String DEFAULT_REVISION = "main";

  /** The example repository at {@code path}. */
  public static GitRepo example(String path) {
    return new GitRepo(EXAMPLE_URL, DEFAULT_REVISION, path);
  }

  /** The folder {@code child} under this one, as a repository-relative path. */
  public String under(String child) {
    return path.isEmpty() ? child : path + "/" + child;
  }
}
