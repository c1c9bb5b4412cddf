#!/usr/bin/env bash
# Measures the provisioned server as the demo runs it: boot time, resident memory and heap after
# a short workload, and the latency of the main API calls, registration and the workbench. Run after `mvn -DskipTests verify`:
#   bash ear/src/bench/measure-server.sh [h2|postgresql] [submissions]
# Uses port offset 200 and its own database, so it does not disturb a running demo.
set -euo pipefail

db="${1:-h2}"
count="${2:-50}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
server="$here/target/server"
work="$(mktemp -d)"
offset=200
base="http://localhost:$((8080 + offset))"
trap 'kill_server; rm -rf "$work"' EXIT

kill_server() {
  if [ -n "${pid:-}" ]; then
    pkill -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
}

case "$db" in
  h2) export DB_DRIVER=h2 DB_URL="jdbc:h2:file:$work/h2/oneseal;DB_CLOSE_ON_EXIT=FALSE" DB_USER=sa DB_PASSWORD=sa ;;
  postgresql)
    psql -h 127.0.0.1 -U "${PGUSER:-postgres}" -d postgres -qc "drop database if exists oneseal_bench with (force)" -c "create database oneseal_bench"
    export DB_DRIVER=postgresql DB_URL="jdbc:postgresql://127.0.0.1:5432/oneseal_bench?options=-c%20jit=off" DB_USER="${PGUSER:-postgres}" DB_PASSWORD="${PGPASSWORD:-trust}" ;;
  *) echo "usage: $0 [h2|postgresql] [submissions]" >&2; exit 2 ;;
esac

# the workbench bench moves the application's clock and waits for the card watch
export ONESEAL_CLOCK_CONTROL=true ONESEAL_CARD_WATCH_CYCLE=R/PT5S
export ONESEAL_DEMO=true JAVA_OPTS="-Xms256m -Xmx768m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true"
cp -r "$server/standalone" "$work/base"
start=$(date +%s%N)
"$server/bin/standalone.sh" --stability=community -Djboss.socket.binding.port-offset=$offset -Djboss.server.base.dir="$work/base" \
  >"$work/server.log" 2>&1 &
pid=$!
until curl -sf "$base/api/items" >/dev/null; do
  sleep 0.5
  if ! kill -0 "$pid" 2>/dev/null; then echo "server died:"; tail -40 "$work/server.log"; exit 1; fi
done
ready=$(date +%s%N)
reported=$(grep -o 'started in [0-9]*ms' "$work/server.log" | head -1 || true)

ms() { echo $(( ($2 - $1) / 1000000 )); }
json='{"itemCode":"WJ-0001","form":{"applicantName":"测评","contactPhone":"13800138000","description":"benchmark"}}'
t0=$(date +%s%N)
for i in $(seq 1 "$count"); do
  curl -sf -u zhangsan:demo123 -H 'Content-Type: application/json' -H "Idempotency-Key: bench-$i-$RANDOM" \
    -d "$json" "$base/api/applications" >/dev/null
done
t1=$(date +%s%N)
for i in $(seq 1 "$count"); do
  curl -sf -u clerk:demo123 "$base/api/tasks" >/dev/null
done
t2=$(date +%s%N)

for i in $(seq 1 "$count"); do
  curl -sf "$base/api/items?q=%E8%AE%B8%E5%8F%AF&department=ECOLOGY" >/dev/null
done
t3=$(date +%s%N)
for i in $(seq 1 "$count"); do
  curl -sf "$base/index.xhtml?department=MARKET" >/dev/null
done
t4=$(date +%s%N)
for i in $(seq 1 "$count"); do
  curl -sf "$base/item.xhtml?code=HB-0001" >/dev/null
done
t5=$(date +%s%N)

python3 "$(dirname "$0")/registration-bench.py" "$base" 5 >"$work/registration.txt"
python3 "$(dirname "$0")/workbench-bench.py" "$base" 200 "$work/server.log" >"$work/workbench.txt"
python3 "$(dirname "$0")/audit-bench.py" "$base" 200 >"$work/audit.txt"

java_pid=$(pgrep -f "java.*jboss.server.base.dir=$work/base" | head -1)
rss_kb=$(ps -o rss= -p "$java_pid" | tr -d ' ')
heap=$(jcmd "$java_pid" GC.heap_info 2>/dev/null | grep -Eo 'used [0-9]+K' | head -1 || true)

echo "database:                  $db"
echo "boot until API answers:    $(ms "$start" "$ready") ms (WildFly: $reported)"
echo "submit application (x$count): $(( $(ms "$t0" "$t1") / count )) ms each, sequential, incl. PBKDF2 check"
echo "task inbox (x$count):         $(( $(ms "$t1" "$t2") / count )) ms each"
echo "catalogue search API (x$count): $(( $(ms "$t2" "$t3") / count )) ms each (all items, text + department)"
echo "catalogue page (x$count):     $(( $(ms "$t3" "$t4") / count )) ms each"
echo "item guide page (x$count):    $(( $(ms "$t4" "$t5") / count )) ms each"
cat "$work/registration.txt"
cat "$work/workbench.txt"
cat "$work/audit.txt"
echo "resident memory:           $(( rss_kb / 1024 )) MB"
echo "heap used:                 ${heap:-n/a}"
