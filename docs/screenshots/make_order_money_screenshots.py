"""Screenshots of the counter's order money (issue 12), in Bahasa Indonesia and English (`order_money_scenes.py`):
part of a deposit given back, the debt list, the deposits-held list, and a line shared by several workers at intake.
Saves `orders-<screen>_<language>.png` beside this script, on a fresh demo database in a temporary folder, with the
same options as `make_screenshots.py` (`harness.py`):

    .venv/bin/python docs/screenshots/make_order_money_screenshots.py --days 8 [--out DIR] [--languages id]

(`--days 8`: the demo laundry has customers' debts after a week; after the default 3 days it has none yet.)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import parse_args, shoot_languages
from order_money_scenes import order_money


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv, "Screenshots of the counter's order money of SKA POS")
    return shoot_languages(args, (order_money,), "order-money-shots")


if __name__ == "__main__":
    raise SystemExit(main())
