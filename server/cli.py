"""``ormb-assist serve`` (stdio by default, ``--tcp HOST:PORT``) and ``ormb-assist eval complete``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click


@click.command(name="serve")
@click.option(
    "--stdio", "mode", flag_value="stdio", default=True, help="Speak LSP on stdin/stdout (default)."
)
@click.option(
    "--tcp", "tcp", metavar="HOST:PORT", help="Listen on a TCP socket instead, e.g. 127.0.0.1:2087."
)
@click.option(
    "--log-file", type=click.Path(dir_okay=False), help="Write the server log here instead of stderr."
)
@click.option("--log-level", type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]), default=None,
              help="Log level (default: the logLevel setting, INFO); the log goes to the client's log "
                   "channel, and to stderr only warnings unless this option is given.")  # fmt: skip
@click.option("--max-message-bytes", type=click.IntRange(min=1024), default=64 * 1024 * 1024, show_default=True,
              help="Larger LSP messages are skipped with a warning (stdio), never read into memory.")  # fmt: skip
def serve_cmd(
    mode: str, tcp: str | None, log_file: str | None, log_level: str | None, max_message_bytes: int
) -> None:
    """Start the ORMB Assist language server for an editor (VS Code, Neovim, IntelliJ via LSP4IJ...)."""
    from ormb_assist.server.app import create_server
    from ormb_assist.server.server import configure_logging

    port = 0
    if tcp:
        host, _, port_text = tcp.rpartition(":")
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise click.BadParameter("expected HOST:PORT with a port from 1 to 65535, e.g. 127.0.0.1:2087",
                                     param_hint="--tcp")  # fmt: skip
        port = int(port_text)
    if log_file:
        Path(log_file).expanduser().parent.mkdir(parents=True, exist_ok=True)  # a missing log folder is made
    server = create_server()
    server.max_message_bytes = max_message_bytes
    configure_logging(server, log_level or server.settings.log_level, log_file, stderr_level=log_level)
    if log_level:
        server.extra["cli_log_level"] = log_level
    if tcp:
        server.start_tcp(tcp.rpartition(":")[0] or "127.0.0.1", port)
    else:
        server.start_io()


@click.command(name="complete")
@click.option(
    "--workspace",
    "-w",
    required=True,
    type=click.Path(exists=True, file_okay=False),
    help="Workspace folder.",
)
@click.option(
    "--cases", required=True, type=click.Path(exists=True, dir_okay=False), help="completion.jsonl case file."
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print only the summary JSON (always the last stdout line)."
)
@click.option(
    "--index-dir", type=click.Path(file_okay=False), help="Index folder (default <workspace>/.ormb-assist)."
)
@click.option("--details", type=click.Path(dir_okay=False), help="Write per-case results as JSON lines here.")
@click.option("--timeout", default=3600.0, show_default=True, help="Seconds to wait for indexing.")
def eval_complete_cmd(
    workspace: str, cases: str, as_json: bool, index_dir: str | None, details: str | None, timeout: float
) -> None:
    """Drive the real server over stdio: open each case as an unsaved buffer, complete at the marker."""
    from ormb_assist.server.eval_complete import load_cases, run_eval

    try:
        loaded = load_cases(Path(cases))
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    summary, rows = run_eval(Path(workspace), loaded, index_dir=index_dir, index_timeout=timeout)
    if details:
        Path(details).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    if not as_json:
        for row in rows:
            mark = "hit " if row["hit_at_5"] else "MISS"
            click.echo(
                f"{mark} {row['id']:<8} {row.get('category', ''):<12} {row['ms']:7.1f} ms  top: {row['top'][:5]}",
                err=True,
            )
    sys.stdout.write(json.dumps(summary) + "\n")
    sys.stdout.flush()
