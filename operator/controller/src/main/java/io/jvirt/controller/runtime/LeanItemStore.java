package io.jvirt.controller.runtime;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import java.util.ArrayList;

/**
 * An informer's store that keeps objects without {@code metadata.managedFields}: no controller
 * reads them, and they are a large share of every cached VMI and pod. Writes made from a cached
 * copy stay safe: an update or patch that carries no managedFields leaves the server's as they are.
 */
public class LeanItemStore<T extends HasMetadata> extends BasicItemStore<T> {
  /** A store keyed as the informer's default one (namespace/name). */
  public LeanItemStore() {
    super(Cache::metaNamespaceKeyFunc);
  }

  @Override
  public T put(String key, T object) {
    object.getMetadata().setManagedFields(new ArrayList<>(0));
    return super.put(key, object);
  }
}
