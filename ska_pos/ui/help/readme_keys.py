"""The README's key table, written from the action table: `python -m ska_pos.ui.help.readme_keys [README.md]`.

The table sits between two markers; `tests/ui_till/test_action_table.py` fails when it differs from the key map.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ska_pos.ui.help.key_map import key_map_markdown

BEGIN = "<!-- key table: written by `python -m ska_pos.ui.help.readme_keys` from ska_pos/ui/till/sale_actions.py -->"
END = "<!-- end of key table -->"


def key_table_in(readme: str) -> str:
    """The table between the markers ('' when they are missing)."""
    if BEGIN not in readme or END not in readme:
        return ""
    return readme.split(BEGIN, 1)[1].split(END, 1)[0].strip()


def with_key_table(readme: str) -> str:
    before, rest = readme.split(BEGIN, 1)
    after = rest.split(END, 1)[1]
    return f"{before}{BEGIN}\n{key_map_markdown()}\n{END}{after}"


def main(argv: list[str]) -> int:
    path = Path(argv[0] if argv else "README.md")
    text = path.read_text(encoding="utf-8")
    updated = with_key_table(text)
    if updated != text:
        path.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
