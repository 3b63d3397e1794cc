#!/bin/bash
# Worker threads of `evaluate --stream` against one thread, by hand: dist/cli.js, /usr/bin/time, alternating.
# The kept output is appended to bench/results/stream-threads-<date>.txt (the date of the run).
cd "$(dirname "$0")/.."
out=bench/results/stream-threads-$(date -u +%Y-%m-%d).txt
{
echo "# bash bench/streamThreads.sh, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), dist/ built from it; node $(node -v); $(nproc) cores"
echo "# each line: /usr/bin/time of node dist/cli.js evaluate FILE --stream --threads T --out ${TMPDIR:-/tmp}/o.ndjson (wall, user, system, max RSS);"
echo "# 60k = the header and first 60,000 units of bench/.cache/china.ndjson; outputs compared with cmp"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
head -60001 bench/.cache/china.ndjson > ${TMPDIR:-/tmp}/c60.ndjson
echo "input sizes in bytes: yunnan $(stat -c %s bench/.cache/yunnan.ndjson), 60k $(stat -c %s ${TMPDIR:-/tmp}/c60.ndjson)"
for f in yunnan:bench/.cache/yunnan.ndjson 60k:${TMPDIR:-/tmp}/c60.ndjson; do
  name=${f%%:*}; file=${f#*:}
  for r in 1 2; do for t in 1 2; do
    /usr/bin/time -f "$name threads $t round $r: %e s wall, %U s user, %S s system, max RSS %M kB" node dist/cli.js evaluate $file --stream --threads $t --out ${TMPDIR:-/tmp}/o$t.ndjson 2>&1 | grep "^$name"
  done; done
  cmp -s ${TMPDIR:-/tmp}/o1.ndjson ${TMPDIR:-/tmp}/o2.ndjson && echo "$name: the two outputs are byte for byte the same (cmp)" || echo "$name: OUTPUTS DIFFER"
done
for t in 2 1; do
  /usr/bin/time -f "china threads $t: %e s wall, %U s user, %S s system, max RSS %M kB" node dist/cli.js evaluate bench/.cache/china.ndjson --stream --threads $t --out ${TMPDIR:-/tmp}/c$t.ndjson 2>&1 | grep "^china"
done
cmp -s ${TMPDIR:-/tmp}/c1.ndjson ${TMPDIR:-/tmp}/c2.ndjson && echo "china: the two outputs ($(stat -c %s ${TMPDIR:-/tmp}/c1.ndjson) bytes each) are byte for byte the same (cmp)" || echo "china: OUTPUTS DIFFER"
rm -f ${TMPDIR:-/tmp}/c1.ndjson ${TMPDIR:-/tmp}/c2.ndjson
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee -a $out
