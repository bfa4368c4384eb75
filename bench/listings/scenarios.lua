-- wrk scenarios for the listings benchmark: wrk ... -s scenarios.lua <url> -- <scenario> <data-dir>
--   get-cold     each request a different listing id (walks the id file from a per-thread offset)
--   get-warm     random ids from a small hot set (warmed before measuring)
--   city-cold    city + dates + guests, drawn at random from ~400,000 combinations
--   city-warm    city + dates + guests, one of 100 fixed combinations
--   box-cold     map box + price range around random points of random cities
--   box-warm     one of 100 fixed boxes
--   amen-cold    1-3 random amenities, random sort and minimum price
--   amen-warm    one of 100 fixed amenity queries
--   health       GET /health/live: the API pipeline's own ceiling (API only)
--   get-one      one listing (the first of the hot set) over and over: bench/startup/run.sh's time-to-steady probe
-- done() prints one JSON line: requests/s, latency percentiles (ms), errors.

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

local amenities = { "wifi", "kitchen", "washer", "dryer", "air_conditioning", "heating", "tv", "pool", "hot_tub",
  "free_parking", "ev_charger", "gym", "workspace", "crib", "pets_allowed", "smoking_allowed", "fireplace",
  "bbq_grill", "beach_access", "ski_in_out" }
local sorts = { "rating", "price", "-price", "newest" }

function init(args)
  scenario = args[1]
  local dir = args[2]
  math.randomseed(os.time() * 1000 + (tid or 0) * 7919)
  cities = lines(dir .. "/cities.txt")     -- name|lat|lng|median
  if scenario == "get-cold" then
    ids = lines(dir .. "/ids.txt")
    position = math.random(#ids)
  elseif scenario == "get-warm" or scenario == "get-one" then
    ids = lines(dir .. "/hot-ids.txt")
  elseif scenario:match("-warm$") then
    fixed = lines(dir .. "/" .. scenario .. ".txt")
  end
end

local function date(offset)
  return os.date("!%Y-%m-%d", os.time() + offset * 86400)
end

local function city()
  local c = cities[math.random(#cities)]
  local name, lat, lng, median = c:match("([^|]+)|([^|]+)|([^|]+)|([^|]+)")
  return name, tonumber(lat), tonumber(lng), tonumber(median)
end

local function escape(s)
  return (s:gsub("[^%w%-%._~]", function(ch) return string.format("%%%02X", string.byte(ch)) end))
end

function request()
  local path
  if scenario == "get-cold" then
    position = position % #ids + 1
    path = "/api/v1/properties/" .. ids[position]
  elseif scenario == "get-warm" then
    path = "/api/v1/properties/" .. ids[math.random(#ids)]
  elseif scenario == "get-one" then
    path = "/api/v1/properties/" .. ids[1]
  elseif scenario == "health" then
    path = "/health/live"
  elseif fixed then
    path = fixed[math.random(#fixed)]
  elseif scenario == "city-cold" then
    local name = city()
    local start = math.random(1, 300)
    path = string.format("/api/v1/properties?city=%s&checkIn=%s&checkOut=%s&guests=%d",
      escape(name), date(start), date(start + math.random(1, 7)), math.random(1, 4))
  elseif scenario == "box-cold" then
    local _, lat, lng, median = city()
    lat = lat + (math.random() - 0.5) * 0.1
    lng = lng + (math.random() - 0.5) * 0.1
    local lo = math.floor(median * (0.3 + math.random() * 0.5))
    path = string.format("/api/v1/properties?minLat=%.4f&minLng=%.4f&maxLat=%.4f&maxLng=%.4f&minPrice=%d&maxPrice=%d&sort=price",
      lat - 0.03, lng - 0.05, lat + 0.03, lng + 0.05, lo, lo * 3)
  elseif scenario == "amen-cold" then
    local picked, seen = {}, {}
    for _ = 1, math.random(1, 3) do
      local a = amenities[math.random(#amenities)]
      if not seen[a] then seen[a] = true; picked[#picked + 1] = a end
    end
    path = string.format("/api/v1/properties?amenities=%s&sort=%s&minPrice=%d",
      table.concat(picked, ","), escape(sorts[math.random(#sorts)]), math.random(0, 200))
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format(
    'RESULT {"requests":%d,"seconds":%.3f,"rps":%.1f,"p50":%.2f,"p90":%.2f,"p99":%.2f,"max":%.2f,"errors":%d,"non2xx":%d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors, summary.errors.status))
end
