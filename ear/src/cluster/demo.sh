#!/usr/bin/env bash
# OneSeal as a cluster (docs/cluster.md): two nodes of the provisioned server (ear/target/server)
# on one PostgreSQL database, with demo data, behind nginx at http://localhost:8080/. Ctrl-C stops
# all three. Run by `mvn -Pcluster-demo -DskipTests verify` (README), or directly after a build.
#
#   node-a  http://localhost:8180/  management :10090  JGroups :7700
#   node-b  http://localhost:8280/  management :10190  JGroups :7800
#
# Kill a node (kill -9 on the pid it prints) and go on at http://localhost:8080/: a signed-in page
# session carries on at the other node, and the jobs the dead node held are taken over when their
# lock (ONESEAL_JOB_LOCK_TIME, PT1M here) expires.
#
# Environment: PGUSER (postgres), PGPASSWORD (any word for trust authentication), ONESEAL_CLUSTER_DB (oneseal_cluster: created when
# missing, kept between runs), ONESEAL_CLUSTER_HOME (target/cluster: the nodes' files and the
# seal's keys, shared by both nodes).
set -euo pipefail

root="$(cd "$(dirname "$0")/../../.." && pwd)"
server="$root/ear/target/server"
work="${ONESEAL_CLUSTER_HOME:-$root/ear/target/cluster}"
db="${ONESEAL_CLUSTER_DB:-oneseal_cluster}"
pguser="${PGUSER:-postgres}"
[ -x "$server/bin/standalone.sh" ] || {
  echo "no provisioned server at $server: build first (mvn -DskipTests install)" >&2
  exit 1
}
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -q nginx-light >/dev/null || apt-get install -y -q nginx >/dev/null
  else
    echo "nginx is missing: apt-get install nginx-light" >&2
    exit 1
  fi
}
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
pg_isready -q -h 127.0.0.1 || {
  echo "PostgreSQL does not answer on 127.0.0.1:5432 (README, \"PostgreSQL\")" >&2
  exit 1
}
psql -h 127.0.0.1 -U "$pguser" -d postgres -tAc "select 1 from pg_database where datname = '$db'" |
  grep -q 1 || psql -h 127.0.0.1 -U "$pguser" -d postgres -qc "create database $db"

mkdir -p "$work"
pids=()
stop_all() {
  trap - INT TERM EXIT
  echo "stopping the balancer and the nodes"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all INT TERM EXIT

# node NAME OFFSET: a copy of standalone/ of its own; logs in $work/NAME/standalone/log
node() {
  local name="$1" offset="$2" base="$work/$1/standalone"
  mkdir -p "$base"
  rm -rf "$base/configuration" "$base/deployments"
  cp -r "$server/standalone/configuration" "$server/standalone/deployments" "$base/"
  rm -rf "$base/configuration/standalone_xml_history"
  (
    export ONESEAL_DEMO=true ONESEAL_HOME="$work/home" ONESEAL_CLASS_ARCHIVE=off \
      DB_DRIVER=postgresql DB_USER="$pguser" DB_PASSWORD="${PGPASSWORD:-trust}" \
      DB_URL="jdbc:postgresql://127.0.0.1:5432/$db?options=-c%20jit=off" \
      ONESEAL_PUBLIC_URL=http://localhost:8080 ONESEAL_TRUSTED_PROXIES=127.0.0.1 \
      ONESEAL_JOB_LOCK_TIME=PT1M ONESEAL_QUEUE_REQUESTS_ON_START=false \
      ONESEAL_CLUSTER_PEER_A_PORT=7700 ONESEAL_CLUSTER_PEER_B_PORT=7800 \
      JAVA_OPTS="-Xms256m -Xmx768m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true"
    exec "$server/bin/standalone.sh" --stability=community \
      -Djboss.server.base.dir="$base" -Djboss.node.name="$name" -Djboss.tx.node.id="$name" \
      -Djboss.socket.binding.port-offset="$offset" >"$work/$name.out" 2>&1
  ) &
  pids+=($!)
  echo "$name: pid $! (its output: $work/$name.out)"
}
# ready NAME PORT: until the node's readiness (management PORT) is UP; stops at a failed start
ready() {
  local name="$1" port="$2" until=$((SECONDS + 300))
  until curl -fs "http://localhost:$port/health/ready" >/dev/null; do
    if [ $SECONDS -ge $until ] || grep -q "WFLYSRV0026" "$work/$name.out"; then
      echo "$name did not start: see $work/$name.out" >&2
      exit 1
    fi
    sleep 2
  done
}

# one after the other: the first node makes the schema and the demo data
node node-a 100
ready node-a 10090
node node-b 200
ready node-b 10190

mkdir -p "$work/nginx"
sed -e "s#@PREFIX@#$work/nginx#g" -e "s#@LISTEN@#8080#g" \
  -e "s#@NODE_A@#127.0.0.1:8180#g" -e "s#@NODE_B@#127.0.0.1:8280#g" \
  "$root/ear/src/cluster/nginx.conf" >"$work/nginx/nginx.conf"
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" &
pids+=($!)
sleep 1
curl -fs -o /dev/null http://localhost:8080/ || { echo "the balancer does not answer" >&2; exit 1; }
echo
echo "OneSeal runs on two nodes behind http://localhost:8080/ (demo accounts: README). Ctrl-C stops it."
wait
