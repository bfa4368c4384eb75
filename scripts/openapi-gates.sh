#!/usr/bin/env bash
# scripts/openapi-gates.sh DOC [OUTDIR]: the contract gates on an OpenAPI document. DOC is a file, or the URL of a
# served document (fetched once it answers, waiting up to 60 s for the server to start). Reports go to OUTDIR
# (default: the document's folder, or a temporary one for a URL).
#
#   spectral    spectral:oas + the OWASP API Top 10 ruleset (tools/openapi/.spectral.yaml): 0 errors, and no
#               warning of a rule the ruleset does not list as a justified `warn`
#   redocly     Redocly's recommended rules (tools/openapi/redocly.yaml): 0 errors
#   typescript  openapi-typescript types of the document + tools/openapi/client/flow.ts (register -> search ->
#               quote -> book) compiled by `tsc --strict` without casts
#
# Tools are pinned in tools/openapi/package-lock.json and installed with `npm ci` (Node >= 18.18 from Debian's
# packages when missing). Prints one line per gate, "gate NAME: passed|failed", and "gates passed=N failed=N"
# last; exits with the number of failed gates. ./build.sh test runs it on the document its own API serves.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
TOOLS="$REPO/tools/openapi"
SOURCE="${1:?usage: scripts/openapi-gates.sh DOC.json|URL [OUTDIR]}"
if [[ $SOURCE == http://* || $SOURCE == https://* ]]; then
    OUT="${2:-$(mktemp -d)}"
    DOC="$OUT/openapi.json"
    FETCH=1
else
    DOC="$(realpath "$SOURCE")"
    OUT="${2:-$(dirname "$DOC")}"
    FETCH=0
fi
mkdir -p "$OUT"
OUT="$(realpath "$OUT")"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true SCARF_ANALYTICS=false NO_UPDATE_NOTIFIER=1
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

log() { printf '==> %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

node_ok() {
    command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
        && node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>18||(a===18&&b>=18)?0:1)'
}

ensure_node() {
    node_ok && return 0
    log "installing Node.js and npm from Debian's packages (need Node >= 18.18)"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -o DPkg::Lock::Timeout=300 nodejs npm
    node_ok || { log "Node.js >= 18.18 with npm is still missing"; return 1; }
}

ensure_tools() {
    # npm ci again only when the lock file changed since the last install.
    if [ ! -f "$TOOLS/node_modules/.package-lock.json" ] || [ "$TOOLS/package-lock.json" -nt "$TOOLS/node_modules/.package-lock.json" ]; then
        log "npm ci in tools/openapi (pinned gate tools)"
        (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error)
    fi
}

# The rules tools/openapi/.spectral.yaml lists as justified warnings.
justified_warnings() {
    sed -n 's/^  \([a-z0-9:-]*\): warn$/\1/p' "$TOOLS/.spectral.yaml"
}

gate_spectral() {
    local report="$OUT/spectral.json" errors warnings unjustified
    (cd "$TOOLS" && npx --no-install spectral lint -r .spectral.yaml "$DOC" -f json -o "$report" -q) || true
    [ -s "$report" ] || { log "spectral wrote no report"; return 1; }
    errors="$(node -e 'const r=require(process.argv[1]);console.log(r.filter(x=>x.severity===0).length)' "$report")"
    warnings="$(node -e 'const r=require(process.argv[1]);console.log(r.filter(x=>x.severity===1).length)' "$report")"
    unjustified="$(node -e '
        const r=require(process.argv[1]); const ok=new Set(process.argv[2].split("\n").filter(Boolean));
        const bad=r.filter(x=>x.severity===1&&!ok.has(x.code)); for (const x of bad) console.log(`${x.code} ${x.path.join(".")}: ${x.message}`);' \
        "$report" "$(justified_warnings)")"
    log "spectral: $errors errors, $warnings warnings (by rule below; report: $report)"
    node -e 'const r=require(process.argv[1]); const c={}; for (const x of r) { const k=`${["error","warning","info","hint"][x.severity]} ${x.code}`; c[k]=(c[k]||0)+1 } for (const [k,v] of Object.entries(c).sort()) console.error(`    ${v} ${k}`)' "$report"
    node -e 'const r=require(process.argv[1]); for (const x of r.filter(x=>x.severity===0).slice(0,40)) console.error(`    error ${x.code} ${x.path.join(".")}: ${x.message}`)' "$report"
    if [ -n "$unjustified" ]; then
        log "spectral: warnings of rules not justified in tools/openapi/.spectral.yaml:"
        printf '    %s\n' "$unjustified" >&2
    fi
    [ "$errors" -eq 0 ] && [ -z "$unjustified" ]
}

gate_redocly() {
    local rc=0
    (cd "$TOOLS" && npx --no-install redocly lint "$DOC" --config redocly.yaml --format stylish) >"$OUT/redocly.txt" 2>&1 || rc=$?
    grep -E 'error|warning|valid' "$OUT/redocly.txt" | grep -v '^\s*$' | sed 's/^/    /' >&2 || true
    return "$rc"
}

gate_typescript() {
    mkdir -p "$TOOLS/client/generated"
    (cd "$TOOLS" && npx --no-install openapi-typescript "$DOC" -o client/generated/api.d.ts >/dev/null 2>"$OUT/openapi-typescript.txt") \
        || { sed 's/^/    /' "$OUT/openapi-typescript.txt" >&2; return 1; }
    (cd "$TOOLS" && npx --no-install tsc -p client/tsconfig.json) >&2
}

# Node's own fetch (Node 18+): no curl on a fresh machine.
fetch_document() {
    log "fetching $SOURCE"
    node -e '
        const [url, file] = process.argv.slice(1); const deadline = Date.now() + 60000;
        (async () => {
            for (;;) {
                try {
                    const r = await fetch(url);
                    if (r.ok) { require("fs").writeFileSync(file, await r.text()); return; }
                    console.error(`GET ${url}: ${r.status}`);
                } catch (e) { if (Date.now() > deadline) { console.error(`GET ${url}: ${e.cause ?? e}`); process.exit(1); } }
                if (Date.now() > deadline) process.exit(1);
                await new Promise(done => setTimeout(done, 500));
            }
        })();' "$SOURCE" "$DOC"
}

main() {
    local passed=0 failed=0 gate
    if ! ensure_node || ! ensure_tools || { [ "$FETCH" -eq 1 ] && ! fetch_document; }; then
        printf 'gate tools: failed\ngates passed=0 failed=3\n'
        exit 3
    fi
    for gate in spectral redocly typescript; do
        log "gate $gate"
        if "gate_$gate"; then
            printf 'gate %s: passed\n' "$gate"
            passed=$((passed + 1))
        else
            printf 'gate %s: failed\n' "$gate"
            failed=$((failed + 1))
        fi
    done
    printf 'gates passed=%d failed=%d\n' "$passed" "$failed"
    exit "$failed"
}

main
