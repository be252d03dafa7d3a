"""Screenshots of prepaid packages and WhatsApp messages (issue 12), in Bahasa Indonesia and English
(`package_scenes.py`): the salon's packages page and the laundry's WhatsApp message dialog. Saves
`<screen>_<language>.png` beside this script, on a fresh demo database in a temporary folder, with the same options
as `make_screenshots.py` (`harness.py`):

    .venv/bin/python docs/screenshots/make_package_screenshots.py --days 8 [--out DIR] [--languages id]

(`--days 8`: the demo salon's customer has used her package twice by then.)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import parse_args, shoot_languages
from package_scenes import packages_and_messages


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv, "Screenshots of prepaid packages and WhatsApp messages of SKA POS")
    return shoot_languages(args, (packages_and_messages,), "package-shots")


if __name__ == "__main__":
    raise SystemExit(main())
