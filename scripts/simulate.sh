#!/usr/bin/env bash
# Demo simulations on one machine, next to services started with './brainbytes up -d'. Everything
# goes to 127.0.0.1 only, and every simulation stops by itself.
#
#   ./brainbytes simulate traffic [--minutes N | --seconds S] [--rate R]
#       students signing up and asking in English, Filipino and Taglish across subjects, a quarter
#       of the answers streamed; R questions a second (default 1) for N minutes (default 2)
#   ./brainbytes simulate incident tutor-down|slow-tutor|errors [--minutes N]
#       a fault so that an alert can be shown (see docs/08-demo-simulation.md)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BACKEND="http://127.0.0.1:${BRAINBYTES_BACKEND_PORT:-3000}"
FRONTEND="http://127.0.0.1:${BRAINBYTES_FRONTEND_PORT:-3001}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

say() { printf 'simulate: %s\n' "$*"; }
die() { printf 'simulate: %s\n' "$*" >&2; exit 2; }

# Questions a class might ask in an evening, by language; each line is subject|question.
QUESTIONS_EN=(
  "math|Solve 3x - 7 = 11"
  "math|What is 15% of 840?"
  "math|A jeepney ride costs 13 pesos for the first 4 km and 1.80 for each km after. How much is 10 km?"
  "science|What is photosynthesis?"
  "science|Why do we have seasons?"
  "english|What is the difference between affect and effect?"
  "social-studies|Who was Jose Rizal?"
  "social-studies|When did Magellan arrive in the Philippines?"
)
QUESTIONS_FIL=(
  "math|Magkano ang 3 kilo ng bigas kung 52 piso ang isang kilo?"
  "math|Ano ang 2/3 + 1/4?"
  "science|Ano ang potosintesis?"
  "science|Bakit umuulan?"
  "filipino|Ano ang pagkakaiba ng ng at nang?"
  "filipino|Ano ang pangngalan?"
  "social-studies|Sino si Andres Bonifacio?"
)
QUESTIONS_TAGLISH=(
  "math|Paano mag-solve ng 2x + 5 = 17?"
  "math|Pa-help naman sa fractions, paano i-add ang 1/2 at 1/3?"
  "science|Ano yung photosynthesis and bakit important siya sa plants?"
  "english|Ano ang difference ng its at it's?"
  "social-studies|Bakit important si Rizal sa history natin?"
)

usage() {
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
}

minutes_to_seconds() { awk -v m="$1" 'BEGIN { printf "%d", m * 60 }'; }

# --- traffic ----------------------------------------------------------------------------------

json_field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" | head -n 1; }

# path json [token] → the body on stdout; the status code in $WORK/status.<pid of the calling
# process> (read it with last_status, outside a command substitution).
post() {
  local path="$1" body="$2" token="${3:-}" me=$BASHPID
  local -a auth=()
  [[ -n "$token" ]] && auth=(-H "Authorization: Bearer $token")
  curl -sS --max-time 60 -o "$WORK/body.$me" -w '%{http_code}' -H 'Content-Type: application/json' \
    "${auth[@]}" -d "$body" "$BACKEND$path" >"$WORK/status.$me" || echo 000 >"$WORK/status.$me"
  cat "$WORK/body.$me" 2>/dev/null || true
}

# A new student signs up (with a guardian's consent), signs in and opens a conversation; prints
# "token conversation".
new_student() {
  local n="$1" email token conversation lang
  email="sim-$$-$n-$RANDOM@example.ph"
  lang=$([[ $((n % 2)) == 0 ]] && echo fil || echo en)
  post /api/v1/auth/register "{\"email\":\"$email\",\"password\":\"simulated-password-$n\",\"displayName\":\"Student $n\",\"gradeLevel\":$((4 + n % 9)),\"preferredLanguage\":\"$lang\",\"birthYear\":$((2008 + n % 8)),\"consent\":{\"accepted\":true,\"guardianName\":\"Guardian $n\",\"guardianEmail\":\"guardian-$n@example.ph\"}}" >/dev/null
  token="$(post /api/v1/auth/login "{\"email\":\"$email\",\"password\":\"simulated-password-$n\"}" | json_field accessToken)"
  [[ -n "$token" ]] || return 1
  conversation="$(post /api/v1/conversations '{}' "$token" | json_field id)"
  [[ -n "$conversation" ]] || return 1
  echo "$token $conversation"
}

# The n-th question: languages in turn, English, Filipino, Taglish, … (4:3:3 in every ten), a
# random question of that language.
pick_question() {
  case $(($1 % 10)) in
    0 | 3 | 6 | 9) echo "${QUESTIONS_EN[RANDOM % ${#QUESTIONS_EN[@]}]}" ;;
    1 | 4 | 7) echo "${QUESTIONS_FIL[RANDOM % ${#QUESTIONS_FIL[@]}]}" ;;
    *) echo "${QUESTIONS_TAGLISH[RANDOM % ${#QUESTIONS_TAGLISH[@]}]}" ;;
  esac
}

# n token conversation → one line in $WORK/results: "ok", "ok streamed" or "fail <status>". Every
# third question asks for Socratic hints; every fourth has its answer streamed.
ask() {
  local n="$1" token="$2" conversation="$3" line text mode status me=$BASHPID
  line="$(pick_question "$n")"
  text="${line#*|}"
  mode=$([[ $((n % 3)) == 2 ]] && echo socratic || echo direct)
  if ((n % 4 == 1)); then
    status="$(curl -sS -N --max-time 60 -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
      -H 'Accept: text/event-stream' -H "Authorization: Bearer $token" \
      -d "{\"text\":\"$text\",\"mode\":\"$mode\"}" "$BACKEND/api/v1/conversations/$conversation/messages/stream" || echo 000)"
    if [[ "$status" == 200 ]]; then echo "ok streamed"; else echo "fail $status"; fi >>"$WORK/results"
  else
    post "/api/v1/conversations/$conversation/messages" "{\"text\":\"$text\",\"mode\":\"$mode\"}" "$token" >/dev/null
    status="$(cat "$WORK/status.$me")"
    if [[ "$status" == 201 ]]; then echo "ok"; else echo "fail $status"; fi >>"$WORK/results"
  fi
}

traffic() {
  local seconds=120 rate=1
  while (($#)); do
    case "$1" in
      --minutes) seconds="$(minutes_to_seconds "${2:?--minutes needs a number}")"; shift 2 ;;
      --seconds) seconds="${2:?--seconds needs a number}"; shift 2 ;;
      --rate) rate="${2:?--rate needs a number}"; shift 2 ;;
      *) die "unknown option '$1' (traffic takes --minutes N, --seconds S, --rate R)" ;;
    esac
  done
  if [[ ! "$seconds" =~ ^[0-9]+$ ]] || ((seconds == 0)); then
    die "the duration must be a positive whole number of seconds"
  fi
  awk -v r="$rate" 'BEGIN { exit !(r > 0 && r <= 20) }' || die "--rate must be above 0 and at most 20 questions a second"
  curl -sS --max-time 5 -o /dev/null "$BACKEND/api/v1/me" \
    || die "no backend at $BACKEND; start the platform with './brainbytes up -d'"

  local interval students=() n=0 started=$SECONDS asked=0 student
  interval="$(awk -v r="$rate" 'BEGIN { printf "%.3f", 1 / r }')"
  : >"$WORK/results"
  say "traffic to $BACKEND for ${seconds}s at $rate questions/s (Ctrl-C stops early)"
  while ((SECONDS - started < seconds)); do
    # A new student joins for every ten questions, as a class trickles in.
    if ((${#students[@]} == 0 || asked % 10 == 0)); then
      n=$((n + 1))
      if student="$(new_student "$n")"; then
        students+=("$student")
        curl -sS --max-time 10 -o /dev/null "$FRONTEND/" || true
      else
        say "sign-up $n failed (the backend refused or was too slow; registrations are rate-limited per address)"
      fi
      ((${#students[@]} > 0)) || { sleep 1; continue; }
    fi
    student="${students[RANDOM % ${#students[@]}]}"
    # shellcheck disable=SC2086 # "token conversation": two words on purpose
    ask "$asked" $student &
    asked=$((asked + 1))
    # Never more than 20 questions in flight: a slow tutor slows the simulation, not the machine.
    while (($(jobs -rp | wc -l) >= 20)); do sleep 0.2; done
    sleep "$interval"
  done
  wait
  local ok failed
  ok="$(grep -c '^ok' "$WORK/results" || true)"
  failed="$(grep -c '^fail' "$WORK/results" || true)"
  say "done in $((SECONDS - started))s: ${#students[@]} students signed up, $asked questions, $ok answered ($(grep -c streamed "$WORK/results" || true) streamed), $failed failed"
}

# --- incidents --------------------------------------------------------------------------------

launcher() { "$ROOT/brainbytes" "$@"; }

# ai-service again as configured normally (no faults), whatever happened during the incident.
restore_tutor() {
  say "restoring ai-service"
  env -u BRAINBYTES_FAULTS_ENABLED -u BRAINBYTES_FAULTS_DELAY -u BRAINBYTES_FAULTS_ERROR_RATE \
    "$ROOT/brainbytes" restart ai-service
}

incident() {
  local kind="${1:-}" seconds=180
  shift || true
  while (($#)); do
    case "$1" in
      --minutes) seconds="$(minutes_to_seconds "${2:?--minutes needs a number}")"; shift 2 ;;
      --seconds) seconds="${2:?--seconds needs a number}"; shift 2 ;;
      *) die "unknown option '$1' (incident takes --minutes N)" ;;
    esac
  done
  case "$kind" in
    tutor-down)
      trap 'launcher start ai-service; rm -rf "$WORK"' EXIT
      say "stopping ai-service for ${seconds}s: ServiceDown fires after 1 minute, TutorErrorRateHigh needs questions (run 'simulate traffic' beside this)"
      launcher stop ai-service
      sleep "$seconds"
      ;;
    slow-tutor)
      trap 'restore_tutor; rm -rf "$WORK"' EXIT
      say "restarting ai-service with a 12s fault delay on tutor calls for ${seconds}s: TutorSlowAnswers after 10 minutes of traffic"
      BRAINBYTES_FAULTS_ENABLED=true BRAINBYTES_FAULTS_DELAY=12s launcher restart ai-service
      traffic --seconds "$seconds" --rate 0.5
      ;;
    errors)
      trap 'restore_tutor; rm -rf "$WORK"' EXIT
      say "restarting ai-service failing 30% of tutor calls for ${seconds}s: ErrorBudgetBurnFast and TutorErrorRateHigh"
      BRAINBYTES_FAULTS_ENABLED=true BRAINBYTES_FAULTS_ERROR_RATE=0.3 launcher restart ai-service
      traffic --seconds "$seconds" --rate 1
      ;;
    *) die "incident is one of: tutor-down, slow-tutor, errors" ;;
  esac
  say "incident $kind over"
}

case "${1:-help}" in
  traffic) shift; traffic "$@" ;;
  incident) shift; incident "$@" ;;
  help | -h | --help) usage ;;
  *) usage >&2; exit 2 ;;
esac
