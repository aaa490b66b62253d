"""The ``ormb-assist`` command line: one click group whose subcommands live beside their cores.

Subcommands are imported lazily so that ``ormb-assist --help`` and light commands do not pay for
torch, LanceDB or pygls imports.
"""

from __future__ import annotations

import importlib
import logging
import os

import click

from ormb_assist.errors import DEBUG_ENV, debug_enabled, user_message
from ormb_assist.extras import missing_extra_message

# name -> ("module:attribute" of a click command or group, one-line help shown in listings)
_COMMANDS: dict[str, tuple[str, str]] = {
    "index": ("ormb_assist.indexer.cli:index_cmd", "Index a workspace (Java, DDL, jars) into LanceDB."),
    "resolve": (
        "ormb_assist.indexer.cli:resolve_cmd",
        "Rank SPOT interfaces, tables and examples for an objective.",
    ),
    "generate": (
        "ormb_assist.generation.cli:generate_cmd",
        "Generate an ORMB algorithm class that compiles.",
    ),
    "serve": ("ormb_assist.server.cli:serve_cmd", "Run the language server (stdio or TCP)."),
    "harvest": ("ormb_assist.harvest_cli:harvest_group", "Inspect or export recorded completion events."),
    "doctor": ("ormb_assist.indexer.doctor:doctor_cmd", "Check (and --repair) the index and harvest store."),
    "dataset": (
        "ormb_assist.training.cli:dataset_cmd",
        "Build a fine-tuning dataset from harvest + workspace.",
    ),
    "train": (
        "ormb_assist.training.cli:train_cmd",
        "Fine-tune a model from a recipe (Unsloth on CUDA, TRL+PEFT else).",
    ),
    "export": ("ormb_assist.training.cli:export_cmd", "Export a LoRA adapter, merged weights or GGUF."),
    "publish": ("ormb_assist.training.cli:publish_cmd", "Hot-load an adapter into a running vLLM server."),
    "serve-model": ("ormb_assist.training.cli:serve_model_cmd", "Print or start the vLLM serve command."),
}
_EVAL_COMMANDS: dict[str, tuple[str, str]] = {
    "retrieval": ("ormb_assist.indexer.cli:eval_retrieval_cmd", "Spot/table retrieval accuracy on cases."),
    "generate": (
        "ormb_assist.generation.cli:eval_generate_cmd",
        "Compile rate, dependency accuracy, patterns.",
    ),
    "behaviour": (
        "ormb_assist.generation.cli:eval_behaviour_cmd",
        "Run each case's class in scenarios on an executable framework.",
    ),
    "complete": ("ormb_assist.server.cli:eval_complete_cmd", "Completion hit@k through the real server."),
    "model": ("ormb_assist.training.cli:eval_model_cmd", "Base vs tuned model side by side."),
}


class ErrorLine(click.ClickException):
    """How every command reports a failure: one ``error: …`` line on stderr, exit status 1."""

    def show(self, file: object = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


class LazyGroup(click.Group):
    """A click group that imports a subcommand only when it is invoked or listed.

    It is also the CLI edge for errors: a :class:`~ormb_assist.errors.UserError`, an OS or SQLite
    error or a ``ClickException`` raised by any subcommand becomes ``error: <message>`` (no
    traceback); an unexpected exception is named in one line too, and ``--debug`` (or
    ``ORMB_ASSIST_DEBUG=1``) lets its traceback through instead.
    """

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.UsageError, ErrorLine):
            raise
        except click.ClickException as exc:
            line = ErrorLine(exc.format_message())
            line.exit_code = exc.exit_code
            raise line from exc
        except Exception as exc:
            if debug_enabled():
                raise
            message = user_message(exc) or missing_extra_message(exc)
            if message is None:
                message = (
                    f"internal error ({type(exc).__name__}: {exc}); rerun with --debug for the traceback"
                )
            raise ErrorLine(message) from exc

    def __init__(self, *args, lazy: dict[str, tuple[str, str]] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List subcommands from the static help strings, without importing heavy modules."""
        rows = [(name, self.lazy[name][1]) for name in sorted(self.lazy)]
        rows += [(n, c.get_short_help_str()) for n, c in sorted(self.commands.items()) if n not in self.lazy]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(sorted(rows))

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            module_name, attr = self.lazy[cmd_name][0].split(":")
            try:
                module = importlib.import_module(module_name)
            except ImportError as exc:
                hint = missing_extra_message(exc)
                raise click.ClickException(f"'{cmd_name}' is unavailable: {hint or exc}") from exc
            return getattr(module, attr)
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, lazy=_COMMANDS)
@click.version_option(package_name="ormb-assist")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.option("--debug", is_flag=True, help=f"Show tracebacks of errors (same as {DEBUG_ENV}=1).")
def main(verbose: int, debug: bool) -> None:
    """Workspace-grounded assistant for ORMB / OUAF Java."""
    if debug:
        os.environ[DEBUG_ENV] = "1"
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


@main.group(name="eval", cls=LazyGroup, lazy=_EVAL_COMMANDS)
def eval_group() -> None:
    """Measure retrieval, generation, completion or a tuned model on a case file."""
