-- Health of kubevirt.io/VirtualMachineInstance, replacing Argo CD's built-in check, which calls a
-- guest that shut itself down Suspended (a wave after it never runs) and a booting guest, not yet
-- Ready, Degraded. Here Succeeded is Healthy, as for a finished Pod or Job, and not Ready yet is
-- Progressing.
local hs = {}
local status = obj.status or {}
local phase = status.phase
if phase == nil then
  hs.status = "Progressing"
  hs.message = "Waiting for the VMI to report status"
  return hs
end
if phase == "Failed" then
  hs.status = "Degraded"
  hs.message = "Failed"
  return hs
end
if phase == "Succeeded" then
  hs.status = "Healthy"
  hs.message = "Succeeded: the guest shut down"
  return hs
end
if phase == "Unknown" then
  hs.status = "Unknown"
  hs.message = "Unknown: the node lost contact"
  return hs
end
if phase ~= "Running" then
  hs.status = "Progressing"
  hs.message = phase
  return hs
end
local conditions = status.conditions or {}
-- Paused first: a paused guest's Ready condition may still be True
for _, condition in ipairs(conditions) do
  if condition.type == "Paused" and condition.status == "True" then
    hs.status = "Suspended"
    hs.message = "Paused"
    return hs
  end
end
local notReady = nil
for _, condition in ipairs(conditions) do
  if condition.type == "Ready" then
    if condition.status == "True" then
      hs.status = "Healthy"
      hs.message = "Running"
      return hs
    end
    notReady = condition.message or condition.reason
  end
end
hs.status = "Progressing"
hs.message = "Running, not ready yet" .. (notReady and (": " .. notReady) or "")
return hs
