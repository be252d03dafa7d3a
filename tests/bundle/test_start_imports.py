"""The till's start, up to the login page, leaves out the libraries that only some later action needs.

Each of them costs the start a tenth of a second or more (benchmarks/bundle_start.py measures the whole start):
Alembic is for upgrading a database, ReportLab and QtPdf for PDFs and their preview, Babel's catalog reader for
the core's texts (the interface has its own Qt catalog), openpyxl for spreadsheets, QtCharts for the manager.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

from shop import Shop

from ska_pos.db.database import Database
from ska_pos.services.this_till import LocalConfig, save_local_config
from ska_pos.ui.first_page_report import SMOKE_REPORT

SCRIPT = Path(__file__).with_name("start_and_list_modules.py")
LEFT_OUT = ("alembic", "reportlab", "babel.messages", "openpyxl", "PySide6.QtPdf", "PySide6.QtCharts")


def _start(tmp_path: Path, db: Database, till_id: uuid.UUID) -> dict[str, object]:
    report = tmp_path / "first-page.json"
    # this computer is the café's till, as a till in use before enrolment existed is (else: the enrolment page)
    (tmp_path / "data").mkdir()
    save_local_config(LocalConfig(till_id), tmp_path / "data")
    env = {key: value for key, value in os.environ.items() if not key.startswith("SKA_POS_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SKA_POS_DATA_DIR=str(tmp_path / "data"),
        SKA_POS_DATABASE_URL=db.engine.url.render_as_string(hide_password=False),
        **{SMOKE_REPORT: str(report)},
    )
    done = subprocess.run(
        [sys.executable, str(SCRIPT)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    result["page"] = json.loads(report.read_text("utf-8"))["page"]
    return result


def test_the_start_to_the_login_page_leaves_out_what_later_actions_need(
    shop: Shop, db: Database, tmp_path: Path
) -> None:
    started = _start(tmp_path, db, shop.cashier.till_id)
    assert (started["code"], started["page"]) == (0, "loginPage")
    modules = started["modules"]
    assert isinstance(modules, list)
    imported = [name for name in LEFT_OUT if any(m == name or m.startswith(f"{name}.") for m in modules)]
    assert imported == []
