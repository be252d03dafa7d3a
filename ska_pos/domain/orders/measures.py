"""A galeri jahit's measurements: the measures (lingkar dada, pinggang...) taken for each kind of garment, in
centimetres, and the checks a taking must pass. No database, no Qt.

Each garment type's template is the list of measures taken for it. These are the defaults; an outlet's manager may
change a garment's list (`services/orders/measure_templates.py`, the settings store). Measure and garment codes are
stored on the rows (never renamed); their names are the English sources, translated where shown.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from ska_pos.i18n import LANGUAGES, _, gettext


class MeasurementRefused(ValueError):
    """A taking the rules refuse, said in the user's language."""


# Every measure a template may name: code -> English source of its name.
MEASURES: Mapping[str, str] = {
    "neck": "Neck",
    "chest": "Chest",
    "waist": "Waist",
    "hips": "Hips",
    "shoulder": "Shoulder width",
    "sleeve": "Sleeve length",
    "arm": "Upper arm",
    "wrist": "Wrist",
    "top_length": "Top length",
    "thigh": "Thigh",
    "knee": "Knee",
    "hem": "Trouser hem",
    "rise": "Rise",
    "trouser_length": "Trouser length",
    "skirt_length": "Skirt length",
}

# Garment code -> English source of its name.
GARMENTS: Mapping[str, str] = {
    "kemeja": "Shirt",
    "celana": "Trousers",
    "rok": "Skirt",
    "kebaya": "Kebaya",
    "seragam": "Uniform",
}

DEFAULT_TEMPLATES: Mapping[str, tuple[str, ...]] = {
    "kemeja": ("neck", "chest", "waist", "shoulder", "sleeve", "arm", "top_length"),
    "celana": ("waist", "hips", "thigh", "knee", "hem", "rise", "trouser_length"),
    "rok": ("waist", "hips", "skirt_length"),
    "kebaya": ("chest", "waist", "hips", "shoulder", "sleeve", "arm", "wrist", "top_length"),
    "seragam": ("neck", "chest", "waist", "hips", "shoulder", "sleeve", "top_length", "trouser_length"),
}

MAX_CM = Decimal(300)  # no body measure is longer: a typo (2050 for 20,5) is refused
CM_PLACES = 1  # half a centimetre is as fine as a tape is read; one decimal place is kept


def measure_name(code: str, language: str | None = None) -> str:
    return gettext(MEASURES.get(code, code), language)


def garment_name(code: str, language: str | None = None) -> str:
    return gettext(GARMENTS.get(code, code), language)


NAME_MAX = 40  # an outlet's own name for a measure fits a ticket's line beside its value


@dataclass(frozen=True)
class Template:
    garment: str
    measures: tuple[str, ...]
    names: Mapping[str, str] = field(default_factory=dict)  # the outlet's own names of measures (code -> name)
    title: str = ""  # the outlet's own name of the garment type (a renamed template), else ""

    def label(self, code: str, language: str | None = None) -> str:
        """The measure as the outlet calls it: its own name, else the domain's in the user's language."""
        return self.names.get(code) or measure_name(code, language)

    @property
    def name(self) -> str:
        """The garment type as the outlet calls it: its own name, else the domain's in the user's language."""
        return self.title or garment_name(self.garment)


def check_template(garment: str, measures: tuple[str, ...]) -> None:
    if garment not in GARMENTS:
        raise MeasurementRefused(_("Unknown garment type: {garment}", garment=garment))
    if not measures:
        raise MeasurementRefused(_("A garment type needs at least one measure"))
    unknown = [code for code in measures if code not in MEASURES]
    if unknown:
        raise MeasurementRefused(_("Unknown measure: {measure}", measure=", ".join(unknown)))
    if len(set(measures)) != len(measures):
        raise MeasurementRefused(_("A measure is listed twice"))


def parse_cm(text: str) -> Decimal:
    """A measure as typed at the counter ("42", "42,5" or "42.5"), in centimetres; refused when it is not a number
    of centimetres a body could have."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise MeasurementRefused(_("{value} is not a number of centimetres", value=text)) from None
    return checked_cm(value)


def checked_cm(value: Decimal) -> Decimal:
    if not value.is_finite() or not Decimal(0) < value <= MAX_CM:
        raise MeasurementRefused(_("A measure must be more than 0 and at most {most} cm", most=MAX_CM))
    if value != value.quantize(Decimal(1).scaleb(-CM_PLACES)):
        raise MeasurementRefused(_("A measure has at most one decimal place (42,5 cm)"))
    return value


def check_values(template: Template, values: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """The values of one taking, each checked; at least one measure, and only measures of the garment's template
    (a measure left empty is simply not taken)."""
    strange = [code for code in values if code not in template.measures]
    if strange:
        raise MeasurementRefused(
            _("{garment} has no measure {measure}", garment=template.name, measure=", ".join(strange))
        )
    if not values:
        raise MeasurementRefused(_("Write at least one measure"))
    return {code: checked_cm(values[code]) for code in template.measures if code in values}


def check_measure_names(names: Mapping[str, str]) -> dict[str, str]:
    """An outlet's own names of measures, tidied ("lingkar  lutut" -> "lingkar lutut"); an empty name gives the
    measure its default name back. Refused: an unknown measure, a name too long, one name for two measures."""
    kept: dict[str, str] = {}
    for code, name in names.items():
        if code not in MEASURES:
            raise MeasurementRefused(_("Unknown measure: {measure}", measure=code))
        said = " ".join(name.split())
        if len(said) > NAME_MAX:
            raise MeasurementRefused(_("A measure's name can have at most {count} characters", count=NAME_MAX))
        if said:
            kept[code] = said
    if len({name.casefold() for name in kept.values()}) != len(kept):
        raise MeasurementRefused(_("Two measures cannot have the same name"))
    return kept


def tidy_garment_names(names: Mapping[str, str]) -> dict[str, str]:
    """An outlet's own names of garment types, each tidied; an empty name gives the garment its default name back.
    Refused: an unknown garment, a name too long (each name alone: `check_garment_names` also compares them)."""
    kept: dict[str, str] = {}
    for code, name in names.items():
        if code not in GARMENTS:
            raise MeasurementRefused(_("Unknown garment type: {garment}", garment=code))
        said = " ".join(name.split())
        if len(said) > NAME_MAX:
            raise MeasurementRefused(_("A garment type's name can have at most {count} characters", count=NAME_MAX))
        if said:
            kept[code] = said
    return kept


def check_garment_names(names: Mapping[str, str], renamed: Collection[str] = ()) -> dict[str, str]:
    """An outlet's own names of garment types, tidied (`tidy_garment_names`). Refused also: a name another garment
    type is shown by in any shipped language (its own name, or its default name in English or any catalog's
    translation, whatever the case: the refusal names the other one, `renamed` being the garments just renamed).
    Every language, not only the one in use: a name allowed in English ("Kemeja" for the trousers, the shirt being
    "Shirt") would otherwise clash with the shirt read in Indonesian."""
    kept = tidy_garment_names(names)
    shown: dict[str, tuple[str, str]] = {}  # a name casefolded -> the garment shown by it, the name as written
    for code in sorted(GARMENTS, key=lambda code: code in renamed):
        usual = {GARMENTS[code]} | {garment_name(code, language) for language in LANGUAGES}
        for name in sorted({kept[code]} if code in kept else usual):
            other = shown.get(name.casefold())
            if other is not None and other[0] != code and (code in kept or other[0] in kept):
                raise MeasurementRefused(_("Another garment type is already called {name}", name=other[1]))
            shown.setdefault(name.casefold(), (code, name))
    return kept
