#!/usr/bin/env bash
# After a deployment: one student's whole path through the public API, via the given base URL
# (nginx, a load balancer, or a backend directly). Signs up, logs in, opens a conversation, asks,
# and checks the tutor answered. Exit 0 only if every step worked.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/smoke-test.sh [options] BASE_URL
  BASE_URL             where /api/v1 is served, e.g. https://tutor.example.ph or http://127.0.0.1:3000
Options:
  -q, --question TEXT  what to ask (default: "What is 12 + 30?"; the answer must contain 42 then)
  -k, --insecure       accept any TLS certificate
      --cacert FILE    trust this certificate
  -t, --timeout SECONDS  per request (default 60; the tutor may take a while)
  -h, --help           this text
Needs curl and jq. Leaves one test account (smoke-<time>@example.ph) behind.
USAGE
}

question="What is 12 + 30?"
expect="42"
timeout=60
curl_tls=()
base=""
while (($# > 0)); do
  case "$1" in
    -q | --question) question="${2:?--question needs TEXT}"; expect=""; shift 2 ;;
    -k | --insecure) curl_tls+=(--insecure); shift ;;
    --cacert) curl_tls+=(--cacert "${2:?--cacert needs FILE}"); shift 2 ;;
    -t | --timeout) timeout="${2:?--timeout needs SECONDS}"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "smoke-test.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) [[ -z "$base" ]] || { usage >&2; exit 2; }; base="${1%/}"; shift ;;
  esac
done
[[ -n "$base" ]] || { usage >&2; exit 2; }
for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "smoke-test.sh: $tool is needed" >&2; exit 1; }
done

body_file="$(mktemp)"
trap 'rm -f "$body_file"' EXIT

step() { printf '%-34s' "$1"; }
fail() {
  echo "FAIL"
  echo "  $1" >&2
  [[ -s "$body_file" ]] && echo "  answer: $(head -c 500 "$body_file")" >&2
  exit 1
}

# call METHOD PATH EXPECTED_STATUS [JSON] — the body lands in $body_file.
call() {
  local method="$1" path="$2" expected="$3" json="${4:-}" status
  local args=(-sS -o "$body_file" -w '%{http_code}' --max-time "$timeout" -X "$method"
    -H 'Accept: application/json')
  [[ -n "${token:-}" ]] && args+=(-H "Authorization: Bearer $token")
  [[ -n "$json" ]] && args+=(-H 'Content-Type: application/json' --data "$json")
  status="$(curl "${args[@]}" ${curl_tls[@]+"${curl_tls[@]}"} "$base$path" 2>&1)" || status="${status:-000}"
  [[ "$status" == "$expected" ]] || fail "$method $path: HTTP $status, expected $expected"
}

stamp="$(date +%s)-$$"
email="smoke-$stamp@example.ph"
password="smoke-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
token=""
started=$SECONDS

step "sign up ($email)"
call POST /api/v1/auth/register 201 "$(jq -nc --arg e "$email" --arg p "$password" '{
  email: $e, password: $p, displayName: "Smoke Test", gradeLevel: 8, preferredLanguage: "en",
  birthYear: 2010,
  consent: {accepted: true, guardianName: "Smoke Guardian", guardianEmail: "guardian-\($e)"}}')"
echo "ok"

step "log in"
call POST /api/v1/auth/login 200 "$(jq -nc --arg e "$email" --arg p "$password" '{email: $e, password: $p}')"
token="$(jq -r '.accessToken // empty' "$body_file")"
[[ -n "$token" ]] || fail "no accessToken in the log-in answer"
echo "ok"

step "open a conversation"
call POST /api/v1/conversations 201 '{"title":"smoke test"}'
conversation="$(jq -r '.id // empty' "$body_file")"
[[ -n "$conversation" ]] || fail "no conversation id"
echo "ok"

step "ask: $question"
call POST "/api/v1/conversations/$conversation/messages" 201 "$(jq -nc --arg q "$question" '{text: $q}')"
answer="$(jq -r '.answer.text // empty' "$body_file")"
provider="$(jq -r '.answer.provider // empty' "$body_file")"
[[ -n "$answer" ]] || fail "the answer has no text"
[[ -z "$expect" || "$answer" == *"$expect"* ]] || fail "the answer does not contain $expect"
echo "ok ($provider)"

step "read the conversation back"
call GET "/api/v1/conversations/$conversation/messages" 200
[[ "$(jq 'if type == "array" then length else (.items // .messages // []) | length end' "$body_file")" -ge 2 ]] \
  || fail "question and answer not both stored"
echo "ok"

echo "smoke test passed against $base in $((SECONDS - started))s"
