#!/usr/bin/env bash
# Make bot/models/current.tar.gz the model for the current config, domain and data:
# reuse it when its key matches, else copy it from the cache outside the repo
# (${BOT_MODEL_CACHE:-~/.cache/livechat/bot-models}/<key>.tar.gz), else train once.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2 SQLALCHEMY_SILENCE_UBER_WARNING=1
export PYTHONWARNINGS="${PYTHONWARNINGS:-ignore}"
# Rasa's own training cache (bot/.rasa/cache) pickles every pipeline step's output; this
# script trains only when the key changed, and the cache below keeps whole models, so the
# writes were CPU spent for nothing (docs/bot-training.md, "Round 4"). RASA_MAX_CACHE_SIZE
# set in the environment still wins.
export RASA_MAX_CACHE_SIZE="${RASA_MAX_CACHE_SIZE:-0}"
key=$(scripts/model-hash.sh)
cache="${BOT_MODEL_CACHE:-$HOME/.cache/livechat/bot-models}"
mkdir -p models "$cache"
if [ -f models/current.tar.gz ] && [ "$(cat models/current.key 2>/dev/null)" = "$key" ]; then
  exit 0
fi
if [ -f "$cache/$key.tar.gz" ]; then
  cp "$cache/$key.tar.gz" models/current.tar.gz.tmp
  echo "bot model $key taken from $cache"
else
  echo "training the bot model $key (config, domain or data changed)"
  start=$(date +%s)
  log=$(mktemp)
  if ! .venv/bin/rasa train --out models --fixed-model-name "train-$key" >"$log" 2>&1; then
    tail -40 "$log" >&2; rm -f "$log"; exit 1
  fi
  rm -f "$log"
  mv "models/train-$key.tar.gz" models/current.tar.gz.tmp
  cp models/current.tar.gz.tmp "$cache/$key.tar.gz.tmp" && mv "$cache/$key.tar.gz.tmp" "$cache/$key.tar.gz"
  echo "trained in $(( $(date +%s) - start )) s"
  # The cache keeps the 20 newest models (served and held-out ones, ~10 MB each).
  ls -t "$cache"/*.tar.gz 2>/dev/null | tail -n +21 | xargs -r rm -f
fi
mv models/current.tar.gz.tmp models/current.tar.gz
echo "$key" > models/current.key
