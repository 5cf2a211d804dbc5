package io.jvirt.virtctl.client;

/**
 * One opened connection to a cluster: the namespace commands act in and the clients that reach it.
 *
 * @param namespace the {@code -n} flag, else the context's namespace, else {@code default}
 * @param subresources calls {@code subresources.kubevirt.io}
 * @param resources reads kubevirt.io objects and creates core ones
 * @param cdi the DataVolume, PVC and upload-token calls of image-upload
 * @param onClose releases what the connection holds
 */
public record Cluster(
    String namespace,
    SubresourceClient subresources,
    ResourceClient resources,
    CdiClient cdi,
    Runnable onClose)
    implements AutoCloseable {

  @Override
  public void close() {
    onClose.run();
  }
}
