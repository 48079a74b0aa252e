#!/usr/bin/env bash
# Rolls a BrainBytes service back to its previous release: a Kubernetes Deployment (kubectl rollout
# undo, then waits for the rollout) or a Heroku app (heroku rollback). --dry-run prints the
# commands instead of running them.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage:
  scripts/rollback.sh kubernetes -n NAMESPACE -d DEPLOYMENT [--to-revision N] [--context CTX] [--timeout 5m] [--dry-run]
  scripts/rollback.sh heroku -a APP [--to-release vN] [--dry-run]
Kubernetes: undoes the Deployment's last rollout (or goes to revision N), waits until the rolled-back
pods are ready, and shows the rollout history. Heroku: rolls APP back to the release before the
current one (or to vN) and shows the latest releases.
  --dry-run   print the commands, run nothing (needs neither kubectl nor heroku)
USAGE
}

dry_run=false
run() {
  printf '+ %s\n' "$*"
  $dry_run || "$@"
}

[[ $# -gt 0 ]] || { usage >&2; exit 2; }
target="$1"
shift
namespace="" deployment="" revision="" context="" timeout="5m" app="" release=""
while (($# > 0)); do
  case "$1" in
    -n | --namespace) namespace="${2:?--namespace needs a value}"; shift 2 ;;
    -d | --deployment) deployment="${2:?--deployment needs a value}"; shift 2 ;;
    --to-revision) revision="${2:?--to-revision needs N}"; shift 2 ;;
    --context) context="${2:?--context needs a value}"; shift 2 ;;
    --timeout) timeout="${2:?--timeout needs a duration}"; shift 2 ;;
    -a | --app) app="${2:?--app needs a value}"; shift 2 ;;
    --to-release) release="${2:?--to-release needs vN}"; shift 2 ;;
    --dry-run) dry_run=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "rollback.sh: unknown argument $1" >&2; usage >&2; exit 2 ;;
  esac
done

case "$target" in
  kubernetes | k8s)
    [[ -n "$namespace" && -n "$deployment" ]] || { echo "rollback.sh: kubernetes needs -n NAMESPACE and -d DEPLOYMENT" >&2; exit 2; }
    [[ -z "$revision" || "$revision" =~ ^[0-9]+$ ]] || { echo "rollback.sh: --to-revision must be a number" >&2; exit 2; }
    $dry_run || command -v kubectl >/dev/null || { echo "rollback.sh: kubectl not found" >&2; exit 1; }
    kubectl_args=(--namespace "$namespace")
    [[ -n "$context" ]] && kubectl_args=(--context "$context" "${kubectl_args[@]}")
    undo=(kubectl "${kubectl_args[@]}" rollout undo "deployment/$deployment")
    [[ -n "$revision" ]] && undo+=("--to-revision=$revision")
    run "${undo[@]}"
    run kubectl "${kubectl_args[@]}" rollout status "deployment/$deployment" "--timeout=$timeout"
    run kubectl "${kubectl_args[@]}" rollout history "deployment/$deployment"
    ;;
  heroku)
    [[ -n "$app" ]] || { echo "rollback.sh: heroku needs -a APP" >&2; exit 2; }
    [[ -z "$release" || "$release" =~ ^v[0-9]+$ ]] || { echo "rollback.sh: --to-release looks like v42" >&2; exit 2; }
    $dry_run || command -v heroku >/dev/null || { echo "rollback.sh: heroku CLI not found" >&2; exit 1; }
    rollback=(heroku rollback)
    [[ -n "$release" ]] && rollback+=("$release")
    run "${rollback[@]}" --app "$app"
    run heroku releases --app "$app" --num 3
    ;;
  *)
    echo "rollback.sh: unknown target '$target' (kubernetes or heroku)" >&2
    usage >&2
    exit 2
    ;;
esac
if $dry_run; then
  echo "dry run: nothing was changed"
else
  echo "rolled back ${deployment:-$app}"
fi
