#!/usr/bin/env bash
# Issue 18: the start, side by side. Starts the provisioned server (after `mvn -DskipTests package`)
# on a fresh PostgreSQL database with demo data, RUNS times for each set of extra JVM options,
# alternating them, and prints the time until the first page answers, WildFly's own count, the
# time until the readiness probe is UP (the process engine is built beside the deployment), and the
# server's CPU time until the first page.
#
#   bash ear/src/bench/boot-ab.sh RUNS "OPTIONS A" ["OPTIONS B" …]
#   bash ear/src/bench/boot-ab.sh 3 "" "-XX:ThreadPriorityPolicy=1 -XX:CompilerThreadPriority=-5"
#
# RESTART=1: a restart instead, as a bureau's server restarts: one start (not timed) makes the
# database, the demo data and the seal's keys, and every timed start keeps them.
# FIRST_OPTIONS: the JVM options of that first start, e.g. "-XX:ArchiveClassesAtExit=/tmp/c.jsa"
# to make the class archive that the timed starts then use (-XX:SharedArchiveFile=/tmp/c.jsa).
#
# An option set that begins with SERVER=DIR starts the server provisioned in DIR (a copy of an
# earlier build's ear/target/server) instead of ear/target/server: two builds side by side.
#
# LOGS=DIR: keep each start's server.log there, for the phases of the start.
#
# Port offset 600, database oneseal_boot (dropped at the end); PGUSER (postgres) on 127.0.0.1:5432.
set -uo pipefail

root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
runs="${1:?RUNS}"
shift
[ $# -gt 0 ] || set -- ""
offset=600
base="http://localhost:$((8080 + offset))"
management="http://localhost:$((9990 + offset))"
pguser="${PGUSER:-postgres}"
fresh_db() {
  psql -h 127.0.0.1 -U "$pguser" -d postgres -qc "drop database if exists oneseal_boot with (force)" \
    -c "create database oneseal_boot" >/dev/null
}
# boot LABEL RUN HOME "OPTIONS": one start until the first page answers, timed; then stopped
boot() {
  local label="$1" run="$2" home="$3" options="$4" server=ear/target/server work start end pid
  if [[ "$options" == SERVER=* ]]; then
    server="${options%% *}"
    server="${server#SERVER=}"
    options="${options#SERVER=$server}"
  fi
  work="$(mktemp -d)"
  cp -r "$server/standalone" "$work/base"
  export ONESEAL_DEMO=true ONESEAL_HOME="${home:-$work/home}" DB_DRIVER=postgresql DB_USER="$pguser" \
    DB_PASSWORD="${PGPASSWORD:-trust}" \
    DB_URL="jdbc:postgresql://127.0.0.1:5432/oneseal_boot?options=-c%20jit=off"
  export JAVA_OPTS="-Xms256m -Xmx768m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true $options"
  start=$(date +%s%N)
  "$server/bin/standalone.sh" --stability=community \
    -Djboss.socket.binding.port-offset="$offset" -Djboss.server.base.dir="$work/base" \
    >"$work/server.log" 2>&1 &
  pid=$!
  until curl -sf "$base/index.xhtml" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "server died:" >&2; tail -20 "$work/server.log" >&2; exit 1; }
    sleep 0.2
  done
  end=$(date +%s%N)
  # the server's CPU time (all threads: the compilers, the deployment) until the first page: less
  # at the mercy of the host's other tenants than the wall clock
  cpu="$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' \
    "/proc/$(pgrep -P "$pid" java | head -1)/stat" 2>/dev/null || echo "?")"
  # and until the readiness probe is UP: the engine, built beside the deployment, is running
  until curl -sf "$management/health/ready" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "server died:" >&2; tail -20 "$work/server.log" >&2; exit 1; }
    sleep 0.2
  done
  ready=$(date +%s%N)
  # WildFly's "started" line (WFLYSRV0025, local time of day) to the first page's answer
  started_at="$(sed 's/\x1b\[[0-9;]*m//g' "$work/server.log" | grep -m1 WFLYSRV0025 | cut -c1-12 | tr , .)"
  printf '%s\trun %d\t%d ms to the first page\t%s\t%d ms from started to the first page\t%d ms to ready\t%s ms CPU to the first page\n' \
    "$label" "$run" $(((end - start) / 1000000)) "$(grep -o 'started in [0-9]*ms' "$work/server.log")" \
    $(((end / 1000000) - $(date -d "today $started_at" +%s%3N))) $(((ready - start) / 1000000)) "$cpu"
  if [ -n "${LOGS:-}" ]; then
    mkdir -p "$LOGS"
    cp "$work/server.log" "$LOGS/$(printf '%s' "$label" | tr -c 'A-Za-z0-9=.-' _)-$run.log"
  fi
  pkill -P "$pid"
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  sleep 2
  rm -rf "$work"
}

kept=""
if [ "${RESTART:-0}" = 1 ]; then
  kept="$(mktemp -d)"
  fresh_db
  boot "first start (makes the database; not a restart)" 0 "$kept/home" "${FIRST_OPTIONS:-}"
fi
for run in $(seq 1 "$runs"); do
  for options in "$@"; do
    [ -n "$kept" ] || fresh_db
    boot "${options:-default}" "$run" "${kept:+$kept/home}" "$options"
  done
done
[ -z "$kept" ] || rm -rf "$kept"
psql -h 127.0.0.1 -U "$pguser" -d postgres -qc "drop database if exists oneseal_boot with (force)" >/dev/null
