package io.jvirt.installer.model;

import io.jvirt.contract.Components;
import java.util.List;

/**
 * The one place image names are made: {@code <registry>/<image>:<tag>}, for the images jvirt builds
 * (the operator image runs virt-controller and virt-api; virt-handler; virt-launcher; CDI's
 * importer; CDI's test file host and test registry).
 */
public final class Images {
  /** Registry prefix of images built and loaded on this machine. */
  public static final String LOCAL_REGISTRY = "localhost/jvirt";

  /** Tag of images built from a checkout. */
  public static final String DEFAULT_TAG = "0.1.0";

  /** Image of virt-controller and virt-api. */
  public static final String OPERATOR = "jvirt-operator";

  /** Image of virt-handler. */
  public static final String HANDLER = Components.HANDLER;

  /** Image of virt-launcher. */
  public static final String LAUNCHER = Components.LAUNCHER;

  /** Image of CDI's importer, one pod per import, on the node images' base (it runs qemu-img). */
  public static final String IMPORTER = "cdi-importer";

  /** The images jvirt's components run (what an upgrade to a new tag must roll). */
  public static final List<String> COMPONENTS = List.of(OPERATOR, HANDLER, LAUNCHER, IMPORTER);

  /** Image of CDI's test file host, serving the cirros disk over HTTP for import tests. */
  public static final String FILE_HOST = "cdi-file-host";

  /** Image of the registry CDI's registry-import tests push the cirros containerDisk to. */
  public static final String TEST_REGISTRY = "test-registry";

  private Images() {}

  /** The full reference of {@code image} under {@code settings}. */
  public static String reference(InstallSettings settings, String image) {
    return settings.registry() + "/" + image + ":" + settings.tag();
  }
}
