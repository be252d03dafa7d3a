"""The worked examples of docs/pbjt.md, priced by the till's own code: the table and the till cannot drift apart."""

from decimal import Decimal
from pathlib import Path

import pytest

from ska_pos.domain.discounts import Discount
from ska_pos.domain.money import parse_rupiah
from ska_pos.domain.pricing import LineInput, TaxSettings, price_sale

DOC = Path(__file__).parents[2] / "docs" / "pbjt.md"
PBJT_BP = 1000


def _examples() -> list[list[str]]:
    rows = [line.strip().strip("|").split("|") for line in DOC.read_text(encoding="utf-8").splitlines()]
    return [[cell.strip() for cell in row] for row in rows if row[0].strip().isdigit()]


def _settings(prices: str, service_on: str, service_percent: str) -> TaxSettings:
    assert prices in ("exclusive", "tax-inclusive", "nett")
    assert service_on in ("after discount", "before discount", "inside the price")
    assert (prices == "nett") == (service_on == "inside the price")
    return TaxSettings(
        tax_rate_bp=PBJT_BP, prices_include_tax=prices != "exclusive", service_rate_bp=int(service_percent) * 100,
        service_included=prices == "nett", service_before_discount=service_on == "before discount",
    )  # fmt: skip


def test_the_table_holds_the_bapenda_example_and_every_mode() -> None:
    examples = _examples()
    assert len(examples) >= 9
    assert {row[1] for row in examples} == {"exclusive", "tax-inclusive", "nett"}
    assert {row[2] for row in examples} == {"after discount", "before discount", "inside the price"}
    assert examples[0][3:] == ["100.000", "20.000", "5", "80.000", "4.000", "84.000", "8.400", "92.400"]


@pytest.mark.parametrize("row", _examples(), ids=lambda row: f"example {row[0]}")
def test_each_worked_example_is_what_the_till_charges(row: list[str]) -> None:
    prices, service_on, subtotal, discount, service_percent = row[1], row[2], row[3], row[4], row[5]
    net, service, base, pbjt, pays = (parse_rupiah(cell) for cell in row[6:11])
    off = parse_rupiah(discount)
    totals = price_sale(
        [LineInput(Decimal(1), parse_rupiah(subtotal))],
        Discount.rupiah(off) if off else None,
        _settings(prices, service_on, service_percent),
    )
    assert (totals.net_total, totals.service_charge, totals.tax_amount, totals.total) == (net, service, pbjt, pays)
    assert base == totals.net_total + totals.service_charge
    # PBJT on (subtotal - discount + service charge), to the rupiah: the rule the table illustrates.
    assert abs(pbjt * 10000 - base * PBJT_BP) <= 10000 // 2
