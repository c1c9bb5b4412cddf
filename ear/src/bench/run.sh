#!/usr/bin/env bash
# Issue 18: the one benchmark command. Builds what is missing or stale, creates fresh PostgreSQL
# databases, starts the provisioned server (demo data, its own base dir, port offset 500), runs the
# whole case over the REST API with 1 and 8 clients and the same BPMN on a bare Camunda engine in
# the same run, measures boot time, resident memory and heap after the workload, runs the at-scale
# benchmark (ear/src/bench/scale.sh) when present, and prints ONE markdown table, also written to
# ear/target/bench/. Not part of any build or test: numbers from a shared machine go in
# docs/performance.md, never in assertions.
#
#   bash ear/src/bench/run.sh [--quick] [--stacks] [--jfr] [--cases N] [--warmup N] [--bare-cases N] [--clients 1,8] [--item WJ-0001]
#
# --warmup N: cases run (and not measured) before each system's measured runs, at the largest client
# count; by default as many as are measured (a server just booted spends much of its CPU in the JIT
# compiler: the table shows that share). --quick: fewer cases, no scale.sh. --stacks: a thread
# dump of the server every 5 s during the API runs (ear/target/bench/stacks-<time>/; each one
# pauses the server briefly). The server log is kept
# (server-<time>.log.gz). --jfr: a flight recording (settings=profile) of the server during the
# measured API runs only (not the warm-up), ear/target/bench/server-<time>.jfr; ear/src/bench/jfr-hot.py summarises it.
# PostgreSQL on 127.0.0.1:5432 (PGUSER, default postgres; trust). BENCH_PORT_OFFSET (500) and
# BENCH_DB_SUFFIX (none) let a second checkout run beside this one.
# How to read the table: docs/performance.md, "Issue 18: the whole case, measured side by side".
set -euo pipefail

root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
quick=false stacks=false jfr=false warmup= cases=60 bare_cases=600 clients=1,8 item=WJ-0001
offset="${BENCH_PORT_OFFSET:-500}"
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true cases=16 bare_cases=120 ;;
    --stacks) stacks=true ;;
    --jfr) jfr=true ;;
    --cases) cases="$2"; shift ;;
    --warmup) warmup="$2"; shift ;;
    --bare-cases) bare_cases="$2"; shift ;;
    --clients) clients="$2"; shift ;;
    --item) item="$2"; shift ;;
    *) sed -n '2,20p' "$0" >&2; exit 2 ;;
  esac
  shift
done

pguser="${PGUSER:-postgres}"
db="oneseal_run18${BENCH_DB_SUFFIX:-}" bare_db="camunda_bare18${BENCH_DB_SUFFIX:-}"
base="http://localhost:$((8080 + offset))"
out="$root/ear/target/bench"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
results="$out/results-$stamp.tsv"
table="$out/table-$stamp.md"
work="$(mktemp -d)"
mkdir -p "$out"
: >"$results"
trap 'kill_server; rm -rf "$work"' EXIT

kill_server() {
  if [ -n "${sink:-}" ]; then
    kill "$sink" 2>/dev/null || true
    sink=
  fi
  if [ -n "${sampler:-}" ]; then
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    sampler=
  fi
  if [ -n "${pid:-}" ]; then
    pkill -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=
    gzip -c "$work/server.log" >"$out/server-$stamp.log.gz"
  fi
}
ms() { echo $(( ($2 - $1) / 1000000 )); }
# one row of the table: measurement, OneSeal, bare Camunda
row() { printf 'RESULT\t\t%s\t%s\t%s\n' "$1" "$2" "${3:-}" >>"$results"; }
stale() { [ ! -e "$1" ] || [ -n "$(find "${@:2}" -newer "$1" -type f -print -quit 2>/dev/null)" ]; }

# 1. build and provision if needed; the client is built only with -Pbench (never by `mvn verify`)
if [ ! -x ear/target/server/bin/standalone.sh ] \
  || stale ear/target/oneseal.ear pom.xml ejb/src/main ejb/pom.xml workflow/src/main workflow/pom.xml \
    web/src/main web/pom.xml health/src/main health/pom.xml ear/pom.xml ear/src/main; then
  echo "building and provisioning (mvn -o -B -q -DskipTests package)…" >&2
  mvn -o -B -q -DskipTests package
fi
if stale bench/target/classpath.txt bench/src bench/pom.xml pom.xml; then
  echo "building the benchmark client (-Pbench)…" >&2
  mvn -o -B -q -Pbench -pl bench package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
fi
client_cp="bench/target/classes:$(cat bench/target/classpath.txt)"
client() { java -Xms128m -Xmx512m -XX:-UseDynamicNumberOfCompilerThreads ${warmup:+-Dbench.warmup=$warmup} ${database:+-Dbench.database=$database} ${recording:+-Dbench.jfr=$recording} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$client_cp" cn.oneseal.bench.CaseBench "$@"; }

# 2. fresh databases on the same PostgreSQL server, and the provisioned server on its own base dir
psql -h 127.0.0.1 -U "$pguser" -d postgres -qc "drop database if exists $db with (force)" \
  -c "create database $db" -c "drop database if exists $bare_db with (force)" \
  -c "create database $bare_db"
export DB_DRIVER=postgresql DB_URL="jdbc:postgresql://127.0.0.1:5432/$db?options=-c%20jit=off" DB_USER="$pguser" \
  DB_PASSWORD="${PGPASSWORD:-trust}"
# the notification mails go to a sink that takes them (production has a mail server)
python3 ear/src/bench/smtp-sink.py $((2525 + offset)) &
sink=$!
export ONESEAL_SMTP_HOST=127.0.0.1 ONESEAL_SMTP_PORT=$((2525 + offset))
export ONESEAL_DEMO=true JAVA_OPTS="-Xms256m -Xmx768m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true"
# the JIT compiler's CPU is read from its threads: they must not end (and take their time with them)
JAVA_OPTS="$JAVA_OPTS -XX:-UseDynamicNumberOfCompilerThreads"
# BENCH_JAVA_OPTS: more options for the server's JVM (e.g. to compare JIT settings)
JAVA_OPTS="$JAVA_OPTS ${BENCH_JAVA_OPTS:-}"
# the server's stacks are deep (WildFly, RESTEasy, Weld, EJB interceptors): record them whole
# the recording starts with the server (CaseBench dumps the measured runs' part): started later, it
# instruments the JDK's I/O classes again and the compiled code that uses them is thrown away
# and the JVM records nothing while it writes the class archive (the first start of a new EAR, see
# standalone.conf): a recorded run neither writes nor uses one
[ "$jfr" = true ] && export ONESEAL_CLASS_ARCHIVE=off
[ "$jfr" = true ] && JAVA_OPTS="$JAVA_OPTS -XX:FlightRecorderOptions=stackdepth=512 -XX:StartFlightRecording=name=bench,settings=profile,maxage=30m"
load_before="$(uptime | sed 's/.*load average: //')"
cp -r ear/target/server/standalone "$work/base"
start=$(date +%s%N)
ear/target/server/bin/standalone.sh --stability=community -Djboss.socket.binding.port-offset="$offset" \
  -Djboss.server.base.dir="$work/base" >"$work/server.log" 2>&1 &
pid=$!
until curl -sf "$base/api/items" >/dev/null; do
  sleep 0.2
  if ! kill -0 "$pid" 2>/dev/null; then echo "server died:" >&2; tail -40 "$work/server.log" >&2; exit 1; fi
done
api_ready=$(date +%s%N)
curl -sf "$base/index.xhtml" >/dev/null
page_ready=$(date +%s%N)
reported="$(grep -o 'started in [0-9]*ms' "$work/server.log" | head -1 || true)"
java_pid="$(pgrep -f "java.*jboss.server.base.dir=$work/base" | head -1)"
row "boot until the API answers (ms)" "$(ms "$start" "$api_ready") (WildFly: ${reported:-n/a})"
row "boot until the first page answers (ms)" "$(ms "$start" "$page_ready")"

# 3. the measurements: the whole case over the API, then the same BPMN on the bare engine
if [ "$stacks" = true ]; then
  mkdir -p "$out/stacks-$stamp"
  while sleep 5; do jstack "$java_pid" >"$out/stacks-$stamp/$(date -u +%H%M%S).txt" 2>/dev/null || break; done &
  sampler=$!
fi
recording=
[ "$jfr" = true ] && recording="$out/server-$stamp.jfr"
database="$db" client api "$base" "$java_pid" "$item" "$cases" "$clients" | tee -a "$results"
if [ "$jfr" = true ]; then
  echo "flight recording: $out/server-$stamp.jfr (python3 ear/src/bench/jfr-hot.py it)" >&2
fi
if [ -n "${sampler:-}" ]; then kill "$sampler"; wait "$sampler" 2>/dev/null || true; sampler=; fi
recording= database="$bare_db" client bare "jdbc:postgresql://127.0.0.1:5432/$bare_db?options=-c%20jit=off" "$pguser" "${PGPASSWORD:-trust}" \
  workflow/src/main/resources/processes/generalLicensing.bpmn "$bare_cases" "$clients" | tee -a "$results"

# resident memory and heap after the workload, after a full GC
jcmd "$java_pid" GC.run >/dev/null
rss_kb="$(ps -o rss= -p "$java_pid" | tr -d ' ')"
heap="$(jcmd "$java_pid" GC.heap_info | grep -Eo 'used [0-9]+K' | head -1 | grep -Eo '[0-9]+')"
row "resident memory after the workload (MB)" "$((rss_kb / 1024))"
row "heap used after the workload and a full GC (MB)" "$((heap / 1024))"

# what signing in costs a request: the same public read anonymously, with a token, a page session
# and Basic (ear/src/bench/auth-overhead.py; its own table)
python3 ear/src/bench/auth-overhead.py "$base" 300 | tee "$out/auth-$stamp.md"

# the at-scale lists and the mixed load run belong to ear/src/bench/scale.sh (its own helper):
# it gets the running server and its database, and prints its own lines (kept in its file)
if [ "$quick" = false ] && [ -x ear/src/bench/scale.sh ]; then
  BENCH_BASE_URL="$base" BENCH_DB="$db" BENCH_SERVER_PID="$java_pid" BENCH_OUT="$out" \
    ear/src/bench/scale.sh | tee "$out/scale-$stamp.txt"
fi
load_after="$(uptime | sed 's/.*load average: //')"
kill_server
# rendering and sealing one document phase by phase, in its own JVM once the server has stopped
# (ejb/src/bench/seal-bench.sh; its own table)
ejb/src/bench/seal-bench.sh 200 100 4 | tee "$out/seal-$stamp.txt"

# 4. one table
{
  echo "Issue 18 benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo '+changes'),"
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))," \
    "PostgreSQL $(psql -h 127.0.0.1 -U "$pguser" -d postgres -Atc 'show server_version' | cut -d' ' -f1)," \
    "item $item, $cases cases per client count over the API, $bare_cases on the bare engine;" \
    "load average before: $load_before, after: $load_after."
  echo
  python3 - "$results" <<'PY'
import sys
rows, order = {}, []
for line in open(sys.argv[1], encoding="utf-8"):
    if not line.startswith("RESULT\t"):
        continue
    _, system, clients, metric, value = line.rstrip("\n").split("\t", 4)
    if system == "":  # a server row written by run.sh: measurement, OneSeal, bare
        key, values = clients, {"oneseal": metric, "bare": value}
    else:
        key, values = f"{metric}, {clients} client{'s' if clients != '1' else ''}", {system: value}
    if key not in rows:
        rows[key] = {}
        order.append(key)
    rows[key].update({k: v for k, v in values.items() if v})
print("| Measurement | OneSeal (API) | bare Camunda 7.23 | OneSeal / bare |")
print("|---|---:|---:|---:|")
for key in order:
    one, bare = rows[key].get("oneseal", "–"), rows[key].get("bare", "–")
    ratio = "–"
    if key.startswith(("cases/s", "CPU ms per case")):
        try:
            ratio = f"{float(one) / float(bare):.1%}" if key.startswith("cases/s") else f"{float(one) / float(bare):.1f}×"
        except (ValueError, ZeroDivisionError):
            pass
    print(f"| {key} | {one} | {bare} | {ratio} |")
PY
} | tee "$table"
echo "table: $table" >&2
