"""`ska-pos init`, killed with SIGKILL right after its n-th SQL statement: a plug pulled at an exact point.

Run as a program by tests/db/test_interrupted_set_up.py: `python kill_during_init.py FOLDER` imports the app once
and records the statements of a whole `init` up to the commit of the migration. Then for each point n it forks a
child that runs `ska-pos --db sqlite:///FOLDER/kill-n.sqlite3 init` and kills itself right after statement n
(SIGKILL: no exception handler, no rollback, no `finally` runs). It prints one JSON object: the statement the
migration commits after, and for each n whether the child died by the signal.

The points (the statements counted are the migration's: its BEGIN IMMEDIATE comes before the first): the first
statement, the first of each kind (CREATE TABLE, CREATE INDEX, CREATE TRIGGER, a batch copy's INSERT, ALTER TABLE,
each PRAGMA, UPDATE alembic_version...: a kind that commits by itself, as each CREATE TABLE once did, is caught at
its first), and the last three (the last schema change, then the version rows). A commit anywhere
before the end, by a statement of any kind or by a migration itself, leaves a half-made or older schema that the
kill after the last schema change finds; between those points a kill only leaves more of the same uncommitted
transaction in the log, which a later start discards. Killing after every 8th statement as well (the test's first
form) cost 2.5 minutes and proved nothing these do not.
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


def kind(statement: str) -> str:
    """A statement's kind: its first two words without arguments (CREATE TABLE, INSERT INTO, PRAGMA MAIN.INDEX_LIST),
    a batch migration's copy of a table told apart, every read one kind."""
    words = " ".join(word.split("(")[0] for word in statement.split()[:2]).upper()
    if words.startswith("SELECT"):
        return "SELECT"  # a read leaves the file as the statement before it did
    return words + " (batch copy)" if "_alembic_tmp" in statement.lower() else words


def _child(url: str, kill_after: int | None, kinds: list[str] | None = None) -> int:
    executed, schema_changed, migration_commit = 0, False, 0

    def count(_connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        nonlocal executed, schema_changed
        executed += 1
        if kinds is not None:
            kinds.append(kind(statement))
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


def statements_to_the_migration_commit(folder: Path) -> list[str]:
    """The kinds of the statements of a whole `init` up to the migration's commit; recorded in a child too, so that
    the parent's SQLAlchemy stays untouched before the next fork."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        kinds: list[str] = []
        last = _child(f"sqlite:///{folder / 'whole.sqlite3'}", None, kinds)
        os.write(write, json.dumps(kinds[:last]).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        kinds = json.loads(pipe.read())
    os.waitpid(pid, 0)
    return list(kinds)


def kill_points(kinds: list[str]) -> list[int]:
    """The first statement, the first of each kind, and the last three."""
    first_of_kind: dict[str, int] = {}
    for n, statement in enumerate(kinds, 1):
        first_of_kind.setdefault(statement, n)
    last = len(kinds)
    return sorted({1, *first_of_kind.values(), last - 2, last - 1, last})


def killed_after(url: str, statements: int) -> bool:
    pid = os.fork()
    if pid == 0:
        os._exit(_child(url, statements))
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


if __name__ == "__main__":
    target = Path(sys.argv[1])
    kinds = statements_to_the_migration_commit(target)
    points = kill_points(kinds)
    killed = {str(n): killed_after(url_for(target, n), n) for n in points}
    print(json.dumps({"last": len(kinds), "killed": killed, "kinds": {str(n): kinds[n - 1] for n in points}}))
