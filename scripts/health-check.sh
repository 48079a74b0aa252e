#!/usr/bin/env bash
# Checks the health of BrainBytes endpoints and says plainly which are up. Exit 0 only if all are.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/health-check.sh [options] URL...
Asks each URL and reports OK or FAIL with the HTTP status and time taken; exits 1 if any fails.
A URL without a path gets /actuator/health/readiness (a service's management port, e.g.
http://127.0.0.1:9300); a URL with a path is asked as given (e.g. https://tutor.example.ph/nginx-health).
A readiness answer must also say "UP".
Options:
  -w, --wait SECONDS   keep retrying a failing URL for up to SECONDS (default 0: ask once)
  -t, --timeout SECONDS  per request (default 5)
  -k, --insecure       accept any TLS certificate
      --cacert FILE    trust this certificate (e.g. the one from scripts/make-dev-cert.sh)
  -h, --help           this text
Example: scripts/health-check.sh http://127.0.0.1:9301 http://127.0.0.1:9300 http://127.0.0.1:9302
USAGE
}

wait_for=0
timeout=5
curl_tls=()
urls=()
while (($# > 0)); do
  case "$1" in
    -w | --wait) wait_for="${2:?--wait needs SECONDS}"; shift 2 ;;
    -t | --timeout) timeout="${2:?--timeout needs SECONDS}"; shift 2 ;;
    -k | --insecure) curl_tls+=(--insecure); shift ;;
    --cacert) curl_tls+=(--cacert "${2:?--cacert needs FILE}"); shift 2 ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "health-check.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) urls+=("$1"); shift ;;
  esac
done
if ((${#urls[@]} == 0)); then
  usage >&2
  exit 2
fi
[[ "$wait_for" =~ ^[0-9]+$ && "$timeout" =~ ^[0-9]+$ ]] || { echo "health-check.sh: SECONDS must be a number" >&2; exit 2; }

# The URL to ask: as given if it has a path, else the readiness endpoint.
target() {
  if [[ "$1" =~ ^https?://[^/]+/.+ ]]; then
    echo "$1"
  else
    echo "${1%/}/actuator/health/readiness"
  fi
}

# One attempt; prints "STATUS SECONDS BODY" and succeeds if healthy.
probe() {
  local url="$1" out status seconds body
  out="$(mktemp)"
  if ! read -r status seconds < <(curl -sS -o "$out" -w '%{http_code} %{time_total}\n' --max-time "$timeout" \
    ${curl_tls[@]+"${curl_tls[@]}"} "$url" 2>/dev/null || echo "000 0"); then
    status=000 seconds=0
  fi
  body="$(head -c 200 "$out" | tr -d '\n')"
  rm -f "$out"
  echo "$status ${seconds} ${body}"
  [[ "$status" == 200 ]] || return 1
  [[ "$url" != */actuator/health* ]] || [[ "$body" == *'"UP"'* ]]
}

failed=0
printf '%-6s %-55s %-6s %s\n' RESULT URL STATUS TIME
for given in "${urls[@]}"; do
  url="$(target "$given")"
  deadline=$((SECONDS + wait_for))
  while true; do
    if result="$(probe "$url")"; then
      ok=true
    else
      ok=false
    fi
    if $ok || ((SECONDS >= deadline)); then
      break
    fi
    sleep 2
  done
  read -r status seconds body <<<"$result"
  if $ok; then
    printf '%-6s %-55s %-6s %ss\n' OK "$url" "$status" "$seconds"
  else
    failed=$((failed + 1))
    [[ "$status" == 000 ]] && body="no answer (connection refused, timeout or TLS error)"
    printf '%-6s %-55s %-6s %ss  %s\n' FAIL "$url" "$status" "$seconds" "${body:-}"
  fi
done

if ((failed > 0)); then
  echo "health-check: $failed of ${#urls[@]} failed"
  exit 1
fi
echo "health-check: all ${#urls[@]} healthy"
