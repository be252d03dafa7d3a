"""Loading the Qt translation of the interface (`resources/translations/ska_pos_<lang>.qm`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ska_pos.i18n import set_language
from ska_pos.paths import resources_dir

_installed: QTranslator | None = None


def install_language(language: str) -> bool:
    """Switch both the core's messages and the interface's; English is the source text and needs no file."""
    global _installed
    set_language(language)
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed = None
    if language == "en":
        return True
    translator = QTranslator()
    if not translator.load(str(resources_dir() / "translations" / f"ska_pos_{language}.qm")):
        return False
    QCoreApplication.installTranslator(translator)
    _installed = translator
    return True
