"""The shift report: built from a shift's sales, cash movements and closing count; rendered on thermal and A4."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from reports.pdf_text import read_pdf
from shop import Shop, approved

from ska_pos.db.models import Sale
from ska_pos.domain.settlement import Tender
from ska_pos.reports.shift_report_pdf import render_shift_report_pdf
from ska_pos.services import cart_ops, reversals, sales, shifts
from ska_pos.services.cart import Cart
from ska_pos.services.errors import NotFound
from ska_pos.services.sale_context import tax_settings
from ska_pos.services.shift_report import build_shift_report

pytestmark = pytest.mark.dates


def sell(shop: Shop, codes: list[str], method: str = "cash", given: int = 0) -> sales.CompletedSale:
    """A sale paid by one method: cash with `given` notes, the others for the exact total."""
    cart = Cart(shop.cafe.id)
    with shop.db.transaction() as s:
        for code in codes:
            cart_ops.add_by_code(s, cart, code)
        total = cart.priced(tax_settings(shop.cafe)).total
        return sales.complete_sale(s, shop.cashier, cart, [Tender(method, given if method == "cash" else total)])


def busy_shift(shop: Shop) -> tuple[uuid.UUID, int, int]:
    """Two sales (one cash, one QRIS), a cash refund, cash in and out; closed with more cash than expected."""
    cash_sale = sell(shop, ["8990001", "8990002"], given=50_000)
    qris_sale = sell(shop, ["8990003"], "qris")
    with shop.db.transaction() as s:
        sale_lines = s.get(Sale, cash_sale.sale_id).lines  # type: ignore[union-attr]
        refund = reversals.refund_lines(
            s,
            shop.cashier,
            cash_sale.sale_id,
            [reversals.RefundRequest(sale_lines[0].id, Decimal(1))],
            "cold",
            approval=approved(s, "sale.refund"),
        )
        shifts.move_cash(s, shop.cashier, "in", 50_000, "change from the bank")
        shifts.move_cash(s, shop.cashier, "out", 20_000, "ice", approval=approved(s, "cash.out"))
    with shop.db.transaction() as s:
        shift = shifts.current_shift(s, shop.cashier)
        expected = shifts.cash_summary(s, shift).expected
        shift_id = shift.id
    assert expected == 200_000 + cash_sale.total + refund.total + 50_000 - 20_000
    counts = {100_000: 2, 50_000: 1}
    surplus = 250_000 - expected
    with shop.db.transaction() as s:
        shifts.close_shift(
            s, shop.cashier, counts, approval=approved(s, "shift.close_difference"), note="counted twice"
        )
    return shift_id, surplus, qris_sale.total


def test_closed_shift_report(shop: Shop) -> None:
    shift_id, surplus, qris = busy_shift(shop)
    with shop.db.reading() as s:
        report = build_shift_report(s, shift_id, language="en")
    assert not report.is_open
    assert report.opening_float == 200_000
    assert (report.cash_in, report.cash_out) == (50_000, 20_000)
    assert report.counted == 250_000
    assert report.difference == surplus > 0
    assert report.expected == report.opening_float + report.cash_sales + 50_000 - 20_000
    assert (report.opened_by, report.closed_by, report.approved_by) == ("Rina Kasir", "Rina Kasir", "Dewi Supervisor")
    assert [(d.value, d.count) for d in report.denominations] == [(100_000, 2), (50_000, 1)]
    assert [(m.direction, m.amount, m.approved_by) for m in report.movements] == [
        ("in", 50_000, ""),
        ("out", 20_000, "Dewi Supervisor"),
    ]
    kinds = {k.kind: (k.count, k.amount) for k in report.kinds}
    assert (kinds["sale"][0], kinds["refund"][0], kinds["void"]) == (2, 1, (0, 0))
    methods = {p.method: p.amount for p in report.payments}
    assert methods["qris"] == qris
    assert methods["cash"] == report.cash_sales
    assert report.note == "counted twice"


def test_open_shift_report_is_interim(shop: Shop) -> None:
    sell(shop, ["8990001"], given=10_000)
    with shop.db.reading() as s:
        shift = shifts.current_shift(s, shop.cashier)
        report = build_shift_report(s, shift.id, language="id")
    assert report.is_open
    assert (report.closed_at, report.denominations) == (None, ())
    text = read_pdf(render_shift_report_pdf(report, "thermal80")).text
    assert "LAPORAN SHIFT" in text
    assert "laporan sementara" in text
    assert "Rp200.000" in text


@pytest.mark.parametrize("paper", ["thermal80", "thermal58", "a4"])
def test_pdf_says_what_the_shift_was(shop: Shop, paper: str) -> None:
    shift_id, surplus, _qris = busy_shift(shop)
    with shop.db.reading() as s:
        report = build_shift_report(s, shift_id, language="en")
    pages = read_pdf(render_shift_report_pdf(report, paper))  # type: ignore[arg-type]
    assert pages.fits_width()
    for expected in (
        "SHIFT REPORT",
        "Kafe Budi Luhur",
        "Opening float",
        "Rp200,000",
        "Counted cash",
        "Rp250,000",
        f"+Rp{surplus:,}",
        "Approved by Dewi Supervisor",
        "Rp100,000 × 2",
        "Cash in: change",
        "QRIS (1)",
        "Refunds (1)",
        "Cashier",
        "Supervisor",
    ):
        assert expected in pages.text, expected
    if paper == "a4":
        assert pages.sizes[0] == pytest.approx((595.27, 841.89), abs=1)


def test_unknown_shift(shop: Shop) -> None:
    with shop.db.reading() as s, pytest.raises(NotFound):
        build_shift_report(s, uuid.uuid4())
