# The node's network: one bridge for pods, service DNAT by kube-proxy, nothing routed elsewhere. Sourced.

setup_network() {
  modprobe br_netfilter 2>/dev/null || true
  modprobe overlay 2>/dev/null || true
  if ! ip link show "$BRIDGE" >/dev/null 2>&1; then
    ip link add "$BRIDGE" type bridge
  fi
  ip addr replace "$NODE_IP/${POD_CIDR#*/}" dev "$BRIDGE"
  ip link set "$BRIDGE" up
  sysctl -qw net.ipv4.ip_forward=1
  sysctl -qw net.bridge.bridge-nf-call-iptables=1 2>/dev/null || log "warning: bridge netfilter unavailable"
  # pods reach the API server (bound to 127.0.0.1 only) through the kubernetes service IP
  sysctl -qw "net.ipv4.conf.$BRIDGE.route_localnet=1"
  _rule nat PREROUTING -i "$BRIDGE" -d "$API_SERVICE_IP" -p tcp --dport 443 \
    -j DNAT --to-destination "127.0.0.1:$API_PORT"
  # pod traffic stays inside the pod network: anything routed elsewhere is dropped
  iptables -N JVIRT-ISOLATE 2>/dev/null || true
  iptables -F JVIRT-ISOLATE
  iptables -A JVIRT-ISOLATE -s "$POD_CIDR" -d "$POD_CIDR" -j RETURN
  iptables -A JVIRT-ISOLATE -s "$POD_CIDR" -j DROP
  _rule filter FORWARD -j JVIRT-ISOLATE
  write_cni_config
}

write_cni_config() {
  mkdir -p "$STATE_DIR/cni/net.d"
  write_if_changed "$STATE_DIR/cni/net.d/10-jvirt.conflist" <<CNI
{
  "cniVersion": "0.4.0",
  "name": "jvirt",
  "plugins": [
    {
      "type": "bridge",
      "bridge": "$BRIDGE",
      "isGateway": true,
      "ipMasq": false,
      "hairpinMode": true,
      "ipam": {
        "type": "host-local",
        "ranges": [[{"subnet": "$POD_CIDR", "rangeStart": "10.88.1.1", "gateway": "$NODE_IP"}]],
        "routes": [{"dst": "$POD_CIDR"}, {"dst": "$SERVICE_CIDR"}],
        "dataDir": "$STATE_DIR/cni/ipam"
      }
    },
    {"type": "portmap", "capabilities": {"portMappings": true}}
  ]
}
CNI
}

teardown_network() {
  iptables -t nat -D PREROUTING -i "$BRIDGE" -d "$API_SERVICE_IP" -p tcp --dport 443 \
    -j DNAT --to-destination "127.0.0.1:$API_PORT" 2>/dev/null || true
  iptables -D FORWARD -j JVIRT-ISOLATE 2>/dev/null || true
  iptables -F JVIRT-ISOLATE 2>/dev/null || true
  iptables -X JVIRT-ISOLATE 2>/dev/null || true
  ip link del "$BRIDGE" 2>/dev/null || true
}

_rule() { # table chain rule... — add once
  local table=$1 chain=$2; shift 2
  iptables -t "$table" -C "$chain" "$@" 2>/dev/null || iptables -t "$table" -I "$chain" 1 "$@"
}
