-- Health of cdi.kubevirt.io/DataVolume, replacing Argo CD's built-in check, which keeps a
-- DataVolume on a WaitForFirstConsumer class Progressing until a VM uses it: a VM in a later wave
-- then never comes (deadlock). Waiting for its consumer is as far as a DataVolume can go alone.
local hs = {}
local status = obj.status or {}
local phase = status.phase
for _, condition in ipairs(status.conditions or {}) do
  if condition.type == "Running" and condition.status == "False" and condition.reason == "Error" then
    hs.status = "Degraded"
    hs.message = condition.message or "Error"
    return hs
  end
end
if phase == nil then
  hs.status = "Progressing"
  hs.message = "Waiting for CDI to report status"
elseif phase == "Succeeded" then
  hs.status = "Healthy"
  hs.message = "Succeeded"
elseif phase == "WaitForFirstConsumer" or phase == "PendingPopulation" then
  hs.status = "Healthy"
  hs.message = phase .. ": the claim binds when a VM uses it"
elseif phase == "Failed" or phase == "Unknown" then
  hs.status = "Degraded"
  hs.message = phase
elseif phase == "Paused" then
  hs.status = "Suspended"
  hs.message = "Paused"
else
  hs.status = "Progressing"
  hs.message = phase
end
return hs
