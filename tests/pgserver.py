"""A throwaway PostgreSQL server for the tests marked `postgres`.

`running_postgres()` finds the server binaries, creates a cluster in a fresh temp folder, starts it on a free
local port, creates the `ska_pos_test` database and yields its SQLAlchemy URL; on exit it stops the server and
deletes the folder. initdb and postgres refuse to run as root (CI runs as root), so as root the folder is handed
to the `postgres` user and both run through `runuser -u postgres --`.

Set `SKA_POS_TEST_POSTGRES_URL` to use an existing server instead (its database must be disposable).
Only where the machine has no server binaries at all are the tests that need the server skipped, with the reason
(`-ra` prints it in the summary). Where binaries are installed, anything else that keeps the server from running
(binaries incomplete or not executable, no psycopg, no user to run it as, initdb or start failing) fails them.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NoReturn

import pytest

DATABASE = "ska_pos_test"
SUPERUSER = "postgres"
URL_ENV = "SKA_POS_TEST_POSTGRES_URL"
SERVER_TOOLS = ("initdb", "pg_ctl", "postgres")
START_ATTEMPTS = 3


def _missing_tools(bindir: Path) -> list[str]:
    return [tool for tool in SERVER_TOOLS if not ((bindir / tool).is_file() and os.access(bindir / tool, os.X_OK))]


def _cannot_run(reason: str) -> NoReturn:
    pytest.fail(
        f"PostgreSQL server binaries are installed, but the PostgreSQL tests cannot run: {reason}", pytrace=False
    )


def _version_key(bindir: Path) -> tuple[int, ...]:
    """`/usr/lib/postgresql/15/bin` -> (15,); unparsable versions sort first."""
    return tuple(int(part) for part in re.findall(r"\d+", bindir.parent.name)) or (-1,)


def candidate_bindirs() -> list[Path]:
    """Places that may hold initdb/pg_ctl/postgres, best first."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            result = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True)
            candidates.append(Path(result.stdout.strip()))
    candidates.extend(sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version_key, reverse=True))
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    candidates.append(Path("/usr/local/pgsql/bin"))
    unique: list[Path] = []
    for candidate in candidates:
        if candidate not in unique:
            unique.append(candidate)
    return unique


def find_server_bindir(candidates: Sequence[Path] | None = None) -> Path:
    """The first folder of `candidates` (default: `candidate_bindirs()`) with all the server binaries.

    Skips the calling test where none of the folders holds any of them; fails it where some are there but not all
    of them, or not executable: a broken installation must not pass for a machine without PostgreSQL.
    """
    candidates = candidate_bindirs() if candidates is None else list(candidates)
    for bindir in candidates:
        if not _missing_tools(bindir):
            return bindir
    broken = [
        f"{bindir} lacks an executable {' and '.join(_missing_tools(bindir))}"
        for bindir in candidates
        if any((bindir / tool).exists() for tool in SERVER_TOOLS)
    ]
    if broken:
        _cannot_run("; ".join(broken))
    looked = ", ".join(str(path) for path in candidates) or "pg_config --bindir, /usr/lib/postgresql/*/bin"
    pytest.skip(
        f"PostgreSQL server binaries not found (looked in {looked}): install postgresql to run the PostgreSQL tests"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class _Runner:
    """Runs the server binaries as the current user, or as `postgres` through runuser when we are root."""

    def __init__(self, bindir: Path, workdir: Path) -> None:
        self.bindir = bindir
        self.workdir = workdir
        self.prefix: list[str] = []
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            import pwd

            runuser = shutil.which("runuser") or next(
                (path for path in ("/usr/sbin/runuser", "/sbin/runuser") if Path(path).exists()), None
            )
            try:
                account = pwd.getpwnam(SUPERUSER)
            except KeyError:
                _cannot_run(
                    f"running as root, which PostgreSQL refuses, and there is no '{SUPERUSER}' user to run it as"
                )
            if runuser is None:
                _cannot_run("running as root, which PostgreSQL refuses, and runuser is missing")
            for folder in [workdir, *workdir.rglob("*")]:
                os.chown(folder, account.pw_uid, account.pw_gid)
            self.prefix = [runuser, "-u", SUPERUSER, "--"]

    def run(self, tool: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        # The cwd must be readable by the user we run as, and PG* variables of the caller must not leak in.
        env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
        env.update(LC_ALL="C", LANG="C")
        return subprocess.run(
            [*self.prefix, str(self.bindir / tool), *args],
            cwd=self.workdir,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


def _fail(what: str, result: subprocess.CompletedProcess[str], log: Path | None = None) -> NoReturn:
    details = (result.stdout + result.stderr).strip()
    if log is not None and log.exists():
        details += "\n--- server log ---\n" + log.read_text(errors="replace")[-4000:]
    raise RuntimeError(f"{what} failed (exit {result.returncode}):\n{details}")


def _kill_from_pidfile(datadir: Path) -> None:
    """Last resort when pg_ctl stop fails: SIGQUIT is PostgreSQL's immediate shutdown."""
    with contextlib.suppress(OSError, ValueError, IndexError):
        pid = int((datadir / "postmaster.pid").read_text().splitlines()[0])
        os.kill(pid, signal.SIGQUIT)


def _create_database(port: int) -> None:
    import psycopg

    with psycopg.connect(
        host="127.0.0.1", port=port, user=SUPERUSER, dbname="postgres", autocommit=True, connect_timeout=10
    ) as connection:
        connection.execute(f'CREATE DATABASE "{DATABASE}"')


@contextlib.contextmanager
def running_postgres(extra_settings: Sequence[str] = ()) -> Iterator[str]:
    """Yield `postgresql+psycopg://postgres@127.0.0.1:PORT/ska_pos_test` of a fresh server; stop it after."""
    external = os.environ.get(URL_ENV)
    if external:
        yield external
        return
    bindir = find_server_bindir()
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _cannot_run("psycopg is not installed (it comes with the 'dev' and 'postgres' extras)")

    workdir = Path(tempfile.mkdtemp(prefix="ska-pos-pg-"))  # under /tmp, which the postgres user can reach
    datadir, sockdir, log = workdir / "data", workdir / "socket", workdir / "server.log"
    sockdir.mkdir()
    started = False
    try:
        runner = _Runner(bindir, workdir)
        result = runner.run(
            "initdb", "-D", str(datadir), "-A", "trust", "--no-sync", "-U", SUPERUSER, "-E", "UTF8", "--locale=C"
        )
        if result.returncode != 0:
            _fail("initdb", result)

        for attempt in range(1, START_ATTEMPTS + 1):
            port = free_port()
            options = " ".join(
                [
                    f"-p {port}",
                    f"-k {shlex.quote(str(sockdir))}",
                    "-c listen_addresses=127.0.0.1",
                    "-c fsync=off",
                    "-c synchronous_commit=off",
                    "-c full_page_writes=off",
                    *(f"-c {setting}" for setting in extra_settings),
                ]
            )
            result = runner.run(
                "pg_ctl", "-D", str(datadir), "-l", str(log), "-w", "-t", "60", "-o", options, "start", timeout=90
            )
            if result.returncode == 0:
                started = True
                break
            if attempt == START_ATTEMPTS:  # the free port may have been taken in between: retry, then give up
                _fail("pg_ctl start", result, log)

        _create_database(port)
        yield f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{port}/{DATABASE}"
    finally:
        if started:
            stopped = runner.run("pg_ctl", "-D", str(datadir), "-m", "immediate", "-w", "stop", timeout=60)
            if stopped.returncode != 0:
                _kill_from_pidfile(datadir)
        shutil.rmtree(workdir, ignore_errors=True)
