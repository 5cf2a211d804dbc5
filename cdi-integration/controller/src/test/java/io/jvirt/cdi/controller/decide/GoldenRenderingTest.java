package io.jvirt.cdi.controller.decide;

import static io.jvirt.cdi.controller.decide.Observations.claim;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeContentType;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.common.golden.GoldenFiles;
import io.jvirt.common.model.ManifestYaml;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Rendered PVCs, importer pods and scratch PVCs equal the reviewed YAML under golden/. */
class GoldenRenderingTest {
  private static final Path GOLDEN =
      Path.of(System.getProperty("basedir", "."), "src/test/resources/golden");

  @Test
  void renderedObjectsMatchCommittedYaml() {
    SortedMap<String, String> files = new TreeMap<>();
    DataVolume cirros = CdiFixtures.httpImport("cirros");
    files.put(
        "pvc/http-storage.yaml",
        ManifestYaml.write(
            PvcRenderer.render(cirros, List.of(CdiFixtures.LOCAL), CdiFixtures.SETTINGS).claim()));
    PersistentVolumeClaim bound =
        claim(cirros, "Bound", Map.of(CdiAnnotations.IMPORT_POD_NAME, "importer-cirros"));
    files.put(
        "pod/importer-http.yaml",
        ManifestYaml.write(ImporterPodRenderer.render(bound, CdiFixtures.SETTINGS)));

    DataVolume registry =
        CdiFixtures.registry("fedora", "docker://quay.io/containerdisks/fedora:41");
    registry.getSpec().getStorage().setStorageClassName("ceph-block");
    registry.getSpec().getStorage().setVolumeMode("Block");
    PvcRendering block =
        PvcRenderer.render(registry, List.of(CdiFixtures.CEPH), CdiFixtures.SETTINGS);
    files.put("pvc/registry-block.yaml", ManifestYaml.write(block.claim()));
    PersistentVolumeClaim blockClaim =
        new io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder(block.claim())
            .editMetadata()
            .withUid(CdiFixtures.PVC_UID)
            .endMetadata()
            .build();
    Pod registryPod = ImporterPodRenderer.render(blockClaim, CdiFixtures.SETTINGS);
    files.put("pod/importer-registry-block.yaml", ManifestYaml.write(registryPod));

    DataVolume archive = CdiFixtures.httpImport("tarball");
    archive.getSpec().setContentType(DataVolumeContentType.ARCHIVE);
    PersistentVolumeClaim archiveClaim = claim(archive, "Bound", Map.of());
    Pod archivePod =
        new PodBuilder(ImporterPodRenderer.render(archiveClaim, CdiFixtures.SETTINGS))
            .editMetadata()
            .withUid("6f1c2a1e-0000-4000-8000-0000000000a1")
            .endMetadata()
            .build();
    files.put(
        "pvc/scratch.yaml",
        ManifestYaml.write(
            ScratchClaimRenderer.render(archiveClaim, archivePod, CdiFixtures.SETTINGS)));
    GoldenFiles.verify(GOLDEN, files);
  }
}
