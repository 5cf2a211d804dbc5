-- Health of the KubeVirt and CDI CRs (kubevirt.io/KubeVirt, cdi.kubevirt.io/CDI), which Argo CD
-- has no built-in check for: without one they count as Healthy once applied, and the next sync
-- wave would race the operator. Healthy only once the operator reports the current spec Deployed.
local hs = {}
if obj.status == nil then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to report status"
  return hs
end
local available = nil
if obj.status.conditions ~= nil then
  for _, condition in ipairs(obj.status.conditions) do
    if condition.type == "Degraded" and condition.status == "True" then
      hs.status = "Degraded"
      hs.message = condition.message or condition.reason or "Degraded"
      return hs
    end
    if condition.type == "Available" then
      available = condition.status
    end
  end
end
local phase = obj.status.phase
if phase == "Error" then
  hs.status = "Degraded"
  hs.message = "Phase Error"
  return hs
end
-- An older observedGeneration means the operator has not yet acted on the latest spec.
local observed = obj.status.observedGeneration
local generation = obj.metadata.generation
local current = observed == nil or generation == nil or observed == generation
if phase == "Deployed" and available ~= "False" and current then
  hs.status = "Healthy"
  hs.message = "Deployed"
  return hs
end
hs.status = "Progressing"
if phase ~= nil and not current then
  hs.message = phase .. " (spec generation " .. generation .. " not yet observed)"
else
  hs.message = phase or "Waiting for the operator to report a phase"
end
return hs
