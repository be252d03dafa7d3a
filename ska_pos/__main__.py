"""`python -m ska_pos`, and the entry point of the PyInstaller bundle (build.spec)."""

from __future__ import annotations

from ska_pos.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
