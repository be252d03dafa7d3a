"""Screenshots of the counter's orders (issue 12), in Bahasa Indonesia and English (`order_scenes.py`): the board of
the demo laundry with an order chosen, the intake with a weighed line, and the worker asked for a stage. Saves
`orders-<screen>_<language>.png` beside this script, on a fresh demo database in a temporary folder, with the same
options as `make_screenshots.py` (`harness.py`):

    .venv/bin/python docs/screenshots/make_order_screenshots.py [--out DIR] [--languages id]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import parse_args, shoot_languages
from order_scenes import laundry_orders


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv, "Screenshots of the counter's orders of SKA POS")
    return shoot_languages(args, (laundry_orders,), "order-shots")


if __name__ == "__main__":
    raise SystemExit(main())
