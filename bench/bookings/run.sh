#!/usr/bin/env bash
# bench/bookings/run.sh: the bookings benchmark. Prints its results (JSON lines) and keeps them in bench/results/.
#
#   bench/bookings/run.sh            100,000 listings, 1,000,000 bookings (the large data set), 10 s per scenario, 32 connections
#   LISTINGS=20000 BOOKINGS=200000 DURATION=5s bench/bookings/run.sh     a quicker look
#   JOBS_ENABLED=false bench/bookings/run.sh     the API without its in-process job worker (e-mails queue up unsent)
#
# Scenarios (bench/bookings/scenarios.lua): `distinct` books a different listing with every request (bookings
# created per second); `contention` sends every request for the same nights of one listing (one 201, the rest
# 409, and how fast). Afterwards an SQL check counts pairs of active bookings of one listing that share a night
# (must be 0). Same server set-up as bench/listings/run.sh: its own PostgreSQL (127.0.0.1:55492) and Redis
# (127.0.0.1:56492), data under /var/tmp/airbnbclone-bench-bookings-<sha>; stops what it started.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
HERE="$REPO/bench/bookings"
LISTINGS="${LISTINGS:-100000}"
BOOKINGS="${BOOKINGS:-1000000}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
PG_PORT="${BENCH_PG_PORT:-55492}"
REDIS_PORT="${BENCH_REDIS_PORT:-56492}"
BENCH_DB="${BENCH_DB:-bench}"
API_PORT="${BENCH_API_PORT:-5092}"
ROOT="/var/tmp/airbnbclone-bench-bookings-$(printf '%s' "$REPO" | sha1sum | cut -c1-8)"
OUT="$ROOT/results"
# shellcheck source=bench/servers.sh
source "$REPO/bench/servers.sh"

# --- build and seed ----------------------------------------------------------------------------
log "dotnet build (Release): API and baseline"
dotnet build "$REPO/src/WebApi" -c Release -v quiet -nologo >"$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log"; die "build failed"; }

# --- build and seed ----------------------------------------------------------------------------
log "dotnet build (Release): API"
dotnet build "$REPO/src/WebApi" -c Release -v quiet -nologo >"$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log"; die "build failed"; }
API_DLL="$REPO/src/WebApi/bin/Release/net10.0/AirbnbClone.WebApi.dll"
if [ "$("${PSQL[@]}" -d "$BENCH_DB" -tAc "SELECT count(*) FROM pg_tables WHERE tablename = 'properties'")" = 1 ] &&
   [ "$("${PSQL[@]}" -d "$BENCH_DB" -tAc "SELECT count(*) FROM properties")" -ge "$LISTINGS" ]; then
    log "reusing the seeded database (delete $ROOT to start over)"
    ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning dotnet "$API_DLL" migrate >/dev/null 2>&1 || true
else
    log "seed --listings $LISTINGS --bookings $BOOKINGS (the ./build.sh seed verb, on the bench database)"
    ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning dotnet "$API_DLL" seed --listings "$LISTINGS" --bookings "$BOOKINGS"
fi
# Earlier runs' bookings (380+ days ahead) would make every distinct request a 409: remove them.
"${PSQL[@]}" -d "$BENCH_DB" -c "DELETE FROM jobs; DELETE FROM bookings WHERE check_in >= current_date + 370" >/dev/null
"${PSQL[@]}" -d "$BENCH_DB" -c "VACUUM ANALYZE"

# --- servers under test ------------------------------------------------------------------------
wait_http() { for _ in $(seq 120); do curl -fsS -o /dev/null "$1" && return 0; sleep 0.5; done; die "$1 did not answer"; }
log "starting the API (Release) on 127.0.0.1:$API_PORT"
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Jwt__SigningKey="bench-only-signing-key-0123456789abcdef" \
    RateLimiting__WritesPerMinute=100000000 RateLimiting__RegistrationsPerMinute=100000 Jobs__Enabled="${JOBS_ENABLED:-true}" \
    dotnet "$API_DLL" --urls "http://127.0.0.1:$API_PORT" >"$OUT/api.log" 2>&1 &
PIDS+=($!)
wait_http "http://127.0.0.1:$API_PORT/health/ready"

# --- data files: a guest's token, listings with their minimum stay -----------------------------
EMAIL="bench-guest-$(date +%s%N)@example.com"
curl -fsS -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\",\"password\":\"Bench-Password-2026\",\"firstName\":\"Bench\",\"lastName\":\"Guest\"}" \
    "http://127.0.0.1:$API_PORT/api/v1/users" >/dev/null
curl -fsS -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\",\"password\":\"Bench-Password-2026\"}" \
    "http://127.0.0.1:$API_PORT/api/v1/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])' >"$OUT/token.txt"
"${PSQL[@]}" -d "$BENCH_DB" -tAF '|' -c "SELECT id, min_nights FROM properties WHERE status = 'listed' AND max_guests >= 1 ORDER BY md5(id::text)" >"$OUT/listings.txt"

# --- measurements ------------------------------------------------------------------------------
RESULTS="$OUT/results.jsonl"
: >"$RESULTS"
measure() {
    local scenario="$1" conns="$2" line load
    load="$(cut -d' ' -f1 /proc/loadavg)"
    line="$(wrk -t2 -c"$conns" -d"$DURATION" --timeout 5s -s "$HERE/scenarios.lua" "http://127.0.0.1:$API_PORT" -- "$scenario" "$OUT" 0 | grep '^RESULT ' | cut -c8-)"
    printf '{"scenario":"%s","connections":%s,"listings":%s,"bookings":%s,"jobsWorker":%s,"loadBefore":%s,"wrk":%s}\n' \
        "$scenario" "$conns" "$LISTINGS" "$BOOKINGS" "${JOBS_ENABLED:-true}" "$load" "$line" | tee -a "$RESULTS" >&2
}
for conns in $CONNECTIONS; do
    # A short warm-up (JIT, pools) on other listings: the id file is walked from an offset, so it books different ones.
    wrk -t2 -c"$conns" -d2s -s "$HERE/scenarios.lua" "http://127.0.0.1:$API_PORT" -- distinct "$OUT" 0.6 >/dev/null
    measure distinct "$conns"
    measure contention "$conns"
done

# --- the guarantee: no two active bookings of one listing share a night ------------------------
OVERLAPS="$("${PSQL[@]}" -d "$BENCH_DB" -tAc "
    SELECT count(*) FROM bookings a JOIN bookings b
      ON a.property_id = b.property_id AND a.id < b.id
     AND daterange(a.check_in, a.check_out, '[)') && daterange(b.check_in, b.check_out, '[)')
    WHERE a.status IN ('pending', 'confirmed') AND b.status IN ('pending', 'confirmed')")"
printf '{"scenario":"overlap-check","overlappingActivePairs":%s,"activeBookings":%s}\n' "$OVERLAPS" \
    "$("${PSQL[@]}" -d "$BENCH_DB" -tAc "SELECT count(*) FROM bookings WHERE status IN ('pending', 'confirmed')")" | tee -a "$RESULTS" >&2
mkdir -p "$REPO/bench/results"
cp "$RESULTS" "$REPO/bench/results/bookings-$(date -u +%Y%m%dT%H%M%SZ).jsonl"
[ "$OVERLAPS" = 0 ] || die "$OVERLAPS pairs of active bookings overlap"
log "results: $RESULTS (kept in bench/results/)"
