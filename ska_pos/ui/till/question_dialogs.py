"""The dialog that asks each question of the sale presenter (`sale_view.Question`), and how to read its answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from ska_pos.ui.till.customer_dialog import CustomerDialog
from ska_pos.ui.till.line_dialogs import AmountDialog, DiscountDialog, TextDialog
from ska_pos.ui.till.modifier_dialog import ModifierDialog
from ska_pos.ui.till.payment_dialog import PaymentDialog
from ska_pos.ui.till.recall_dialog import RecallDialog
from ska_pos.ui.till.sale_view import (
    AskAmount,
    AskDiscount,
    AskPayment,
    AskText,
    ChooseCustomer,
    ChooseHeld,
    ChooseModifiers,
    ChooseSplit,
    ChooseWorkers,
    Question,
)
from ska_pos.ui.till.split_dialog import SplitDialog
from ska_pos.ui.till.worker_dialog import WorkerDialog
from ska_pos.ui.till_session import TillSession


def dialog_for(question: Question, session: TillSession, parent: QWidget) -> tuple[QDialog, Callable[[], Any]]:
    """(the dialog, what reads its answer once it was accepted)."""
    language = session.language
    match question:
        case ChooseWorkers(workers, current, item):
            workers_dialog = WorkerDialog(workers, current, item, parent, language=language)
            return workers_dialog, workers_dialog.credits
        case ChooseModifiers(item, groups, chosen):
            modifier_dialog = ModifierDialog(item, groups, chosen, language, parent)
            return modifier_dialog, modifier_dialog.option_ids
        case AskDiscount(title, base, current):
            discount_dialog = DiscountDialog(title, base, current, language, parent)
            return discount_dialog, discount_dialog.discount
        case AskText(object_name, title, prompt, current, max_length, required):
            text_dialog = TextDialog(
                object_name, title, prompt, current, max_length=max_length, required=required, parent=parent
            )
            return text_dialog, text_dialog.text
        case AskAmount(object_name, title, prompt, current):
            amount_dialog = AmountDialog(object_name, title, prompt, current, language, parent)
            return amount_dialog, amount_dialog.amount
        case AskPayment(total, qris_payload, rounding_unit, workers):
            payment = PaymentDialog(
                session, total, qris_payload, parent, cash_rounding_unit=rounding_unit, workers=workers
            )
            return payment, payment.payment
        case ChooseHeld(rows):
            recall = RecallDialog(rows, parent)
            return recall, recall.held_id
        case ChooseSplit(names, bill, tax, owners, paid, shares):
            split = SplitDialog(
                list(names), bill, tax, language, list(owners) if owners else None, paid, parent, shares=shares
            )
            return split, split.choice
        case ChooseCustomer(current_id, current_name):
            customer = CustomerDialog(session, current_id, current_name, parent)
            return customer, customer.choice
    raise TypeError(f"no dialog asks {question!r}")
