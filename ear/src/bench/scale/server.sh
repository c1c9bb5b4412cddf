#!/usr/bin/env bash
# Starts the provisioned server on PostgreSQL for the scale benchmark (sourced by scale.sh):
# port offset $OFFSET (default 600), database $PGDATABASE_SCALE (default oneseal_scale), created afresh.
# Statements slower than 50 ms go to PostgreSQL's log (scale.sh prints them).
# Sets: base, pid, log, work. kill_server stops it.
ear_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
server="$ear_dir/target/server"
offset="${OFFSET:-600}"
dbname="${PGDATABASE_SCALE:-oneseal_scale}"
work="${WORK:-$(mktemp -d)}"
base="http://localhost:$((8080 + offset))"
log="$work/server.log"

kill_server() {
  if [ -n "${pid:-}" ]; then
    pkill -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=
  fi
}

start_server() {
  local fresh="${1:-fresh}"
  if [ "$fresh" = fresh ]; then
    psql -h "$PGHOST" -U "$PGUSER" -d postgres -qc "drop database if exists $dbname with (force)" -c "create database $dbname" \
      -c "alter database $dbname set log_min_duration_statement = 50"
  fi
  export DB_DRIVER=postgresql DB_URL="jdbc:postgresql://$PGHOST:5432/$dbname?options=-c%20jit=off" DB_USER="$PGUSER" DB_PASSWORD="${PGPASSWORD:-trust}"
  export ONESEAL_DEMO=true JAVA_OPTS="-Xms256m -Xmx768m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true"
  [ -d "$work/base" ] || cp -r "$server/standalone" "$work/base"
  "$server/bin/standalone.sh" --stability=community -Djboss.socket.binding.port-offset="$offset" \
    -Djboss.server.base.dir="$work/base" >>"$log" 2>&1 &
  pid=$!
  until curl -sf "$base/api/items" >/dev/null; do
    sleep 1
    if ! kill -0 "$pid" 2>/dev/null; then echo "server died:"; tail -40 "$log"; exit 1; fi
  done
}
