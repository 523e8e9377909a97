#!/usr/bin/env bash
# Cold start-up of a Markdown -> YAML convert against a hello-world JVM, both on the same class
# path (the plandoc jars and their dependencies), with and without an AppCDS archive.
# Needs hyperfine. Builds with -DskipTests; never installs into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=plan-bench/target/startup
mkdir -p "$OUT"
# In the reactor every module writes the file; plan-bench, built last, wins.
mvn -B -ntp -q -pl plan-bench -am package dependency:build-classpath -DskipTests \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$PWD/$OUT/deps.txt"
CP="plan-bench/target/plan-bench-0.1.0-SNAPSHOT.jar:$(cat "$OUT/deps.txt")"
IN=/work/shared/corpus/ocr-receipt.ko.md
[ -f "$IN" ] || IN=plan-bench/src/main/resources/dev/plandoc/bench/plans/ocr-receipt.ko.md
HELLO="java -cp $CP dev.plandoc.bench.startup.HelloMain"
CONVERT="java -cp $CP dev.plandoc.bench.startup.ConvertMain $IN $OUT/out.yaml"
# AppCDS: one training run dumps the classes it loaded; later runs map them from the archive.
java -XX:ArchiveClassesAtExit="$OUT/convert.jsa" -cp "$CP" dev.plandoc.bench.startup.ConvertMain \
  "$IN" "$OUT/out.yaml" 2>/dev/null
java -XX:ArchiveClassesAtExit="$OUT/hello.jsa" -cp "$CP" dev.plandoc.bench.startup.HelloMain \
  >/dev/null 2>&1
HELLO_CDS="java -XX:SharedArchiveFile=$OUT/hello.jsa -cp $CP dev.plandoc.bench.startup.HelloMain"
CONVERT_CDS="java -XX:SharedArchiveFile=$OUT/convert.jsa -cp $CP dev.plandoc.bench.startup.ConvertMain $IN $OUT/out.yaml"
hyperfine -N --warmup 3 --runs "${RUNS:-20}" --export-json "$OUT/startup.json" \
  -n hello "$HELLO" -n convert "$CONVERT" \
  -n "hello (AppCDS)" "$HELLO_CDS" -n "convert (AppCDS)" "$CONVERT_CDS"
