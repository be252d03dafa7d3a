"""`ska-pos init`, killed with SIGKILL right after its n-th SQL statement: a plug pulled at an exact point.

Run as a program by tests/db/test_interrupted_set_up.py: `python kill_during_init.py FOLDER POINTS` imports the app
once and counts the statements of a whole `init` up to the commit of the migration. Then for POINTS statements n
evenly spread before it, and for the last three (the last schema change and the version updates), it forks a child
that runs `ska-pos --db sqlite:///FOLDER/kill-n.sqlite3 init` and kills itself right after statement n (SIGKILL: no
exception handler, no rollback, no `finally` runs). It prints one JSON object: the statement the migration commits
after, and for each n whether the child died by the signal.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from ska_pos.cli.main import main


def url_for(folder: Path, statements: int) -> str:
    return f"sqlite:///{folder / f'kill-{statements}.sqlite3'}"


def _child(url: str, kill_after: int | None) -> int:
    executed, schema_changed, migration_commit = 0, False, 0

    def count(_connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        nonlocal executed, schema_changed
        executed += 1
        schema_changed = schema_changed or statement.lstrip().upper().startswith("CREATE")
        if executed == kill_after:
            os.kill(os.getpid(), signal.SIGKILL)

    def committed(_connection: Any) -> None:
        nonlocal migration_commit
        if schema_changed and not migration_commit:
            migration_commit = executed

    event.listen(Engine, "after_cursor_execute", count)
    event.listen(Engine, "commit", committed)
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(["--db", url, "init"])
    return migration_commit if kill_after is None else code


def statement_before_the_migration_commits(folder: Path) -> int:
    """Counted in a child too, so that the parent's SQLAlchemy stays untouched before the next fork."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        os.write(write, str(_child(f"sqlite:///{folder / 'whole.sqlite3'}", None)).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        total = int(pipe.read())
    os.waitpid(pid, 0)
    return total


def killed_after(url: str, statements: int) -> bool:
    pid = os.fork()
    if pid == 0:
        os._exit(_child(url, statements))
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


if __name__ == "__main__":
    target, points = Path(sys.argv[1]), int(sys.argv[2])
    last = statement_before_the_migration_commits(target)
    # Each child runs init up to its point, so the cost grows with the square of the schema: a fixed number of
    # points, evenly spread, keeps the test's time as migrations are added (648 statements at revision 0018: every 8th).
    every = max(1, last // points)
    points = sorted({*range(1, last + 1, every), last - 2, last - 1, last})
    print(json.dumps({"last": last, "killed": {str(n): killed_after(url_for(target, n), n) for n in points}}))
