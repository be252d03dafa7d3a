"""Role names as people read them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def role_name(role: str) -> str:
    names = {
        "cashier": QCoreApplication.translate("Roles", "Cashier"),
        "supervisor": QCoreApplication.translate("Roles", "Supervisor"),
        "manager": QCoreApplication.translate("Roles", "Manager"),
        "admin": QCoreApplication.translate("Roles", "Administrator"),
    }
    return names.get(role, role)
