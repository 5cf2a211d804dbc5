# The one real node: containerd + runc, kubelet (cgroupfs), bridge CNI, kube-proxy (iptables). Sourced.

write_containerd_config() {
  mkdir -p "$STATE_DIR/containerd"
  write_if_changed "$STATE_DIR/containerd/config.toml" <<TOML
version = 2
root = "$STATE_DIR/containerd/root"
state = "$(dirname "$CONTAINERD_SOCK")/state"
disabled_plugins = ["io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper"]
[grpc]
  address = "$CONTAINERD_SOCK"
[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "$PAUSE_IMAGE"
  enable_selinux = false
  # this machine grants root no CAP_SYS_RESOURCE: a negative oom_score_adj (pause: -998) fails runc
  restrict_oom_score_adj = true
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "overlayfs"
    default_runtime_name = "runc"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        SystemdCgroup = false
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "/usr/lib/cni"
    conf_dir = "$STATE_DIR/cni/net.d"
[plugins."io.containerd.internal.v1.opt"]
  path = "$STATE_DIR/containerd/opt"
TOML
}

write_kubelet_config() {
  mkdir -p "$STATE_DIR/kubelet"
  write_if_changed "$STATE_DIR/kubelet/config.yaml" <<YAML
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
address: $NODE_IP
port: 10250
healthzBindAddress: 127.0.0.1
healthzPort: 10248
readOnlyPort: 0
cgroupDriver: cgroupfs
failSwapOn: false
containerRuntimeEndpoint: unix://$CONTAINERD_SOCK
authentication:
  anonymous: {enabled: false}
  webhook: {enabled: false}
  x509: {clientCAFile: $PKI_DIR/ca.crt}
authorization: {mode: AlwaysAllow}
clusterDomain: cluster.local
resolvConf: /etc/resolv.conf
# images are loaded, never pulled: garbage-collecting them would lose them
imageGCHighThresholdPercent: 100
imageGCLowThresholdPercent: 99
evictionHard: {memory.available: 100Mi, nodefs.available: 1%, imagefs.available: 1%}
serializeImagePulls: false
rotateCertificates: false
maxPods: 110
YAML
}

write_kube_proxy_config() {
  write_if_changed "$STATE_DIR/kube-proxy.yaml" <<YAML
apiVersion: kubeproxy.config.k8s.io/v1alpha1
kind: KubeProxyConfiguration
clientConnection: {kubeconfig: $KUBECONFIG_FILE}
mode: iptables
clusterCIDR: $POD_CIDR
hostnameOverride: $NODE_NAME
bindAddress: 127.0.0.1
metricsBindAddress: 127.0.0.1:10249
healthzBindAddress: 127.0.0.1:10256
nodePortAddresses: ["$NODE_IP/32"]
conntrack: {maxPerCore: 0}
YAML
}

start_node() {
  # virt-handler mounts /var/run/kubevirt with Bidirectional propagation, which runc allows only
  # under a shared mount (systemd makes / shared on real nodes; this sandbox does not)
  mount --make-rshared / || die "cannot make / a shared mount (virt-handler needs it)"
  write_containerd_config
  mkdir -p "$(dirname "$CONTAINERD_SOCK")"
  start_daemon containerd containerd --config "$STATE_DIR/containerd/config.toml"
  wait_for containerd 30 ctr --address "$CONTAINERD_SOCK" version
  load_image "$IMAGE_DIR/pause.tar"
  load_image "$IMAGE_DIR/busybox.tar"

  write_kubelet_config
  local labels="jvirt.io/node=real${JVIRT_NODE_LABELS:+,$JVIRT_NODE_LABELS}"
  start_daemon kubelet "$BIN_DIR/kubelet" --config="$STATE_DIR/kubelet/config.yaml" \
    --kubeconfig="$KUBECONFIG_FILE" --hostname-override="$NODE_NAME" --node-ip="$NODE_IP" \
    --root-dir="$KUBELET_ROOT" --cert-dir="$STATE_DIR/kubelet/pki" \
    --node-labels="$labels" ${JVIRT_NODE_TAINTS:+--register-with-taints="$JVIRT_NODE_TAINTS"} --v=1
  write_kube_proxy_config
  start_daemon kube-proxy "$BIN_DIR/kube-proxy" --config="$STATE_DIR/kube-proxy.yaml" --v=1
  wait_for "node $NODE_NAME" 120 kc wait --for=condition=Ready "node/$NODE_NAME" --timeout=1s
}

# Kills every pod container of the node and releases what they held (mounts, netns, IPs).
stop_node() {
  stop_daemon kube-proxy
  stop_daemon kubelet
  if daemon_running containerd; then
    local c
    for c in $(ctr --address "$CONTAINERD_SOCK" -n k8s.io tasks ls -q 2>/dev/null); do
      ctr --address "$CONTAINERD_SOCK" -n k8s.io tasks kill -s KILL "$c" >/dev/null 2>&1 || true
    done
    for c in $(ctr --address "$CONTAINERD_SOCK" -n k8s.io tasks ls -q 2>/dev/null); do
      ctr --address "$CONTAINERD_SOCK" -n k8s.io tasks delete -f "$c" >/dev/null 2>&1 || true
    done
    for c in $(ctr --address "$CONTAINERD_SOCK" -n k8s.io containers ls -q 2>/dev/null); do
      ctr --address "$CONTAINERD_SOCK" -n k8s.io containers delete "$c" >/dev/null 2>&1 || true
    done
  fi
  stop_daemon containerd
  pkill -f "containerd-shim-runc-v2 .*-address $CONTAINERD_SOCK" 2>/dev/null || true
  local ns
  for ns in $(ip netns list 2>/dev/null | awk '/^cni-/{print $1}'); do ip netns delete "$ns" 2>/dev/null || true; done
  # kubelet volumes, container rootfs: unmount deepest first
  awk -v d="$STATE_DIR/" -v k="$KUBELET_ROOT/" 'index($2, d) == 1 || index($2, k) == 1 {print $2}' /proc/mounts \
    | sort -r | while read -r m; do
    umount -l "$m" 2>/dev/null || true
  done
  rm -rf "$STATE_DIR/cni/ipam"
}
