"""A second real editor: headless Emacs with eglot (Debian's emacs-nox + elpa-eglot, or Emacs 29+) and
the shipped editors/emacs/ormb-assist.el drive the real server the same way as the Neovim test:
status notifications, completion inside an SQL string through eglot's completion-at-point, and the
"Generate ORMB algorithm" code action whose CreateFile edit ormb-assist.el applies.

Opt-in, to keep the main suite short (the Neovim test already covers the server from a real editor):
runs with ``ORMB_ASSIST_EDITOR_TESTS=1`` (editors/run-editor-tests.sh sets it and installs
``emacs-nox elpa-eglot``), and then a missing Emacs or eglot is a failure.  Not in editors/ci.sh (time).
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from test_editor_neovim import (
    REQUIRED,
    ROOT,
    assert_generated_class_compiles,
    assert_sql_completion,
    drive_spec,
    editor_workspace,
    run_editor,
    stray_index,
)

EMACS = shutil.which("emacs")
DRIVER = ROOT / "editors" / "emacs" / "test" / "drive.el"


def _has_eglot() -> bool:
    if EMACS is None:
        return False
    probe = (
        "(progn (require 'package)"
        " (dolist (d '(\"/usr/share/emacs/site-lisp/elpa\")) (add-to-list 'package-directory-list d t))"
        " (package-initialize) (require 'eglot))"
    )
    proc = subprocess.run(
        [EMACS, "--batch", "-Q", "--eval", probe], capture_output=True, timeout=120, check=False
    )
    return proc.returncode == 0


HAS_EGLOT = _has_eglot() if REQUIRED else False

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not REQUIRED, reason="opt-in: ORMB_ASSIST_EDITOR_TESTS=1 (editors/run-editor-tests.sh)"
    ),
]


@pytest.fixture(scope="module")
def emacs_session(tmp_path_factory: pytest.TempPathFactory, indexed_workspace) -> dict:
    if not HAS_EGLOT:
        pytest.fail(
            "ORMB_ASSIST_EDITOR_TESTS=1 but emacs with eglot is missing: apt-get install emacs-nox elpa-eglot"
        )
    workspace = editor_workspace(tmp_path_factory, "emacs", indexed_workspace)
    stray_index(workspace)  # no .git: eglot's project comes from ormb-assist-root-markers
    base = workspace.parent
    spec = drive_spec(workspace, ROOT / "editors" / "emacs", base / "out.json")
    return run_editor([EMACS, "--batch", "-Q", "-l", str(DRIVER)], workspace, spec, base)


def test_emacs_eglot_uses_the_ormb_server_class_and_status(emacs_session):
    assert emacs_session["mode"] == "java-mode"
    assert emacs_session["server_class"] == "ormb-assist-server"
    assert emacs_session["project_root"].rstrip("/") == str(emacs_session["workspace"])
    assert emacs_session["mode_line"] == "ORMB ready"


def test_emacs_completion_inside_sql_string_offers_the_workspace_tables(emacs_session):
    assert_sql_completion(emacs_session, ranked=False)


def test_emacs_generate_code_action_creates_a_class_that_compiles(emacs_session, tmp_path):
    assert_generated_class_compiles(emacs_session, tmp_path)
