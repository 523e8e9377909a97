#!/usr/bin/env bash
# Builds the benchmark jar, runs every benchmark with JSON output, and rewrites the tables in
# BENCHMARKS.md from the result. Extra arguments go to JMH (for example -p doc=large).
# Never installs anything into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."
JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -w 1s -i 5 -r 1s"}
RESULT=${RESULT:-plan-bench/target/jmh-result.json}
mvn -B -ntp -q -pl plan-bench -am package -DskipTests
# shellcheck disable=SC2086
# -prof gc: allocation per operation (gc.alloc.rate.norm) goes beside every time
java -jar plan-bench/target/benchmarks.jar $JMH_OPTS -prof gc -rf json -rff "$RESULT" "$@"
java -cp plan-bench/target/benchmarks.jar dev.plandoc.bench.Report "$RESULT" BENCHMARKS.md "$JMH_OPTS $*"
