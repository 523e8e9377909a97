#!/usr/bin/env bash
# Batch conversion (issue 11: 200 plans to JSON in one `java -jar plan.jar convert ... -o DIR` at
# least 8x faster than pandoc converting them one by one): hyperfine, 1 warm-up, RUNS runs each;
# prints the medians and the ratio. Needs hyperfine, pandoc and python3 (measuring only).
# The 200 inputs are the Markdown corpora of plan-markdown's tests (plans, wild, heldout), copied
# round-robin under distinct names (000-mixed-drift.md, 001-ocr-receipt.ko.md, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${WORK:-/tmp/plandoc-batch}
rm -rf "$WORK" && mkdir -p "$WORK/in"
./plan --version >/dev/null # builds the jar when it is missing or stale
n=0
while [ "$n" -lt 200 ]; do
  for f in plan-markdown/src/test/resources/{plans,wild,heldout}/*.md; do
    [ "$n" -ge 200 ] && break
    cp "$f" "$WORK/in/$(printf '%03d' "$n")-$(basename "$f")"
    n=$((n + 1))
  done
done
cat >"$WORK/pandoc.sh" <<SH
#!/bin/sh
# pandoc, one process per plan, as a script converting them one by one would run it
rm -rf "$WORK/out-pandoc" && mkdir -p "$WORK/out-pandoc"
for f in "$WORK"/in/*.md; do
  b=\${f##*/}
  pandoc -f gfm -t json -o "$WORK/out-pandoc/\${b%.md}.json" "\$f"
done
SH
cat >"$WORK/plan.sh" <<SH
#!/bin/sh
# plandoc, one java -jar run for all of them, default JVM options
rm -rf "$WORK/out-plan"
exec java -jar "$ROOT/plan-cli/target/plan.jar" convert "$WORK"/in/*.md --to json -o "$WORK/out-plan"
SH
chmod +x "$WORK/pandoc.sh" "$WORK/plan.sh"
hyperfine -N --warmup 1 --runs "${RUNS:-5}" --export-json "$WORK/batch.json" \
  -n "pandoc, one by one" "$WORK/pandoc.sh" \
  -n "plan convert, one run" "$WORK/plan.sh"
ls "$WORK/out-plan" | wc -l | xargs echo "JSON files written by plan:"
python3 plan-bench/medians.py "$WORK/batch.json"
