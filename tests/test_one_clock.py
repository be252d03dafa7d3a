"""One clock: `ska_pos/clock.py` is the only place in the package that reads the wall clock, and nothing uses the
machine's own time zone. Read with `ast` like the layering rules in test_architecture.py, so an alias
(`import datetime as dt`, `from datetime import date as d`) or a call inside a function counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from test_architecture import PACKAGE, ROOT, python_files

CLOCK = PACKAGE / "clock.py"
# Durations (time.monotonic, perf_counter) are no reading of the wall clock and stay allowed.
TIME_FUNCTIONS = {"time", "time_ns", "localtime", "gmtime", "ctime", "asctime", "strftime"}
QT_TIME_CLASSES = {"QDate", "QDateTime", "QTime"}


def wall_clock_reads(source: str, path: Path) -> list[str]:
    """`file:line: call` for every reading of the wall clock (datetime.now/utcnow/today, date.today,
    time.time and friends, Qt's current date or time) in `source`."""
    tree = ast.parse(source, filename=str(path))
    modules: dict[str, str] = {}  # local name -> "datetime" or "time"
    classes: set[str] = set()  # local names of datetime.datetime and datetime.date
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in ("datetime", "time"):
                    modules[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module == "datetime":
            classes.update(alias.asname or alias.name for alias in node.names if alias.name in ("datetime", "date"))
        elif isinstance(node, ast.ImportFrom) and node.module == "time":
            for alias in node.names:
                if alias.name in TIME_FUNCTIONS:
                    classes.add(f"time:{alias.asname or alias.name}")

    def is_datetime_class(owner: ast.expr) -> bool:  # `datetime`, `date`, `dt.datetime`, `datetime.date`
        if isinstance(owner, ast.Name):
            return owner.id in classes
        return (
            isinstance(owner, ast.Attribute)
            and owner.attr in ("datetime", "date")
            and isinstance(owner.value, ast.Name)
            and modules.get(owner.value.id) == "datetime"
        )

    def reads_the_clock(func: ast.expr) -> bool:
        if isinstance(func, ast.Name):
            return f"time:{func.id}" in classes
        if not isinstance(func, ast.Attribute):
            return False
        owner = func.value
        return (
            (func.attr in ("now", "utcnow", "today") and is_datetime_class(owner))
            or (isinstance(owner, ast.Name) and modules.get(owner.id) == "time" and func.attr in TIME_FUNCTIONS)
            or (isinstance(owner, ast.Name) and owner.id in QT_TIME_CLASSES and func.attr.startswith("current"))
        )

    where = path.relative_to(ROOT) if path.is_absolute() else path
    return [
        f"{where}:{node.lineno}: {ast.unparse(node.func)}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and reads_the_clock(node.func)
    ]


def machine_zone_uses(source: str, path: Path) -> list[str]:
    """`x.astimezone()` without a zone converts to the machine's time zone: the outlet's zone is wanted."""
    return [
        f"{path.relative_to(ROOT) if path.is_absolute() else path}:{node.lineno}: {ast.unparse(node)}"
        for node in ast.walk(ast.parse(source, filename=str(path)))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "astimezone"
        and not node.args
        and not node.keywords
    ]


def test_only_the_clock_reads_the_wall_clock() -> None:
    bad = [
        found
        for path in python_files()
        if path != CLOCK
        for found in wall_clock_reads(path.read_text(encoding="utf-8"), path)
    ]
    assert not bad, "read the time from ska_pos.clock instead:\n" + "\n".join(bad)


def test_nothing_uses_the_machines_time_zone() -> None:
    bad = [found for path in python_files() for found in machine_zone_uses(path.read_text(encoding="utf-8"), path)]
    assert not bad, "convert to the outlet's zone (clock.now_in, business_date), not the machine's:\n" + "\n".join(bad)


def test_the_clock_is_where_the_checker_looks() -> None:
    assert wall_clock_reads(CLOCK.read_text(encoding="utf-8"), CLOCK), "the clock itself must read datetime.now"


# --- the checker itself -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "from datetime import datetime\ndatetime.now()",
        "from datetime import datetime, UTC\ndef f():\n    return datetime.now(UTC)",
        "from datetime import datetime as dt\ndt.utcnow()",
        "from datetime import date\ndate.today()",
        "from datetime import datetime\ndatetime.today()",
        "import datetime\ndatetime.date.today()",
        "import datetime as dt\ndt.datetime.now()",
        "import time\ntime.time()",
        "from time import time_ns\ntime_ns()",
        "from PySide6.QtCore import QDate\nQDate.currentDate()",
        "from PySide6.QtCore import QDateTime\nQDateTime.currentDateTimeUtc()",
    ],
)
def test_checker_sees_every_wall_clock_read(source: str) -> None:
    assert wall_clock_reads(source, Path("example.py")), source


@pytest.mark.parametrize(
    "source",
    [
        "from ska_pos import clock\nclock.now()",
        "session.today()",
        "import time\ntime.monotonic()",
        "from datetime import datetime\ndatetime.fromisoformat('2026-12-31T17:30:00+00:00')",
        "from datetime import date\ndate(2026, 11, 1)",
    ],
)
def test_checker_lets_the_rest_pass(source: str) -> None:
    assert wall_clock_reads(source, Path("example.py")) == []


def test_checker_sees_the_machine_zone() -> None:
    assert machine_zone_uses("moment.astimezone()", Path("example.py"))
    assert not machine_zone_uses("moment.astimezone(ZoneInfo(outlet.timezone))", Path("example.py"))
