-- wrk scenarios for the bookings benchmark:
--   wrk ... -s scenarios.lua <url> -- <scenario> <data-dir> [<start 0..1>] [<days ahead>]
--   distinct   each request books a different listing (walks listings.txt from a per-thread offset) for its
--              minimum stay, <days ahead> (default 380) days from today: beyond the seeded bookings and blocks, and
--              bench/bookings/run.sh gives every run its own day, so every answer should be 201
--   contention every request books the same nights of one listing: one 201, every other answer 409 Booking.Overlap
-- Every request carries the guest's access token (the API) and its user id in X-Guest-Id (bench/Baseline), so one
-- script drives both; the path is /api/v1/bookings, which the baseline also maps.
-- done() prints one JSON line: requests/s, latency percentiles (ms), status counts.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

local function lines(path)
  local t = {}
  for line in io.lines(path) do
    if #line > 0 then t[#t + 1] = line end
  end
  return t
end

local function date(offset)
  return os.date("!%Y-%m-%d", os.time() + offset * 86400)
end

function init(args)
  scenario = args[1]
  local dir = args[2]
  token = lines(dir .. "/token.txt")[1]
  guest = lines(dir .. "/guest.txt")[1]
  days = tonumber(args[4] or "380")
  listings = lines(dir .. "/listings.txt")   -- id|min_nights
  -- args[3]: where in the file this run starts (0..1); threads start half the file apart (the scripts run wrk -t2),
  -- so a run books distinct listings until each thread has walked half the file.
  position = math.floor(((tonumber(args[3] or "0") + (tid - 1) * 0.5) % 1) * #listings)
  statuses = {}
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["X-Guest-Id"] = guest
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local id, nights
  if scenario == "contention" then
    id, nights = listings[#listings]:match("([^|]+)|(%d+)")
    nights = tonumber(nights)
  else
    position = position % #listings + 1
    id, nights = listings[position]:match("([^|]+)|(%d+)")
    nights = tonumber(nights)
  end
  local body = string.format('{"propertyId":"%s","checkIn":"%s","checkOut":"%s","guests":1}', id, date(days), date(days + nights))
  return wrk.format("POST", "/api/v1/bookings", nil, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for code, n in pairs(s) do counts[code] = (counts[code] or 0) + n end
  end
  local parts = {}
  for code, n in pairs(counts) do parts[#parts + 1] = string.format('"%d":%d', code, n) end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    'RESULT {"requests":%d,"seconds":%.3f,"rps":%.1f,"p50":%.2f,"p90":%.2f,"p99":%.2f,"max":%.2f,"socketErrors":%d,"statuses":{%s}}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors, table.concat(parts, ",")))
end
