-- wrk scenarios for the bookings benchmark: wrk ... -s scenarios.lua <url> -- <scenario> <data-dir>
--   distinct   each request books a different listing (walks listings.txt from a per-thread offset) for its
--              minimum stay, 380+ days ahead (beyond the seeded bookings and blocks): every answer should be 201
--   contention every request books the same nights of one listing: one 201, every other answer 409 Booking.Overlap
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
  listings = lines(dir .. "/listings.txt")   -- id|min_nights
  -- args[3]: where in the file this run starts (0..1); threads start a quarter of the file apart.
  position = math.floor((tonumber(args[3] or "0") + (tid - 1) * 0.25) * #listings)
  statuses = {}
  wrk.headers["Authorization"] = "Bearer " .. token
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
  local body = string.format('{"propertyId":"%s","checkIn":"%s","checkOut":"%s","guests":1}', id, date(380), date(380 + nights))
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
