#!/usr/bin/env bash
# bench/servers.sh: sourced by the benchmark scripts. Installs wrk when missing and starts (or reuses) a private
# PostgreSQL and Redis for a benchmark; stops only what it started, on exit. The caller sets REPO, PG_PORT,
# REDIS_PORT, BENCH_DB, ROOT and OUT first; afterwards ConnectionStrings__Database/__Redis point at them and
# log, die, as_pg, PGBIN, PSQL and PIDS (background processes to stop on exit) are defined.
# shellcheck shell=bash

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

log() { printf '==> %s\n' "$*" >&2; }
die() { printf '==> ERROR: %s\n' "$*" >&2; exit 1; }
as_pg() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && "$@"); fi; }

PIDS=()
STARTED_PG=0 STARTED_REDIS=0
cleanup() {
    set +e
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
    [ "$STARTED_REDIS" -eq 1 ] && redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1
    [ "$STARTED_PG" -eq 1 ] && as_pg "$PGBIN/pg_ctl" -D "$ROOT/pg" stop -m fast -w >/dev/null 2>&1
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools -------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
    log "installing wrk (Debian package)"
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk
fi
command -v redis-server >/dev/null || die "redis-server missing: run ./build.sh test once, or apt-get install redis-server"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
[ -x "$PGBIN/initdb" ] || die "PostgreSQL missing: apt-get install postgresql postgresql-contrib"

# --- servers -----------------------------------------------------------------------------------
mkdir -p "$ROOT" "$OUT" "$ROOT/sock" "$ROOT/redis"
chmod 755 "$ROOT"
if [ ! -f "$ROOT/pg/PG_VERSION" ]; then
    mkdir -p "$ROOT/pg"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$ROOT/pg" "$ROOT/sock"
    chmod 700 "$ROOT/pg"
    log "initdb $ROOT/pg"
    as_pg "$PGBIN/initdb" -D "$ROOT/pg" --auth=trust -U postgres --encoding=UTF8 --locale=C.UTF-8 >"$ROOT/initdb.log"
    cat >>"$ROOT/pg/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$ROOT/sock'
max_connections = 300
shared_buffers = 1GB
effective_cache_size = 4GB
work_mem = 16MB
maintenance_work_mem = 512MB
synchronous_commit = off
CONF
fi
if ! "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    touch "$ROOT/postgres.log"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$ROOT/postgres.log"
    as_pg "$PGBIN/pg_ctl" -D "$ROOT/pg" -l "$ROOT/postgres.log" -w start >/dev/null
    STARTED_PG=1
fi
PSQL=("$PGBIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres)
[ "$("${PSQL[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$BENCH_DB'")" = 1 ] ||
    "${PSQL[@]}" -d postgres -c "CREATE DATABASE \"$BENCH_DB\""
if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    log "starting Redis on 127.0.0.1:$REDIS_PORT"
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
        --dir "$ROOT/redis" --logfile "$ROOT/redis.log" >/dev/null
    STARTED_REDIS=1
    for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
fi
# Npgsql automatic preparation, as in the product's default connection strings (and forced on in bench/Baseline).
DB="Host=127.0.0.1;Port=$PG_PORT;Database=$BENCH_DB;Username=postgres;Maximum Pool Size=64;Max Auto Prepare=20;Auto Prepare Min Usages=2"
export ConnectionStrings__Database="$DB" ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT"
