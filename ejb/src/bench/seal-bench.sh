#!/usr/bin/env bash
# Renders and seals a decision notice and a licence, phase by phase (issue 18), outside CI:
#   ejb/src/bench/seal-bench.sh [iterations=200] [warm-up=100] [threads=4]
# Needs the ejb module built once (mvn -o -B -q -DskipTests package); SKIP_BUILD=1 skips the
# `mvn -o test-compile` of ejb that this script otherwise runs first (the bench uses the seal
# tests' licence). JFR=path.jfr records a Java Flight Recording of the whole run (read it with
# `jfr print --events jdk.ExecutionSample path.jfr`).
set -euo pipefail
ejb="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ejb/.."
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -o -B -q -pl ejb -DskipTests test-compile
fi
out="$ejb/target/bench"
mkdir -p "$out/classes"
mvn -o -B -q -pl ejb dependency:build-classpath -Dmdep.includeScope=compile \
  -Dmdep.outputFile="$out/classpath.txt" >/dev/null
cp="$ejb/target/classes:$ejb/target/test-classes:$(cat "$out/classpath.txt")"
javac -nowarn -encoding UTF-8 -d "$out/classes" -cp "$cp" \
  $(find "$ejb/src/bench/java" -name '*.java')
jfr=()
if [ -n "${JFR:-}" ]; then
  jfr=("-XX:StartFlightRecording=filename=$JFR,settings=profile")
fi
exec java -Xms512m -Xmx512m -Djava.awt.headless=true "${jfr[@]}" -cp "$out/classes:$cp" \
  cn.oneseal.infrastructure.seal.SealBench "$@"
