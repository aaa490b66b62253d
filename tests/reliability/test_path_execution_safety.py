"""The compile check never runs workspace code and always runs the javac it is configured with.

A javac ``Plugin`` is code: javac loads it from a jar with ``-Xplugin:Name`` or, when the plugin says
``autoStart``, with no option at all.  These tests ship real plugins (compiled here with the real
javac) in workspace jars whose only effect is a marker file, then drive the compile check and
``ormb-assist generate`` the way a user would; a marker on disk means workspace code ran.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE_WORKSPACE

from ormb_assist.cli import main
from ormb_assist.generation import javac, javac_server
from ormb_assist.generation.javac import UnsafeCompilePath, find_javac, verify
from ormb_assist.indexer.workspace import WorkspaceIndex

pytestmark = pytest.mark.skipif(shutil.which("javac") is None, reason="needs a JDK")

OBJECTIVE = "when an FT freezes verify its GL lines net to zero"
PLUGIN = """package evil;

public class {name}Plugin implements com.sun.source.util.Plugin {{
    public String getName() {{ return "{name}"; }}
    public boolean autoStart() {{ return {auto}; }}
    public void init(com.sun.source.util.JavacTask task, String... args) {{
        try {{
            java.nio.file.Files.writeString(java.nio.file.Path.of({marker}), "workspace code ran");
        }} catch (java.io.IOException e) {{
            throw new java.io.UncheckedIOException(e);
        }}
    }}
}}
"""
# Uses a workspace source (found through -sourcepath) and a framework class from the workspace jar.
USES_WORKSPACE = """package com.splwg.cm.domain.probe;

public class CmProbe {
    com.splwg.cm.domain.common.messageRepository.CmMessageRepository repository;
    com.splwg.base.api.BusinessEntity entity;
}
"""


class Plugins:
    def __init__(self, root: Path) -> None:
        self.markers = root / "markers"
        self.named = root / "named.jar"  # "Evil": runs only when asked for with -Xplugin:Evil
        self.auto = root / "auto.jar"  # "Auto": autoStart, runs whenever javac can see it

    @property
    def ran(self) -> list[str]:
        return sorted(p.name for p in self.markers.iterdir())


@pytest.fixture(scope="module")
def plugins(tmp_path_factory: pytest.TempPathFactory) -> Plugins:
    root = tmp_path_factory.mktemp("plugins")
    found = Plugins(root)
    found.markers.mkdir()
    src, classes = root / "src" / "evil", root / "classes"
    src.mkdir(parents=True)
    for name, auto in (("Evil", "false"), ("Auto", "true")):
        marker = json.dumps(str(found.markers / f"{name}.ran"))
        (src / f"{name}Plugin.java").write_text(PLUGIN.format(name=name, auto=auto, marker=marker))
    subprocess.run(["javac", "-d", str(classes), *map(str, src.glob("*.java"))], check=True)
    for jar, name in ((found.named, "Evil"), (found.auto, "Auto")):
        with zipfile.ZipFile(jar, "w") as archive:
            archive.write(classes / "evil" / f"{name}Plugin.class", f"evil/{name}Plugin.class")
            archive.writestr("META-INF/services/com.sun.source.util.Plugin", f"evil.{name}Plugin\n")
    return found


@pytest.fixture(autouse=True)
def _no_markers_yet(request: pytest.FixtureRequest) -> None:
    """Each test starts with no marker, so a plugin that ran earlier cannot fail a later test."""
    if "plugins" in request.fixturenames:
        for marker in request.getfixturevalue("plugins").markers.iterdir():
            marker.unlink()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory, plugins: Plugins) -> Path:
    """A small copy of the sample (framework jars, DDL, two sources) plus the auto-start plugin jar,
    indexed once."""
    ws = tmp_path_factory.mktemp("safety") / "workspace"
    shutil.copytree(EXAMPLE_WORKSPACE / "lib", ws / "lib")
    shutil.copytree(EXAMPLE_WORKSPACE / "db", ws / "db")
    repository = Path("src/cm/com/splwg/cm/domain/common/messageRepository")
    shutil.copytree(EXAMPLE_WORKSPACE / repository, ws / repository)
    shutil.copy(plugins.auto, ws / "lib" / "auto.jar")
    assert WorkspaceIndex.open(ws).build().files_indexed > 0
    return ws


@pytest.mark.parametrize("warm_server", [True, False], ids=["warm-server", "plain-javac"])
def test_an_auto_start_plugin_in_a_workspace_jar_never_runs(
    workspace: Path, plugins: Plugins, monkeypatch: pytest.MonkeyPatch, warm_server: bool
) -> None:
    monkeypatch.setenv("ORMB_ASSIST_JAVAC_SERVER", "1" if warm_server else "0")
    index = WorkspaceIndex.open(workspace)
    assert any(p.name == "auto.jar" for p in index.jar_paths)  # the plugin is on the class path
    result = verify(USES_WORKSPACE, index)
    assert result.ok, [str(d) for d in result.diagnostics]
    assert plugins.ran == []
    assert "-proc:none" in result.command and "-processorpath" in result.command


def test_a_folder_name_with_a_carriage_return_cannot_inject_a_plugin(
    tmp_path: Path, plugins: Plugins
) -> None:
    """The folder name ends the warm server's old line protocol early and adds ``-Xplugin:Evil``."""
    ws = tmp_path / "workspace"
    (ws / "lib").mkdir(parents=True)
    shutil.copy(plugins.named, ws / "lib" / "named.jar")
    for folder, package in (("src", "a"), ("x\r-Xplugin:Evil", "b")):
        (ws / folder / "com" / package).mkdir(parents=True)
        (ws / folder / "com" / package / "A.java").write_text(
            f"package com.{package};\npublic class A {{}}\n"
        )
    index = WorkspaceIndex.open(ws)
    index.build()
    assert "x\r-Xplugin:Evil/com/b/A.java" in index.files
    extra = {f"com.c.Extra{i}": f"package com.c;\nclass Extra{i} {{}}\n" for i in range(2)}
    with pytest.raises(
        UnsafeCompilePath, match=r"source folder path .*x\\r-Xplugin:Evil.* U\+000D; rename it"
    ):
        verify("package com.c;\npublic class C { com.a.A a; }\n", index, extra_sources=extra)
    assert plugins.ran == []


def test_the_warm_server_keeps_a_control_character_inside_its_argument(
    tmp_path: Path, plugins: Plugins
) -> None:
    """Transport alone, without the path check: length-prefixed frames cannot be split by a name."""
    server = javac_server.server_for(find_javac("javac"))
    if server is None:
        pytest.skip("javac is not a JDK's own bin/javac: no warm server to test")
    source = tmp_path / "T.java"
    source.write_text("class T {}\n")
    args = ["-proc:none", "-classpath", str(plugins.named), "-sourcepath", f"{tmp_path}/x\r-Xplugin:Evil",
            "-d", str(tmp_path), str(source)]  # fmt: skip
    assert server.compile(args, 60.0) == (0, "")
    assert (tmp_path / "T.class").is_file()
    assert plugins.ran == []
    # an end marker in javac's output (it echoes source lines) cannot end a reply early either
    broken = tmp_path / "Broken.java"
    broken.write_text("class Broken {\n@@ORMB-END 0\n}\n")
    returncode, output = server.compile(["-proc:none", "-d", str(tmp_path), str(broken)], 60.0)
    assert returncode != 0 and "@@ORMB-END 0" in output and "error" in output


@pytest.mark.parametrize(
    "option", ["-Xplugin:Evil", "-processorpath", "--processor-module-path", "-proc:full", "-J-Dx=1", "@args"]
)
def test_callers_cannot_choose_processors_plugins_or_argument_files(option: str) -> None:
    with pytest.raises(UnsafeCompilePath, match="not allowed"):
        javac.guard_args(["-d", "/tmp/out", option, "/tmp/A.java"])
    guarded = javac.guard_args(["-proc:none", "-d", "/tmp/out", "/tmp/A.java"])
    assert guarded[:2] == ["-proc:none", "-processorpath"] and guarded == javac.guard_args(guarded)
    assert list(Path(guarded[2]).iterdir()) == []  # the processor path is an empty folder of ours


def test_generate_honours_the_configured_javac(workspace: Path, plugins: Plugins) -> None:
    runner = CliRunner()
    real = runner.invoke(main, ["generate", "-w", str(workspace), "--json", OBJECTIVE])
    assert real.exit_code == 0, real.output
    assert json.loads(real.stdout.splitlines()[-1])["compiled"] is True
    assert plugins.ran == []  # a whole generate with the plugin jar in the workspace ran none of it

    fake = runner.invoke(
        main, ["generate", "-w", str(workspace), "--javac", "/bin/false", "--json", OBJECTIVE]
    )
    data = json.loads(fake.stdout.splitlines()[-1])
    assert fake.exit_code == 1
    assert data["compiled"] is False and data["status"] == "compile_failed"
    assert "compiles" not in data["message"]
    assert data["diagnostics"] == [":0: error: javac exited 1"]


def test_the_warm_server_stands_in_only_for_a_jdk_javac(tmp_path: Path) -> None:
    assert javac_server.server_for("/bin/false") is None
    wrapper = tmp_path / "javac"  # a script named javac beside a java: still not the JDK's javac
    wrapper.write_text("#!/bin/sh\nexit 3\n")
    wrapper.chmod(0o755)
    (tmp_path / "java").symlink_to(shutil.which("java") or "/usr/bin/java")
    assert javac_server.server_for(str(wrapper)) is None
    if javac_server.enabled():
        assert javac_server.server_for(find_javac("javac")) is not None
