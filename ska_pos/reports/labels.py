"""Names of payment methods and order types as printed, in the document's language."""

from __future__ import annotations

from ska_pos.i18n import gettext


def payment_method_label(method: str, language: str) -> str:
    labels = {
        "cash": gettext("Cash", language),
        "qris": "QRIS",
        "transfer": gettext("Bank transfer", language),
        "ewallet": gettext("E-wallet", language),
        "deposit": gettext("Deposits applied", language),
        "debt": gettext("Owed (pay later)", language),
    }
    return labels.get(method, method)


def order_type_label(order_type: str, language: str) -> str:
    labels = {
        "dine_in": gettext("Dine in", language),
        "takeaway": gettext("Takeaway", language),
    }
    return labels.get(order_type, "")
