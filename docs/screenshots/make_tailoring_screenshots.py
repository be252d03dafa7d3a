"""Screenshots of the galeri jahit's tailoring (issue 12), in Bahasa Indonesia and English (`tailoring_scenes.py`): the
measurement card, the workload by promised date, the intake with measurements, cloth and a fitting. Saves
`orders-<screen>_<language>.png` beside this script, on a fresh demo database in a temporary folder, with the same
options as `make_screenshots.py` (`harness.py`):

    .venv/bin/python docs/screenshots/make_tailoring_screenshots.py --days 8 [--out DIR] [--languages id]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import parse_args, shoot_languages
from tailoring_scenes import tailoring


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv, "Screenshots of the galeri jahit's tailoring of SKA POS")
    return shoot_languages(args, (tailoring,), "tailoring-shots")


if __name__ == "__main__":
    raise SystemExit(main())
