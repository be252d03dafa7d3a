"""Every mapped table, importable from one place (Alembic and the services need them all registered)."""

from ska_pos.db.models.base import Base
from ska_pos.db.models.catalog import (
    Barcode,
    Category,
    Item,
    ItemPrice,
    ModifierGroup,
    ModifierLink,
    ModifierOption,
    OwnBarcode,
    ShareRule,
)
from ska_pos.db.models.journal import JournalCheck, JournalEntry
from ska_pos.db.models.ledger import AuditEntry, EarningEntry, Payout, StockMovement, StockOnHand
from ska_pos.db.models.orders import (
    CustomerOrder,
    OrderCancellation,
    OrderLine,
    OrderLineWorker,
    OrderMessage,
    OrderPayment,
    OrderStatusChange,
)
from ska_pos.db.models.org import LoginFailure, Outlet, Sentra, Setting, Till, TillEnrolment, User
from ska_pos.db.models.packages import PackageExpiry, PackageRefund, PackageSale, PackageUndo, PackageUse
from ska_pos.db.models.people import Customer, Worker, worker_outlet
from ska_pos.db.models.personal import PersonalDataErasure, PersonalDataView
from ska_pos.db.models.sales import Payment, Sale, SaleLine, SaleLineModifier
from ska_pos.db.models.salon import SalonAppointment, SalonSessionLine, ServiceDuration
from ska_pos.db.models.shifts import CashMovement, Shift, ShiftClosing
from ska_pos.db.models.stock import StockCount, StockCountLine, StockDocument, StockMinimum, Supplier
from ska_pos.db.models.stock_flows import (
    RecipeLine,
    StockTransfer,
    StockTransferLine,
    StockTransferReceipt,
    StockTransferReceivedLine,
)
from ska_pos.db.models.tabs import DiningTable, Tab, TabEvent, TabLine
from ska_pos.db.models.tailoring import (
    Measurement,
    MeasurementValue,
    OrderCloth,
    OrderFitting,
    OrderFittingDone,
    OrderMeasurement,
)
from ska_pos.db.models.till_state import HeldSale, PrintJob, TillClaim
from ska_pos.ids import new_id

__all__ = [
    "AuditEntry",
    "Barcode",
    "Base",
    "CashMovement",
    "Category",
    "Customer",
    "CustomerOrder",
    "DiningTable",
    "EarningEntry",
    "HeldSale",
    "Item",
    "ItemPrice",
    "JournalCheck",
    "JournalEntry",
    "LoginFailure",
    "Measurement",
    "MeasurementValue",
    "ModifierGroup",
    "ModifierLink",
    "ModifierOption",
    "OrderCancellation",
    "OrderCloth",
    "OrderFitting",
    "OrderFittingDone",
    "OrderLine",
    "OrderLineWorker",
    "OrderMeasurement",
    "OrderMessage",
    "OrderPayment",
    "OrderStatusChange",
    "Outlet",
    "OwnBarcode",
    "PackageExpiry",
    "PackageRefund",
    "PackageSale",
    "PackageUndo",
    "PackageUse",
    "Payment",
    "Payout",
    "PersonalDataErasure",
    "PersonalDataView",
    "PrintJob",
    "RecipeLine",
    "Sale",
    "SaleLine",
    "SaleLineModifier",
    "SalonAppointment",
    "SalonSessionLine",
    "Sentra",
    "ServiceDuration",
    "Setting",
    "ShareRule",
    "Shift",
    "ShiftClosing",
    "StockCount",
    "StockCountLine",
    "StockDocument",
    "StockMinimum",
    "StockMovement",
    "StockOnHand",
    "StockTransfer",
    "StockTransferLine",
    "StockTransferReceipt",
    "StockTransferReceivedLine",
    "Supplier",
    "Tab",
    "TabEvent",
    "TabLine",
    "Till",
    "TillClaim",
    "TillEnrolment",
    "User",
    "Worker",
    "new_id",
    "worker_outlet",
]
