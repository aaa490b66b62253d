"""ormb-assist language server (pygls 2.x): one module per feature; pure cores never import pygls."""
