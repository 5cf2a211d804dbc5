package io.jvirt.virtctl.commands;

import io.jvirt.cdi.contract.UploadServer;
import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.client.UploadClient;
import java.net.URI;
import java.nio.file.Path;

/** Posts the image to the proxy's asynchronous path, or its synchronous one where that is all. */
final class ImageUploader {
  private final UploadClient client;
  private final UploadProgress progress;

  ImageUploader(UploadClient client, UploadProgress progress) {
    this.client = client;
    this.progress = progress;
  }

  /**
   * Sends {@code image} with {@code token}.
   *
   * @throws CommandFailedException naming the status and body of a non-2xx answer
   */
  void upload(URI proxy, String token, Path image, long size) {
    progress.start(size);
    UploadClient.Response response =
        client.post(ProxyUrl.withPath(proxy, UploadServer.PATH_ASYNC), token, image, progress);
    if (response.status() == 404) {
      // an upload proxy older than the async path: send it all again the synchronous way
      progress.start(size);
      response =
          client.post(ProxyUrl.withPath(proxy, UploadServer.PATH_SYNC), token, image, progress);
    }
    progress.finish();
    if (!response.isSuccess()) {
      throw new CommandFailedException(
          "unexpected return value " + response.status() + ", " + response.body());
    }
  }
}
