"""Starting the desktop application (the only entry into `ska_pos.ui`)."""

from __future__ import annotations


def run_gui(database_url: str | None) -> int:
    from ska_pos.ui.application import run

    return int(run(database_url))
