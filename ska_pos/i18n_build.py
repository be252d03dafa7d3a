"""Compile the Qt translation sources of the user interface: `python -m ska_pos.i18n_build` (`make translations`).

Every `resources/translations/*.ts` becomes a `.qm` beside it, made by PySide6's lrelease, but only when the
`.qm` is missing or older than its `.ts`. The core's gettext catalog (`resources/locale`) needs no build: Babel
reads the `.po` directly. Qt itself is not imported here; lrelease runs as a separate program.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from ska_pos.paths import resources_dir


class LreleaseNotFoundError(RuntimeError):
    pass


def _executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def find_lrelease() -> list[str]:
    """The command that runs lrelease: the `pyside6-lrelease` script installed beside this Python, else the
    `lrelease` binary inside the PySide6 package, else one on PATH."""
    scripts = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if _executable(scripts / name):
            return [str(scripts / name)]

    spec = importlib.util.find_spec("PySide6")  # locates the package without importing it
    for location in (spec.submodule_search_locations or []) if spec else []:
        package = Path(location)
        for candidate in (
            package / "lrelease",
            package / "lrelease.exe",
            package / "Qt" / "libexec" / "lrelease",
            package / "Qt" / "bin" / "lrelease",
        ):
            if _executable(candidate):
                return [str(candidate)]

    on_path = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if on_path:
        return [on_path]
    raise LreleaseNotFoundError(
        "lrelease not found: install PySide6 (pip install -e '.[dev]') to compile the Qt translations"
    )


def is_stale(ts: Path) -> bool:
    qm = ts.with_suffix(".qm")
    return not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime


def compile_translations(folder: Path, *, force: bool = False, lrelease: Sequence[str] | None = None) -> int:
    """Compile the stale `.ts` files of `folder`; returns the process exit status."""
    sources = sorted(folder.glob("*.ts")) if folder.is_dir() else []
    if not sources:
        print(f"No Qt translation sources (*.ts) in {folder} yet; nothing to compile.")
        return 0

    pending = [ts for ts in sources if force or is_stale(ts)]
    if not pending:
        print(f"Qt translations are up to date ({len(sources)} in {folder}).")
        return 0

    try:
        command = list(lrelease) if lrelease is not None else find_lrelease()
    except LreleaseNotFoundError as error:
        print(error, file=sys.stderr)
        return 1

    status = 0
    for ts in pending:
        qm = ts.with_suffix(".qm")
        result = subprocess.run([*command, str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False)
        if result.returncode != 0 or not qm.exists():
            print(f"failed to compile {ts}:\n{(result.stdout + result.stderr).strip()}", file=sys.stderr)
            status = 1
            continue
        print(f"compiled {ts.name} -> {qm.name}")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ska_pos.i18n_build", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--folder",
        type=Path,
        default=resources_dir() / "translations",
        help="folder of the .ts files (default: %(default)s)",
    )
    parser.add_argument("--force", action="store_true", help="compile every .ts, even when its .qm is newer")
    arguments = parser.parse_args(argv)
    return compile_translations(arguments.folder, force=arguments.force)


if __name__ == "__main__":
    raise SystemExit(main())
