# A StorageClass and local PersistentVolumes on the real node, so PVCs bind. Sourced.

ensure_storage() {
  mkdir -p "$STATE_DIR/pv"
  {
    cat <<YAML
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: $STORAGE_CLASS
  annotations: {storageclass.kubernetes.io/is-default-class: "true"}
provisioner: kubernetes.io/no-provisioner
volumeBindingMode: WaitForFirstConsumer
reclaimPolicy: Retain
YAML
    local i name
    for i in $(seq -w 1 "$PV_COUNT"); do
      name="local-pv-$i"
      mkdir -p "$STATE_DIR/pv/$name"
      cat <<YAML
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: $name
  labels: {jvirt.io/local-pv: "true"}
spec:
  capacity: {storage: 10Gi}
  accessModes: [ReadWriteOnce]
  volumeMode: Filesystem
  persistentVolumeReclaimPolicy: Retain
  storageClassName: $STORAGE_CLASS
  local: {path: $STATE_DIR/pv/$name}
  nodeAffinity:
    required:
      nodeSelectorTerms:
      - matchExpressions:
        - {key: kubernetes.io/hostname, operator: In, values: [$NODE_NAME]}
YAML
    done
  } | kc apply -f - >/dev/null
  recycle_released_volumes
}

# A Released local PV is wiped and made Available again (no provisioner does it for us).
recycle_released_volumes() {
  local pv
  for pv in $(kc get pv -l jvirt.io/local-pv=true -o jsonpath='{range .items[?(@.status.phase=="Released")]}{.metadata.name}{" "}{end}'); do
    rm -rf "${STATE_DIR:?}/pv/$pv" && mkdir -p "$STATE_DIR/pv/$pv"
    kc patch pv "$pv" --type=json -p '[{"op":"remove","path":"/spec/claimRef"}]' >/dev/null
  done
}
