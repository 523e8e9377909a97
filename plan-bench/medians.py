#!/usr/bin/env python3
"""Medians of a hyperfine JSON export (--export-json), and each command's ratio to the first one.

usage: medians.py RESULT.json
"""
import json
import statistics
import sys

results = json.load(open(sys.argv[1]))["results"]
first = statistics.median(results[0]["times"])
for r in results:
    m = statistics.median(r["times"])
    print(f'{r["command"]:<24} median {m * 1000:9.1f} ms  (min {min(r["times"]) * 1000:9.1f})'
          f'  user {r["user"] * 1000:7.0f} ms  sys {r["system"] * 1000:6.0f} ms'
          f'  this / first {m / first:5.2f}  first / this {first / m:5.2f}')
