#!/usr/bin/env bash
# The model's key: sha256 over the bot's config, domain, training data, its own NLU
# components and the pinned Rasa environment (names and contents). Never over .venv/ or
# models/.
set -euo pipefail
cd "$(dirname "$0")/.."
{ printf '%s\n' config.yml domain.yml requirements.lock; find data components -type f -name '*.y*ml' -o -type f -name '*.py' | LC_ALL=C sort; } \
  | while read -r f; do printf '%s  ' "$f"; sha256sum < "$f"; done \
  | sha256sum | cut -c1-20
