-- Health of kubevirt.io/VirtualMachine, replacing Argo CD's built-in check, which reports a VM
-- that is stopped on purpose as Suspended: a sync with waves after it then never completes (P4).
-- Here a VM whose spec asks for it to be stopped, and that is stopped, is Healthy.
local hs = {}
local spec = obj.spec or {}
local status = obj.status or {}
local printable = status.printableStatus
local ready = status.ready == true
if status.conditions ~= nil then
  for _, condition in ipairs(status.conditions) do
    if condition.type == "Paused" and condition.status == "True" then
      hs.status = "Suspended"
      hs.message = printable or "Paused"
      return hs
    end
    if condition.type == "Ready" and condition.status == "True" then
      ready = true
    end
  end
end
-- States the VM does not leave without help (the VM controller backs off and retries): Argo CD's
-- built-in check shows them as Starting, and a wave would wait on them for ever.
local failing = {
  CrashLoopBackOff = true, ErrorUnschedulable = true, ErrImagePull = true, ImagePullBackOff = true,
  ErrorPvcNotFound = true, ErrorDataVolumeNotFound = true, DataVolumeError = true,
}
if printable ~= nil and failing[printable] then
  hs.status = "Degraded"
  hs.message = printable
  return hs
end
-- On its way down the VM may still report ready: it is not there yet.
if printable == "Stopping" or printable == "Terminating" then
  hs.status = "Progressing"
  hs.message = printable
  return hs
end
-- Manual leaves starting and stopping to users (virtctl), so stopped is a wanted state too.
local strategy = spec.runStrategy
local wantsStopped = strategy == "Halted" or strategy == "Manual"
  or (strategy == nil and spec.running == false)
local stopped = printable == "Stopped" or (printable == nil and status.created ~= true and not ready)
if wantsStopped and stopped and not ready then
  hs.status = "Healthy"
  hs.message = printable or "Stopped"
  return hs
end
if ready then
  hs.status = "Healthy"
  hs.message = printable or "Running"
  return hs
end
hs.status = "Progressing"
hs.message = printable or "Waiting for the VM to report status"
return hs
