#!/usr/bin/env bash
# Prepares this machine for the ear module's integration tests (failsafe, pre-integration-test):
#   - Chromium + chromedriver (+ CJK fonts, or screenshots show empty boxes) for the *BrowserIT tests;
#   - a running PostgreSQL on 127.0.0.1:5432 for the it-postgresql execution.
# It never fails the build: whatever cannot be provided is reported loudly, and the tests that
# need it abort themselves (JUnit assumptions) instead of failing.
#
# Usage: prepare-test-environment.sh [target-dir]
set -u

target_dir="${1:-$(cd "$(dirname "$0")/../.." && pwd)/target}"
mkdir -p "$target_dir"
log="$target_dir/prepare-test-environment.log"
: >"$log"

# failsafe merges into an existing summary: a stale one from an earlier run would fail this one
rm -f "$target_dir"/failsafe-reports-*/failsafe-summary.xml

if [ "${ONESEAL_SKIP_TESTS:-}" = "true" ]; then
  echo "[prepare-test-environment] tests are skipped: nothing to prepare"
  exit 0
fi

loud() {
  echo
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  for line in "$@"; do
    echo "!!! $line"
  done
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  echo
}

info() {
  echo "[prepare-test-environment] $*"
}

can_install() {
  [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1
}

apt_install() {
  info "installing $* (log: $log)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >>"$log" 2>&1 &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >>"$log" 2>&1
}

# --- browser --------------------------------------------------------------------------------
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  info "chromium and chromedriver found"
elif can_install; then
  if ! apt_install chromium chromium-driver fonts-noto-cjk; then
    loud "Installing chromium, chromium-driver and fonts-noto-cjk FAILED (see $log)." \
      "The browser tests (*BrowserIT) will be SKIPPED."
  fi
else
  loud "chromium and/or chromedriver are NOT on the PATH, and they cannot be installed here" \
    "(needs root and apt-get): the browser tests (*BrowserIT) will be SKIPPED." \
    "Install them with: apt-get install chromium chromium-driver fonts-noto-cjk"
fi

if command -v chromium >/dev/null 2>&1 && command -v fc-list >/dev/null 2>&1 &&
  [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  if ! { can_install && apt_install fonts-noto-cjk; }; then
    info "WARNING: no CJK font installed: Chinese text in browser screenshots renders as empty boxes"
  fi
fi

# --- PostgreSQL -----------------------------------------------------------------------------
postgresql_ready() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h 127.0.0.1 -p 5432
  else
    (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null
  fi
}

if postgresql_ready; then
  info "PostgreSQL accepts connections on 127.0.0.1:5432"
else
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ] &&
    [ -n "$(ls /etc/postgresql 2>/dev/null)" ]; then
    version="$(ls /etc/postgresql | head -1)"
    info "PostgreSQL is down: starting cluster $version/main"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start >>"$log" 2>&1
    for _ in $(seq 1 20); do
      postgresql_ready && break
      sleep 1
    done
  fi
  if postgresql_ready; then
    info "PostgreSQL started and accepts connections on 127.0.0.1:5432"
  else
    loud "PostgreSQL is NOT reachable on 127.0.0.1:5432 and could not be started here." \
      "The it-postgresql integration tests will be SKIPPED (only H2 is tested)." \
      "See the README for how to run a local PostgreSQL."
  fi
fi

exit 0
