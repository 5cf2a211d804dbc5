package io.jvirt.cdi.controller.decide;

import java.time.Instant;
import java.util.List;

/**
 * What rendering needs of a StorageClass and its StorageProfile: whether it is a default, its
 * binding mode, the recommended claim properties and the smallest supported size.
 *
 * @param created the class's creationTimestamp; ties between defaults go to the newest
 * @param minimumSupportedPvcSizeBytes the profile's minimumSupportedPvcSize, or null
 */
public record StorageClassInfo(
    String name,
    boolean defaultClass,
    boolean defaultVirtClass,
    Instant created,
    boolean waitForFirstConsumer,
    List<ClaimPropertySet> claimPropertySets,
    Long minimumSupportedPvcSizeBytes) {
  public StorageClassInfo {
    claimPropertySets = claimPropertySets == null ? List.of() : List.copyOf(claimPropertySets);
    created = created == null ? Instant.EPOCH : created;
  }

  /** A non-default, immediately binding class with the given recommended properties. */
  public static StorageClassInfo of(String name, ClaimPropertySet... sets) {
    return new StorageClassInfo(name, false, false, Instant.EPOCH, false, List.of(sets), null);
  }

  public StorageClassInfo asDefault() {
    return new StorageClassInfo(
        name,
        true,
        defaultVirtClass,
        created,
        waitForFirstConsumer,
        claimPropertySets,
        minimumSupportedPvcSizeBytes);
  }

  public StorageClassInfo asDefaultVirt() {
    return new StorageClassInfo(
        name,
        defaultClass,
        true,
        created,
        waitForFirstConsumer,
        claimPropertySets,
        minimumSupportedPvcSizeBytes);
  }

  public StorageClassInfo withWaitForFirstConsumer() {
    return new StorageClassInfo(
        name,
        defaultClass,
        defaultVirtClass,
        created,
        true,
        claimPropertySets,
        minimumSupportedPvcSizeBytes);
  }

  public StorageClassInfo createdAt(Instant when) {
    return new StorageClassInfo(
        name,
        defaultClass,
        defaultVirtClass,
        when,
        waitForFirstConsumer,
        claimPropertySets,
        minimumSupportedPvcSizeBytes);
  }

  public StorageClassInfo withMinimumSize(long bytes) {
    return new StorageClassInfo(
        name,
        defaultClass,
        defaultVirtClass,
        created,
        waitForFirstConsumer,
        claimPropertySets,
        bytes);
  }
}
