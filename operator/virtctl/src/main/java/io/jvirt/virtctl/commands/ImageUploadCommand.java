package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.ClientException;
import io.jvirt.virtctl.client.Cluster;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code virtctl image-upload dv|pvc NAME --image-path=FILE}: creates an upload DataVolume or PVC,
 * waits for its upload pod, and streams the file through the CDI upload proxy.
 */
@Command(
    name = "image-upload",
    description = "Upload a VM image to a DataVolume/PersistentVolumeClaim.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Upload a local disk image to a newly created DataVolume:",
      "  ${ROOT-COMMAND-NAME} image-upload dv fedora-dv --size=10Gi"
          + " --image-path=/images/fedora30.qcow2",
      "",
      "  # Upload a local disk image to an existing DataVolume",
      "  ${ROOT-COMMAND-NAME} image-upload dv fedora-dv --no-create"
          + " --image-path=/images/fedora30.qcow2",
      "",
      "  # Upload a local disk image to a newly created PersistentVolumeClaim",
      "  ${ROOT-COMMAND-NAME} image-upload pvc fedora-pvc --size=10Gi"
          + " --image-path=/images/fedora30.qcow2",
      "",
      "  # Upload to a DataVolume with explicit URL to CDI Upload Proxy",
      "  ${ROOT-COMMAND-NAME} image-upload dv fedora-dv"
          + " --uploadproxy-url=https://cdi-uploadproxy.mycluster.com"
          + " --image-path=/images/fedora30.qcow2"
    })
public final class ImageUploadCommand extends ClusterCommand {
  /** Kubernetes' quantity syntax, quoted in the error as the API machinery words it. */
  static final String QUANTITY = "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$";

  @Parameters(arity = "0..2", paramLabel = "dv|pvc NAME", description = "What to create or use.")
  List<String> args = new ArrayList<>();

  @Option(names = "--insecure", description = "Allow insecure server connections when using HTTPS.")
  boolean insecure;

  @Option(
      names = "--uploadproxy-url",
      paramLabel = "URL",
      description = "The URL of the cdi-upload proxy service.")
  String uploadProxyUrl = "";

  @Option(
      names = "--pvc-name",
      paramLabel = "NAME",
      description = "DEPRECATED - The destination DataVolume/PVC name.")
  String pvcName = "";

  @Option(
      names = "--pvc-size",
      paramLabel = "SIZE",
      description = "DEPRECATED - The size of the PVC to create (ex. 10Gi, 500Mi).")
  String pvcSize = "";

  @Option(
      names = "--size",
      paramLabel = "SIZE",
      description = "The size of the DataVolume to create (ex. 10Gi, 500Mi).")
  String size = "";

  @Option(
      names = "--storage-class",
      paramLabel = "NAME",
      description = "The storage class for the PVC.")
  String storageClass = "";

  @Option(
      names = "--access-mode",
      paramLabel = "MODE",
      description = "The access mode for the PVC.")
  String accessMode = "";

  @Option(
      names = "--volume-mode",
      paramLabel = "MODE",
      description = "Specify the VolumeMode (block/filesystem) used to create the PVC.")
  String volumeMode = "";

  @Option(
      names = "--block-volume",
      description = "DEPRECATED - Create a PVC with VolumeMode=Block (default Filesystem).")
  boolean blockVolume;

  @Option(names = "--image-path", paramLabel = "PATH", description = "Path to the local VM image.")
  String imagePath = "";

  @Option(names = "--archive-path", paramLabel = "PATH", description = "Path to the local archive.")
  String archivePath = "";

  @Option(names = "--no-create", description = "Don't attempt to create a new DataVolume/PVC.")
  boolean noCreate;

  @Option(
      names = "--wait-secs",
      paramLabel = "SECONDS",
      defaultValue = "300",
      description = "Seconds to wait for upload pod to start. Default: ${DEFAULT-VALUE}.")
  long waitSecs;

  @Option(
      names = "--force-bind",
      description = "Force bind the PVC, ignoring the WaitForFirstConsumer logic.")
  boolean forceBind;

  private UploadRequest request;
  private long imageSize;

  public ImageUploadCommand(Session session) {
    super(session);
  }

  @Override
  void validate() {
    request = UploadFlags.check(this);
    imageSize = openable(request.image());
  }

  @Override
  void execute(Cluster cluster) {
    String namespace = cluster.namespace();
    UploadWaits waits =
        new UploadWaits(cluster.cdi(), session.local().pacer(), out(), namespace, request);
    try {
      new UploadTargets(cluster.cdi(), out(), namespace, request).prepare();
      waits.awaitReady();
      URI proxy = ProxyUrl.resolve(uploadProxyUrl, cluster.cdi());
      out().println("Uploading data to " + proxy);
      String token = cluster.cdi().uploadToken(namespace, request.name());
      out().println();
      new ImageUploader(
              session.local().uploads().open(insecure),
              new UploadProgress(out(), session.local().terminal()))
          .upload(proxy, token, request.image(), imageSize);
      out().println();
      out()
          .println(
              "Uploading data completed successfully, waiting for processing to complete, you can"
                  + " hit ctrl-c without interrupting the progress");
      waits.awaitProcessed();
    } catch (ClientException e) {
      throw new CommandFailedException(e.getMessage(), e);
    }
    out().println("Uploading " + request.image() + " completed successfully");
  }

  /** The file's size; fails as upstream does when the file cannot be opened. */
  private static long openable(Path image) {
    String failure = null;
    if (!Files.exists(image)) {
      failure = "no such file or directory";
    } else if (Files.isDirectory(image)) {
      failure = "is a directory";
    } else if (!Files.isReadable(image)) {
      failure = "permission denied";
    }
    try {
      if (failure == null) {
        return Files.size(image);
      }
    } catch (IOException e) {
      failure = e.getMessage();
    }
    throw new CommandFailedException("failed to open image file: open " + image + ": " + failure);
  }

  Duration readyTimeout() {
    return Duration.ofSeconds(waitSecs);
  }
}
