module jvirt.invalid/etcd-binary

go 1.26.0

require go.etcd.io/etcd/server/v3 v3.5.35
