#!/usr/bin/env bash
# bench/bookings/run.sh: the bookings benchmark, the API against the bare baseline. Prints its results (JSON lines)
# and keeps them in bench/results/.
#
#   bench/bookings/run.sh            100,000 listings, 1,000,000 bookings (the large data set), 10 s per measurement, 32 connections
#   LISTINGS=20000 BOOKINGS=200000 DURATION=5s bench/bookings/run.sh     a quicker look
#   LISTINGS=2000 BOOKINGS=20000 DURATION=3s WARM_ROUND=3s WARM_MAX_ROUNDS=3 RESULTS_DIR=/tmp/r bench/bookings/run.sh
#                                    a sanity check of the harness itself (small data)
#   JOBS_ENABLED=false bench/bookings/run.sh     the API without its in-process job worker (e-mails queue up unsent)
#   API_BUILD=r2r API_RUNTIME_ENV="DOTNET_TieredPGO=0" bench/bookings/run.sh   see bench/steady.sh
#
# Targets, alternately, on the same data and the same machine: `api` (POST /api/v1/bookings, the whole product:
# JWT, pipeline, EF Core, domain events, job queue) and `baseline` (bench/Baseline's POST /bookings: the same
# transaction in raw Npgsql with automatic preparation, guest id from the X-Guest-Id header; see
# bench/Baseline/Bookings.cs). Both enqueue the same jobs; the API's in-process job worker (on unless JOBS_ENABLED=false)
# runs the jobs of both, so both measurements carry the same job work.
#
# Scenarios (bench/bookings/scenarios.lua): `distinct` books a different listing with every request (bookings
# created per second): each target is warmed with it until steady (bench/steady.sh: WARM_ROUND rounds until two agree
# within WARM_TOLERANCE percent, at most WARM_MAX_ROUNDS), then measured for DURATION. `contention` (after distinct,
# no further warm-up) sends every request for the same nights of one listing (one 201, the rest 409, and how fast).
# Every wrk run books its own day (380 days ahead, then 8 days later for each run), so runs never collide.
# Afterwards an SQL check counts pairs of active bookings of one listing that share a night (must be 0), and a
# summary gives bookings/s of both, the API / baseline ratio, p99 and the 5xx count (warm-up rounds included).
# Same server set-up as bench/listings/run.sh: its own PostgreSQL (127.0.0.1:55492) and Redis (127.0.0.1:56492),
# data under /var/tmp/airbnbclone-bench-bookings-<sha>; ports BENCH_PG_PORT, BENCH_REDIS_PORT, BENCH_API_PORT (5092),
# BENCH_BASELINE_PORT (5093); stops what it started.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
HERE="$REPO/bench/bookings"
LISTINGS="${LISTINGS:-100000}"
BOOKINGS="${BOOKINGS:-1000000}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
TARGETS="${TARGETS:-api baseline}"
JOBS_ENABLED="${JOBS_ENABLED:-true}"
PG_PORT="${BENCH_PG_PORT:-55492}"
REDIS_PORT="${BENCH_REDIS_PORT:-56492}"
BENCH_DB="${BENCH_DB:-bench}"
API_PORT="${BENCH_API_PORT:-5092}"
BASE_PORT="${BENCH_BASELINE_PORT:-5093}"
RESULTS_DIR="${RESULTS_DIR:-$REPO/bench/results}"
ROOT="/var/tmp/airbnbclone-bench-bookings-$(printf '%s' "$REPO" | sha1sum | cut -c1-8)"
OUT="$ROOT/results"
# shellcheck source=bench/servers.sh
source "$REPO/bench/servers.sh"
# shellcheck source=bench/steady.sh
source "$REPO/bench/steady.sh"
rm -f "$OUT"/.built-*

# --- build and seed ----------------------------------------------------------------------------
: >"$OUT/build.log"
API_DLL="$(build_api "$API_BUILD")"
log "dotnet build (Release): the baseline"
dotnet build "$REPO/bench/Baseline" -c Release -v quiet -nologo >>"$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log"; die "baseline build failed"; }
BASE_DLL="$REPO/bench/Baseline/bin/Release/net10.0/Baseline.dll"
if [ "$("${PSQL[@]}" -d "$BENCH_DB" -tAc "SELECT count(*) FROM pg_tables WHERE tablename = 'properties'")" = 1 ] &&
   [ "$("${PSQL[@]}" -d "$BENCH_DB" -tAc "SELECT count(*) FROM properties")" -ge "$LISTINGS" ]; then
    log "reusing the seeded database (delete $ROOT to start over)"
    ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning dotnet "$API_DLL" migrate >/dev/null 2>&1 || true
else
    log "seed --listings $LISTINGS --bookings $BOOKINGS (the ./build.sh seed verb, on the bench database)"
    ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning dotnet "$API_DLL" seed --listings "$LISTINGS" --bookings "$BOOKINGS"
fi
# Earlier runs' bookings (370+ days ahead) would make distinct requests 409s: remove them, and their jobs.
"${PSQL[@]}" -d "$BENCH_DB" -c "DELETE FROM jobs; DELETE FROM bookings WHERE check_in >= current_date + 370" >/dev/null
"${PSQL[@]}" -d "$BENCH_DB" -c "VACUUM ANALYZE"

# --- servers under test ------------------------------------------------------------------------
log "starting the API (Release, $API_BUILD${API_RUNTIME_ENV:+, $API_RUNTIME_ENV}; job worker: $JOBS_ENABLED) on 127.0.0.1:$API_PORT"
start_api "$API_DLL" "$API_PORT" "$OUT/api.log" RateLimiting__WritesPerMinute=100000000 RateLimiting__RegistrationsPerMinute=100000 \
    Jobs__Enabled="$JOBS_ENABLED" Jwt__AccessTokenMinutes=240
log "starting the baseline (raw Npgsql, automatic preparation) on 127.0.0.1:$BASE_PORT"
dotnet "$BASE_DLL" --urls "http://127.0.0.1:$BASE_PORT" >"$OUT/baseline.log" 2>&1 &
PIDS+=($!)
wait_http "http://127.0.0.1:$API_PORT/health/ready"
wait_http "http://127.0.0.1:$BASE_PORT/api/v1/properties?city=Paris"
head -n 1 "$OUT/baseline.log" >&2

# --- data files: a guest's token and id, listings with their minimum stay ----------------------
EMAIL="bench-guest-$(date +%s%N)@example.com"
curl -fsS -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\",\"password\":\"Bench-Password-2026\",\"firstName\":\"Bench\",\"lastName\":\"Guest\"}" \
    "http://127.0.0.1:$API_PORT/api/v1/users" >/dev/null
curl -fsS -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\",\"password\":\"Bench-Password-2026\"}" \
    "http://127.0.0.1:$API_PORT/api/v1/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])' >"$OUT/token.txt"
"${PSQL[@]}" -d "$BENCH_DB" -tAc "SELECT id FROM users WHERE email = '$EMAIL'" >"$OUT/guest.txt"
"${PSQL[@]}" -d "$BENCH_DB" -tAF '|' -c "SELECT id, min_nights FROM properties WHERE status = 'listed' AND max_guests >= 1 ORDER BY md5(id::text)" >"$OUT/listings.txt"
[ "$(sort -t'|' -k2 -n "$OUT/listings.txt" | tail -n 1 | cut -d'|' -f2)" -le 7 ] || die "a listing's minimum stay exceeds 7 nights: widen DAY_STEP"

# --- measurements ------------------------------------------------------------------------------
RESULTS="$OUT/results.jsonl"
ROUNDS="$OUT/rounds.jsonl"
: >"$RESULTS"
: >"$ROUNDS"
RUNTIME="$(runtime_json)"
DAY=380      # the day (from today) the next wrk run books; every run gets its own
DAY_STEP=8   # longer than any minimum stay (seeded: 1-7 nights)
RUN=0

jobs_due() { "${PSQL[@]}" -d "$BENCH_DB" -tAc "SELECT count(*) FROM jobs WHERE state = 'pending' AND run_at <= now()"; }

# one_run DURATION: one wrk run of $SCENARIO against $TARGET on its own day; prints its RESULT object and keeps it in
# rounds.jsonl (warm-up rounds too: the 5xx count covers them).
one_run() {
    local port="$API_PORT" line
    [ "$TARGET" = baseline ] && port="$BASE_PORT"
    RUN=$((RUN + 1))
    line="$(wrk -t2 -c"$CONNS" -d"$1" --timeout 5s -s "$HERE/scenarios.lua" "http://127.0.0.1:$port" -- "$SCENARIO" "$OUT" \
        "$(awk -v r="$RUN" 'BEGIN { printf "%.3f", (r * 0.37) % 1 }')" "$DAY" | { grep '^RESULT ' || true; } | cut -c8-)"
    printf '{"target":"%s","scenario":"%s","day":%s,"wrk":%s}\n' "$TARGET" "$SCENARIO" "$DAY" "${line:-null}" >>"$ROUNDS"
    DAY=$((DAY + DAY_STEP))
    printf '%s\n' "$line"
}

# measure TARGET SCENARIO CONNECTIONS warm|nowarm
measure() {
    TARGET="$1" SCENARIO="$2" CONNS="$3"
    local before after due_before due_after line
    WARMUP_JSON=null
    [ "$4" = warm ] && warm_until_steady "$TARGET $SCENARIO c$CONNS" one_run
    before="$(load1)" due_before="$(jobs_due)"
    one_run "$DURATION" >"$OUT/measure.json"
    line="$(cat "$OUT/measure.json")"
    after="$(load1)" due_after="$(jobs_due)"
    [ -n "$line" ] || die "$TARGET $SCENARIO: wrk printed no result"
    printf '{"target":"%s","scenario":"%s","connections":%s,"listings":%s,"bookings":%s,"jobsWorker":%s,"loadBefore":%s,"loadAfter":%s,"jobsDueBefore":%s,"jobsDueAfter":%s,"warmup":%s,"runtime":%s,"wrk":%s}\n' \
        "$TARGET" "$SCENARIO" "$CONNS" "$LISTINGS" "$BOOKINGS" "$JOBS_ENABLED" "$before" "$after" "$due_before" "$due_after" \
        "$WARMUP_JSON" "$RUNTIME" "$line" >>"$RESULTS"
    printf '  %-8s %-10s c%-3s %8.1f req/s  p50 %7s ms  p99 %7s ms  statuses %s  load %s -> %s  due jobs %s -> %s\n' \
        "$TARGET" "$SCENARIO" "$CONNS" "$(json_number rps "$line")" "$(json_number p50 "$line")" "$(json_number p99 "$line")" \
        "$(sed -nE 's/.*"statuses":(\{[^}]*\}).*/\1/p' <<<"$line")" "$before" "$after" "$due_before" "$due_after" >&2
}

for conns in $CONNECTIONS; do
    for target in $TARGETS; do
        measure "$target" distinct "$conns" warm
    done
    for target in $TARGETS; do
        measure "$target" contention "$conns" nowarm
    done
done

# --- the guarantee: no two active bookings of one listing share a night ------------------------
OVERLAPS="$("${PSQL[@]}" -d "$BENCH_DB" -tAc "
    SELECT count(*) FROM bookings a JOIN bookings b
      ON a.property_id = b.property_id AND a.id < b.id
     AND daterange(a.check_in, a.check_out, '[)') && daterange(b.check_in, b.check_out, '[)')
    WHERE a.status IN ('pending', 'confirmed') AND b.status IN ('pending', 'confirmed')")"
printf '{"scenario":"overlap-check","overlappingActivePairs":%s,"activeBookings":%s,"jobsDue":%s}\n' "$OVERLAPS" \
    "$("${PSQL[@]}" -d "$BENCH_DB" -tAc "SELECT count(*) FROM bookings WHERE status IN ('pending', 'confirmed')")" "$(jobs_due)" >>"$RESULTS"

# --- summary: bookings/s of both, the ratio, p99, 5xx (measurements and warm-up rounds) --------
python3 - "$RESULTS" "$ROUNDS" <<'PY'
import json, sys
results = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
rounds = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
def server_errors(rows, target):
    return sum(n for r in rows if r["target"] == target and r["wrk"] for code, n in r["wrk"]["statuses"].items() if code.startswith("5"))
def row(target, scenario):
    return next((r for r in results if r.get("target") == target and r["scenario"] == scenario), None)
overlap = next(r for r in results if r["scenario"] == "overlap-check")
summary = {"scenario": "summary", "overlappingActivePairs": overlap["overlappingActivePairs"]}
print("==> summary (small data or a shared machine make these figures indicative only)", file=sys.stderr)
for target in ("api", "baseline"):
    d, c = row(target, "distinct"), row(target, "contention")
    if not d:
        continue
    w = d["wrk"]
    summary[target] = {"bookingsPerSecond": round(w["statuses"].get("201", 0) / w["seconds"], 1), "p50": w["p50"], "p99": w["p99"],
                       "statuses": w["statuses"], "socketErrors": w["socketErrors"],
                       "warmupRounds": d["warmup"]["rounds"], "warmupSeconds": d["warmup"]["seconds"], "steady": d["warmup"]["steady"],
                       "contentionRps": c["wrk"]["rps"] if c else None, "contentionP99": c["wrk"]["p99"] if c else None,
                       "status5xxAllRuns": server_errors(rounds, target), "loadBefore": d["loadBefore"], "loadAfter": d["loadAfter"]}
    s = summary[target]
    print(f"  {target:8s} distinct: {s['bookingsPerSecond']:8.1f} bookings/s  p50 {s['p50']:.1f} ms  p99 {s['p99']:.1f} ms  "
          f"statuses {s['statuses']}  5xx (all runs) {s['status5xxAllRuns']}  warm-up {s['warmupRounds']} rounds / {s['warmupSeconds']:.0f} s"
          f"{'' if s['steady'] else ' NOT steady'}  load {s['loadBefore']} -> {s['loadAfter']}"
          + (f"  | contention {s['contentionRps']:.1f} req/s p99 {s['contentionP99']:.1f} ms" if c else ""), file=sys.stderr)
if "api" in summary and "baseline" in summary and summary["baseline"]["bookingsPerSecond"]:
    summary["apiOverBaseline"] = round(summary["api"]["bookingsPerSecond"] / summary["baseline"]["bookingsPerSecond"], 3)
    print(f"  API / baseline: {100 * summary['apiOverBaseline']:.0f}% of the baseline's bookings/s", file=sys.stderr)
print(f"  overlapping active pairs: {overlap['overlappingActivePairs']} (must be 0) of {overlap['activeBookings']} active bookings", file=sys.stderr)
with open(sys.argv[1], "a") as f:
    f.write(json.dumps(summary) + "\n")
PY
mkdir -p "$RESULTS_DIR"
cp "$RESULTS" "$RESULTS_DIR/bookings-$(date -u +%Y%m%dT%H%M%SZ).jsonl"
[ "$OVERLAPS" = 0 ] || die "$OVERLAPS pairs of active bookings overlap"
log "results: $RESULTS (kept in $RESULTS_DIR; every wrk run, warm-up rounds included, in $ROUNDS)"
