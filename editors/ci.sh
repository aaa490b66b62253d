#!/usr/bin/env bash
# Editor clients in CI (called by .ci/run after the Python tests, from a clean clone):
#   1. VS Code extension: npm ci, settings drift check, lint, type-check + unit tests (vscode mocked),
#      esbuild bundle, `vsce package` -> editors/vscode/ormb-assist.vsix
#   2. Real editor: installs Debian's neovim when missing (root + apt-get) and runs
#      tests/test_editor_neovim.py against the real server (ORMB_ASSIST_EDITOR_TESTS=1).
# Emacs/eglot is not run here (time); editors/run-editor-tests.sh runs both editors.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
START=$SECONDS
step() { printf '\n== editors/ci.sh [%3ds] %s\n' "$((SECONDS - START))" "$*"; }

# The project's Python: $ORMB_ASSIST_PYTHON, else .venv/bin/python, else python3 on PATH. Without one
# that imports ormb_assist (a clone with no .venv), the steps that need it are skipped with a note.
PYTHON=${ORMB_ASSIST_PYTHON:-python3}
if [ -z "${ORMB_ASSIST_PYTHON:-}" ] && [ -x .venv/bin/python ]; then PYTHON=$ROOT/.venv/bin/python; fi
PYTEST=("$PYTHON" -m pytest)
HAVE_PY=1
if ! "$PYTHON" -c 'import ormb_assist, pytest' >/dev/null 2>&1; then
  HAVE_PY=0
  echo "editors/ci.sh: $PYTHON cannot import ormb_assist and pytest: the settings check and the real-editor" \
       "test are skipped (create .venv as in DEVELOPERS.md, or set ORMB_ASSIST_PYTHON)" >&2
fi

command -v npm >/dev/null || { echo "editors/ci.sh: npm is required (node 20+)" >&2; exit 1; }

step "VS Code extension: npm ci"
cd "$ROOT/editors/vscode"
npm ci --no-audit --no-fund --loglevel=error

step "settings schema in sync with ormb_assist.settings"
if [ "$HAVE_PY" = 1 ]; then "$PYTHON" scripts/sync-settings.py --check; else echo "skipped (no ormb_assist)"; fi

step "lint (eslint + typescript-eslint, type-aware)"
npm run --silent lint

step "type-check + unit tests (tsc compiles src/ and test/; mocha with the vscode API mocked)"
npm test --silent

step "bundle + package .vsix"
rm -f ormb-assist.vsix
npm run --silent package
ls -l ormb-assist.vsix
cd "$ROOT"

step "real editor: neovim"
if ! command -v nvim >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  install() { timeout 300 apt-get install -y -q --no-install-recommends neovim >/dev/null; }
  install || { timeout 300 apt-get update -q >/dev/null && install; } || echo "apt-get could not install neovim"
fi
if [ "$HAVE_PY" = 0 ]; then
  echo "skipped: no Python with ormb_assist (see above)"
elif command -v nvim >/dev/null; then
  nvim --version | head -1
  ORMB_ASSIST_EDITOR_TESTS=1 "${PYTEST[@]}" -q -p no:cacheprovider tests/test_editor_neovim.py
else
  echo "neovim is not installable on this machine: real-editor test not run (see editors/README.md)"
fi
step "done"
