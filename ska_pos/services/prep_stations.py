"""Where an outlet's orders are made: the kitchen and any other preparation station (a bar, a juice counter), each
with its printer, and which station makes each category. Kept in the outlet's settings (`outlet:<id>`, one value).

The kitchen is always there and prints on each till's kitchen printer; every category not routed elsewhere goes to
it. Another station has a printer of its own for the whole outlet (a network printer behind the bar, say); a station
without one prints on the till's kitchen printer, its tickets still saying which station they are for.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import Category, Outlet
from ska_pos.i18n import _, gettext
from ska_pos.printing.transports import PrinterSettings
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ValidationError
from ska_pos.services.permissions import require_outlet, requires
from ska_pos.services.printer_settings import DEVICE_KINDS, check_printer
from ska_pos.services.settings import scope_of, store_value, stored_value

KITCHEN = "kitchen"
MAX_STATIONS = 8
NAME_LENGTH = 30
ROUTING = "prep_stations"  # {"stations": [{code, name, printer}], "categories": {category id: code}}

T = TypeVar("T")


@dataclass(frozen=True)
class Station:
    code: str  # "kitchen" for the kitchen; another station's code is its place in the list ("s1", "s2", ...)
    name: str
    printer: PrinterSettings = field(default_factory=lambda: PrinterSettings(kind="none"))

    @property
    def has_printer(self) -> bool:
        return self.printer.kind in DEVICE_KINDS


@dataclass(frozen=True)
class Routing:
    stations: tuple[Station, ...] = ()  # besides the kitchen
    categories: Mapping[uuid.UUID, str] = field(default_factory=dict)  # category -> station code; else the kitchen

    @property
    def routes(self) -> bool:
        """Whether anything goes anywhere but the kitchen (else a ticket is the kitchen's, as before stations)."""
        return bool(self.stations)

    def station_of(self, category_id: uuid.UUID | None) -> str:
        code = self.categories.get(category_id) if category_id is not None else None
        return code if code is not None and any(s.code == code for s in self.stations) else KITCHEN

    def station(self, code: str) -> Station | None:
        return next((station for station in self.stations if station.code == code), None)

    def printer_for(self, code: str, kitchen_printer: PrinterSettings) -> PrinterSettings:
        """The station's own printer, or the till's kitchen printer when it has none."""
        station = self.station(code)
        return station.printer if station is not None and station.has_printer else kitchen_printer

    def label(self, code: str, language: str) -> str:
        """The name a ticket shows: the station's, or "Kitchen" in the ticket's language."""
        station = self.station(code)
        return station.name if station is not None else gettext("Kitchen", language)

    def split(self, lines: Sequence[T], category: Callable[[T], uuid.UUID | None]) -> list[tuple[str, list[T]]]:
        """The lines by station, the kitchen first then the stations in their order; only stations with lines."""
        by_code: dict[str, list[T]] = {}
        for line in lines:
            by_code.setdefault(self.station_of(category(line)), []).append(line)
        order = [KITCHEN, *(station.code for station in self.stations)]
        return [(code, by_code[code]) for code in order if code in by_code]


def load_routing(session: Session, outlet_id: uuid.UUID) -> Routing:
    stored = stored_value(session, scope_of("outlet", outlet_id), ROUTING)
    raw: dict[str, Any] = stored if isinstance(stored, dict) else {}
    stations = tuple(
        Station(str(entry["code"]), str(entry["name"]), _printer(entry.get("printer", {})))
        for entry in raw.get("stations", [])
        if isinstance(entry, dict) and entry.get("code") and entry.get("name")
    )
    categories: dict[uuid.UUID, str] = {}
    for key, code in dict(raw.get("categories", {})).items():
        try:
            categories[uuid.UUID(str(key))] = str(code)
        except ValueError:
            continue
    return Routing(stations, categories)


@dataclass(frozen=True)
class StationForm:
    name: str
    printer: PrinterSettings = field(default_factory=lambda: PrinterSettings(kind="none"))


@requires("station.routing")
def save_routing(
    session: Session, actor: Actor, outlet_id: uuid.UUID, stations: Sequence[StationForm],
    categories: Mapping[uuid.UUID, int],
) -> Routing:  # fmt: skip
    """The outlet's stations besides the kitchen, in this order, and the categories each makes (`categories` maps a
    category to its station's place in `stations`, from 1; a category left out goes to the kitchen)."""
    require_outlet(session, actor, outlet_id)
    if session.get(Outlet, outlet_id) is None:
        raise ValidationError(_("No such outlet"))
    if len(stations) > MAX_STATIONS:
        raise ValidationError(_("An outlet can have at most {count} stations besides the kitchen", count=MAX_STATIONS))
    names = [form.name.strip() for form in stations]
    if any(not name for name in names):
        raise ValidationError(_("Every station needs a name"))
    if any(len(name) > NAME_LENGTH for name in names):
        raise ValidationError(_("A station's name can have at most {count} characters", count=NAME_LENGTH))
    kitchen = gettext("Kitchen", "id").casefold(), gettext("Kitchen", "en").casefold()
    folded = [name.casefold() for name in names]
    if len(set(folded)) != len(folded) or any(name in kitchen for name in folded):
        raise ValidationError(_("Two stations have the same name (the kitchen is always there)"))
    printers = [check_printer(form.printer) for form in stations]
    own = set(session.scalars(select(Category.id).where(Category.outlet_id == outlet_id)))
    if any(category_id not in own for category_id in categories):
        raise ValidationError(_("A category of another outlet cannot be routed here"))
    if any(not 1 <= place <= len(stations) for place in categories.values()):
        raise ValidationError(_("A category is routed to a station that does not exist"))
    value: dict[str, Any] = {
        "stations": [
            {"code": f"s{place}", "name": name, "printer": _printer_json(printer)}
            for place, (name, printer) in enumerate(zip(names, printers, strict=True), start=1)
        ],
        "categories": {str(category_id): f"s{place}" for category_id, place in sorted(categories.items())},
    }
    store_value(session, actor, scope_of("outlet", outlet_id), ROUTING, value)
    audit.record(session, "prep_stations_set", user_id=None if actor.system else actor.user_id, entity="outlet",
                 entity_id=outlet_id, stations=[f"{s['name']} {s['printer']['kind']} {s['printer']['address']}"
                 for s in value["stations"]], categories=len(categories))  # fmt: skip
    return load_routing(session, outlet_id)


def _printer_json(printer: PrinterSettings) -> dict[str, Any]:
    return {"kind": printer.kind, "address": printer.address, "paper_mm": printer.paper_mm}


def _printer(raw: object) -> PrinterSettings:
    if not isinstance(raw, dict):
        return PrinterSettings(kind="none")
    kind = str(raw.get("kind", "none"))
    paper = raw.get("paper_mm", 80)
    return PrinterSettings(
        kind=next((known for known in DEVICE_KINDS if known == kind), "none"),
        address=str(raw.get("address", "")),
        paper_mm=paper if paper in (58, 80) else 80,
        kick_drawer=False,
    )
