"""``python -m ormb_assist.server``: the language server on stdio (same options as ``ormb-assist serve``)."""

from ormb_assist.server.cli import serve_cmd

if __name__ == "__main__":
    serve_cmd(prog_name="python -m ormb_assist.server")
