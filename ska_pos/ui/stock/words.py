"""The names of the kinds of stock movement, as the screens show them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def kind_name(kind: str) -> str:
    names = {
        "sale": tr("sale"),
        "void": tr("void"),
        "refund": tr("refund"),
        "receive": tr("received"),
        "consign_in": tr("consigned in"),
        "consign_return": tr("returned to maker"),
        "transfer_out": tr("transfer out"),
        "transfer_in": tr("transfer in"),
        "waste": tr("waste"),
        "adjust": tr("adjustment"),
        "count": tr("stock take"),
        "recipe": tr("recipe"),
    }
    return names.get(kind, kind)
