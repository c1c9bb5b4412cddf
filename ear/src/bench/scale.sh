#!/usr/bin/env bash
# Issue 18 at provincial scale (PostgreSQL only, bench only, never in CI): loads 10,000 then 20,000
# open cases in the engine and 1,000,000 closed cases, times the main reads at both sizes (p50/p95,
# ratio), prints the slow statements PostgreSQL logged, then runs the mixed-role load.
#
#   bash ear/src/bench/scale.sh [options]        (after `mvn -DskipTests package`)
#     --base URL         a running server (else one is started: port offset 600, database oneseal_scale)
#     --db NAME          its database (psql coordinates from PGHOST/PGPORT/PGUSER/PGPASSWORD; default
#                        oneseal_scale); --log FILE / --pid PID: the running server's log and pid (optional)
#     --templates N      real cases filed and worked through the API first (default 40)
#     --open1 N --open2 N --closed N   sizes (default 10000, 20000, 1000000)
#     --calls N          calls per read and size (default 200)
#     --minutes M        mixed load (default 10; 0 skips it)
# Reduced run: --open1 2000 --open2 4000 --closed 100000 --calls 50 --minutes 2
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
# the bench runner (ear/src/bench/run.sh) passes its server as BENCH_BASE_URL, BENCH_DB,
# BENCH_SERVER_PID, BENCH_OUT; options override them
base="${BENCH_BASE_URL:-}" db="${BENCH_DB:-oneseal_scale}" pid="${BENCH_SERVER_PID:-}" OUT="${OUT:-${BENCH_OUT:-}}"
templates=40 open1=10000 open2=20000 closed=1000000 calls=200 minutes=10
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base="$2" ;; --db) db="$2" ;; --log) log="$2" ;; --pid) pid="$2" ;;
    --templates) templates="$2" ;; --open1) open1="$2" ;; --open2) open2="$2" ;; --closed) closed="$2" ;;
    --calls) calls="$2" ;; --minutes) minutes="$2" ;;
    *) sed -n '2,16p' "$0"; exit 2 ;;
  esac
  shift 2
done
out="${OUT:-$(mktemp -d)}"
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }

if [ -z "$base" ]; then
  export PGDATABASE_SCALE="$db" WORK="$out"
  source "$here/scale/server.sh"
  trap kill_server EXIT
  start_server fresh
fi
echo "server $base, database $db, results in $out; $(uptime)"
# the statements slower than 50 ms go to PostgreSQL's log: new sessions only, so a server given by
# --base logs them only if its connections were opened after this (server.sh sets it at creation)
psql_db -c "alter database $db set log_min_duration_statement = 50"

open_cases() {
  psql_db -Atc "select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
                where e.parent_id_ is null and d.key_ = 'generalLicensing'"
}
grow_open() { # clones the templates until at least $1 open cases
  local have tpl kfrom copies
  have=$(open_cases)
  # templates: the open cases that are not copies (a copy's idempotency key is scale-<k>-<key>)
  tpl=$(psql_db -Atc "select count(*) from application a join act_ru_execution e on e.id_ = a.workflow_ref
                      and e.parent_id_ is null where a.idempotency_key not like 'scale-%'")
  kfrom=$(psql_db -Atc "select coalesce(max(split_part(idempotency_key, '-', 2)::int), 0) + 1 from application
                        where idempotency_key like 'scale-%'")
  copies=$(( ($1 - have + tpl - 1) / tpl ))
  [ "$copies" -gt 0 ] || return 0
  local t0=$SECONDS
  psql_db -v kfrom="$kfrom" -v kto=$((kfrom + copies - 1)) -f "$here/scale/clone-open.sql" >/dev/null 2>"$out/clone.log" || { cat "$out/clone.log"; exit 1; }
  echo "open cases: $have -> $(open_cases) ($copies copies of $tpl templates, $((SECONDS - t0)) s)"
}
slow_log() { # the statements PostgreSQL logged as slow since line $1 of its log
  local pglog=/var/log/postgresql/postgresql-15-main.log
  [ -r "$pglog" ] || { echo "(PostgreSQL's log not readable here)"; return 0; }
  tail -n +"$1" "$pglog" | grep "@$db " | grep -o 'duration: [0-9.]* ms  \(execute\|statement\)[^:]*: .*' \
    | sed -E 's/[0-9]+(\.[0-9]+)? ms/& /' | sort -t' ' -k2 -rn | cut -c1-400 | head -15 || true
}
pglines() { wc -l </var/log/postgresql/postgresql-15-main.log 2>/dev/null || echo 0; }

cd "$here/scale"
if [ "$(open_cases)" -lt "$templates" ]; then
  python3 seed.py "$base" "$templates"
fi
grow_open "$open1"
mark=$(pglines)
echo "--- reads at $(open_cases) open cases; $(uptime)"
python3 latency.py "$base" "$calls" "$(open_cases) open" "$out/small.json"
echo "--- slowest statements (>= 50 ms) during these reads:"; slow_log "$mark"

grow_open "$open2"
have_closed=$(psql_db -Atc "select count(*) from application where idempotency_key like 'closed-%'")
if [ "$have_closed" -lt "$closed" ]; then
  t0=$SECONDS
  psql_db -v n=$((closed - have_closed)) -f "$here/scale/closed.sql"
  echo "closed cases: $have_closed -> $closed ($((SECONDS - t0)) s)"
fi
mark=$(pglines)
echo "--- reads at $(open_cases) open + $closed closed cases; $(uptime)"
python3 latency.py "$base" "$calls" "$(open_cases) open + $closed closed" "$out/large.json"
echo "--- slowest statements (>= 50 ms) during these reads:"; slow_log "$mark"
python3 - "$out/small.json" "$out/large.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
print(f"{'call':42} {'p95 ' + a['label']:>22} {'p95 ' + b['label']:>30} {'ratio':>6}  target p95 <= 150 ms, ratio <= 1.5")
for kind, x in a["kinds"].items():
    y = b["kinds"][kind]
    print(f"{kind:42} {x['p95']:22.1f} {y['p95']:30.1f} {y['p95'] / x['p95']:6.2f}")
PY
if [ "$minutes" != 0 ]; then
  echo "--- mixed load, $minutes min; $(uptime)"
  python3 mixed.py "$base" "$minutes" "$out/mixed.json"
  echo "after the load: $(uptime)"
fi
if [ -n "${pid:-}" ]; then # the server's heap after all this, when its pid is known (java's own or its launcher's child)
  java_pid=$(pgrep -P "$pid" java || echo "$pid")
  echo "server heap after the scale run: $(jcmd "$java_pid" GC.heap_info 2>/dev/null | grep -Eo 'used [0-9]+K' | head -1 || echo unknown)"
fi
psql_db -c "alter database $db reset log_min_duration_statement"
