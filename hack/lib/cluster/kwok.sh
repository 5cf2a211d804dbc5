# Optional fake nodes managed by kwok, kept apart from the real node (kwok only touches its own). Sourced.

write_kwok_stages() {
  write_if_changed "$STATE_DIR/kwok-stages.yaml" <<'YAML'
apiVersion: kwok.x-k8s.io/v1alpha1
kind: Stage
metadata: {name: jvirt-node-ready}
spec:
  resourceRef: {apiGroup: v1, kind: Node}
  selector:
    matchExpressions:
    - {key: '.status.phase', operator: NotIn, values: [Running]}
  next:
    statusTemplate: |
      phase: Running
      conditions:
      - type: Ready
        status: "True"
        reason: KubeletReady
        message: kwok fake node
        lastHeartbeatTime: {{ Now }}
        lastTransitionTime: {{ Now }}
      addresses:
      - {type: InternalIP, address: {{ NodeIP }}}
      allocatable:
      {{ with .status.capacity }}
      {{ YAML . 1 }}
      {{ end }}
      nodeInfo: {architecture: amd64, operatingSystem: linux, kubeletVersion: fake}
---
apiVersion: kwok.x-k8s.io/v1alpha1
kind: Stage
metadata: {name: jvirt-node-lease}
spec:
  resourceRef: {apiGroup: v1, kind: Node}
  selector:
    matchExpressions:
    - {key: '.status.phase', operator: In, values: [Running]}
  delay: {durationMilliseconds: 20000, jitterDurationMilliseconds: 25000}
  next:
    statusTemplate: |
      conditions:
      - type: Ready
        status: "True"
        reason: KubeletReady
        message: kwok fake node
        lastHeartbeatTime: {{ Now }}
  immediateNextStage: false
---
apiVersion: kwok.x-k8s.io/v1alpha1
kind: Stage
metadata: {name: jvirt-pod-ready}
spec:
  resourceRef: {apiGroup: v1, kind: Pod}
  selector:
    matchExpressions:
    - {key: '.metadata.deletionTimestamp', operator: DoesNotExist}
    - {key: '.status.podIP', operator: DoesNotExist}
  next:
    statusTemplate: |
      phase: Running
      hostIP: {{ index (NodeIPsWith .spec.nodeName) 0 }}
      podIP: {{ index (PodIPsWith .spec.nodeName false .metadata.uid .metadata.name .metadata.namespace) 0 }}
      conditions:
      - {type: Initialized, status: "True", lastTransitionTime: {{ Now }}}
      - {type: Ready, status: "True", lastTransitionTime: {{ Now }}}
      - {type: ContainersReady, status: "True", lastTransitionTime: {{ Now }}}
      - {type: PodScheduled, status: "True", lastTransitionTime: {{ Now }}}
      containerStatuses:
      {{ range .spec.containers }}
      - name: {{ .name }}
        image: {{ .image }}
        ready: true
        started: true
        restartCount: 0
        state: {running: {startedAt: {{ Now }}}}
      {{ end }}
---
apiVersion: kwok.x-k8s.io/v1alpha1
kind: Stage
metadata: {name: jvirt-pod-delete}
spec:
  resourceRef: {apiGroup: v1, kind: Pod}
  selector:
    matchExpressions:
    - {key: '.metadata.deletionTimestamp', operator: Exists}
  next:
    finalizers: {empty: true}
    delete: true
YAML
}

start_kwok() {
  local count=$1
  write_kwok_stages
  start_daemon kwok "$BIN_DIR/kwok" --kubeconfig="$KUBECONFIG_FILE" --config="$STATE_DIR/kwok-stages.yaml" \
    --manage-all-nodes=false --manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake \
    --cidr=10.89.0.0/16 --node-ip=10.89.0.1 --server-address="127.0.0.1:$KWOK_PORT"
  # beside the real node, fake nodes are tainted so ordinary pods stay real; a cluster without a real
  # node has nothing to protect, so its fake nodes take every pod (e.g. jvirt's own, in fleet tests)
  local i taints="[{key: kwok.x-k8s.io/node, value: fake, effect: NoSchedule}]"
  if ! has_node; then taints="[]"; fi
  for i in $(seq 0 $((count - 1))); do
    cat <<YAML
---
apiVersion: v1
kind: Node
metadata:
  name: kwok-node-$i
  annotations: {kwok.x-k8s.io/node: fake, node.alpha.kubernetes.io/ttl: "0"}
  labels: {kubernetes.io/hostname: kwok-node-$i, kubernetes.io/os: linux, kubernetes.io/arch: amd64, type: kwok}
spec:
  taints: $taints
status:
  allocatable: {cpu: "32", memory: 256Gi, pods: "110"}
  capacity: {cpu: "32", memory: 256Gi, pods: "110"}
YAML
  done | kc apply -f - >/dev/null
  wait_for "kwok nodes" 60 kc wait --for=condition=Ready node -l type=kwok --timeout=1s
}
