"""ormb-assist."""

import os

# LanceDB's Rust logger prints `WARN lance::dataset::write::insert ... it will be created` on every
# first index (and into every editor log).  It reads LANCEDB_LOG once, when lancedb is first
# imported; every import of lancedb here goes through this package, so set it first.  A value the
# user exported still wins (LANCEDB_LOG=debug to see them again).
os.environ.setdefault("LANCEDB_LOG", "error")
