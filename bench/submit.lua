-- wrk script: POST /api/requests as the demo's politician (token in $TOKEN), each with its own
-- subject. Every request is a submission the service answers 201 after its commit; wrk counts
-- anything else under "Non-2xx or 3xx responses".
local token = os.getenv("TOKEN")
local counter = 0
local thread_id = 0

function setup(thread)
  thread:set("thread_id", thread_id)
  thread_id = thread_id + 1
end

function request()
  counter = counter + 1
  local body = '{"target":{"position":"POS-LARARE-1"},"kind":"DIALOGUE",' ..
    '"subject":"Last ' .. thread_id .. '-' .. counter .. '","purpose":"Mätning",' ..
    '"wishedFrom":"2026-12-01","wishedTo":"2026-12-15"}'
  return wrk.format("POST", "/api/requests",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end
