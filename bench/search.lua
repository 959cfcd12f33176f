-- wrk script: GET /api/organisation/search as a member of the generated 50 000-person organisation
-- (bearer token in $TOKEN), cycling through parts of names, titles and units, one and two words,
-- with and without å/ä/ö, every fifth one for people instead of posts. wrk counts anything but
-- 2xx under "Non-2xx or 3xx responses".
local token = os.getenv("TOKEN")
local queries = {
  "anna", "lars", "andersson", "johan", "eriks", "lind", "karl", "ber", "åsa", "göran",
  "lärare", "socialsekreterare", "undersköterska", "enhetschef", "förvaltningschef",
  "handläggare", "rektor", "chef", "miljöinspektör", "drifttekniker",
  "barn", "omsorg", "tekniska", "kultur", "socialförvaltningen",
  "anna lärare", "lars chef", "karlsson omsorg", "eva social", "per teknisk",
  "an", "ers", "nils barn", "maria vård", "björn", "ebba fritid", "sara lind", "olsson",
  "kommundirektör", "ekonomi"
}
local counter = 0
local offset = 0

local function encode(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  thread:set("offset", offset)
  offset = offset + 7
end

function request()
  counter = counter + 1
  local q = queries[((counter + offset) % #queries) + 1]
  local type = (counter % 5 == 0) and "person" or "position"
  return wrk.format("GET", "/api/organisation/search?q=" .. encode(q) .. "&type=" .. type .. "&size=10",
    { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end
