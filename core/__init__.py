"""ormb-assist."""
