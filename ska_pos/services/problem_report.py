"""A problem report: one zip for the person who supports the sentra, with what they need and no personal data.

It holds the log files, the versions of the application and its libraries, the database URL without its password,
the schema revision, this machine's till file, the settings that are not about people and how many rows each table
has. It never holds a worker's, user's or customer's data (names, NIK, phone, bank account, PIN hashes), nor any
sale: counting rows needs no row's content.
"""

from __future__ import annotations

import json
import logging
import platform
import sys
import zipfile
from dataclasses import dataclass
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import platformdirs
from sqlalchemy import URL, func, make_url, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from ska_pos import __version__
from ska_pos.db.migrate import current_revision, head_revision
from ska_pos.db.models import Base, Setting
from ska_pos.i18n import _
from ska_pos.logs import hide_personal_numbers, log_files
from ska_pos.services import printer_settings, settings
from ska_pos.services.this_till import config_path

LIBRARIES = ("PySide6-Essentials", "SQLAlchemy", "alembic", "reportlab", "python-escpos", "babel", "psycopg")
# Settings copied into the report: only keys known to describe the machine or the rules, never a person. A key not
# listed here (one added later) stays out until someone decides it is safe.
SAFE_SETTING_KEYS = frozenset(
    key.key
    for key in (
        settings.DISCOUNT_LIMIT_BP, settings.SHIFT_DIFFERENCE_LIMIT, settings.IDLE_LOCK_MINUTES, settings.LANGUAGE,
        printer_settings.RECEIPT_KIND, printer_settings.RECEIPT_ADDRESS, printer_settings.RECEIPT_PAPER_MM,
        printer_settings.RECEIPT_COPIES, printer_settings.SHOW_WORKERS, printer_settings.KICK_DRAWER,
        printer_settings.NATIVE_QR, printer_settings.KITCHEN_KIND, printer_settings.KITCHEN_ADDRESS,
        printer_settings.KITCHEN_PAPER_MM,
    )
) | {"demo_mode"}  # fmt: skip
PERSONAL_SCOPE_PREFIX = "user:"
DEFAULT_ZONE = "Asia/Jakarta"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProblemReport:
    path: Path
    files: tuple[str, ...]  # names inside the zip


def default_report_name(moment: datetime, zone: str = DEFAULT_ZONE) -> str:
    """`laporan-masalah-20261206-1430.zip`, on the wall clock of `zone` (an outlet's; WIB unless told)."""
    return f"laporan-masalah-{moment.astimezone(ZoneInfo(zone)):%Y%m%d-%H%M}.zip"


def write_problem_report(
    target: Path, *, created_at: datetime, session: Session | None = None, database_error: str = "",
    data_folder: Path | None = None,
) -> ProblemReport:  # fmt: skip
    """Write the zip to `target` (replacing it). Without a session (the database would not open) the report has
    everything else, and `database_error` says why."""
    entries: dict[str, bytes] = {}
    about: dict[str, Any] = {"created_at": created_at.isoformat(), **versions()}
    if session is not None:
        try:
            about["database"] = database_facts(session)
            entries["settings.json"] = _json(safe_settings(session))
            entries["row-counts.json"] = _json(row_counts(session))
        except SQLAlchemyError as error:  # a database that fails is the likeliest reason for a report
            log.exception("problem report: the database could not be read")
            database_error = f"{type(error).__name__}: {error.orig if isinstance(error, DBAPIError) else error}"
    if database_error:
        about["database"] = {"error": hide_personal_numbers(database_error)}
    entries["about.json"] = _json(about)
    till_file = config_path(data_folder)
    if till_file.is_file():
        entries[till_file.name] = till_file.read_bytes()
    for log_file in log_files(data_folder):
        text = log_file.read_text(encoding="utf-8", errors="replace")
        entries[f"logs/{log_file.name}"] = hide_personal_numbers(text).encode("utf-8")
    entries["README.txt"] = _readme().encode("utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    partial.replace(target)
    return ProblemReport(target, tuple(entries))


def versions() -> dict[str, Any]:
    libraries: dict[str, str | None] = {}
    for name in LIBRARIES:
        try:
            libraries[name] = version(name)
        except PackageNotFoundError:
            libraries[name] = None
    return {
        "ska_pos": __version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "machine": platform.machine(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "libraries": libraries,
    }


def url_without_password(url: str | URL) -> str:
    return make_url(url).render_as_string(hide_password=True)


def database_facts(session: Session) -> dict[str, Any]:
    engine = session.get_bind().engine
    return {
        "url": url_without_password(engine.url),
        "dialect": engine.dialect.name,
        "server_version": ".".join(str(part) for part in (engine.dialect.server_version_info or ())),
        "schema_revision": current_revision(engine),
        "newest_revision": head_revision(engine),
    }


def safe_settings(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(Setting).order_by(Setting.scope, Setting.key)).all()
    return [
        {"scope": row.scope, "key": row.key, "value": json.loads(row.value)}
        for row in rows
        if row.key in SAFE_SETTING_KEYS and not row.scope.startswith(PERSONAL_SCOPE_PREFIX)
    ]


def row_counts(session: Session) -> dict[str, int]:
    return {
        table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
        for table in Base.metadata.sorted_tables
    }


def _json(value: object) -> bytes:
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _readme() -> str:
    return "\n".join(
        [
            _("SKA POS problem report"),
            "",
            _("about.json: versions of the application, Python, the libraries and the system; the database address "
              "without its password and the schema revision."),
            _("settings.json: settings of the sentra, outlets and tills (limits, language, printers)."),
            _("row-counts.json: how many rows each table has."),
            _("till.json: which till this computer is."),
            _("logs/: the log files (errors, print failures, slow operations)."),
            "",
            _("Not included: names, NIK, phone or bank numbers of workers and customers, PINs, sales."),
            "",
        ]
    )  # fmt: skip


def default_report_folder() -> Path:
    """The user's Documents folder when there is one, else their home folder."""
    documents = Path(platformdirs.user_documents_dir())
    return documents if documents.is_dir() else Path.home()
