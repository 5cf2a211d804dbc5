package io.jvirt.installer.install.decide;

/** What an apply did to a cluster's objects: how many it created, changed and left alone. */
public record ApplyCounts(int created, int updated, int unchanged) {
  /** Nothing yet. */
  public static final ApplyCounts NONE = new ApplyCounts(0, 0, 0);

  /** Counts one object by its resourceVersion before (null: absent) and after the apply. */
  public ApplyCounts count(String before, String after) {
    if (before == null) {
      return new ApplyCounts(created + 1, updated, unchanged);
    }
    return before.equals(after)
        ? new ApplyCounts(created, updated, unchanged + 1)
        : new ApplyCounts(created, updated + 1, unchanged);
  }

  /** "3 created, 1 updated, 40 unchanged" for a dry run. */
  public String asWouldBe() {
    return created + " created, " + updated + " updated, " + unchanged + " unchanged";
  }

  /** "3 created, 1 updated, 40 unchanged". */
  @Override
  public String toString() {
    return created + " created, " + updated + " updated, " + unchanged + " unchanged";
  }
}
