#!/usr/bin/env bash
# The whole test suite: unit and integration tests (vitest) and browser tests (Playwright in
# Debian's Chromium), each on SQLite and then on a real PostgreSQL server.
# Then the deployment test: Debian's nginx in front of two app instances over one PostgreSQL, with
# Redis. Installs Chromium, nginx and Redis and starts PostgreSQL and Redis when they are missing,
# so it works on a bare machine.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
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

# --- Build once -----------------------------------------------------------------------------
log "building the app"
npm run -s build || die "build failed"

results=$(mktemp -d)
status=0

run_vitest() { # $1 = sqlite|postgres
  log "unit and integration tests on $1"
  TEST_DB="$1" npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest-$1.json" || status=1
}

run_e2e() { # $1 = sqlite|postgres
  local url name=""
  if [ "$1" = postgres ]; then
    name="ensemble_e2e_$$_$(date +%s)"
    psql "$TEST_PG_URL" -qc "CREATE DATABASE $name" || { status=1; return; }
    url="${TEST_PG_URL%/*}/$name"
  else
    url="file:$results/e2e.db"
  fi
  log "browser tests in Chromium on $1"
  E2E_DATABASE_URL="$url" PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e-$1.json" \
    npx playwright test --reporter=list,json || status=1
  [ -n "$name" ] && psql "$TEST_PG_URL" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null
}

run_deploy() {
  log "deployment: nginx, two app instances, PostgreSQL, Redis"
  npx vitest run --config vitest.deploy.mts --reporter=default --reporter=json --outputFile="$results/vitest-deploy.json" \
    || status=1
}

run_vitest sqlite
run_vitest postgres
run_deploy
run_e2e sqlite
run_e2e postgres

node scripts/test-summary.mjs "$results" || status=1
exit $status
