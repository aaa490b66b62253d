"""The real server over stdio against protocol abuse: a second ``initialize``, files opened from
outside the workspace, arguments of the wrong shape and positions inside surrogate pairs, a 7 MB
buffer, and ``exit`` while indexing.  Every case must keep the server's state, answer in one line,
stay prompt, and leave no process behind."""

from __future__ import annotations

import contextlib
import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from lsp_helpers import prebuilt_copy, session_index_dir
from lsp_wire import WireServer, frame, open_text

from ormb_assist.server.code_actions import GENERATE

PKG = "src/cm/com/splwg/cm/domain/billing/algorithm"
SQL_LINE = '        createPreparedStatement("SELECT B.BILL_ID FROM CI_BI'
CREATE_CAPS = {
    "workspace": {
        "applyEdit": True,
        "workspaceEdit": {"documentChanges": True, "resourceOperations": ["create"]},
    }
}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    return prebuilt_copy(tmp_path_factory.mktemp("protocol") / "workspace", session_index_dir(request))


@pytest.fixture
def server(tmp_path: Path, workspace: Path) -> Iterator[WireServer]:
    wire = WireServer(tmp_path / "server.log")
    wire.initialize(workspace, capabilities=CREATE_CAPS)
    wire.wait_ready()
    yield wire
    wire.close()


def status(server: WireServer) -> dict:
    return server.request("workspace/executeCommand", {"command": "ormbAssist.status"})["result"]


def labels(response: dict) -> list[str]:
    result = response["result"] or {}
    return [item["label"] for item in (result.get("items", []) if isinstance(result, dict) else result)]


def complete(server: WireServer, uri: str, line: int, character: int, timeout: float = 20) -> dict:
    params = {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}
    return server.request("textDocument/completion", params, timeout)


def java_with_sql(
    class_name: str, package: str = "com.splwg.cm.domain.billing.algorithm"
) -> tuple[str, int, int]:
    """A class whose last line ends with the cursor inside a SQL string after ``CI_BI``."""
    text = f"package {package};\n\npublic class {class_name} {{\n    void run() {{\n{SQL_LINE}"
    line, character = text.count("\n"), len(SQL_LINE)
    return text + ' B", "x");\n    }\n}\n', line, character


# ---- initialize ------------------------------------------------------------------------------------
def test_second_initialize_is_refused_and_keeps_the_roots(tmp_path: Path, workspace: Path) -> None:
    wire = WireServer(tmp_path / "server.log")
    try:
        wire.initialize(workspace)
        other = tmp_path / "other"
        other.mkdir()
        again = wire.request("initialize", {"processId": None, "rootUri": other.as_uri(), "capabilities": {},
                                            "workspaceFolders": [{"uri": other.as_uri(), "name": "other"}]})  # fmt: skip
        assert again["error"]["code"] == -32600, again  # InvalidRequest
        assert [r["path"] for r in status(wire)["roots"]] == [str(workspace)]
        assert wire.wait_ready()["state"] == "ready"
    finally:
        wire.close()


# ---- files outside the workspace ------------------------------------------------------------------
def test_file_outside_the_workspace_is_served_but_never_indexed(
    server: WireServer, workspace: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    text, line, character = java_with_sql("CmOutsideOnly")
    out_uri = (outside / "CmOutsideOnly.java").as_uri()
    open_text(server, out_uri, text)
    open_text(
        server, (outside / "outside.sql").as_uri(), "CREATE TABLE CM_OUTSIDE_ONLY (ID NUMBER);\n", "sql"
    )
    inside_text, _, _ = java_with_sql("CmInsideBuffer")  # the control: an unsaved buffer that is indexed
    open_text(server, (workspace / PKG / "CmInsideBuffer.java").as_uri(), inside_text)

    assert "CI_BILL" in labels(complete(server, out_uri, line, character))  # served from the workspace
    time.sleep(1.0)  # the buffers' index debounce is 0.5 s
    deadline = time.monotonic() + 30
    while status(server)["indexJobs"] and time.monotonic() < deadline:
        time.sleep(0.1)
    server.request("shutdown")
    server.notify("exit")
    assert server.proc.wait(20) == 0

    from ormb_assist.indexer.workspace import WorkspaceIndex

    index = WorkspaceIndex.open(workspace)
    names = {fqn.rsplit(".", 1)[-1] for fqn in index.classes}
    assert "CmInsideBuffer" in names
    assert "CmOutsideOnly" not in names
    assert "CM_OUTSIDE_ONLY" not in index.tables
    assert not any(".." in rel or rel.startswith("/") for rel in index.files)


def test_generate_from_outside_the_workspace_writes_only_inside(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """The only example of the spot lives outside the workspace: its package must not pull the new
    class out of the workspace (it used to be created next to the outside file)."""
    workspace = prebuilt_copy(tmp_path / "workspace", session_index_dir(request))
    examples = workspace / PKG
    example = (examples / "CmDeleteZeroAmountBillAlgComp_Impl.java").read_text(encoding="utf-8")
    for name in ("CmDeleteZeroAmountBillAlgComp_Impl.java", "CmValidateEBillRecipientAlgo_Impl.java"):
        (examples / name).unlink()  # the workspace's own examples of this spot
    package = "com.splwg.cm.domain.elsewhere.algorithm"
    outside = tmp_path / "elsewhere" / "src" / "cm" / Path(*package.split("."))
    outside.mkdir(parents=True)
    text = example.replace("com.splwg.cm.domain.billing.algorithm", package)
    text = text.replace("CmDeleteZeroAmountBillAlgComp", "CmDropZeroBillsAlgComp")
    uri = (outside / "CmDropZeroBillsAlgComp_Impl.java").as_uri()
    wire = WireServer(tmp_path / "server.log")
    try:
        wire.initialize(workspace, capabilities=CREATE_CAPS)
        wire.wait_ready()
        open_text(wire, uri, text)
        time.sleep(1.5)  # past the buffer's index debounce (0.5 s)
        objective = "delete zero amount bills before completion"
        arguments = [{"objective": objective, "uri": uri}]
        result = wire.request("workspace/executeCommand", {"command": GENERATE, "arguments": arguments}, 240)
        result = result["result"]
        edits = [m for m in list(wire.seen) if m.get("method") == "workspace/applyEdit"]
    finally:
        wire.close()
    created = [
        change["uri"]
        for m in edits
        for change in m["params"]["edit"].get("documentChanges", [])
        if change.get("kind") == "create"
    ]
    assert result["status"] in ("ok", "compile_failed"), result
    assert not result["path"].startswith(("/", "..")), result
    assert all(c.startswith(workspace.as_uri() + "/") for c in created), created
    assert not result.get("applied") or created, result


def test_created_file_outside_the_workspace_is_refused(tmp_path: Path) -> None:
    """The last guard before a CreateFile: a path that climbs out of the folder is refused."""
    from types import SimpleNamespace

    from ormb_assist.server.code_actions import _create_file_edit
    from ormb_assist.server.server import WorkspaceRoot

    result = SimpleNamespace(rel_path="../escape/CmX.java", code="class CmX {}", plan=None, class_name="CmX")
    with pytest.raises(ValueError, match="outside the workspace"):
        _create_file_edit(WorkspaceRoot(path=tmp_path / "ws"), result)
    inside = _create_file_edit(
        WorkspaceRoot(path=tmp_path / "ws"), SimpleNamespace(**{**vars(result), "rel_path": "src/CmX.java"})
    )
    assert inside.document_changes[0].uri == (tmp_path / "ws" / "src" / "CmX.java").as_uri()


# ---- errors are one line, tracebacks stay in the log ----------------------------------------------
def test_surrogate_positions_and_bad_arguments_get_one_line_answers(
    server: WireServer, workspace: Path
) -> None:
    uri = (workspace / PKG / "CmEmoji.java").as_uri()
    # A pair, a lone high and a lone low surrogate inside a SQL string: raw JSON escapes, as a client
    # that splits a pair would send them.
    line = r'        String s = "\ud83d\ude00\ud83d SELECT * FROM CI_BILL \ude00 ";'
    text = (
        r"package com.splwg.cm.domain.billing.algorithm;\nclass CmEmoji {\n    void m() {\n"
        + line
        + r"\n    }\n}\n"
    )
    body = '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"%s","languageId":"java","version":1,"text":"%s"}}}'
    server.send_bytes(frame((body % (uri, text.replace('"', r"\""))).encode()))
    responses = []
    for character in range(17, 48):
        pos = {"line": 3, "character": character}
        doc = {"uri": uri}
        responses.append(server.request("textDocument/completion", {"textDocument": doc, "position": pos}))
        responses.append(server.request("textDocument/hover", {"textDocument": doc, "position": pos}))
        responses.append(server.request("textDocument/inlineCompletion", {"textDocument": doc, "position": pos,
                                                                          "context": {"triggerKind": 1}}))  # fmt: skip
        responses.append(server.request("textDocument/codeAction", {"textDocument": doc, "range": {"start": pos, "end": pos},
                                                                    "context": {"diagnostics": []}}))  # fmt: skip
    assert all("result" in r for r in responses), [r for r in responses if "result" not in r][:3]

    shapes = [[5], ["x", 5], [{"uri": 5}], [{"uri": uri, "position": {"line": "a"}}], [{"uri": uri, "position": [1, 2]}],
              [{"uri": uri, "name": 5}], [[1, 2]], [{"objective": 5, "uri": uri}], [None], {"a": 1}, "text"]  # fmt: skip
    commands = ["ormbAssist.implementSpotMethods", "ormbAssist.addSoftParameter", "ormbAssist.showResolvedDependencies",
                "ormbAssist.generateAlgorithm", "ormbAssist.reindex"]  # fmt: skip
    errors = []
    for command in commands:
        for arguments in shapes:
            answer = server.request(
                "workspace/executeCommand", {"command": command, "arguments": arguments}, 60
            )
            if "error" in answer:
                errors.append(answer["error"])
    assert errors, "wrong argument shapes should get an invalid-params answer"
    for error in errors:
        assert "\n" not in error["message"] and "Traceback" not in error["message"], error
        assert "traceback" not in json.dumps(error.get("data")), error
    assert "state" in status(server)  # still answering (reindex may have started indexing)
    time.sleep(0.5)  # log messages from the last requests
    sent = [m for m in list(server.seen) if m.get("method") in ("window/logMessage", "window/showMessage")]
    leaked = [m["params"]["message"] for m in sent if "Traceback" in m["params"]["message"] or 'File "' in m["params"]["message"]]  # fmt: skip
    assert not leaked, leaked[0]


# ---- a 7 MB document ------------------------------------------------------------------------------
def test_seven_megabyte_document_stays_prompt(server: WireServer, workspace: Path) -> None:
    unit = '        String q{n} = "SELECT B.BILL_ID FROM CI_BILL B WHERE B.ACCT_ID = :a";\n'
    body = "".join(unit.format(n=n) for n in range(7_000_000 // len(unit)))
    head = "package com.splwg.cm.domain.billing.algorithm;\n\npublic class CmHuge {\n    void run() {\n"
    text = head + body + SQL_LINE + ' B", "x");\n    }\n}\n'
    assert len(text) > 7_000_000
    line, character = text.count("\n") - 3, len(SQL_LINE)
    uri = (workspace / PKG / "CmHuge.java").as_uri()
    doc = {"uri": uri}
    open_text(server, uri, text)
    assert "CI_BILL" in labels(complete(server, uri, line, character, 60))
    inline = {
        "textDocument": doc,
        "position": {"line": line, "character": character},
        "context": {"triggerKind": 1},
    }
    assert "result" in server.request("textDocument/inlineCompletion", inline, 120)  # starts the backend

    started = time.monotonic()
    for version in range(2, 5):  # typing at the cursor: each change used to cost seconds
        change = {"range": {"start": {"line": line, "character": character}, "end": {"line": line, "character": character}}, "text": "L"}  # fmt: skip
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})  # fmt: skip
        character += 1
        assert "result" in complete(server, uri, line, character)
        inline["position"]["character"] = character
        assert "result" in server.request("textDocument/inlineCompletion", inline)
        in_sql = server.request(
            "textDocument/hover", {"textDocument": doc, "position": {"line": 5, "character": 46}}
        )
        assert "CI_BILL" in json.dumps(in_sql["result"])
        on_class = server.request(
            "textDocument/hover", {"textDocument": doc, "position": {"line": 2, "character": 15}}
        )
        assert "result" in on_class
    elapsed = time.monotonic() - started
    assert elapsed < 5, f"3 edits with 4 requests each took {elapsed:.1f}s on a 7 MB buffer"


# ---- exit ends the process and its children -------------------------------------------------------
@pytest.fixture(scope="module")
def busy_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough Java for the indexer to start its parse pool and stay busy in it for seconds."""
    from ormb_assist.indexer.parse_pool import default_workers

    if default_workers() < 2:
        pytest.skip("one CPU: the indexer parses in-process, there is no pool to outlive it")
    root = tmp_path_factory.mktemp("busy")
    src = root / "src" / "com" / "example"
    src.mkdir(parents=True)
    methods = "".join(
        f'    public int m{i}(int a) {{ String s = "SELECT X FROM CI_BILL WHERE A = " + a; return a + {i}; }}\n'
        for i in range(600)
    )
    for n in range(100):
        (src / f"Busy{n}.java").write_text(f"package com.example;\npublic class Busy{n} {{\n{methods}}}\n")
    (root / "db").mkdir()  # DDL marks the folder as an ORMB workspace (one the server will index)
    (root / "db" / "tables.sql").write_text("CREATE TABLE CI_BILL (BILL_ID CHAR(12) NOT NULL);\n")
    return root


def descendants_once_parsing(pid: int, timeout: float = 60) -> list[psutil.Process]:
    """The process's children once the parse pool runs (fork server, resource tracker, workers)."""
    proc = psutil.Process(pid)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        kids = proc.children(recursive=True)
        if len(kids) >= 3:
            return kids
        time.sleep(0.05)
    raise AssertionError(f"no parse pool within {timeout}s: {proc.children(recursive=True)}")


def assert_all_gone(kids: list[psutil.Process], timeout: float = 5) -> None:
    _, alive = psutil.wait_procs(kids, timeout=timeout)
    assert not alive, [" ".join(p.cmdline())[:80] for p in alive]


def reap(kids: list[psutil.Process]) -> None:
    """Whatever the test found, leave nothing running."""
    for kid in kids:
        with contextlib.suppress(psutil.Error):
            for grandchild in kid.children(recursive=True):
                grandchild.kill()
        with contextlib.suppress(psutil.Error):
            kid.kill()


@pytest.mark.parametrize(
    ("shutdown", "code"), [(False, 1), (True, 0)], ids=["exit only", "shutdown and exit"]
)
def test_exit_while_indexing_ends_the_server_and_its_children(
    tmp_path: Path, busy_workspace: Path, shutdown: bool, code: int
) -> None:
    wire = WireServer(tmp_path / "server.log")
    kids: list[psutil.Process] = []
    try:
        wire.initialize(busy_workspace)
        kids = descendants_once_parsing(wire.proc.pid)
        if shutdown:
            assert wire.request("shutdown").get("result", "missing") is None
        wire.notify("exit")
        try:
            assert wire.proc.wait(5) == code
        except subprocess.TimeoutExpired:
            pytest.fail("the server was still running 5 s after exit")
        assert_all_gone(kids)
    finally:
        wire.close()
        reap(kids)


def test_killed_index_leaves_no_process_behind(busy_workspace: Path) -> None:
    cli = [sys.executable, "-c", "from ormb_assist.cli import main; main()", "index", str(busy_workspace)]
    proc = subprocess.Popen(cli, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kids: list[psutil.Process] = []
    try:
        kids = descendants_once_parsing(proc.pid)
        proc.send_signal(signal.SIGKILL)
        assert_all_gone(kids)
    finally:
        proc.kill()
        proc.wait()
        reap(kids)
