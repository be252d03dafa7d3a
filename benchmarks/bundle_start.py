"""How long the desktop bundle takes from its start to the login page painted.

    make bundle && python benchmarks/bundle_start.py [--bundle "dist/SKA POS"] [--runs 10] [--days 30]

Sets up a data folder with the bundle's own `ska-pos demo` (so the till opens on the login page, as it does every
morning), starts the till program once to warm the file cache (not counted), then `--runs` times, each with no
display (QT_QPA_PLATFORM=offscreen) and SKA_POS_SMOKE_REPORT (ska_pos/ui/first_page_report.py): the app writes
when it painted its first page and quits. Prints the time from just before the process started to that paint,
p50/min/max, and the machine's load average (the figures mean little on a busy machine).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import resource
except ImportError:  # Windows: no processor times of child processes
    resource = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent
SUFFIX = ".exe" if sys.platform == "win32" else ""


def environment(data_dir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("SKA_POS_")}
    env.update(
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        SKA_POS_DATA_DIR=str(data_dir),
        ESCPOS_CAPABILITIES_PICKLE_DIR=str(data_dir.parent / "escpos"),
    )
    return env


def children_cpu_seconds() -> float:
    if resource is None:
        return float("nan")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def start_once(till: Path, data_dir: Path) -> tuple[str, float, float]:
    """The page the till painted first, the seconds from just before its process started until then, and the
    processor seconds the whole run used (less disturbed by other programs than the wall-clock time)."""
    report = data_dir.parent / "first-page.json"
    report.unlink(missing_ok=True)
    env = {**environment(data_dir), "SKA_POS_SMOKE_REPORT": str(report)}
    cpu_before = children_cpu_seconds()
    started = time.time()
    done = subprocess.run([str(till)], env=env, capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0 or not report.is_file():
        raise SystemExit(f"The till failed (exit {done.returncode}):\n{done.stdout}{done.stderr}")
    seen = json.loads(report.read_text("utf-8"))
    return str(seen["page"]), float(seen["painted_at"]) - started, children_cpu_seconds() - cpu_before


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"


def summary(values: list[float]) -> str:
    return f"p50 {statistics.median(values):.3f} s, min {min(values):.3f} s, max {max(values):.3f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "SKA POS", help="the bundle's folder")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--days", type=int, default=30, help="days of demo sales in the database")
    args = parser.parse_args()
    till, cli = args.bundle / f"SKA POS{SUFFIX}", args.bundle / f"ska-pos{SUFFIX}"
    if not till.is_file() or not cli.is_file():
        print(f"No bundle in {args.bundle}: run `make bundle` first.", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="ska-pos-bundle-start-"))
    try:
        data_dir = folder / "data"
        data_dir.mkdir()
        demo = ["--lang", "en", "demo", "--days", str(args.days)]
        subprocess.run([str(cli), *demo], env=environment(data_dir), check=True, capture_output=True, timeout=600)
        page, _, _ = start_once(till, data_dir)  # warms the file cache; not counted
        if page != "loginPage":
            print(f"The till opened on {page!r}, not on the login page.", file=sys.stderr)
            return 1
        print(f"load average before: {load()}")
        seconds, cpu = [], []
        for run in range(1, args.runs + 1):
            page, took, used = start_once(till, data_dir)
            seconds.append(took)
            cpu.append(used)
            print(f"run {run:2}: {took:.3f} s to {page} ({used:.3f} s of processor time in all)")
        print(f"load average after:  {load()}")
        print(f"start to login page painted, {len(seconds)} runs: {summary(seconds)}")
        print(f"processor time of the whole run (to the paint and quitting): {summary(cpu)}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
