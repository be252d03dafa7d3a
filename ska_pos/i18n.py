"""Translation of the texts that the core (services, reports, command line) shows to people.

The Qt user interface has its own `.ts` catalogs; everything outside `ska_pos/ui` uses the gettext catalog in
`resources/locale/<lang>/LC_MESSAGES/ska_pos.po`, read directly with Babel so no build step is needed. Message
ids are English; Bahasa Indonesia is the default language.
"""

from __future__ import annotations

from functools import cache

from ska_pos.paths import resources_dir

DEFAULT_LANGUAGE = "id"
LANGUAGES = ("id", "en")
DOMAIN = "ska_pos"

_current = DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; choose one of {', '.join(LANGUAGES)}")
    _current = language


def current_language() -> str:
    return _current


@cache
def _catalog(language: str) -> dict[str, str]:
    path = resources_dir() / "locale" / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.exists():
        return {}
    from babel.messages.pofile import read_po  # Babel's reader: when a text is first translated, not at the start

    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    return {
        str(message.id): str(message.string)
        for message in catalog
        if message.id and message.string and not message.fuzzy and isinstance(message.id, str)
    }


def gettext(message: str, language: str | None = None) -> str:
    """`message` in `language` (default: the current one); the English id itself when untranslated."""
    return _catalog(language or _current).get(message, message)


def _(message: str, /, **params: object) -> str:
    """Translate `message` into the current language, then fill its `{name}` placeholders."""
    text = gettext(message)
    return text.format(**params) if params else text
