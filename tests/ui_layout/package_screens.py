"""Issue 12's packages and WhatsApp screens for the layout walk (`screens.SCREENS`): the salon's packages page with a
customer's package, the WhatsApp message dialog of a laundry order, and the manager's templates and plans dialogs."""

from __future__ import annotations

from package_shop import PackageShop, build_package_shop
from PySide6.QtWidgets import QWidget

from ska_pos.domain.orders.messages import MessageEvent
from ska_pos.domain.outlet_profile import default_profile
from ska_pos.domain.settlement import Tender
from ska_pos.services.packages.ledger import sell_package
from ska_pos.ui.till_session import TillSession
from ui_layout.order_screens import _laundry
from ui_layout.screens import Place, dialog, page

_built: dict[int, PackageShop] = {}


def _salon(place: Place) -> tuple[PackageShop, TillSession]:
    salon = _built.get(id(place.shop))
    if salon is None or salon.shop is not place.shop:
        salon = build_package_shop(place.shop)
        with place.shop.db.transaction() as s:
            sell_package(s, place.shop.salon_cashier, salon.customer_id, "CB5", Tender("cash", 100_001))
        _built[id(place.shop)] = salon
    session = TillSession(place.shop.db, place.shop.salon_cashier, "kasir", "Rina Kasir", "SLN", "Salon Ceria",
                          default_profile("salon"), "T1", place.language)  # fmt: skip
    return salon, session


@page("packages page")
def _packages(place: Place) -> QWidget:
    from ska_pos.ui.packages.packages_page import PackagesPage

    _salon_shop, session = _salon(place)
    packages = PackagesPage(session)
    packages.search.setText("Wati")
    packages.find_customers()
    return packages


@dialog("order WhatsApp message")
def _message(place: Place) -> QWidget:
    from ska_pos.services.orders.lookup import find_orders
    from ska_pos.ui.orders.message_dialog import MessageDialog

    orders, session, _facts = _laundry(place)
    with place.shop.db.reading() as s:
        order_id = find_orders(s, orders.laundry.id).rows[0].id
    return MessageDialog(session, order_id, MessageEvent.INTAKE, place.sale_screen, opener=lambda _link: True)


@dialog("manager: WhatsApp templates")
def _templates(place: Place) -> QWidget:
    from ska_pos.ui.manager.message_templates_dialog import MessageTemplatesDialog

    return MessageTemplatesDialog(place.session("manager"), place.shop.salon.id, place.sale_screen)


@dialog("manager: package plans")
def _plans(place: Place) -> QWidget:
    from ska_pos.ui.manager.package_plans_dialog import PackagePlansDialog

    _salon(place)
    return PackagePlansDialog(place.session("manager"), place.shop.salon.id, place.sale_screen)
