"""Screenshots for the README and the guides, in Bahasa Indonesia and English (`make screenshots`).

Drives the real window on a fresh demo database in a temporary folder (`harness.py`) and saves
`<screen>_<language>.png` beside this script: the café till (`till_scenes.py`: login, sale, options, payment, tip,
split bill, tab, floor view, journal, shift close, key map) and the manager's back office (`manager_scenes.py`:
the catalogue and its barcode labels, the catalogue import, outlets and tills, users, customers, the enrolment of
a new computer). Runs offscreen by default; `--x11` uses the display in $DISPLAY instead. `--setup` makes the
setting-up guide's pictures instead (`setup_scenes.py`: a new sentra set up through the window on an empty
database, no demo data). The counter's orders have their own script, `make_order_screenshots.py`.

    .venv/bin/python docs/screenshots/make_screenshots.py [--out DIR] [--languages id] [--setup]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import parse_args, shoot_languages
from manager_scenes import back_office, till_enrolment
from setup_scenes import setup_pictures
from till_scenes import cafe_till


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv, "Screenshots of SKA POS for the README and the guides", setup=True)
    if args.setup:
        return setup_pictures(args.out, args.languages)
    return shoot_languages(args, (cafe_till, back_office, till_enrolment), "shots")


if __name__ == "__main__":
    raise SystemExit(main())
