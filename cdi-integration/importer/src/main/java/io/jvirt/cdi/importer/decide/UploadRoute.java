package io.jvirt.cdi.importer.decide;

import io.jvirt.cdi.contract.UploadServer;

/** What the upload server does with a request, from its method and path (upstream's mux). */
public enum UploadRoute {
  HEALTH,
  METRICS,
  /** Answered once the image is written, converted and resized. */
  SYNC,
  /** Answered once the bytes are received; processing goes on after. */
  ASYNC,
  NOT_FOUND;

  /** The path the progress counter is served at. */
  public static final String METRICS_PATH = "/metrics";

  /** The route of {@code method} on {@code path}; uploads take POST and PUT only. */
  public static UploadRoute of(String method, String path) {
    if (UploadServer.HEALTH_PATH.equals(path)) {
      return HEALTH;
    }
    if (METRICS_PATH.equals(path)) {
      return "GET".equals(method) ? METRICS : NOT_FOUND;
    }
    // upstream answers 404 to other methods on the upload paths
    if (!"POST".equals(method) && !"PUT".equals(method)) {
      return NOT_FOUND;
    }
    if (UploadServer.PATH_SYNC.equals(path) || UploadServer.PATH_SYNC_ALPHA.equals(path)) {
      return SYNC;
    }
    if (UploadServer.PATH_ASYNC.equals(path) || UploadServer.PATH_ASYNC_ALPHA.equals(path)) {
      return ASYNC;
    }
    return NOT_FOUND;
  }
}
