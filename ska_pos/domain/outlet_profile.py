"""What an outlet does: its profile of capabilities, derived from its kind and adjustable per outlet.

This is the one place that knows what each outlet kind means. Everything else asks the profile ("does this outlet
take dine-in orders?"), never the kind, so a salon that starts serving coffee gets kitchen tickets by a setting
rather than by a code change (tests/test_architecture.py keeps it so).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace


@dataclass(frozen=True)
class OutletProfile:
    dine_in_and_tables: bool = False  # dine-in or takeaway, with a table number
    kitchen_tickets: bool = False  # a ticket (and the cashier's kitchen notes) for the kitchen printer
    order_intake_with_due_dates: bool = False  # orders taken now and collected on a due date (nota)
    weighing_by_kg: bool = False  # items sold by weight (kiloan)
    appointments: bool = False  # a queue or appointments for the day
    retail_scanning: bool = False  # shelf goods sold by barcode
    prepaid_packages: bool = False  # packages of N sessions of a service, sold now and used visit by visit

    def as_flags(self) -> dict[str, bool]:
        return asdict(self)


CAPABILITIES: tuple[str, ...] = tuple(field.name for field in fields(OutletProfile))

DEFAULT_PROFILES: Mapping[str, OutletProfile] = {
    "kafe": OutletProfile(dine_in_and_tables=True, kitchen_tickets=True),
    "salon": OutletProfile(appointments=True, retail_scanning=True, prepaid_packages=True),
    "laundry": OutletProfile(order_intake_with_due_dates=True, weighing_by_kg=True),
    "jahit": OutletProfile(order_intake_with_due_dates=True, retail_scanning=True),
    "toko": OutletProfile(retail_scanning=True),
}
OUTLET_KINDS: tuple[str, ...] = tuple(DEFAULT_PROFILES)

# The stages an outlet's orders that take days go through (domain/orders/workflow.py); a kind not named here takes
# none.
DEFAULT_ORDER_WORKFLOWS: Mapping[str, str] = {"laundry": "laundry", "jahit": "tailoring", "salon": "salon"}


def is_outlet_kind(kind: str) -> bool:
    return kind in DEFAULT_PROFILES


def default_profile(kind: str) -> OutletProfile:
    """The profile an outlet of `kind` starts with; an unknown kind (which the database refuses) can do nothing
    special."""
    return DEFAULT_PROFILES.get(kind, OutletProfile())


def default_order_workflow(kind: str) -> str:
    """The code of the order workflow an outlet of `kind` starts with; "" when it takes no orders that take days."""
    return DEFAULT_ORDER_WORKFLOWS.get(kind, "")


def unknown_capabilities(overrides: Mapping[str, object]) -> list[str]:
    """The names in `overrides` that are not capabilities, or whose value is not a plain yes or no."""
    return sorted(name for name, value in overrides.items() if name not in CAPABILITIES or not isinstance(value, bool))


def adjusted(profile: OutletProfile, overrides: Mapping[str, bool]) -> OutletProfile:
    """`profile` with the capabilities named in `overrides` switched as given; raises ValueError on a name that is
    not a capability."""
    wrong = unknown_capabilities(overrides)
    if wrong:
        raise ValueError(f"not outlet capabilities: {', '.join(wrong)}")
    return replace(profile, **overrides)


def differences(kind: str, profile: OutletProfile) -> dict[str, bool]:
    """What `profile` changes from the default of `kind`: the overrides to store, so that an outlet keeps following
    its kind's default in everything it did not change."""
    default = default_profile(kind).as_flags()
    return {name: value for name, value in profile.as_flags().items() if default[name] != value}
