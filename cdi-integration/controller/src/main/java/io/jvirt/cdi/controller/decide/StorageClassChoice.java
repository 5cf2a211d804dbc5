package io.jvirt.cdi.controller.decide;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Which storage class a {@code storage} claim gets when it names none (section 2.3 step 2). */
final class StorageClassChoice {
  /** Newest first, then the lowest name. */
  private static final Comparator<StorageClassInfo> PREFERENCE =
      Comparator.comparing(StorageClassInfo::created)
          .reversed()
          .thenComparing(StorageClassInfo::name);

  private StorageClassChoice() {}

  /**
   * The class named, when known; else for disk images the default virtualization class; else the
   * default class. Empty when none applies.
   */
  static Optional<StorageClassInfo> choose(
      String named, boolean diskImage, List<StorageClassInfo> classes) {
    if (named != null && !named.isEmpty()) {
      return classes.stream().filter(sc -> named.equals(sc.name())).findFirst();
    }
    if (diskImage) {
      Optional<StorageClassInfo> virt = best(classes, StorageClassInfo::defaultVirtClass);
      if (virt.isPresent()) {
        return virt;
      }
    }
    return best(classes, StorageClassInfo::defaultClass);
  }

  /** The class a claim's storageClassName refers to, if known. */
  static Optional<StorageClassInfo> named(String name, List<StorageClassInfo> classes) {
    return name == null
        ? Optional.empty()
        : classes.stream().filter(sc -> name.equals(sc.name())).findFirst();
  }

  private static Optional<StorageClassInfo> best(
      List<StorageClassInfo> classes, Predicate<StorageClassInfo> filter) {
    return classes.stream().filter(filter).min(PREFERENCE);
  }
}
