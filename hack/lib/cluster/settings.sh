# Settings shared by hack/cluster and its parts. Sourced, not run.
# One cluster per name; "jvirt" is the default, others (for multi-cluster tests) differ in ports and dirs.

JVIRT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
# shellcheck source=../../../tools/k8s/versions.env
source "$JVIRT_ROOT/tools/k8s/versions.env"

CLUSTER_NAME="${JVIRT_CLUSTER:-jvirt}"
CACHE_DIR="${JVIRT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/jvirt}"
BIN_DIR="$CACHE_DIR/k8s/v$K8S_VERSION-etcd$ETCD_VERSION-kwok$KWOK_VERSION"
STATE_DIR="${JVIRT_CLUSTER_HOME:-/var/lib/jvirt-cluster}/$CLUSTER_NAME"
LOG_DIR="$STATE_DIR/logs"
PKI_DIR="$STATE_DIR/pki"
PID_DIR="$STATE_DIR/pids"
KUBECONFIG_FILE="$STATE_DIR/admin.kubeconfig"

# The default cluster has the real node; others are control planes only (plus kwok nodes).
if [ "$CLUSTER_NAME" = jvirt ]; then PORT_OFFSET=0; else PORT_OFFSET=$(( ( $(printf '%s' "$CLUSTER_NAME" | cksum | cut -d' ' -f1) % 50 + 1 ) * 10 )); fi
ETCD_PORT=$((23790 + PORT_OFFSET))
ETCD_PEER_PORT=$((23800 + PORT_OFFSET + 5))
API_PORT=$((16443 + PORT_OFFSET))
KCM_PORT=$((20257 + PORT_OFFSET))
SCHED_PORT=$((20259 + PORT_OFFSET))
KWOK_PORT=$((20247 + PORT_OFFSET))

# Pod and service networks live on a bridge this script creates; nothing is routed beyond it.
NODE_NAME="jvirt-node"
BRIDGE="jvirt0"
POD_CIDR="10.88.0.0/16"
NODE_IP="10.88.0.1"
SERVICE_CIDR="10.96.0.0/16"
API_SERVICE_IP="10.96.0.1"
CONTAINERD_SOCK="/run/jvirt-containerd/containerd.sock"
# the kubelet's standard root: virt-handler finds device plugins and launcher pods there, as on any
# node (io.jvirt.contract.NodePaths)
KUBELET_ROOT="/var/lib/kubelet"
PAUSE_IMAGE="localhost/jvirt/pause:1"
BUSYBOX_IMAGE="localhost/jvirt/busybox:1"
STORAGE_CLASS="local"
PV_COUNT="${JVIRT_PV_COUNT:-48}"

log() { printf '[cluster %s] %s\n' "$CLUSTER_NAME" "$*" >&2; }
die() { printf '[cluster %s] error: %s\n' "$CLUSTER_NAME" "$*" >&2; exit 1; }
kc() { "$BIN_DIR/kubectl" --kubeconfig "$KUBECONFIG_FILE" "$@"; }
