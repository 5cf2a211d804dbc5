package io.jvirt.virtctl.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeContentType;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.api.v1beta1.StorageSpec;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.virtctl.FakeUploadClient.Post;
import io.jvirt.virtctl.Harness;
import io.jvirt.virtctl.Harness.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** image-upload: the DataVolume or PVC made, the waits, the upload, and upstream's messages. */
class ImageUploadCommandTest {
  private static final String PROXY = "https://proxy.example:31001";

  private final Harness harness = new Harness();
  @TempDir Path dir;
  private Path image;

  @BeforeEach
  void image() throws IOException {
    image = dir.resolve("disk.qcow2");
    Files.write(image, "qcow2 bytes".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void dvFormCreatesTheDataVolumeWaitsUploadsAndWaitsForProcessing() {
    harness.pacer.then(() -> harness.cdi.phase("default", "fedora", DataVolumePhase.UPLOAD_READY));
    harness.uploads.afterPost =
        () -> harness.cdi.phase("default", "fedora", DataVolumePhase.SUCCEEDED);

    Result result =
        harness.run(
            "image-upload",
            "dv",
            "fedora",
            "--size=2Gi",
            "--image-path=" + image,
            "--uploadproxy-url=" + PROXY,
            "--insecure");

    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "PVC default/fedora not found\n"
                + "DataVolume default/fedora created\n"
                + "Waiting for PVC fedora upload pod to be ready...\n"
                + "Pod now ready\n"
                + "Uploading data to "
                + PROXY
                + "\n"
                + "\n"
                + "0 B / 11 B [>                                       ] 0.00%\n"
                + "11 B / 11 B [========================================] 100.00%\n"
                + "\n"
                + "Uploading data completed successfully, waiting for processing to complete,"
                + " you can hit ctrl-c without interrupting the progress\n"
                + "Processing completed successfully\n"
                + "Uploading "
                + image
                + " completed successfully\n");
    DataVolume dataVolume = harness.cdi.createdDataVolumes.get(0);
    assertThat(dataVolume.getMetadata().getNamespace()).isEqualTo("default");
    assertThat(dataVolume.getMetadata().getAnnotations()).isEmpty();
    assertThat(dataVolume.getSpec().getSource().getUpload()).isNotNull();
    assertThat(dataVolume.getSpec().getContentType()).isEqualTo(DataVolumeContentType.KUBEVIRT);
    StorageSpec storage = dataVolume.getSpec().getStorage();
    assertThat(storage.getResources().getRequests()).containsEntry("storage", new Quantity("2Gi"));
    assertThat(storage.getAccessModes()).isNull();
    assertThat(storage.getVolumeMode()).isNull();
    assertThat(storage.getStorageClassName()).isNull();
    assertThat(harness.cdi.tokenRequests).containsExactly("default/fedora");
    Post post = harness.uploads.posts.get(0);
    assertThat(post.url()).hasToString(PROXY + "/v1beta1/upload-async");
    assertThat(post.token()).isEqualTo("the-token");
    assertThat(post.insecure()).isTrue();
    assertThat(new String(post.body(), StandardCharsets.UTF_8)).isEqualTo("qcow2 bytes");
    assertThat(harness.pacer.sleeps).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void everyStorageFlagGoesIntoTheDataVolume() {
    harness.cdi.storageClasses.add("fast");
    readyAndSucceeded("team-a", "disk");

    Result result =
        harness.run(
            "image-upload",
            "DV",
            "disk",
            "-n",
            "team-a",
            "--size=10Gi",
            "--image-path=" + image,
            "--uploadproxy-url=" + PROXY,
            "--storage-class=fast",
            "--access-mode=ReadWriteMany",
            "--volume-mode=block",
            "--force-bind");

    assertThat(result.code()).as(result.err()).isZero();
    DataVolume dataVolume = harness.cdi.createdDataVolumes.get(0);
    StorageSpec storage = dataVolume.getSpec().getStorage();
    assertThat(storage.getStorageClassName()).isEqualTo("fast");
    assertThat(storage.getAccessModes()).containsExactly("ReadWriteMany");
    assertThat(storage.getVolumeMode()).isEqualTo("Block");
    assertThat(dataVolume.getMetadata().getAnnotations())
        .containsExactly(Map.entry(CdiAnnotations.IMMEDIATE_BINDING, ""));
    assertThat(harness.uploads.posts.get(0).insecure()).isFalse();
  }

  @Test
  void aMissingStorageClassIsNotFound() {
    Result result =
        harness.run(
            "image-upload",
            "dv",
            "disk",
            "--size=1Gi",
            "--image-path=" + image,
            "--storage-class=nope");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("storageclasses.storage.k8s.io \"nope\" not found\n");
    assertThat(harness.cdi.createdDataVolumes).isEmpty();
  }

  @Test
  void pvcFormCreatesAnUploadTargetAndWaitsOnItsAnnotations() {
    harness.pacer.then(
        () -> harness.cdi.annotate("default", "raw", CdiAnnotations.POD_READY, "true"));
    harness.uploads.afterPost =
        () -> harness.cdi.annotate("default", "raw", CdiAnnotations.POD_PHASE, "Succeeded");

    Result result =
        harness.run(
            "image-upload",
            "pvc",
            "raw",
            "--size=1Gi",
            "--image-path=" + image,
            "--uploadproxy-url=" + PROXY,
            "--volume-mode=filesystem");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("PersistentVolumeClaim default/raw created\n")
        .contains("Waiting for PVC raw upload pod to be ready...\nPod now ready\n")
        .endsWith(
            "Processing completed successfully\nUploading " + image + " completed successfully\n");
    PersistentVolumeClaim claim = harness.cdi.createdClaims.get(0);
    assertThat(claim.getMetadata().getAnnotations())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(CdiAnnotations.UPLOAD_TARGET, "", CdiAnnotations.CONTENT_TYPE, "kubevirt"));
    assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
    assertThat(claim.getSpec().getVolumeMode()).isEqualTo("Filesystem");
    assertThat(claim.getSpec().getStorageClassName()).isNull();
    assertThat(claim.getSpec().getResources().getRequests())
        .containsEntry("storage", new Quantity("1Gi"));
  }

  @Test
  void theLegacyPvcNameFlagsMakeAPvc() {
    harness.pacer.then(
        () -> harness.cdi.annotate("default", "old", CdiAnnotations.POD_READY, "true"));
    harness.uploads.afterPost =
        () -> harness.cdi.annotate("default", "old", CdiAnnotations.POD_PHASE, "Succeeded");

    Result result =
        harness.run(
            "image-upload",
            "--pvc-name=old",
            "--pvc-size=3Gi",
            "--block-volume",
            "--image-path=" + image,
            "--uploadproxy-url=" + PROXY);

    assertThat(result.code()).as(result.err()).isZero();
    PersistentVolumeClaim claim = harness.cdi.createdClaims.get(0);
    assertThat(claim.getSpec().getVolumeMode()).isEqualTo("Block");
    assertThat(claim.getSpec().getResources().getRequests())
        .containsEntry("storage", new Quantity("3Gi"));
  }

  @Test
  void badFlagsFailBeforeConnecting() {
    assertFails("either image-path or archive-path must be provided", "dv", "a", "--size=1Gi");
    assertFails(
        "when creating a resource, the size must be specified (--size)",
        "dv",
        "a",
        "--image-path=" + image);
    assertFails(
        "Invalid volume mode 'foo'. Valid values are 'block' and 'filesystem' (--volume-mode).",
        "dv",
        "a",
        "--size=1Gi",
        "--image-path=" + image,
        "--volume-mode=foo");
    assertFails("expecting two args", "a", "--size=1Gi", "--image-path=" + image);
    assertFails("invalid resource type vm", "vm", "a", "--size=1Gi", "--image-path=" + image);
    assertFails(
        "validation failed for size=500Zb: quantities must match the regular expression"
            + " '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
        "dv",
        "a",
        "--size=500Zb",
        "--image-path=" + image);
    assertFails(
        "cannot upload to a readonly volume, use either ReadWriteOnce or ReadWriteMany if"
            + " supported",
        "dv",
        "a",
        "--size=1Gi",
        "--image-path=" + image,
        "--access-mode=ReadOnlyMany");
    assertFails(
        "failed to open image file: open " + dir.resolve("none") + ": no such file or directory",
        "dv",
        "a",
        "--size=1Gi",
        "--image-path=" + dir.resolve("none"));
    assertThat(harness.connects).isZero();
  }

  @Test
  void theProxyUrlComesFromTheFlagElseTheCdiConfigWithHttpsAdded() {
    harness.cdi.configProxyUrl = "cdi-uploadproxy.example.org";
    readyAndSucceeded("default", "a");

    Result result = harness.run("image-upload", "dv", "a", "--size=1Gi", "--image-path=" + image);

    assertThat(result.out()).contains("Uploading data to https://cdi-uploadproxy.example.org\n");
    assertThat(harness.uploads.posts.get(0).url())
        .hasToString("https://cdi-uploadproxy.example.org/v1beta1/upload-async");
  }

  @Test
  void withoutAnyProxyUrlTheUploadFails() {
    readyAndSucceeded("default", "a");

    Result result = harness.run("image-upload", "dv", "a", "--size=1Gi", "--image-path=" + image);

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("uploadproxy URL not found\n");
    assertThat(harness.uploads.posts).isEmpty();
  }

  @Test
  void anAsyncPathThatIsNotFoundIsRetriedOnTheSyncPath() {
    harness.uploads.answer(404, "404 page not found");
    readyAndSucceeded("default", "a");

    Result result =
        harness.run(
            "image-upload",
            "dv",
            "a",
            "--size=1Gi",
            "--image-path=" + image,
            "--uploadproxy-url=" + PROXY + "/");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(harness.uploads.posts)
        .extracting(post -> post.url().toString())
        .containsExactly(PROXY + "/v1beta1/upload-async", PROXY + "/v1beta1/upload");
  }

  @Test
  void aRejectedUploadNamesTheStatusAndBody() {
    harness.uploads.answer(500, "out of space");
    readyAndSucceeded("default", "a");

    Result result =
        harness.run(
            "image-upload",
            "dv",
            "a",
            "--size=1Gi",
            "--image-path=" + image,
            "--uploadproxy-url=" + PROXY);

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("unexpected return value 500, out of space\n");
  }

  @Test
  void aFailedDataVolumeFailsWithItsReason() {
    harness.pacer.then(() -> harness.cdi.phase("default", "a", DataVolumePhase.UPLOAD_READY));
    harness.uploads.afterPost =
        () -> {
          harness.cdi.phase("default", "a", DataVolumePhase.FAILED);
          harness.cdi.condition("default", "a", "Running", "Unable to convert: not a disk");
        };

    Result result =
        harness.run(
            "image-upload",
            "dv",
            "a",
            "--size=1Gi",
            "--image-path=" + image,
            "--uploadproxy-url=" + PROXY);

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("DataVolume a failed: Unable to convert: not a disk\n");
  }

  @Test
  void theUploadPodWaitEndsAfterWaitSecs() {
    Result result =
        harness.run(
            "image-upload",
            "pvc",
            "a",
            "--size=1Gi",
            "--image-path=" + image,
            "--uploadproxy-url=" + PROXY,
            "--wait-secs=5");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("timed out waiting for the condition\n");
    assertThat(harness.pacer.sleeps)
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1));
    assertThat(harness.uploads.posts).isEmpty();
  }

  @Test
  void waitForFirstConsumerNeedsForceBind() {
    harness.pacer.then(
        () -> harness.cdi.phase("default", "a", DataVolumePhase.WAIT_FOR_FIRST_CONSUMER));

    Result result =
        harness.run(
            "image-upload",
            "dv",
            "a",
            "--size=1Gi",
            "--image-path=" + image,
            "--uploadproxy-url=" + PROXY);

    assertThat(result.err())
        .isEqualTo(
            "cannot upload to DataVolume in WaitForFirstConsumer phase, make sure the PVC is"
                + " Bound, or use force-bind flag\n");
  }

  @Test
  void noCreateWithoutATargetFails() {
    Result result = harness.run("image-upload", "dv", "a", "--no-create", "--image-path=" + image);

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).isEqualTo("PVC default/a not found\n");
    assertThat(result.err()).isEqualTo("persistentvolumeclaims \"a\" not found\n");
  }

  @Test
  void anExistingPvcIsReusedOnlyWithNoCreate() {
    harness.cdi.addClaim("default", "a", Map.of(CdiAnnotations.UPLOAD_TARGET, ""));

    Result refused = harness.run("image-upload", "pvc", "a", "--size=1Gi", "--image-path=" + image);

    assertThat(refused.err()).isEqualTo("PVC a not available for upload\n");
  }

  @Test
  void noCreateMarksAnExistingPvcAsUploadTarget() {
    harness.cdi.addClaim("default", "a", Map.of(CdiAnnotations.POD_READY, "true"));
    harness.uploads.afterPost =
        () -> harness.cdi.annotate("default", "a", CdiAnnotations.POD_PHASE, "Succeeded");

    Result result =
        harness.run(
            "image-upload",
            "pvc",
            "a",
            "--no-create",
            "--image-path=" + image,
            "--uploadproxy-url=" + PROXY);

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("Using existing PVC default/a\nUploading data to ");
    assertThat(harness.cdi.updatedClaims.get(0).getMetadata().getAnnotations())
        .containsEntry(CdiAnnotations.UPLOAD_TARGET, "");
  }

  @Test
  void aPvcAlreadyFilledIsRefused() {
    harness.cdi.addClaim("default", "a", Map.of(CdiAnnotations.POD_PHASE, "Succeeded"));

    Result result = harness.run("image-upload", "pvc", "a", "--no-create", "--image-path=" + image);

    assertThat(result.err()).isEqualTo("PVC a already successfully imported/cloned/updated\n");
  }

  private void readyAndSucceeded(String namespace, String name) {
    harness.pacer.then(() -> harness.cdi.phase(namespace, name, DataVolumePhase.UPLOAD_READY));
    harness.uploads.afterPost = () -> harness.cdi.phase(namespace, name, DataVolumePhase.SUCCEEDED);
  }

  private void assertFails(String message, String... args) {
    String[] full = new String[args.length + 1];
    full[0] = "image-upload";
    System.arraycopy(args, 0, full, 1, args.length);
    Result result = harness.run(full);
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).isEqualTo(message + "\n");
  }
}
