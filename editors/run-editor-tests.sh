#!/usr/bin/env bash
# All real-editor tests: headless Neovim and Emacs/eglot drive the real server (tests/test_editor_*.py).
# Installs the editors from Debian when run as root; elsewhere install neovim and emacs (29+, or 28 with
# elpa-eglot) yourself.  Needs the project venv (.venv) with ormb-assist installed.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  missing=()
  command -v nvim >/dev/null || missing+=(neovim)
  command -v emacs >/dev/null || missing+=(emacs-nox elpa-eglot)
  if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends "${missing[@]}" || { apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"; }
  fi
fi
PYTEST=(.venv/bin/pytest)
[ -x .venv/bin/pytest ] || PYTEST=(python3 -m pytest)
ORMB_ASSIST_EDITOR_TESTS=1 "${PYTEST[@]}" -v -p no:cacheprovider tests/test_editor_neovim.py tests/test_editor_emacs.py tests/test_editor_settings_schema.py "$@"
