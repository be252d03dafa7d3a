"""The pictures in docs/screenshots stay true: every one the guides show is there, and every one there is made by a
script (`make screenshots`, `make_order_screenshots.py`, `--setup`), so running them brings it up to date; a
picture no script makes goes stale without anyone seeing it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PICTURES = ROOT / "docs" / "screenshots"
LANGUAGES = ("id", "en")


def _guides() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def _shot_names() -> set[str]:
    """The names the scenes shoot (`shots.shoot("name"`) and the setting-up guide's test saves (`setup_<step>`)."""
    names: set[str] = set()
    for scene in PICTURES.glob("*.py"):
        names |= set(re.findall(r"\.shoot\(\s*\"([\w-]+)\"", scene.read_text(encoding="utf-8")))
    guide_test = (ROOT / "tests" / "ui_shell" / "test_new_sentra.py").read_text(encoding="utf-8")
    names |= {f"setup_{step}" for step in re.findall(r"\bshot\(window, \"(\w+)\"", guide_test)}
    return names


def test_every_picture_a_guide_shows_is_there() -> None:
    missing = []
    for guide in _guides():
        text = guide.read_text(encoding="utf-8")
        for link in re.findall(r"!\[[^\]]*\]\(([^)\s]+\.png)\)", text):
            if not (guide.parent / link).is_file():
                missing.append(f"{guide.relative_to(ROOT)}: {link}")
        for name in re.findall(r"`(?:docs/screenshots/)?([\w-]+_(?:id|en)\.png)`", text):
            if not (PICTURES / name).is_file():
                missing.append(f"{guide.relative_to(ROOT)}: {name}")
    assert missing == []


def test_every_picture_is_made_by_a_script_in_both_languages() -> None:
    made = _shot_names()
    assert len(made) > 20, "the scenes' shoot calls were not found"
    pictures = sorted(PICTURES.glob("*.png"))
    unmade = [
        p.name for p in pictures if p.stem.rsplit("_", 1)[0] not in made or p.stem.rsplit("_", 1)[1] not in LANGUAGES
    ]
    assert unmade == [], "no script makes these: add a scene that shoots them, or delete them"
    one_language = [
        name for name in made if sum((PICTURES / f"{name}_{lang}.png").is_file() for lang in LANGUAGES) == 1
    ]
    assert one_language == []
