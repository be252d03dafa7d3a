"""Screenshots of the salon's counter (issue 12), in Bahasa Indonesia and English (`salon_scenes.py`): the walk-in
queue of the demo salon with its estimated waits, and today's appointments per worker. Saves
`salon-<screen>_<language>.png` beside this script, on a fresh demo database in a temporary folder, with the same
options as `make_screenshots.py` (`harness.py`):

    .venv/bin/python docs/screenshots/make_salon_screenshots.py [--out DIR] [--languages id]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import parse_args, shoot_languages
from salon_scenes import salon_counter


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv, "Screenshots of the salon's counter of SKA POS")
    return shoot_languages(args, (salon_counter,), "salon-shots")


if __name__ == "__main__":
    raise SystemExit(main())
