package io.jvirt.controller.vmi.render;

import io.fabric8.kubernetes.api.model.AffinityBuilder;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.api.v1.access.AccessCredential;
import io.jvirt.api.v1.access.AccessCredentialSecretSource;
import io.jvirt.api.v1.access.NoCloudSSHPublicKeyAccessCredentialPropagation;
import io.jvirt.api.v1.access.QemuGuestAgentSSHPublicKeyAccessCredentialPropagation;
import io.jvirt.api.v1.access.QemuGuestAgentUserPasswordAccessCredentialPropagation;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredential;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredentialPropagationMethod;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredentialSource;
import io.jvirt.api.v1.access.UserPasswordAccessCredential;
import io.jvirt.api.v1.access.UserPasswordAccessCredentialPropagationMethod;
import io.jvirt.api.v1.access.UserPasswordAccessCredentialSource;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.DiskBus;
import io.jvirt.api.v1.domain.DiskTarget;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.Firmware;
import io.jvirt.api.v1.domain.Interface;
import io.jvirt.api.v1.domain.InterfaceMasquerade;
import io.jvirt.api.v1.domain.KernelBoot;
import io.jvirt.api.v1.domain.KernelBootContainer;
import io.jvirt.api.v1.domain.Memory;
import io.jvirt.api.v1.domain.Port;
import io.jvirt.api.v1.domain.ResourceRequirements;
import io.jvirt.api.v1.network.Network;
import io.jvirt.api.v1.network.PodNetwork;
import io.jvirt.api.v1.volume.CloudInitNoCloudSource;
import io.jvirt.api.v1.volume.ContainerDiskSource;
import io.jvirt.api.v1.volume.DataVolumeVolumeSource;
import io.jvirt.api.v1.volume.PersistentVolumeClaimVolumeSource;
import io.jvirt.api.v1.volume.ServiceAccountVolumeSource;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.controller.config.model.ClusterConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** VMIs the launcher-pod tests render, in the shape admission leaves them. */
final class LauncherFixtures {
  static final String LAUNCHER_IMAGE = "registry.local/kubevirt/virt-launcher:v1.5.0";
  static final ClusterConfig CONFIG = ClusterConfig.defaults(LAUNCHER_IMAGE);

  private LauncherFixtures() {}

  /**
   * Upstream's cirros example: 1 vCPU, memory.guest 128Mi, resources {}, containerDisk +
   * cloud-init.
   */
  static VirtualMachineInstance cirros() {
    VirtualMachineInstance vmi = vmi("vmi-cirros", "11111111-2222-4333-8444-555555555501");
    vmi.getMetadata().setLabels(Map.of("special", "vmi-cirros"));
    vmi.getMetadata()
        .setAnnotations(
            Map.of(
                "kubevirt.io/latest-observed-api-version", "v1",
                "kubevirt.io/storage-observed-api-version", "v1",
                "kubectl.kubernetes.io/last-applied-configuration", "{}",
                "team.example.com/owner", "virt"));
    vmi.getSpec().getDomain().setMemory(new Memory().setGuest(new Quantity("128Mi")));
    vmi.getSpec().getDomain().setResources(new ResourceRequirements());
    vmi.getSpec().getDomain().setCpu(new CPU().setCores(1).setSockets(1).setThreads(1));
    vmi.getSpec().setTerminationGracePeriodSeconds(0L);
    addDisk(vmi, "containerdisk");
    addDisk(vmi, "cloudinitdisk");
    vmi.getSpec()
        .setVolumes(
            List.of(
                new Volume()
                    .setName("containerdisk")
                    .setContainerDisk(
                        new ContainerDiskSource()
                            .setImage("quay.io/kubevirt/cirros-container-disk-demo:v1.5.0")
                            .setImagePullPolicy("IfNotPresent")),
                new Volume()
                    .setName("cloudinitdisk")
                    .setCloudInitNoCloud(
                        new CloudInitNoCloudSource()
                            .setUserData("#cloud-config\npassword: cirros\n")
                            .setNetworkDataSecretRef(new LocalObjectReference("net-data")))));
    return vmi;
  }

  /** A non-root VMI on a PVC and a DataVolume, with a service account and masquerade ports. */
  static VirtualMachineInstance storage() {
    VirtualMachineInstance vmi = vmi("vmi-storage", "11111111-2222-4333-8444-555555555502");
    vmi.setStatus(new VirtualMachineInstanceStatus());
    vmi.getStatus().setUnmodelledField("runtimeUser", 107);
    vmi.getSpec()
        .getDomain()
        .setResources(
            new ResourceRequirements()
                .setRequests(Map.of("memory", new Quantity("2Gi"), "cpu", new Quantity("2")))
                .setLimits(Map.of("memory", new Quantity("2Gi"), "cpu", new Quantity("2"))));
    vmi.getSpec().getDomain().setCpu(new CPU().setCores(2));
    vmi.getSpec()
        .getDomain()
        .getDevices()
        .setInterfaces(
            List.of(
                new Interface()
                    .setName("default")
                    .setMasquerade(new InterfaceMasquerade())
                    .setPorts(List.of(new Port().setName("ssh").setPort(22)))));
    vmi.getSpec().setNetworks(List.of(new Network().setName("default").setPod(new PodNetwork())));
    addDisk(vmi, "rootdisk");
    addDisk(vmi, "datadisk");
    vmi.getSpec()
        .setVolumes(
            List.of(
                new Volume()
                    .setName("rootdisk")
                    .setPersistentVolumeClaim(
                        new PersistentVolumeClaimVolumeSource().setClaimName("fedora-root")),
                new Volume()
                    .setName("datadisk")
                    .setDataVolume(new DataVolumeVolumeSource().setName("fedora-data")),
                new Volume()
                    .setName("hotdisk")
                    .setDataVolume(
                        new DataVolumeVolumeSource().setName("hot-data").setHotpluggable(true)),
                new Volume()
                    .setName("sa")
                    .setServiceAccount(
                        new ServiceAccountVolumeSource().setServiceAccountName("vm-reader"))));
    return vmi;
  }

  /** Direct kernel boot from a container image, no disks at all. */
  static VirtualMachineInstance kernelBoot() {
    VirtualMachineInstance vmi = vmi("vmi-kernel-boot", "11111111-2222-4333-8444-555555555503");
    vmi.getSpec()
        .getDomain()
        .setResources(
            new ResourceRequirements().setRequests(Map.of("memory", new Quantity("1Gi"))));
    vmi.getSpec()
        .getDomain()
        .setFirmware(
            new Firmware()
                .setKernelBoot(
                    new KernelBoot()
                        .setKernelArgs("console=ttyS0")
                        .setContainer(
                            new KernelBootContainer()
                                .setImage("registry.local/jvirt/alpine-kernel-boot:devel")
                                .setImagePullSecret("kernel-pull")
                                .setImagePullPolicy("Always")
                                .setKernelPath("/boot/vmlinuz-virt")
                                .setInitrdPath("/boot/initramfs-virt"))));
    vmi.getSpec().getDomain().getDevices().setAutoattachGraphicsDevice(false);
    return vmi;
  }

  /** Node selector, affinity, tolerations, priority class, scheduler, spread and DNS settings. */
  static VirtualMachineInstance scheduling() {
    VirtualMachineInstance vmi = cirros();
    vmi.getMetadata().setName("vmi-scheduling");
    vmi.getMetadata().setUid("11111111-2222-4333-8444-555555555504");
    VirtualMachineInstanceSpec spec = vmi.getSpec();
    spec.setNodeSelector(Map.of("disktype", "ssd", "kubernetes.io/os", "linux"));
    spec.setAffinity(
        new AffinityBuilder()
            .withNewNodeAffinity()
            .withNewRequiredDuringSchedulingIgnoredDuringExecution()
            .addNewNodeSelectorTerm()
            .addNewMatchExpression()
            .withKey("zone")
            .withOperator("In")
            .withValues("east", "west")
            .endMatchExpression()
            .endNodeSelectorTerm()
            .endRequiredDuringSchedulingIgnoredDuringExecution()
            .endNodeAffinity()
            .build());
    spec.setTolerations(
        List.of(
            new TolerationBuilder()
                .withKey("kwok.x-k8s.io/node")
                .withOperator("Exists")
                .withEffect("NoSchedule")
                .build()));
    spec.setPriorityClassName("vm-high");
    spec.setSchedulerName("custom-scheduler");
    spec.setDnsPolicy("ClusterFirst");
    spec.setHostname("sched-host");
    spec.setSubdomain("vms");
    spec.setTerminationGracePeriodSeconds(120L);
    spec.setUnmodelledField(
        "topologySpreadConstraints",
        List.of(
            Map.of(
                "maxSkew",
                1,
                "topologyKey",
                "topology.kubernetes.io/zone",
                "whenUnsatisfiable",
                "ScheduleAnyway",
                "labelSelector",
                Map.of("matchLabels", Map.of("special", "vmi-cirros")))));
    return vmi;
  }

  /** A name longer than 63 characters, so the VMI id label is cut and hashed. */
  static VirtualMachineInstance longName() {
    VirtualMachineInstance vmi = cirros();
    vmi.getMetadata()
        .setName("a-virtual-machine-instance-with-a-name-much-longer-than-a-dns-label.allows");
    vmi.getMetadata().setUid("11111111-2222-4333-8444-555555555505");
    return vmi;
  }

  /**
   * Cirros with an SSH key secret propagated by NoCloud and by the guest agent, and a password
   * secret.
   */
  static VirtualMachineInstance accessCredentials() {
    VirtualMachineInstance vmi = cirros();
    vmi.getMetadata().setName("vmi-access");
    vmi.getMetadata().setUid("11111111-2222-4333-8444-555555555506");
    vmi.getSpec()
        .setAccessCredentials(
            List.of(
                sshKey(
                    "ssh-keys",
                    new SSHPublicKeyAccessCredentialPropagationMethod()
                        .setNoCloud(new NoCloudSSHPublicKeyAccessCredentialPropagation())),
                sshKey(
                    "ssh-keys",
                    new SSHPublicKeyAccessCredentialPropagationMethod()
                        .setQemuGuestAgent(
                            new QemuGuestAgentSSHPublicKeyAccessCredentialPropagation()
                                .setUsers(List.of("cirros")))),
                new AccessCredential()
                    .setUserPassword(
                        new UserPasswordAccessCredential()
                            .setSource(
                                new UserPasswordAccessCredentialSource()
                                    .setSecret(
                                        new AccessCredentialSecretSource()
                                            .setSecretName("passwords")))
                            .setPropagationMethod(
                                new UserPasswordAccessCredentialPropagationMethod()
                                    .setQemuGuestAgent(
                                        new QemuGuestAgentUserPasswordAccessCredentialPropagation())))));
    return vmi;
  }

  private static AccessCredential sshKey(
      String secret, SSHPublicKeyAccessCredentialPropagationMethod method) {
    return new AccessCredential()
        .setSshPublicKey(
            new SSHPublicKeyAccessCredential()
                .setSource(
                    new SSHPublicKeyAccessCredentialSource()
                        .setSecret(new AccessCredentialSecretSource().setSecretName(secret)))
                .setPropagationMethod(method));
  }

  static VirtualMachineInstance vmi(String name, String uid) {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.setMetadata(
        new ObjectMetaBuilder().withName(name).withNamespace("default").withUid(uid).build());
    vmi.setSpec(
        new VirtualMachineInstanceSpec()
            .setDomain(new DomainSpec().setDevices(new Devices().setDisks(new ArrayList<>()))));
    return vmi;
  }

  private static void addDisk(VirtualMachineInstance vmi, String name) {
    List<Disk> disks = new ArrayList<>(vmi.getSpec().getDomain().getDevices().getDisks());
    disks.add(new Disk().setName(name).setDisk(new DiskTarget().setBus(DiskBus.VIRTIO)));
    vmi.getSpec().getDomain().getDevices().setDisks(disks);
  }
}
