# shellcheck shell=bash
# Sourced by backup.sh and restore.sh: turns a Heroku-style DATABASE_URL
# (postgres://user:password@host:port/database?sslmode=require) into the libpq PG* variables,
# so every tool (pg_dump, pg_restore, psql) connects the same way. Without DATABASE_URL the PG*
# variables already set are used as they are. Nothing here prints the password.

# Decodes %XX escapes (a password may contain @, : or / written that way).
pg_url_decode() {
  local encoded="${1//+/ }"
  printf '%b' "${encoded//%/\\x}"
}

pg_connection_from_env() {
  if [[ -z "${DATABASE_URL:-}" ]]; then
    return 0
  fi
  local url="$DATABASE_URL" rest userinfo hostport query
  case "$url" in
    postgres://* | postgresql://*) rest="${url#*://}" ;;
    *)
      echo "DATABASE_URL must start with postgres:// or postgresql://" >&2
      return 2
      ;;
  esac
  query=""
  if [[ "$rest" == *\?* ]]; then
    query="${rest#*\?}"
    rest="${rest%%\?*}"
  fi
  if [[ "$rest" == */* ]]; then
    export PGDATABASE="${rest#*/}"
    PGDATABASE="$(pg_url_decode "$PGDATABASE")"
    rest="${rest%%/*}"
  fi
  if [[ "$rest" == *@* ]]; then
    userinfo="${rest%@*}"
    hostport="${rest##*@}"
    if [[ "$userinfo" == *:* ]]; then
      export PGPASSWORD
      PGPASSWORD="$(pg_url_decode "${userinfo#*:}")"
      userinfo="${userinfo%%:*}"
    fi
    export PGUSER
    PGUSER="$(pg_url_decode "$userinfo")"
  else
    hostport="$rest"
  fi
  if [[ "$hostport" == *:* ]]; then
    export PGPORT="${hostport##*:}"
    hostport="${hostport%:*}"
  fi
  if [[ -n "$hostport" ]]; then
    export PGHOST="$hostport"
  fi
  local pair
  local -a pairs
  IFS='&' read -r -a pairs <<<"$query"
  for pair in "${pairs[@]}"; do
    case "$pair" in
      sslmode=*) export PGSSLMODE="${pair#sslmode=}" ;;
      *) ;;
    esac
  done
}
