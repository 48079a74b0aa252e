#!/usr/bin/env bash
# Lighthouse 12 (mobile, default simulated throttling, Debian's Chromium) against a running
# `./brainbytes up`: landing, log in, a conversation with an answer (signed in as a new student),
# a lesson when --lesson names one, and the offline page. Prints performance, accessibility,
# best-practices, LCP, TBT and bytes transferred per page (medians of --runs, with the load
# average), and exits 1 when a page is below target (performance >= 98, accessibility 100) or
# cannot be measured (a lesson that answers 404, say), 2 when the run itself cannot start.
#
#   scripts/lighthouse.sh [--runs N] [--lesson ID] [--out DIR] [frontend-url]   default http://127.0.0.1:3001
#   LIGHTHOUSE_CACHE=dir   where the pinned packages are installed (default ~/.cache/brainbytes-lighthouse)
#   CHROME_PATH=file       the browser (default /usr/bin/chromium)
#
# Everything Lighthouse says goes to <out>/lighthouse.log (default target/lighthouse), beside the
# table (table.txt) and one JSON report per page and run.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/lighthouse" && pwd)"
CACHE="${LIGHTHOUSE_CACHE:-$HOME/.cache/brainbytes-lighthouse}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

out=target/lighthouse
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  [[ "${args[i]}" == "--out" ]] && out="${args[i + 1]:-$out}"
  [[ "${args[i]}" == --out=* ]] && out="${args[i]#--out=}"
done
mkdir -p "$out"
LOG="$out/lighthouse.log"

[[ -x "$CHROME_PATH" ]] || { echo "no browser at $CHROME_PATH (apt-get install chromium)" >&2; exit 2; }

# npm ci from the lock file, once: later runs find the same lock file in the cache and start at once.
if ! cmp -s "$HERE/package-lock.json" "$CACHE/package-lock.json" || [[ ! -d "$CACHE/node_modules/lighthouse" ]]; then
  mkdir -p "$CACHE"
  cp "$HERE/package.json" "$HERE/package-lock.json" "$CACHE/"
  echo "installing Lighthouse into $CACHE" >&2
  npm ci --prefix "$CACHE" --no-audit --no-fund >"$CACHE/npm.log" 2>&1 \
    || { rm -f "$CACHE/package-lock.json"; echo "npm ci failed, see $CACHE/npm.log" >&2; exit 2; }
fi

: >"$LOG"
status=0
LIGHTHOUSE_MODULES="$CACHE" node "$HERE/run.mjs" "$@" 2>>"$LOG" | tee "$out/table.txt" || status=$?
if ((status == 2)); then
  echo "Lighthouse could not run; the end of $LOG:" >&2
  grep -v ' LH:status' "$LOG" | tail -n 15 >&2
fi
exit "$status"
