#!/usr/bin/env bash
# The whole test suite: unit and integration tests (vitest) and browser tests (Playwright in
# Debian's Chromium), each on SQLite and then on a real PostgreSQL server.
# Then the deployment test: Debian's nginx in front of two app instances over one PostgreSQL, with
# Redis. Installs Chromium, nginx and Redis and starts PostgreSQL and Redis when they are missing,
# so it works on a bare machine.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# The browser tests' screenshots are for a person to look at (tests/e2e/screens.ts); nobody looks
# at a full run's, so it skips taking them.
export E2E_SCREENSHOTS="${E2E_SCREENSHOTS:-0}"
log() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
die() { echo "test-all: $*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root to run: $*"; fi; }

# --- Chromium -------------------------------------------------------------------------------
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  log "installing Debian's Chromium"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
    || die "could not install chromium (apt-get install chromium)"
fi

# --- nginx (the deployment test runs it as a plain process with its own paths) -------------
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  log "installing Debian's nginx"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null \
    || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null \
    || die "could not install nginx (apt-get install nginx-light)"
fi

# --- PostgreSQL -----------------------------------------------------------------------------
export TEST_PG_URL="${TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
if ! pg_up; then
  if ! command -v pg_ctlcluster >/dev/null; then
    log "installing PostgreSQL"
    as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
      || die "could not install postgresql"
  fi
  log "starting PostgreSQL"
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start || true
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
  pg_up || die "PostgreSQL did not start on 127.0.0.1:5432"
fi
if ! psql "$TEST_PG_URL" -qAtc 'select 1' >/dev/null 2>&1; then
  # A fresh Debian install allows only peer auth for postgres: give it a password for TCP.
  as_root su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null 2>&1 || true
  export TEST_PG_URL="postgres://postgres:postgres@127.0.0.1:5432/postgres"
  psql "$TEST_PG_URL" -qAtc 'select 1' >/dev/null || die "cannot connect to PostgreSQL as $TEST_PG_URL"
fi

# --- Redis (shared rate limits; tests use a key prefix of their own) ---------------------------
export TEST_REDIS_URL="${TEST_REDIS_URL:-redis://127.0.0.1:6379}"
redis_up() { redis-cli -u "$TEST_REDIS_URL" ping 2>/dev/null | grep -q PONG; }
if ! redis_up; then
  if ! command -v redis-server >/dev/null; then
    log "installing Redis"
    as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null \
      || die "could not install redis-server"
  fi
  log "starting Redis"
  redis-server --daemonize yes --port 6379 --save "" --appendonly no >/dev/null || die "could not start redis-server"
  for _ in $(seq 1 30); do redis_up && break; sleep 0.5; done
  redis_up || die "Redis did not start on $TEST_REDIS_URL"
fi

# --- Build, then the test runs, several at a time -------------------------------------------
# A 2-core machine runs several parts at once: much of every run waits on timers, child servers,
# PostgreSQL or the browser rather than the CPU. Parts that run together print their output when
# they end, one after the other, so the log stays readable. The vitest runs need no build, so the
# SQLite one runs while the app builds.
results=$(mktemp -d)
status=0
failed=""
pids=()
names=()

start() { # $1 = name, rest = command; output goes to $results/$1.log, printed by finish
  local name=$1
  shift
  (
    t0=$SECONDS
    "$@"
    rc=$?
    echo "-- $name took $((SECONDS - t0)) s"
    exit $rc
  ) >"$results/$name.log" 2>&1 &
  pids+=($!)
  names+=("$name")
}

finish() { # waits for every started part, printing each one's output in start order
  local i rc
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}"
    rc=$?
    cat "$results/${names[$i]}.log"
    [ $rc = 0 ] || { status=1; failed+=" ${names[$i]}"; echo "test-all: ${names[$i]} failed (exit $rc)" >&2; }
  done
  pids=()
  names=()
}

build() {
  log "building the app"
  npm run -s build || { echo "test-all: build failed" >&2; return 1; }
}

run_vitest() { # $1 = sqlite|postgres
  log "unit and integration tests on $1"
  TEST_DB="$1" npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest-$1.json"
}

run_e2e() { # $1 = sqlite|postgres, $2 = port
  local url name="" rc=0
  if [ "$1" = postgres ]; then
    # The every-page sweep (axe and overflow on every page and role) checks what the browser
    # draws, which does not depend on the database: it runs on SQLite only (playwright.config.ts).
    export E2E_ONE_DATABASE_DONE=1
    name="ensemble_e2e_$$_$(date +%s)"
    psql "$TEST_PG_URL" -qc "CREATE DATABASE $name" || return 1
    url="${TEST_PG_URL%/*}/$name"
  else
    url="file:$results/e2e.db"
  fi
  log "browser tests in Chromium on $1"
  E2E_PORT="$2" E2E_DATABASE_URL="$url" PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e-$1.json" E2E_OUTPUT_DIR="test-results/$1" \
    npx playwright test --reporter=list,json || rc=1
  [ -n "$name" ] && psql "$TEST_PG_URL" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null
  return $rc
}

run_deploy() {
  log "deployment: nginx, two app instances, PostgreSQL, Redis"
  npx vitest run --config vitest.deploy.mts --reporter=default --reporter=json --outputFile="$results/vitest-deploy.json"
}

# Each browser run uses its port, that port + 51 (the tests' SMTP server) and + 100 (a server the
# kiosk test kills), so the two runs sit 200 apart and go at once: much of a browser test waits on
# the page, timers and the servers, so two runs share the cores better than one after the other.
e2e_port=${E2E_PORT:-3100}
start build build
start vitest-sqlite run_vitest sqlite
finish
if [[ $failed == *build* ]]; then
  echo "test-all: the build failed; skipping the runs that need it" >&2
  run_vitest postgres || status=1
else
  start e2e-sqlite run_e2e sqlite "$e2e_port"
  start e2e-postgres run_e2e postgres "$((e2e_port + 200))"
  start vitest-postgres run_vitest postgres
  finish
  start deploy run_deploy
  finish
fi

node scripts/test-summary.mjs "$results" || status=1
exit $status
