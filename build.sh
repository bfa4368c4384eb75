#!/usr/bin/env bash
# build.sh: build, test and run AirbnbClone against private PostgreSQL and Redis servers.
#
#   ./build.sh test          build (zero warnings), run every test project under tests/,
#                            print "N passed, N failed[, N skipped]" as the last line
#   ./build.sh run           migrate, seed, then serve on http://0.0.0.0:8080 until Ctrl-C
#   ./build.sh seed [args]   start the run databases, run the WebApi "seed" verb
#   ./build.sh db            start the run databases, print the exports, leave them running
#   ./build.sh stop          stop every server started under .data/ (run and test)
#
# Servers (all on 127.0.0.1; data under .data/<mode>/, or under
# /var/tmp/airbnbclone-<sha>/<mode>/ when the postgres user cannot reach the checkout):
#   test: PostgreSQL 55433 (database airbnbclone_test), Redis 56380, no durability
#         (TEST_PG_PORT / TEST_REDIS_PORT override them, e.g. for two checkouts at once)
#   run:  PostgreSQL 55432 (database airbnbclone),      Redis 56379
# A server already answering on its port is reused and left running; only the servers
# this invocation started are stopped when it exits.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
cd "$REPO"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# MSBuild worker nodes that outlive the build can keep a CI log pipe open; do not reuse them.
export MSBUILDDISABLENODEREUSE="${MSBUILDDISABLENODEREUSE:-1}"
if [ -z "${HOME:-}" ]; then
    HOME="$(getent passwd "$(id -u)" | cut -d: -f6)"
    export HOME
fi

# Nothing here reads the terminal; a closed stdin would hand fd 0 to the first file opened.
exec </dev/null

# TEST_PG_PORT / TEST_REDIS_PORT may be set to run two checkouts' tests side by side.
readonly TEST_PG_PORT="${TEST_PG_PORT:-55433}" TEST_REDIS_PORT="${TEST_REDIS_PORT:-56380}" TEST_DB=airbnbclone_test
readonly RUN_PG_PORT=55432 RUN_REDIS_PORT=56379 RUN_DB=airbnbclone
readonly SOLUTION=AirbnbClone.sln
readonly WEBAPI=src/WebApi
readonly APP_PORT="${PORT:-8080}"

log() { printf '==> %s\n' "$*" >&2; }
die() { printf '==> ERROR: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# Run a command as the postgres user (initdb/postgres refuse root), from a directory it can
# read. Without root the current user owns the cluster.
as_pg() {
    if is_root; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

run_root() {
    if is_root; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root (or sudo) to run: $*"
    fi
}

# ---------------------------------------------------------------------------------------
# Packages
# ---------------------------------------------------------------------------------------

PGBIN=""

# Newest /usr/lib/postgresql/<version>/bin that has initdb, or nothing.
newest_pg_bin() {
    local f dirs=()
    for f in /usr/lib/postgresql/*/bin/initdb; do
        [ -x "$f" ] && dirs+=("${f%/initdb}")
    done
    [ "${#dirs[@]}" -gt 0 ] || return 0
    printf '%s\n' "${dirs[@]}" | sort -V | tail -n 1
}

pg_extension_dir() {
    local bin="$1" share=""
    share="$("$bin/pg_config" --sharedir 2>/dev/null || true)"
    if [ -z "$share" ]; then
        share="/usr/share/postgresql/$(basename "$(dirname "$bin")")"
    fi
    printf '%s/extension\n' "$share"
}

missing_packages() {
    local bin ext missing=()
    bin="$(newest_pg_bin)"
    if [ -z "$bin" ]; then
        missing+=("postgresql")
    else
        ext="$(pg_extension_dir "$bin")"
        for e in btree_gist cube earthdistance pg_trgm; do
            if [ ! -f "$ext/$e.control" ]; then
                missing+=("postgresql-contrib($e)")
                break
            fi
        done
    fi
    command -v redis-server >/dev/null 2>&1 || missing+=("redis-server")
    command -v redis-cli >/dev/null 2>&1 || missing+=("redis-cli")
    printf '%s\n' "${missing[*]:-}"
}

ensure_packages() {
    local missing
    missing="$(missing_packages)"
    if [ -n "$missing" ]; then
        log "installing PostgreSQL and Redis from Debian packages (missing: $missing)"
        run_root apt-get update
        run_root env DEBIAN_FRONTEND=noninteractive apt-get install -y \
            -o DPkg::Lock::Timeout=300 postgresql postgresql-contrib redis-server
        missing="$(missing_packages)"
        [ -z "$missing" ] || die "still missing after apt-get install: $missing"
    fi
    PGBIN="$(newest_pg_bin)"
    is_root && ! id postgres >/dev/null 2>&1 && die "no 'postgres' user to run PostgreSQL as"
    return 0
}

# ---------------------------------------------------------------------------------------
# Data directories
# ---------------------------------------------------------------------------------------

fallback_root() {
    printf '/var/tmp/airbnbclone-%s\n' "$(printf '%s' "$REPO" | sha1sum | cut -c1-8)"
}

# Sets DATA, PGDATA, SOCKDIR, REDISDIR, PGLOG, REDISLOG for mode $1 (test|run).
setup_data_dir() {
    local mode="$1" in_repo="$REPO/.data/$1" root reason=""
    mkdir -p "$in_repo"
    chmod 755 "$REPO/.data" "$in_repo"
    if is_root && ! (cd / && runuser -u postgres -- test -x "$in_repo" -a -r "$in_repo"); then
        reason="the postgres user cannot reach $in_repo"
    elif [ "${#in_repo}" -gt 80 ]; then
        # Unix socket paths are limited to 107 bytes: <dir>/sock/.s.PGSQL.NNNNN must fit.
        reason="$in_repo is too long for a Unix socket path"
    fi
    if [ -z "$reason" ]; then
        DATA="$in_repo"
    else
        root="$(fallback_root)"
        mkdir -p "$root"
        if [ -L "$root" ] || [ ! -O "$root" ]; then
            die "$root exists but is not a directory owned by $(id -un)"
        fi
        chmod 755 "$root"
        DATA="$root/$mode"
        mkdir -p "$DATA"
        chmod 755 "$DATA"
        log "$reason; using $DATA"
    fi
    PGDATA="$DATA/pg"
    SOCKDIR="$DATA/sock"
    REDISDIR="$DATA/redis"
    PGLOG="$DATA/postgres.log"
    REDISLOG="$DATA/redis.log"
    mkdir -p "$PGDATA" "$SOCKDIR" "$REDISDIR"
    touch "$PGLOG"
    if is_root; then
        chown postgres: "$PGDATA" "$SOCKDIR" "$PGLOG"
    fi
    chmod 700 "$PGDATA"
}

# ---------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------

STARTED_PG=0 STARTED_PG_BIN="" STARTED_PG_DATA=""
STARTED_REDIS=0 STARTED_REDIS_PORT="" STARTED_REDIS_MODE=""

# 0 accepting connections, 1 rejecting (starting/stopping), 2 no response.
pg_state() {
    local rc=0
    "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$1" -t 3 || rc=$?
    return "$rc"
}

pg_wait_ready() {
    local port="$1" seconds="$2" i rc
    for ((i = 0; i < seconds * 2; i++)); do
        rc=0
        pg_state "$port" || rc=$?
        [ "$rc" -eq 0 ] && return 0
        sleep 0.5
    done
    return 1
}

# Settings live in a file the script rewrites on every start, so changes here apply to
# clusters created by older versions of the script.
write_pg_conf() {
    local mode="$1" port="$2" conf="$PGDATA/airbnbclone.conf" sock
    sock="${SOCKDIR//\'/\'\'}"
    {
        echo "# Written by build.sh on every start; edit build.sh instead."
        echo "listen_addresses = '127.0.0.1'"
        echo "port = $port"
        echo "unix_socket_directories = '$sock'"
        echo "max_connections = 300"
        if [ "$mode" = test ]; then
            echo "fsync = off"
            echo "synchronous_commit = off"
            echo "full_page_writes = off"
        fi
    } >"$conf"
    is_root && chown postgres: "$conf"
    if ! grep -q "^include_if_exists = 'airbnbclone.conf'" "$PGDATA/postgresql.conf"; then
        echo "include_if_exists = 'airbnbclone.conf'" >>"$PGDATA/postgresql.conf"
    fi
}

pg_initdb() {
    local locale=C
    if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
        locale=C.UTF-8
    fi
    log "initdb $PGDATA (PostgreSQL $(basename "$(dirname "$PGBIN")"), locale $locale)"
    if ! as_pg "$PGBIN/initdb" -D "$PGDATA" --auth=trust -U postgres --encoding=UTF8 \
        --locale="$locale" >"$DATA/initdb.log" 2>&1; then
        tail -n 30 "$DATA/initdb.log" >&2
        die "initdb failed (log: $DATA/initdb.log)"
    fi
}

pg_wipe() {
    rm -rf "$PGDATA"
    mkdir -p "$PGDATA"
    is_root && chown postgres: "$PGDATA"
    chmod 700 "$PGDATA"
}

pg_try_start() {
    local mode="$1" port="$2"
    write_pg_conf "$mode" "$port"
    STARTED_PG=1 STARTED_PG_BIN="$PGBIN" STARTED_PG_DATA="$PGDATA"
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGLOG" -w -t 120 start >/dev/null &&
        pg_wait_ready "$port" 10
}

# start_pg MODE PORT DATABASE
start_pg() {
    local mode="$1" port="$2" db="$3" rc=0 version
    pg_state "$port" || rc=$?
    if [ "$rc" -eq 1 ]; then
        log "PostgreSQL on port $port is starting or stopping; waiting"
        pg_wait_ready "$port" 60 || true
        rc=0
        pg_state "$port" || rc=$?
    fi
    if [ "$rc" -eq 0 ]; then
        log "PostgreSQL already running on 127.0.0.1:$port; reusing it (it will be left running)"
    else
        if [ -f "$PGDATA/PG_VERSION" ]; then
            version="$(cat "$PGDATA/PG_VERSION")"
            if [ -x "/usr/lib/postgresql/$version/bin/pg_ctl" ]; then
                PGBIN="/usr/lib/postgresql/$version/bin"
            elif [ "$mode" = test ]; then
                log "test cluster is PostgreSQL $version, which is not installed; re-creating it"
                pg_wipe
            else
                die "$PGDATA is a PostgreSQL $version cluster but PostgreSQL $version is not installed; remove $PGDATA"
            fi
        fi
        local fresh=0
        if [ ! -f "$PGDATA/PG_VERSION" ]; then
            pg_initdb
            fresh=1
        fi
        [ "$mode" = test ] && : >"$PGLOG"
        log "starting PostgreSQL on 127.0.0.1:$port (data $PGDATA, log $PGLOG)"
        if ! pg_try_start "$mode" "$port"; then
            log "PostgreSQL failed to start; last lines of $PGLOG:"
            tail -n 30 "$PGLOG" >&2 || true
            if grep -q 'Address already in use' "$PGLOG"; then
                die "port $port is taken by something that does not answer as PostgreSQL"
            fi
            if [ "$mode" = test ] && [ "$fresh" -eq 0 ]; then
                log "re-creating the test cluster and retrying once"
                as_pg "$PGBIN/pg_ctl" -D "$PGDATA" stop -m immediate >/dev/null 2>&1 || true
                pg_wipe
                pg_initdb
                : >"$PGLOG"
                if ! pg_try_start "$mode" "$port"; then
                    log "PostgreSQL failed to start again; last lines of $PGLOG:"
                    tail -n 30 "$PGLOG" >&2 || true
                    die "could not start PostgreSQL on port $port"
                fi
            else
                die "could not start PostgreSQL on port $port"
            fi
        fi
    fi
    local exists
    exists="$("$PGBIN/psql" -X -w -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -tA \
        -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ||
        die "cannot query PostgreSQL on 127.0.0.1:$port"
    if [ "$exists" != 1 ]; then
        log "creating database $db"
        "$PGBIN/psql" -X -w -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
            -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"$db\"" >/dev/null
    fi
}

stop_pg_cluster() { # BIN DATA
    log "stopping PostgreSQL ($2)"
    as_pg "$1/pg_ctl" -D "$2" stop -m fast -w -t 60 >/dev/null ||
        log "warning: pg_ctl stop failed for $2"
}

# ---------------------------------------------------------------------------------------
# Redis
# ---------------------------------------------------------------------------------------

redis_ping() {
    [ "$(timeout 3 redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" = PONG ]
}

# start_redis MODE PORT
start_redis() {
    local mode="$1" port="$2"
    if redis_ping "$port"; then
        log "Redis already running on 127.0.0.1:$port; reusing it (it will be left running)"
        return 0
    fi
    local args=(--port "$port" --bind 127.0.0.1 --daemonize yes --dir "$REDISDIR"
        --pidfile "$REDISDIR/redis.pid" --logfile "$REDISLOG")
    if [ "$mode" = test ]; then
        args+=(--save '' --appendonly no)
        : >"$REDISLOG"
    fi
    log "starting Redis on 127.0.0.1:$port (dir $REDISDIR, log $REDISLOG)"
    STARTED_REDIS=1 STARTED_REDIS_PORT="$port" STARTED_REDIS_MODE="$mode"
    if redis-server "${args[@]}" >/dev/null 2>&1; then
        local deadline=$((SECONDS + 15))
        while [ "$SECONDS" -lt "$deadline" ]; do
            redis_ping "$port" && return 0
            grep -qE 'aborting|Fatal|FATAL' "$REDISLOG" 2>/dev/null && break
            sleep 0.25
        done
    fi
    log "Redis failed to start; last lines of $REDISLOG:"
    tail -n 30 "$REDISLOG" >&2 || true
    die "could not start Redis on port $port"
}

stop_redis_port() { # PORT MODE
    local i
    redis_ping "$1" || return 0
    log "stopping Redis (port $1)"
    if [ "$2" = test ]; then
        timeout 10 redis-cli -h 127.0.0.1 -p "$1" shutdown nosave >/dev/null 2>&1 || true
    else
        timeout 30 redis-cli -h 127.0.0.1 -p "$1" shutdown >/dev/null 2>&1 || true
    fi
    for ((i = 0; i < 40; i++)); do
        redis_ping "$1" || return 0
        sleep 0.25
    done
    log "warning: Redis on port $1 is still answering"
}

# ---------------------------------------------------------------------------------------
# Lifetime: stop only what this invocation started
# ---------------------------------------------------------------------------------------

LOCK_DIR=""

stop_started() {
    if [ "$STARTED_REDIS" -eq 1 ]; then
        STARTED_REDIS=0
        stop_redis_port "$STARTED_REDIS_PORT" "$STARTED_REDIS_MODE"
    fi
    if [ "$STARTED_PG" -eq 1 ]; then
        STARTED_PG=0
        if [ -f "$STARTED_PG_DATA/postmaster.pid" ]; then
            stop_pg_cluster "$STARTED_PG_BIN" "$STARTED_PG_DATA"
        fi
    fi
    if [ -n "$LOCK_DIR" ]; then
        rm -rf "$LOCK_DIR"
        LOCK_DIR=""
    fi
}

on_exit() {
    local rc=$?
    set +e
    stop_child
    stop_started
    exit "$rc"
}

# shellcheck source=scripts/child.sh
source "$REPO/scripts/child.sh"

install_traps() {
    trap on_exit EXIT
    trap 'stop_child; exit 130' INT
    trap 'stop_child; exit 143' TERM
    trap 'stop_child; exit 129' HUP
}

# Test runs share fixed ports machine-wide: a second "./build.sh test" would reuse the first
# one's servers and have them stopped under it. Serialize them with a lock directory.
acquire_test_lock() {
    local lock="/var/tmp/airbnbclone-test-$TEST_PG_PORT.lock" pid said=0 age
    while ! mkdir "$lock" 2>/dev/null; do
        pid="$(cat "$lock/pid" 2>/dev/null || true)"
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
            if [ "$said" -eq 0 ]; then
                log "another './build.sh test' (pid $pid) is running; waiting for it"
                said=1
            fi
            sleep 2
            continue
        fi
        age=$(($(date +%s) - $(stat -c %Y "$lock" 2>/dev/null || date +%s)))
        if [ -z "$pid" ] && [ "$age" -lt 10 ]; then
            sleep 1 # its owner may be writing the pid right now
            continue
        fi
        log "removing stale lock $lock"
        rm -rf "$lock"
    done
    echo "$$" >"$lock/pid"
    LOCK_DIR="$lock"
}

# Npgsql automatic preparation in every connection string the product gets from here (as in docker-compose.yml and
# the benchmarks): a statement run twice on a connection is prepared there, up to 20 per connection.
NPGSQL_AUTO_PREPARE="Max Auto Prepare=20;Auto Prepare Min Usages=2"

# start_services MODE: PostgreSQL + Redis for that mode, exports the connection strings.
start_services() {
    local mode="$1"
    setup_data_dir "$mode"
    if [ "$mode" = test ]; then
        start_pg test "$TEST_PG_PORT" "$TEST_DB"
        start_redis test "$TEST_REDIS_PORT"
        export ConnectionStrings__Database="Host=127.0.0.1;Port=$TEST_PG_PORT;Database=$TEST_DB;Username=postgres;Maximum Pool Size=50;$NPGSQL_AUTO_PREPARE"
        export ConnectionStrings__Redis="127.0.0.1:$TEST_REDIS_PORT"
    else
        start_pg run "$RUN_PG_PORT" "$RUN_DB"
        start_redis run "$RUN_REDIS_PORT"
        export ConnectionStrings__Database="Host=127.0.0.1;Port=$RUN_PG_PORT;Database=$RUN_DB;Username=postgres;$NPGSQL_AUTO_PREPARE"
        export ConnectionStrings__Redis="127.0.0.1:$RUN_REDIS_PORT"
    fi
}

# ---------------------------------------------------------------------------------------
# test
# ---------------------------------------------------------------------------------------

# Attribute $2 of the TRX <Counters> element in $1 (0 when absent).
counter() {
    if [[ $1 =~ [[:space:]]$2=\"([0-9]+)\" ]]; then
        printf '%s\n' "${BASH_REMATCH[1]}"
    else
        printf '0\n'
    fi
}

# The contract gates (scripts/openapi-gates.sh) on the document the built API serves: the API runs as in
# production (OpenApi:Enabled=true) on the test database, migrated first, on port TEST_PG_PORT+2000. Sets
# gates_passed / gates_failed (each gate counts as one test in the summary).
run_openapi_gates() {
    local results="$1" port=$((TEST_PG_PORT + 2000)) pid line rc=0
    log "contract gates: serving the built API on 127.0.0.1:$port (log: $results/openapi-app.log)"
    (
        export ASPNETCORE_ENVIRONMENT=Production OpenApi__Enabled=true
        Jwt__SigningKey="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
        export Jwt__SigningKey
        cd "$WEBAPI"
        dotnet bin/Release/net10.0/AirbnbClone.WebApi.dll migrate
        exec dotnet bin/Release/net10.0/AirbnbClone.WebApi.dll --urls "http://127.0.0.1:$port"
    ) >"$results/openapi-app.log" 2>&1 &
    pid=$!
    scripts/openapi-gates.sh "http://127.0.0.1:$port/swagger/v1/swagger.json" "$results/openapi" >"$results/gates.txt" || rc=$?
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    cat "$results/gates.txt" >&2
    line="$(grep '^gates passed=' "$results/gates.txt" || true)"
    if [[ $line =~ ^gates\ passed=([0-9]+)\ failed=([0-9]+)$ ]]; then
        gates_passed="${BASH_REMATCH[1]}"
        gates_failed="${BASH_REMATCH[2]}"
    else
        log "contract gates printed no result (exit $rc); counting 3 failed"
        gates_failed=3
    fi
}

cmd_test() {
    local results="$REPO/.data/test/results" projects=() proj name trx rc
    local total_passed=0 total_failed=0 total_skipped=0 build_ok=1
    mkdir -p "$results"
    rm -f "$results"/*.trx "$results/build.log"

    # Every project under tests/ is a test project unless it says <IsTestProject>false.
    while IFS= read -r proj; do
        grep -qi '<IsTestProject>[[:space:]]*false' "$proj" || projects+=("$proj")
    done < <(find tests -name '*.csproj' -not -path '*/bin/*' -not -path '*/obj/*' | sort)
    [ "${#projects[@]}" -gt 0 ] || die "no test projects under tests/"

    install_traps
    ensure_packages

    log "dotnet build $SOLUTION -c Release"
    rc=0
    dotnet build "$SOLUTION" -c Release 2>&1 | tee "$results/build.log" || rc=$?
    if [ "$rc" -ne 0 ]; then
        log "build failed (exit $rc); not running tests"
        build_ok=0
    elif grep -qE ': warning [A-Z]+[0-9]+' "$results/build.log"; then
        log "build produced warnings (warnings are errors in this repo):"
        grep -E ': warning [A-Z]+[0-9]+' "$results/build.log" | sort -u >&2
        build_ok=0
    fi

    if [ "$build_ok" -eq 1 ]; then
        acquire_test_lock
        start_services test
        log "ConnectionStrings__Database=$ConnectionStrings__Database"
        log "ConnectionStrings__Redis=$ConnectionStrings__Redis"

        for proj in "${projects[@]}"; do
            name="$(basename "$proj" .csproj)"
            trx="$results/$name.trx"
            log "dotnet test $proj"
            rc=0
            dotnet test "$proj" --no-build -c Release \
                --logger "trx;LogFileName=$name.trx" --results-directory "$results" || rc=$?
            local passed=0 failed=0 skipped=0 c flat
            if [ -f "$trx" ]; then
                flat="$(tr '\r\n' '  ' <"$trx")"
                c="$(grep -o '<Counters [^>]*>' <<<"$flat" || true)"
                passed="$(counter "$c" passed)"
                failed=$(($(counter "$c" failed) + $(counter "$c" error) + $(counter "$c" timeout) + $(counter "$c" aborted)))
                # xunit's skipped tests are UnitTestResult outcome="NotExecuted" while
                # Counters still says notExecuted="0": take the larger of the two.
                skipped="$(grep -o '<UnitTestResult [^>]*outcome="NotExecuted"' <<<"$flat" | wc -l || true)"
                local not_executed
                not_executed="$(counter "$c" notExecuted)"
                [ "$not_executed" -gt "$skipped" ] && skipped="$not_executed"
                if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
                    log "$name: dotnet test exited $rc but its TRX records no failure; counting 1 failed"
                    failed=1
                fi
            else
                log "$name: no TRX written (dotnet test exited $rc); counting 1 failed"
                failed=1
            fi
            log "$name: $passed passed, $failed failed, $skipped skipped"
            total_passed=$((total_passed + passed))
            total_failed=$((total_failed + failed))
            total_skipped=$((total_skipped + skipped))
        done
    else
        total_failed=${#projects[@]}
        log "counting each of the ${#projects[@]} test projects as 1 failed"
    fi

    if [ "$build_ok" -eq 1 ]; then
        local gates_passed=0 gates_failed=0
        run_openapi_gates "$results"
        total_passed=$((total_passed + gates_passed))
        total_failed=$((total_failed + gates_failed))
    fi

    # Stop servers before the summary so it stays the last line.
    stop_started
    log "TRX files in $results"
    local summary="$total_passed passed, $total_failed failed"
    [ "$total_skipped" -gt 0 ] && summary+=", $total_skipped skipped"
    printf '%s\n' "$summary"
    [ "$total_failed" -eq 0 ]
}

# ---------------------------------------------------------------------------------------
# run / seed / db / stop
# ---------------------------------------------------------------------------------------

print_exports() {
    printf 'export ConnectionStrings__Database="%s"\n' "$ConnectionStrings__Database"
    printf 'export ConnectionStrings__Redis="%s"\n' "$ConnectionStrings__Redis"
}

cmd_run() {
    install_traps
    ensure_packages
    start_services run
    export ASPNETCORE_ENVIRONMENT=Development
    print_exports >&2
    if [ "${SKIP_APP:-0}" = 1 ]; then
        log "SKIP_APP=1: not running the application"
        return 0
    fi
    log "dotnet run --project $WEBAPI -c Release -- migrate"
    dotnet run --project "$WEBAPI" -c Release -- migrate
    log "dotnet run --project $WEBAPI -c Release -- seed"
    dotnet run --project "$WEBAPI" -c Release --no-build -- seed
    log "serving on http://0.0.0.0:$APP_PORT (Ctrl-C or kill $$ to stop)"
    # The built API itself as a background child (see scripts/child.sh), from its project folder (its content root).
    run_child env -C "$WEBAPI" dotnet "bin/Release/net10.0/AirbnbClone.WebApi.dll" --urls "http://0.0.0.0:$APP_PORT"
}

cmd_seed() {
    install_traps
    ensure_packages
    start_services run
    export ASPNETCORE_ENVIRONMENT=Development
    log "dotnet run --project $WEBAPI -c Release -- seed $*"
    dotnet run --project "$WEBAPI" -c Release -- seed "$@"
}

cmd_db() {
    install_traps
    ensure_packages
    start_services run
    # Leave them running: forget that this invocation started them.
    STARTED_PG=0 STARTED_REDIS=0
    log "run databases are up; stop them with: ./build.sh stop"
    print_exports
}

cmd_stop() {
    local mode dir pgdir version bin pid pidfile port
    for mode in run test; do
        for dir in "$REPO/.data/$mode" "$(fallback_root)/$mode"; do
            pgdir="$dir/pg"
            if [ -f "$pgdir/postmaster.pid" ] && [ -f "$pgdir/PG_VERSION" ]; then
                version="$(cat "$pgdir/PG_VERSION")"
                bin="/usr/lib/postgresql/$version/bin"
                if [ -x "$bin/pg_ctl" ]; then
                    if as_pg "$bin/pg_ctl" -D "$pgdir" status >/dev/null 2>&1; then
                        stop_pg_cluster "$bin" "$pgdir"
                    fi
                else
                    log "warning: cannot stop $pgdir: PostgreSQL $version is not installed"
                fi
            fi
            pidfile="$dir/redis/redis.pid"
            if [ -f "$pidfile" ]; then
                pid="$(cat "$pidfile")"
                if [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null || true)" = redis-server ]; then
                    port=$RUN_REDIS_PORT
                    [ "$mode" = test ] && port=$TEST_REDIS_PORT
                    log "stopping Redis (pid $pid, $dir/redis)"
                    if [ "$mode" = test ]; then
                        timeout 10 redis-cli -h 127.0.0.1 -p "$port" shutdown nosave >/dev/null 2>&1 || true
                    else
                        timeout 30 redis-cli -h 127.0.0.1 -p "$port" shutdown >/dev/null 2>&1 || true
                    fi
                    local i
                    for ((i = 0; i < 40; i++)); do
                        kill -0 "$pid" 2>/dev/null || break
                        [ "$i" -eq 20 ] && kill -TERM "$pid" 2>/dev/null
                        sleep 0.25
                    done
                    kill -0 "$pid" 2>/dev/null && log "warning: Redis pid $pid is still running"
                fi
            fi
        done
    done
    log "stopped"
}

usage() {
    cat >&2 <<'EOF'
usage: ./build.sh <command> [args]

  test          build the solution (zero warnings) and run every test project under tests/
                against a private PostgreSQL (127.0.0.1:55433) and Redis (127.0.0.1:56380);
                the last line printed is "N passed, N failed[, N skipped]"
  run           start PostgreSQL (127.0.0.1:55432) and Redis (127.0.0.1:56379), migrate,
                seed, then serve http://0.0.0.0:8080 until Ctrl-C
                (PORT=N serves on another port; SKIP_APP=1 starts and stops the databases only)
  seed [args]   start the run databases and run the WebApi "seed" verb with args
  db            start the run databases, print the connection-string exports, leave them up
                (eval "$(./build.sh db)")
  stop          stop every PostgreSQL/Redis started under .data/ (run and test)
EOF
}

main() {
    local cmd="${1:-}"
    [ $# -gt 0 ] && shift
    case "$cmd" in
        test) cmd_test "$@" ;;
        run) cmd_run "$@" ;;
        seed) cmd_seed "$@" ;;
        db) cmd_db "$@" ;;
        stop) cmd_stop "$@" ;;
        -h | --help | help) usage ;;
        *)
            [ -n "$cmd" ] && printf '==> unknown command: %s\n' "$cmd" >&2
            usage
            exit 2
            ;;
    esac
}

main "$@"
