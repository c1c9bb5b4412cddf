#!/usr/bin/env bash
# Prepares this machine for the ear module's integration tests (failsafe, pre-integration-test):
#   - Chromium + chromedriver (+ CJK fonts, or screenshots show empty boxes) for the *BrowserIT tests;
#   - a running PostgreSQL on 127.0.0.1:5432 for the it-postgresql execution;
#   - Debian's nginx, the load balancer in front of two nodes in ClusterIT (docs/cluster.md).
# On a developer's machine it never fails the build: whatever cannot be provided is reported
# loudly, and the tests that need it abort themselves (JUnit assumptions) instead of failing.
# Under CI=true (set by .ci/run and by the usual CI services) every tier must run: what is still
# missing after the attempts below makes this script exit non-zero, which fails the build before
# any server starts (the tests themselves fail too, should they run without this script).
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

ci() {
  [ "${CI:-}" = "true" ]
}

# what a tier lacks after every attempt; under CI=true each entry fails the build at the end
missing=()
if ci; then
  skipped="REQUIRED under CI=true: the build will FAIL"
else
  skipped="SKIPPED"
fi

can_install() {
  [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1
}

apt_install() {
  info "installing $* (log: $log)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >>"$log" 2>&1 &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >>"$log" 2>&1
}

# --- browser --------------------------------------------------------------------------------
browser_present() {
  command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1
}

if browser_present; then
  info "chromium and chromedriver found"
elif can_install; then
  apt_install chromium chromium-driver fonts-noto-cjk
  if browser_present; then
    info "chromium and chromedriver installed"
  else
    loud "Installing chromium, chromium-driver and fonts-noto-cjk FAILED (see $log)." \
      "The browser tests (*BrowserIT) are $skipped."
    missing+=("chromium/chromedriver: apt-get install failed (see $log)")
  fi
else
  loud "chromium and/or chromedriver are NOT on the PATH, and they cannot be installed here" \
    "(needs root and apt-get): the browser tests (*BrowserIT) are $skipped." \
    "Install them with: apt-get install chromium chromium-driver fonts-noto-cjk"
  missing+=("chromium/chromedriver: not on the PATH and not installable here (needs root and apt-get)")
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
  # Debian's layout: /etc/postgresql/<version>/<cluster>; try every installed cluster, since the
  # one on port 5432 need not be the first (or be called main)
  started=false
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    for cluster_dir in /etc/postgresql/*/*/; do
      [ -f "$cluster_dir/postgresql.conf" ] || continue
      version="$(basename "$(dirname "$cluster_dir")")"
      cluster="$(basename "$cluster_dir")"
      info "PostgreSQL is down: starting cluster $version/$cluster"
      if pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start >>"$log" 2>&1; then
        started=true
      fi
    done
  fi
  if [ "$started" = true ]; then
    # a cluster that recovers after a crash may take a while before it accepts connections
    for _ in $(seq 1 60); do
      postgresql_ready && break
      sleep 1
    done
  fi
  if postgresql_ready; then
    info "PostgreSQL started and accepts connections on 127.0.0.1:5432"
  else
    loud "PostgreSQL is NOT reachable on 127.0.0.1:5432 and could not be started here." \
      "The it-postgresql integration tests are $skipped." \
      "See the README for how to run a local PostgreSQL."
    missing+=("PostgreSQL: nothing accepts connections on 127.0.0.1:5432 (see $log)")
  fi
fi

# --- load balancer --------------------------------------------------------------------------
nginx_present() {
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]
}

if nginx_present; then
  info "nginx found"
elif can_install && apt_install nginx-light && nginx_present; then
  info "nginx installed"
else
  loud "nginx is NOT installed and cannot be installed here (apt-get install nginx-light)." \
    "ClusterIT's load balancer checks are $skipped."
  missing+=("nginx: not installed and not installable here (needs root and apt-get)")
fi

# --- verdict --------------------------------------------------------------------------------
if [ "${#missing[@]}" -gt 0 ] && ci; then
  loud "CI=true: every test tier must run, but the test environment is incomplete:" \
    "${missing[@]}" \
    "The build FAILS. (Without CI=true the affected tiers are skipped instead.)"
  exit 1
fi
exit 0
