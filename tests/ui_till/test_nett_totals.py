"""The till's totals panel for an outlet with nett prices: the service charge and the PBJT are shown as included, and
the total is the menu price."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from ska_pos.domain.pricing import LineInput, TaxSettings, price_sale
from ska_pos.ui.till.totals_panel import TotalsPanel


def test_nett_totals_say_included_and_add_up_to_the_menu_price(qtbot: QtBot) -> None:
    tax = TaxSettings(tax_rate_bp=1000, prices_include_tax=True, service_rate_bp=500, service_included=True)
    panel = TotalsPanel(tax, "en")
    qtbot.addWidget(panel)
    panel.show()
    panel.show_totals(price_sale([LineInput(Decimal("1"), 27500)], tax=tax))
    assert panel.total.text() == "Rp27,500"
    assert panel.service.accessibleName().endswith("Rp1,190")
    assert "(" in panel.service.accessibleName()  # "(included)", in the screen's language
    assert panel.tax_value.accessibleName().endswith("Rp2,500")
