#!/usr/bin/env bash
# Create or reuse bot/.venv (Python 3.10, pinned Rasa from bot/requirements.lock).
# The stamp holds the lock file's sha256: an unchanged lock means nothing to do.
set -euo pipefail
cd "$(dirname "$0")/.."
LOCK=requirements.lock
STAMP=.venv/.installed
want=$(sha256sum "$LOCK" | cut -d' ' -f1)
if [ -x .venv/bin/rasa ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$want" ]; then
  exit 0
fi

is310() { [ -n "$1" ] && "$1" -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; }
py=""
# pyenv's shims answer only for the selected version, so its installs are asked directly.
for cand in "${PYTHON310:-}" \
    $(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.10.*/bin/python 2>/dev/null | sort -V -r) \
    "$(command -v python3.10 || true)" /usr/bin/python3.10 /usr/local/bin/python3.10; do
  if is310 "$cand"; then py=$cand; break; fi
done
if [ -z "$py" ]; then
  cat >&2 <<'MSG'
Rasa 3.6 needs Python 3.10 for bot/.venv, and none was found.
Install one, e.g. `pyenv install 3.10.13` (or Debian's python3.10 where available),
or point PYTHON310 at one: `make PYTHON310=/path/to/python3.10 run`.
MSG
  exit 1
fi

if ! is310 .venv/bin/python; then
  rm -rf .venv
  "$py" -m venv .venv
fi
export PIP_DISABLE_PIP_VERSION_CHECK=1
# The pip the lock was made with (Rasa 3.6 dates from 2023; a pinned pip keeps the
# resolution the same on every machine).
log=$(mktemp)
echo "installing bot/.venv from bot/$LOCK (rasa, tensorflow: a few minutes on a cold pip cache)"
if ! { .venv/bin/python -m pip install -q "pip==24.0" && .venv/bin/python -m pip install -q -r "$LOCK"; } >"$log" 2>&1; then
  grep -v "is ignored: it is neither a file nor a directory" "$log" | tail -40 >&2
  rm -f "$log"; exit 1
fi
rm -f "$log"
RASA_TELEMETRY_ENABLED=false .venv/bin/rasa telemetry disable >/dev/null 2>&1 || true
echo "$want" > "$STAMP"
echo "bot/.venv ready (rasa $(.venv/bin/python -c 'import rasa; print(rasa.__version__)' 2>/dev/null))"
