#!/usr/bin/env bash
# Start-up of the command line (issue 11: `./plan convert x.md --to yaml` within 4x a `java -cp`
# hello world): hyperfine, -N (no shell), 3 warm-ups, RUNS runs each; prints the medians and the
# ratios (plan-bench/medians.py). Needs hyperfine and python3 (measuring only; the build needs neither).
# The launcher builds the jar and its start-up archive first when they are missing or stale.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=plan-bench/target/cli-startup
mkdir -p "$OUT/hello"
IN=plan-cli/src/test/resources/dev/plandoc/cli/ocr-receipt.ko.md
./plan convert "$IN" --to yaml >/dev/null
printf 'public class Hello {\n  public static void main(String[] a) {\n    System.out.println("hello");\n  }\n}\n' \
  >"$OUT/hello/Hello.java"
javac -d "$OUT/hello" "$OUT/hello/Hello.java"
hyperfine -N --warmup 3 --runs "${RUNS:-30}" --export-json "$OUT/startup.json" \
  -n "hello" "java -cp $OUT/hello:plan-cli/target/plan.jar Hello" \
  -n "./plan convert" "./plan convert $IN --to yaml" \
  -n "java -jar convert" "java -jar plan-cli/target/plan.jar convert $IN --to yaml"
python3 plan-bench/medians.py "$OUT/startup.json"
