package io.jvirt.apiserver.subresources.decide;

/**
 * One RFC 6902 JSON patch operation; {@code test} operations guard against a concurrent change (a
 * failed test is a 409 Conflict).
 */
public record PatchOp(String op, String path, Object value) {

  /** {@code test} that {@code path} holds {@code value}. */
  public static PatchOp test(String path, Object value) {
    return new PatchOp("test", path, value);
  }

  /** {@code replace} {@code path} with {@code value}. */
  public static PatchOp replace(String path, Object value) {
    return new PatchOp("replace", path, value);
  }

  /**
   * Sets {@code path} to {@code value}: {@code add} where nothing is ({@code current} null), else
   * {@code test} that it still holds {@code current}, then {@code replace}.
   */
  public static java.util.List<PatchOp> set(String path, Object current, Object value) {
    return current == null
        ? java.util.List.of(add(path, value))
        : java.util.List.of(test(path, current), replace(path, value));
  }

  /** {@code add} {@code value} at {@code path}. */
  public static PatchOp add(String path, Object value) {
    return new PatchOp("add", path, value);
  }
}
