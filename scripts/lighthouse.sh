#!/usr/bin/env bash
# Lighthouse (mobile, default throttling) against a running `./brainbytes up`: landing, log in, a
# conversation (signed in as a new student) and the offline page. Prints performance,
# accessibility, best-practices, LCP, TBT and bytes transferred per page; exits 1 below target
# (performance >= 98, accessibility 100).
#
#   scripts/lighthouse.sh [frontend-url]      default http://localhost:3001
#   LIGHTHOUSE_CACHE=dir                      where lighthouse is installed (default ~/.cache/brainbytes-lighthouse)
set -euo pipefail

URL="${1:-${BRAINBYTES_URL:-http://localhost:3001}}"
VERSION=12.2.3
CACHE="${LIGHTHOUSE_CACHE:-$HOME/.cache/brainbytes-lighthouse}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

if [[ ! -x "$CACHE/node_modules/.bin/lighthouse" ]]; then
  mkdir -p "$CACHE"
  npm install --prefix "$CACHE" --no-audit --no-fund -E "lighthouse@$VERSION" >"$CACHE/npm.log" 2>&1 \
    || { echo "npm install lighthouse@$VERSION failed, see $CACHE/npm.log" >&2; exit 2; }
fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

# A fresh student, signed in with curl; the session cookie goes to Lighthouse as a header.
jar="$OUT/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
token="$(curl -sf -c "$jar" -b "$jar" "$URL/signup" | csrf)" || { echo "no sign-up page at $URL" >&2; exit 2; }
email="lighthouse.$(date +%s)@example.ph"
curl -sf -o /dev/null -c "$jar" -b "$jar" "$URL/signup" \
  --data-urlencode "_csrf=$token" --data-urlencode "email=$email" --data-urlencode "password=lighthouse-2026" \
  --data-urlencode "displayName=Lighthouse" --data-urlencode "birthYear=1990" --data-urlencode "consent=true"
token="$(curl -sf -c "$jar" -b "$jar" "$URL/chat" | csrf)"
chat="$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$URL/chat" --data-urlencode "_csrf=$token")"
[[ "$chat" == *"/chat/"* ]] || { echo "could not sign in and start a conversation at $URL" >&2; exit 2; }
session="$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")"

run() { # name url [extra headers json]
  local args=(--quiet --output=json --output-path="$OUT/$1.json" "--only-categories=performance,accessibility,best-practices"
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update")
  [[ -n "${3:-}" ]] && args+=("--extra-headers=$3")
  "$CACHE/node_modules/.bin/lighthouse" "$2" "${args[@]}" >/dev/null 2>"$OUT/$1.log" \
    || { echo "lighthouse failed on $2:" >&2; tail -5 "$OUT/$1.log" >&2; exit 2; }
}
run landing "$URL/"
run login "$URL/login"
run chat "$chat" "{\"Cookie\":\"JSESSIONID=$session\"}"
run offline "$URL/offline"

node - "$OUT" <<'JS'
const fs = require('fs');
const dir = process.argv[2];
let failed = false;
console.log('page      perf  a11y  best-pr   LCP ms   TBT ms   bytes');
for (const page of ['landing', 'login', 'chat', 'offline']) {
  const r = JSON.parse(fs.readFileSync(`${dir}/${page}.json`, 'utf8'));
  const score = (c) => Math.round(r.categories[c].score * 100);
  const audit = (a) => Math.round(r.audits[a].numericValue);
  const [perf, a11y, best] = [score('performance'), score('accessibility'), score('best-practices')];
  failed ||= perf < 98 || a11y < 100;
  console.log(`${page.padEnd(8)} ${String(perf).padStart(5)} ${String(a11y).padStart(5)} ${String(best).padStart(8)}`
    + ` ${String(audit('largest-contentful-paint')).padStart(8)} ${String(audit('total-blocking-time')).padStart(8)}`
    + ` ${String(audit('total-byte-weight')).padStart(7)}`);
}
process.exit(failed ? 1 : 0);
JS
