"""A demo database for command tests, and its administrator's PIN for the commands that ask for one."""

from __future__ import annotations

import contextlib
import io

import pytest

from ska_pos.cli.common import ADMIN_PIN_VARIABLE, ADMIN_USER_VARIABLE
from ska_pos.cli.main import main


def make_demo(url: str, *options: str) -> dict[str, str]:
    """Runs `ska-pos demo` and returns the PINs it shows once, by user name."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--lang", "en", "--db", url, "demo", *options]) == 0
    shown = out.getvalue().split("Demo PINs (shown only now):", 1)[1]
    return dict(line.split() for line in shown.strip().splitlines())


def log_in_as(monkeypatch: pytest.MonkeyPatch, username: str, pin: str) -> None:
    monkeypatch.setenv(ADMIN_USER_VARIABLE, username)
    monkeypatch.setenv(ADMIN_PIN_VARIABLE, pin)
