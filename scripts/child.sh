# shellcheck shell=bash
# Sourced by build.sh. Bash runs a trap only after the foreground command has ended, so a TERM sent to the script
# while a long-lived foreground command (the API) runs would wait for that command forever. A child started in the
# background and waited for with `wait` lets the trap run at once; the trap then stops the child (stop_child).

CHILD_PID=""

# run_child CMD...: runs CMD as this script's child and waits for it; answers its exit status.
run_child() {
    local rc=0
    "$@" &
    CHILD_PID=$!
    wait "$CHILD_PID" || rc=$?
    CHILD_PID=""
    return "$rc"
}

# stop_child: TERM to the running child, KILL if it is still there after 10 s; nothing when there is none.
stop_child() {
    local pid="$CHILD_PID" i
    [ -n "$pid" ] || return 0
    kill -TERM "$pid" 2>/dev/null || return 0
    for i in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
}
