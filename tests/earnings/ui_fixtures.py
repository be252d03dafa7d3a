"""Helpers for the manager-screen tests: a manager's session on the shop, answered message boxes, open previews."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QWidget
from shop import Shop, act_as

from ska_pos.domain.outlet_profile import default_profile
from ska_pos.services.earnings import Period
from ska_pos.ui.till_session import TillSession

CAFE = default_profile("kafe")
NOV = Period(date(2026, 11, 1), date(2026, 11, 30))


def session_of(shop: Shop, role: str = "manager", language: str = "en") -> TillSession:
    user = shop.manager if role in ("manager", "admin") else shop.supervisor
    actor = act_as(shop, role)
    return TillSession(shop.db, actor, user.username, user.full_name, "KFE", shop.cafe.name, CAFE, "T1", language)


def previews() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "pdfPreview" and w.isVisible()]
