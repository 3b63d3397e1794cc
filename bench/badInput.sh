#!/usr/bin/env bash
# The bad-input figures of docs/hardening.md: each input parsed and evaluated in a fresh process under /usr/bin/time -v,
# then the built CLI on two of them. Needs `npm run build` and `npx tsx bench/badInput.ts write` first.
#   bash bench/badInput.sh > bench/results/bad-input-<date>.txt
set -u
cd "$(dirname "$0")/.."
dirty=$(git status --porcelain | wc -l)
echo "# bench/badInput.ts under /usr/bin/time -v; $(date -u +%Y-%m-%dT%H:%MZ); commit $(git rev-parse --short HEAD) ($([ "$dirty" = 0 ] && echo 'clean tree' || echo "$dirty uncommitted paths")); node $(node -v); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for f in valid empty code; do echo "bad-$f.json $(wc -c < bench/.cache/bad-$f.json) bytes"; done
keep() { grep -E 'Command being timed|Elapsed|Maximum resident'; }
for f in valid empty code; do
  for mode in parse api; do
    echo "## $mode bad-$f"
    /usr/bin/time -v npx tsx bench/badInput.ts "$mode" "bench/.cache/bad-$f.json" 2>/tmp/bad-time.txt
    keep < /tmp/bad-time.txt
  done
done
for f in valid empty; do
  echo "## CLI evaluate bad-$f (dist/cli.js)"
  /usr/bin/time -v node dist/cli.js evaluate "bench/.cache/bad-$f.json" >/dev/null 2>/tmp/bad-cli-stderr.txt
  echo "exit $?"
  keep < /tmp/bad-cli-stderr.txt
  echo "stderr bytes (with time's report): $(wc -c < /tmp/bad-cli-stderr.txt)"
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
