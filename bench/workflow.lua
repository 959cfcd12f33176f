-- wrk script of bench/workflow-load.sh (issue 17): one operation of the contact-request workflow,
-- a fixed number of times, on one wrk thread (wrk -t1) with many connections.
--
--   MODE=submit   POST /api/requests: politician i mod 50 asks for a dialogue with staff member
--                 (i div 100) mod 10 + 1 of department i mod 100 + 1, so every department head gets
--                 the same share; the id of each stored request (201) is appended to $IDS with its
--                 department, for the approvals
--   MODE=inbox    GET /api/requests/inbox?size=50 as department head i mod 100 + 1
--   MODE=approve  POST /api/requests/{id}/approve as the head of the request's department, once per
--                 line of $IDS (all of them: REQUESTS is ignored)
--   MODE=me       GET /api/me as department head i mod 100 + 1 (the signed-in floor)
--   MODE=live     GET /q/health/live (the floor: no token, no database)
--
-- Environment: MODE, REQUESTS (how many), POLITICIANS and HEADS (files of "login token" lines, in
-- order), IDS (the request ids file). wrk runs for a fixed time; this script ends the run as soon
-- as the last planned answer has arrived (SIGINT to wrk itself, which wrk handles by stopping and
-- printing its summary with the time actually taken), so req/s and the latencies cover exactly the
-- planned requests. When every planned request is sent but answers are still outstanding, a free
-- connection waits (delay) instead of sending more. Should one still send (it never has), it sends
-- a filler, GET /assets/favicon.svg (a static file, told apart from the planned answers, all JSON,
-- by its body), reported apart as fillers.
local ffi = require("ffi")
ffi.cdef [[
  int kill(int pid, int sig);
  int getpid(void);
]]

local mode = os.getenv("MODE")
local planned = tonumber(os.getenv("REQUESTS") or "0")
local ids_file = os.getenv("IDS")

local function lines(path)
  local result = {}
  if not path then
    return result
  end
  local f = assert(io.open(path, "r"))
  for line in f:lines() do
    if line ~= "" then
      result[#result + 1] = line
    end
  end
  f:close()
  return result
end

local function tokens(path)
  local result = {}
  for _, line in ipairs(lines(path)) do
    local _, token = line:match("^(%S+)%s+(%S+)$")
    result[#result + 1] = token
  end
  return result
end

local politicians = tokens(os.getenv("POLITICIANS"))
local heads = tokens(os.getenv("HEADS"))
local approvals = {}
if mode == "approve" then
  for _, line in ipairs(lines(ids_file)) do
    local department, id = line:match("^(%d+)%s+(%S+)$")
    approvals[#approvals + 1] = { tonumber(department), id }
  end
  planned = #approvals
end

local sent = 0
local answered = 0
local bad = 0
local ids_out = nil

-- wrk calls request() once more after init, before the run, to check what it returns, and
-- discards that request: the check must not count as sent. (One thread only: wrk -t1.)
local checked = false

local function bearer(token)
  return { ["Authorization"] = "Bearer " .. token }
end

-- The requests that do not change from one to the next are built once, when wrk knows the host.
local inbox_requests, me_requests, live_request = {}, {}, nil
local function build_fixed_requests()
  for i, token in ipairs(heads) do
    inbox_requests[i] = wrk.format("GET", "/api/requests/inbox?size=50", bearer(token))
    me_requests[i] = wrk.format("GET", "/api/me", bearer(token))
  end
  live_request = wrk.format("GET", "/q/health/live")
end

local function planned_request(i)
  -- i counts from 0
  if mode == "submit" then
    local politician = politicians[i % #politicians + 1]
    local department = i % 100 + 1
    local staff = math.floor(i / 100) % 10 + 1
    local body = string.format(
      '{"target":{"position":"POS-D%03d-S%02d"},"kind":"DIALOGUE",' ..
      '"subject":"Dialog %d","purpose":"Mätning","wishedFrom":"2027-01-11","wishedTo":"2027-01-22"}',
      department, staff, i)
    local headers = bearer(politician)
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", "/api/requests", headers, body)
  elseif mode == "inbox" then
    return inbox_requests[i % #heads + 1]
  elseif mode == "approve" then
    local a = approvals[i + 1]
    local headers = bearer(heads[a[1]])
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", "/api/requests/" .. a[2] .. "/approve", headers, "{}")
  elseif mode == "me" then
    return me_requests[i % #heads + 1]
  elseif mode == "live" then
    return live_request
  end
  error("MODE must be submit, inbox, approve, me or live")
end

function init(args)
  build_fixed_requests()
  if mode == "submit" and ids_file then
    ids_out = assert(io.open(ids_file, "a"))
  end
end

local filler = nil

-- Before each request after the first on a connection (ms): none while planned requests are left,
-- then a minute, far longer than the run has left.
function delay()
  if sent < planned then
    return 0
  end
  return 60000
end

function request()
  if not checked then
    checked = true
    return planned_request(0)
  end
  if sent < planned then
    local r = planned_request(sent)
    sent = sent + 1
    return r
  end
  filler = filler or wrk.format("GET", "/assets/favicon.svg")
  return filler
end

function response(status, headers, body)
  if body and body:sub(1, 1) == "<" then
    return -- a filler
  end
  answered = answered + 1
  if status < 200 or status > 299 then
    bad = bad + 1
    if bad <= 3 then
      io.stderr:write("unexpected " .. status .. ": " .. (body or ""):sub(1, 300) .. "\n")
    end
  elseif ids_out and status == 201 then
    local id = body:match('"id"%s*:%s*"([^"]+)"')
    local department = body:match('POS%-D(%d%d%d)%-S')
    ids_out:write(tonumber(department), " ", id, "\n")
  end
  if answered == planned then
    if ids_out then
      ids_out:close()
      ids_out = nil
    end
    -- Every planned request has its answer: end the run now (wrk prints its summary on SIGINT).
    ffi.C.kill(ffi.C.getpid(), 2)
  end
end

function done(summary, latency, requests)
  local t = summary.duration / 1e6
  io.write(string.format(
    "RESULT mode=%s planned=%d answers=%d fillers=%d non2xx=%d seconds=%.3f " ..
    "rps=%.1f p50=%.2f p90=%.2f p99=%.2f max=%.2f\n",
    mode, planned, summary.requests, summary.requests - planned,
    summary.errors.status, t, summary.requests / t,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
