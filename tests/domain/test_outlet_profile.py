"""What each outlet kind does by default, and how a per-outlet adjustment changes it."""

from __future__ import annotations

import pytest

from ska_pos.domain.outlet_profile import (
    CAPABILITIES,
    OUTLET_KINDS,
    OutletProfile,
    adjusted,
    default_profile,
    differences,
    is_outlet_kind,
    unknown_capabilities,
)


def capabilities_of(profile: OutletProfile) -> set[str]:
    return {name for name, value in profile.as_flags().items() if value}


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("kafe", {"dine_in_and_tables", "kitchen_tickets"}),
        ("salon", {"appointments", "retail_scanning", "prepaid_packages"}),
        ("laundry", {"order_intake_with_due_dates", "weighing_by_kg"}),
        ("jahit", {"order_intake_with_due_dates", "retail_scanning"}),
        ("toko", {"retail_scanning"}),
    ],
)
def test_each_kind_starts_with_what_that_outlet_does(kind: str, expected: set[str]) -> None:
    assert capabilities_of(default_profile(kind)) == expected


def test_every_kind_has_a_default_and_an_unknown_kind_does_nothing_special() -> None:
    assert OUTLET_KINDS == ("kafe", "salon", "laundry", "jahit", "toko")
    assert all(is_outlet_kind(kind) for kind in OUTLET_KINDS)
    assert not is_outlet_kind("bengkel")
    assert capabilities_of(default_profile("bengkel")) == set()


def test_an_adjustment_switches_only_what_it_names() -> None:
    salon = adjusted(default_profile("salon"), {"kitchen_tickets": True, "appointments": False})
    assert capabilities_of(salon) == {"kitchen_tickets", "retail_scanning", "prepaid_packages"}
    assert default_profile("salon").appointments  # the default itself is untouched


def test_an_adjustment_naming_no_capability_is_refused() -> None:
    with pytest.raises(ValueError, match="dine_in"):
        adjusted(default_profile("kafe"), {"dine_in": False})
    assert unknown_capabilities({"dine_in": False, "kitchen_tickets": "yes", "appointments": True}) == [
        "dine_in",
        "kitchen_tickets",
    ]


def test_differences_are_what_to_store_and_give_the_profile_back() -> None:
    cafe = adjusted(default_profile("kafe"), {"dine_in_and_tables": False, "kitchen_tickets": True})
    stored = differences("kafe", cafe)
    assert stored == {"dine_in_and_tables": False}  # kitchen tickets are the café's default: nothing to store
    assert adjusted(default_profile("kafe"), stored) == cafe
    assert differences("toko", default_profile("toko")) == {}
    assert set(CAPABILITIES) == set(default_profile("toko").as_flags())
