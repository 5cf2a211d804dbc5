package io.jvirt.cdi.controller.decide;

import io.jvirt.cdi.api.v1beta1.DataSource;
import io.jvirt.cdi.api.v1beta1.DataSourceRefSourceDataSource;
import io.jvirt.cdi.api.v1beta1.DataSourceSource;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourcePVC;
import io.jvirt.common.model.DeepCopies;
import java.util.Objects;

/**
 * Follows a DataSource's {@code dataSource} reference, as upstream does: one level at most, within
 * the namespace, never to itself.
 */
public final class DataSourceChain {
  static final String NOT_FOUND = "NotFound";
  static final String MAX_DEPTH = "MaxReferenceDepthReached";
  static final String SELF_REFERENCE = "SelfReference";
  static final String CROSS_NAMESPACE = "CrossNamespaceReference";

  private DataSourceChain() {}

  /**
   * The source a DataSource stands for, or why it has none.
   *
   * @param source the resolved source with namespaces filled in, or null
   * @param reason why it could not be resolved, or null
   * @param message the same for people, or null
   */
  public record Resolution(DataSourceSource source, String reason, String message) {
    static Resolution of(DataSourceSource source) {
      return new Resolution(source, null, null);
    }

    static Resolution failed(String reason, String message) {
      return new Resolution(null, reason, message);
    }

    /** The PVC it resolves to, or null. */
    public DataVolumeSourcePVC pvc() {
      return source == null ? null : source.getPvc();
    }
  }

  /** The DataSource {@code ds} names, namespace defaulted, or null when it names none. */
  public static DataSourceRefSourceDataSource reference(DataSource ds) {
    DataSourceSource source = ds.getSpec() == null ? null : ds.getSpec().getSource();
    if (source == null || source.getDataSource() == null) {
      return null;
    }
    DataSourceRefSourceDataSource ref = new DataSourceRefSourceDataSource();
    ref.setNamespace(orDefault(source.getDataSource().getNamespace(), namespace(ds)));
    ref.setName(source.getDataSource().getName());
    return ref;
  }

  /** Resolves {@code ds}; {@code referenced} is the DataSource it names, null if missing. */
  public static Resolution resolve(DataSource ds, DataSource referenced) {
    DataSourceRefSourceDataSource ref = reference(ds);
    if (ref == null) {
      return Resolution.of(withNamespaces(ds));
    }
    String where = ref.getNamespace() + "/" + ref.getName();
    if (!Objects.equals(ref.getNamespace(), namespace(ds))) {
      return Resolution.failed(
          CROSS_NAMESPACE, "DataSource " + where + " is in another namespace than " + name(ds));
    }
    if (Objects.equals(ref.getName(), ds.getMetadata().getName())) {
      return Resolution.failed(SELF_REFERENCE, "DataSource " + name(ds) + " references itself");
    }
    if (referenced == null) {
      return Resolution.failed(NOT_FOUND, "DataSource " + where + " not found");
    }
    if (reference(referenced) != null) {
      return Resolution.failed(
          MAX_DEPTH,
          "DataSource " + where + " references another DataSource: at most one level is allowed");
    }
    return Resolution.of(withNamespaces(referenced));
  }

  /** A copy of the source of {@code ds} with unset namespaces set to its own. */
  private static DataSourceSource withNamespaces(DataSource ds) {
    DataSourceSource spec = ds.getSpec() == null ? null : ds.getSpec().getSource();
    DataSourceSource source =
        spec == null ? new DataSourceSource() : DeepCopies.of(spec, DataSourceSource.class);
    if (source.getPvc() != null) {
      source.getPvc().setNamespace(orDefault(source.getPvc().getNamespace(), namespace(ds)));
    }
    if (source.getSnapshot() != null) {
      source
          .getSnapshot()
          .setNamespace(orDefault(source.getSnapshot().getNamespace(), namespace(ds)));
    }
    return source;
  }

  private static String namespace(DataSource ds) {
    return ds.getMetadata().getNamespace();
  }

  private static String name(DataSource ds) {
    return namespace(ds) + "/" + ds.getMetadata().getName();
  }

  static String orDefault(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }
}
