# etcd, kube-apiserver, kube-controller-manager and kube-scheduler on 127.0.0.1. Sourced.

advertise_address() { if [ "$CLUSTER_NAME" = jvirt ]; then echo "$NODE_IP"; else echo 127.0.0.1; fi; }

# what jvirt's own service accounts write (hack/bench counts it per VMI): metadata only, nothing else
write_audit_policy() {
  write_if_changed "$STATE_DIR/audit-policy.yaml" <<'YAML'
apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: [RequestReceived, ResponseStarted]
rules:
- level: Metadata
  userGroups: ["system:serviceaccounts:kubevirt", "system:serviceaccounts:cdi"]
  verbs: [create, update, patch, delete, deletecollection]
- level: None
YAML
}

start_control_plane() {
  start_daemon etcd "$BIN_DIR/etcd" --name=node0 --data-dir="$STATE_DIR/etcd" \
    --listen-client-urls="http://127.0.0.1:$ETCD_PORT" --advertise-client-urls="http://127.0.0.1:$ETCD_PORT" \
    --listen-peer-urls="http://127.0.0.1:$ETCD_PEER_PORT" \
    --initial-advertise-peer-urls="http://127.0.0.1:$ETCD_PEER_PORT" \
    --initial-cluster="node0=http://127.0.0.1:$ETCD_PEER_PORT" --listen-metrics-urls= \
    --unsafe-no-fsync=true --auto-compaction-retention=1 --quota-backend-bytes=4294967296 --log-level=warn
  wait_for etcd 60 curl -fsS "http://127.0.0.1:$ETCD_PORT/health"

  local p=$PKI_DIR
  write_audit_policy
  start_daemon kube-apiserver "$BIN_DIR/kube-apiserver" \
    --etcd-servers="http://127.0.0.1:$ETCD_PORT" --etcd-prefix="/registry" \
    --bind-address=127.0.0.1 --secure-port="$API_PORT" --advertise-address="$(advertise_address)" \
    --endpoint-reconciler-type=none \
    --tls-cert-file="$p/apiserver.crt" --tls-private-key-file="$p/apiserver.key" --cert-dir="$STATE_DIR/apiserver" \
    --client-ca-file="$p/ca.crt" \
    --service-account-issuer=https://kubernetes.default.svc.cluster.local \
    --service-account-key-file="$p/sa.pub" --service-account-signing-key-file="$p/sa.key" \
    --service-cluster-ip-range="$SERVICE_CIDR" --authorization-mode=Node,RBAC --allow-privileged=true \
    --kubelet-client-certificate="$p/kubelet-client.crt" --kubelet-client-key="$p/kubelet-client.key" \
    --kubelet-preferred-address-types=InternalIP \
    --requestheader-client-ca-file="$p/front-proxy-ca.crt" --requestheader-allowed-names=front-proxy-client \
    --requestheader-username-headers=X-Remote-User --requestheader-group-headers=X-Remote-Group \
    --requestheader-extra-headers-prefix=X-Remote-Extra- \
    --proxy-client-cert-file="$p/front-proxy-client.crt" --proxy-client-key-file="$p/front-proxy-client.key" \
    --enable-aggregator-routing=true --profiling=false --v=1 \
    --audit-policy-file="$STATE_DIR/audit-policy.yaml" --audit-log-path="$LOG_DIR/audit.log" \
    --audit-log-maxsize=200 --audit-log-maxbackup=5
  wait_for kube-apiserver 120 kc get --raw=/readyz

  start_daemon kube-controller-manager "$BIN_DIR/kube-controller-manager" --kubeconfig="$KUBECONFIG_FILE" \
    --authentication-kubeconfig="$KUBECONFIG_FILE" --authorization-kubeconfig="$KUBECONFIG_FILE" \
    --leader-elect=false --bind-address=127.0.0.1 --secure-port="$KCM_PORT" \
    --service-account-private-key-file="$p/sa.key" --root-ca-file="$p/ca.crt" \
    --cluster-signing-cert-file="$p/ca.crt" --cluster-signing-key-file="$p/ca.key" \
    --use-service-account-credentials=false --controllers='*' \
    --service-cluster-ip-range="$SERVICE_CIDR" --allocate-node-cidrs=false --profiling=false --v=1
  start_daemon kube-scheduler "$BIN_DIR/kube-scheduler" --kubeconfig="$KUBECONFIG_FILE" \
    --authentication-kubeconfig="$KUBECONFIG_FILE" --authorization-kubeconfig="$KUBECONFIG_FILE" \
    --leader-elect=false --bind-address=127.0.0.1 --secure-port="$SCHED_PORT" --profiling=false --v=1
  wait_for "the default service account" 60 kc -n default get serviceaccount default
}
