#!/usr/bin/env bash
# Serve the trained bot: bot/serve.sh [PORT] (default 5005, or $RASA_PORT).
# Binds 127.0.0.1 only; adds --auth-token when RASA_TOKEN is set. Runs in the foreground
# (exec), so a supervisor's SIGTERM stops Rasa itself.
set -euo pipefail
cd "$(dirname "$0")"
PORT="${1:-${RASA_PORT:-5005}}"
MODEL="${RASA_MODEL:-models/current.tar.gz}"
# Another endpoints file (e.g. Redis tracker and lock stores) with RASA_ENDPOINTS=path.
ENDPOINTS="${RASA_ENDPOINTS:-endpoints.yml}"
if [ ! -x .venv/bin/rasa ]; then
  echo "bot/.venv is missing: run 'make bot-venv' (or 'make run') first" >&2; exit 1
fi
if [ ! -f "$MODEL" ]; then
  echo "no trained model at bot/$MODEL: run 'make bot-model' first" >&2; exit 1
fi
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2 SQLALCHEMY_SILENCE_UBER_WARNING=1
export PYTHONWARNINGS="${PYTHONWARNINGS:-ignore}"
args=(run --enable-api -i 127.0.0.1 -p "$PORT" --model "$MODEL"
      --credentials credentials.yml --endpoints "$ENDPOINTS")
if [ -n "${RASA_TOKEN:-}" ]; then args+=(--auth-token "$RASA_TOKEN"); fi
exec .venv/bin/rasa "${args[@]}" "${@:2}"
