# Optional fake nodes managed by kwok, kept apart from the real node (kwok only touches its own). Sourced.

# kwok's Stages; the VMI ones only once jvirt's CRDs exist (kwok exits on a Stage of an unknown kind), so
# hack/bench density calls hack/cluster up --fake-nodes again after installing jvirt
write_kwok_stages() {
  { node_and_pod_stages
    if kc get crd virtualmachineinstances.kubevirt.io >/dev/null 2>&1; then vmi_stages; fi
  } | write_if_changed "$STATE_DIR/kwok-stages.yaml"
}

vmi_stages() {
  cat <<'YAML'
---
# VMIs placed on fake nodes (hack/bench density gives them nodeSelector type=kwok): what virt-handler does
# on a real node once the launcher pod runs, moving a Scheduled VMI to Running, as upstream's KWOK density
# test does. The VMI CRD has no status subresource, and the status is written as virt-controller's service
# account, whom jvirt's VMI webhook lets change it.
apiVersion: kwok.x-k8s.io/v1alpha1
kind: Stage
metadata: {name: jvirt-vmi-running}
spec:
  resourceRef: {apiGroup: kubevirt.io/v1, kind: VirtualMachineInstance}
  selector:
    matchExpressions:
    - {key: '.metadata.deletionTimestamp', operator: DoesNotExist}
    - {key: '.status.phase', operator: In, values: [Scheduled]}
    - {key: '.spec.nodeSelector.type', operator: In, values: [kwok]}
  next:
    statusSubresource: ""
    statusPatchAs: {username: "system:serviceaccount:kubevirt:kubevirt-controller"}
    statusTemplate: |
      {{ with .status }}
      phase: Running
      nodeName: {{ .nodeName }}
      conditions:
      - {type: Ready, status: "True", lastProbeTime: null, lastTransitionTime: {{ Now }}}
      phaseTransitionTimestamps:
      {{ range .phaseTransitionTimestamps }}
      - {{ YAML . 1 }}
      {{ end }}
      - {phase: Running, phaseTransitionTimestamp: {{ Now }}}
      {{ end }}
---
# a deleted VMI on a fake node has no virt-handler to shut its guest down and let it go
apiVersion: kwok.x-k8s.io/v1alpha1
kind: Stage
metadata: {name: jvirt-vmi-delete}
spec:
  resourceRef: {apiGroup: kubevirt.io/v1, kind: VirtualMachineInstance}
  selector:
    matchExpressions:
    - {key: '.metadata.deletionTimestamp', operator: Exists}
    - {key: '.spec.nodeSelector.type', operator: In, values: [kwok]}
  next:
    finalizers: {empty: true}
    delete: true
YAML
}

node_and_pod_stages() {
  cat <<'YAML'
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
  local count=$1 before
  before=$(cat "$STATE_DIR/kwok-stages.yaml" 2>/dev/null || true)
  write_kwok_stages
  if [ "$before" != "$(cat "$STATE_DIR/kwok-stages.yaml")" ]; then stop_daemon kwok; fi
  start_daemon kwok "$BIN_DIR/kwok" --kubeconfig="$KUBECONFIG_FILE" --config="$STATE_DIR/kwok-stages.yaml" \
    --manage-all-nodes=false --manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake \
    --cidr=10.89.0.0/16 --node-ip=10.89.0.1 --server-address="127.0.0.1:$KWOK_PORT"
  # beside the real node, fake nodes are tainted so ordinary pods stay real; a cluster without a real
  # node has nothing to protect, so its fake nodes take every pod (e.g. jvirt's own, in fleet tests)
  local i taints="[{key: kwok.x-k8s.io/node, value: fake, effect: NoSchedule}]"
  # as upstream's fake KWOK nodes, launcher pods find ephemeral storage and the devices virt-handler's
  # device plugins would advertise; but fewer, bigger nodes (hack/bench density: one per 500 VMIs where
  # upstream has one per VMI), since every node costs the scheduler and kwok on two cores
  local capacity='{"cpu": "1k", "memory": "4Ti", "pods": "1000", "ephemeral-storage": "10Ti",
    "devices.kubevirt.io/kvm": "1k", "devices.kubevirt.io/tun": "1k", "devices.kubevirt.io/vhost-net": "1k"}'
  if ! has_node; then taints="[]"; fi
  for i in $(seq 0 $((count - 1))); do
    cat <<YAML
---
apiVersion: v1
kind: Node
metadata:
  name: kwok-node-$i
  annotations: {kwok.x-k8s.io/node: fake, node.alpha.kubernetes.io/ttl: "0"}
  labels: {kubernetes.io/hostname: kwok-node-$i, kubernetes.io/os: linux, kubernetes.io/arch: amd64, type: kwok,
           kubevirt.io/schedulable: "true"}
spec:
  taints: $taints
status:
  allocatable: $capacity
  capacity: $capacity
YAML
  done | kc apply -f - >/dev/null
  # apply creates a node with its status but never updates it: nodes made earlier get the capacity here
  for i in $(seq 0 $((count - 1))); do
    kc patch node "kwok-node-$i" --subresource=status --type=merge \
      -p "{\"status\": {\"capacity\": $capacity, \"allocatable\": $capacity}}" >/dev/null
  done
  # kwok reports each node Ready in turn, slower on a busy machine: more nodes, longer wait
  # (kubectl wait checks the nodes one after another, so its own timeout must cover them all)
  wait_for "kwok nodes" $((60 + 5 * count)) kc wait --for=condition=Ready node -l type=kwok --timeout=$((5 + count))s
}
