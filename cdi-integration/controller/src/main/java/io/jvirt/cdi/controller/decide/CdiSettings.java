package io.jvirt.cdi.controller.decide;

import java.util.Map;

/**
 * The cluster-wide CDI settings decisions read: CDIConfig status values, feature gates, the
 * installer's labels and the importer's settings.
 *
 * @param scratchSpaceStorageClass the scratch class, or null for the target's class
 * @param honorWaitForFirstConsumer the HonorWaitForFirstConsumer feature gate
 * @param claimAdoption the DataVolumeClaimAdoption feature gate
 * @param webhookPvcRendering CDIConfig spec.webhookPvcRendering is Enabled
 * @param installerLabels part-of and version labels copied to created objects
 */
public record CdiSettings(
    FilesystemOverheads filesystemOverheads,
    boolean preallocation,
    String scratchSpaceStorageClass,
    boolean honorWaitForFirstConsumer,
    boolean claimAdoption,
    boolean webhookPvcRendering,
    Map<String, String> installerLabels,
    ImporterSettings importer) {
  public CdiSettings {
    filesystemOverheads =
        filesystemOverheads == null ? FilesystemOverheads.defaults() : filesystemOverheads;
    installerLabels = installerLabels == null ? Map.of() : Map.copyOf(installerLabels);
  }

  /** The release defaults: WaitForFirstConsumer honoured, webhook rendering on, 6% overhead. */
  public static CdiSettings defaults(ImporterSettings importer) {
    return new CdiSettings(
        FilesystemOverheads.defaults(), false, null, true, false, true, Map.of(), importer);
  }

  public CdiSettings withHonorWaitForFirstConsumer(boolean honor) {
    return new CdiSettings(
        filesystemOverheads,
        preallocation,
        scratchSpaceStorageClass,
        honor,
        claimAdoption,
        webhookPvcRendering,
        installerLabels,
        importer);
  }

  public CdiSettings withFilesystemOverheads(FilesystemOverheads overheads) {
    return new CdiSettings(
        overheads,
        preallocation,
        scratchSpaceStorageClass,
        honorWaitForFirstConsumer,
        claimAdoption,
        webhookPvcRendering,
        installerLabels,
        importer);
  }

  public CdiSettings withScratchSpaceStorageClass(String storageClass) {
    return new CdiSettings(
        filesystemOverheads,
        preallocation,
        storageClass,
        honorWaitForFirstConsumer,
        claimAdoption,
        webhookPvcRendering,
        installerLabels,
        importer);
  }

  public CdiSettings withPreallocation(boolean value) {
    return new CdiSettings(
        filesystemOverheads,
        value,
        scratchSpaceStorageClass,
        honorWaitForFirstConsumer,
        claimAdoption,
        webhookPvcRendering,
        installerLabels,
        importer);
  }

  public CdiSettings withImporter(ImporterSettings value) {
    return new CdiSettings(
        filesystemOverheads,
        preallocation,
        scratchSpaceStorageClass,
        honorWaitForFirstConsumer,
        claimAdoption,
        webhookPvcRendering,
        installerLabels,
        value);
  }
}
