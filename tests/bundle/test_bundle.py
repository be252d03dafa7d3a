"""The desktop bundle (build.spec, `make bundle`) starts as a till would and runs the `ska-pos` commands.

The bundle is built from this checkout (about a minute; reused while nothing it is made from changed, see
built_bundle.py), then started on data folders of its own: each program runs in a subprocess, with no display.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from ska_pos import __version__
from ska_pos.ui.first_page_report import SMOKE_REPORT

from .built_bundle import CLI, TILL, bundle_folder

# Building the bundle takes minutes on a busy 2-core machine: more than the per-test limit allows.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

RUN_TIMEOUT_S = 180


@pytest.fixture(scope="module")
def bundle() -> Path:
    return bundle_folder()


def _environment(data_dir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("SKA_POS_")}
    env.update(QT_QPA_PLATFORM="offscreen", SKA_POS_DATA_DIR=str(data_dir))
    env["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(data_dir.parent / "escpos")
    return env


def _run(program: Path, *args: str, data_dir: Path, **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {**_environment(data_dir), **extra_env}
    return subprocess.run(
        [str(program), *args], env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False
    )


def _ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, f"exit {done.returncode}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
    return done.stdout


def _first_page(bundle: Path, data_dir: Path) -> str:
    """Starts the till program and returns the objectName of the page it painted first."""
    report = data_dir.parent / "first-page.json"
    report.unlink(missing_ok=True)
    _ok(_run(bundle / TILL, data_dir=data_dir, **{SMOKE_REPORT: str(report)}))
    return str(json.loads(report.read_text("utf-8"))["page"])


@pytest.fixture(scope="module")
def demo_data(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A data folder set up by the bundle's `ska-pos init` then `ska-pos demo`, with what the two printed."""
    data_dir = tmp_path_factory.mktemp("demo") / "data"
    data_dir.mkdir()
    init = _ok(_run(bundle / CLI, "init", data_dir=data_dir))
    demo = _ok(_run(bundle / CLI, "--lang", "en", "demo", "--days", "2", data_dir=data_dir))
    return data_dir, init, demo


def test_the_till_starts_on_an_empty_data_folder_with_the_first_start_page(bundle: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    assert _first_page(bundle, data_dir) == "firstStartPage"
    assert (data_dir / "ska-pos.sqlite3").is_file()


def test_the_command_line_program_says_its_version(bundle: Path, tmp_path: Path) -> None:
    assert _ok(_run(bundle / CLI, "--version", data_dir=tmp_path)).strip() == f"ska-pos {__version__}"


def test_the_command_line_program_makes_the_database_and_a_demo(demo_data: tuple[Path, str, str]) -> None:
    data_dir, init, demo = demo_data
    assert str(data_dir / "ska-pos.sqlite3") in init
    assert "Demo sentra made" in demo
    assert "Demo PINs" in demo


def test_the_command_line_program_makes_the_daily_report(
    bundle: Path, demo_data: tuple[Path, str, str], tmp_path: Path
) -> None:
    pdf = tmp_path / "daily.pdf"
    _ok(_run(bundle / CLI, "report", "daily", "-o", str(pdf), data_dir=demo_data[0]))
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_till_starts_on_the_login_page_once_set_up(bundle: Path, demo_data: tuple[Path, str, str]) -> None:
    assert _first_page(bundle, demo_data[0]) == "loginPage"
