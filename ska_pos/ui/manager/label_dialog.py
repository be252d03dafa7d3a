"""Barcode labels for the items chosen in the catalogue: how many of each, on which label paper, and whether the items
without a barcode get a number of the sentra's own range first (services/own_barcodes.py). The labels open in the
PDF preview, from where they print or are saved.

Signal (from ManagerDialog): `saved(bytes)`, the labels' PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSpinBox, QWidget
from sqlalchemy.orm import Session

from ska_pos.reports.barcode_label_model import LabelRun
from ska_pos.services.catalog_admin import ItemRow
from ska_pos.ui import op_changes
from ska_pos.ui.background_op import BackgroundOp
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named

MAX_COPIES = 100  # services/barcode_labels.py refuses more, and more than its MAX_LABELS labels in all
SHOWN_NAMES = 4


class LabelDialog(ManagerDialog):
    changes = frozenset({op_changes.CATALOG})

    def __init__(self, session: TillSession, items: list[ItemRow], parent: QWidget | None = None) -> None:
        super().__init__("labelDialog", QCoreApplication.translate("LabelDialog", "Barcode labels"), parent)
        self.session = session
        self.item_ids = [item.id for item in items]
        names = ", ".join(item.name for item in items[:SHOWN_NAMES])
        if len(items) > SHOWN_NAMES:
            names = self.tr("{names} and {count} more").format(names=names, count=len(items) - SHOWN_NAMES)
        shown = self.tr("Chosen ({count}): {names}").format(count=len(items), names=names)
        self.chosen = named(QLabel(shown), "labelItems", self.tr("Chosen items"))
        self.chosen.setWordWrap(True)
        self.assign = named(
            QCheckBox(self.tr("Give items without a barcode a number of the sentra's own range first")),
            "labelAssign",
            self.tr("Give items without a barcode a number of the sentra's own range first"),
        )
        self.assign.setChecked(True)
        self.copies = named(QSpinBox(), "labelCopies", self.tr("Labels of each item"))
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setMinimumHeight(40)
        self.layout_box = named(QComboBox(), "labelLayout", self.tr("Label paper"))
        self.layout_box.setMinimumHeight(40)
        for name, text in (
            ("a4-3x8", self.tr("A4 sheet of 24 labels (70 × 37 mm)")),
            ("a4-4x10", self.tr("A4 sheet of 40 labels (52.5 × 29.7 mm)")),
            ("label-40x30", self.tr("Label printer, 40 × 30 mm labels")),
            ("label-50x30", self.tr("Label printer, 50 × 30 mm labels")),
            ("roll-58", self.tr("Receipt printer, 58 mm roll")),
            ("roll-80", self.tr("Receipt printer, 80 mm roll")),
        ):
            self.layout_box.addItem(text, name)
        self.add_row(self.tr("Items"), self.chosen)
        self.add_row(self.tr("&Numbers"), self.assign)
        self.add_row(self.tr("&Copies"), self.copies)
        self.add_row(self.tr("&Paper"), self.layout_box)
        self.finish_layout()

    def _work(self) -> Callable[[Session], LabelRun]:
        item_ids, copies = self.item_ids, self.copies.value()
        assign, actor, language = self.assign.isChecked(), self.session.actor, self.session.language

        def work(s: Session) -> LabelRun:
            from ska_pos.services import barcode_labels, own_barcodes

            if assign:
                own_barcodes.assign_numbers(s, actor, item_ids)
            return barcode_labels.label_run(s, item_ids, copies, language)

        return work

    def save_work(self) -> Callable[[Session], Any]:
        return self._work()

    def try_accept(self) -> None:
        if self.busy:
            return
        if self.assign.isChecked():  # a catalogue change: a write
            super().try_accept()
            return
        self.busy = True
        self.buttons.setEnabled(False)
        ReadOp(self, self.session.database, self._work()).success(self._saved).failure(self._failed).with_progress(
            self.tr("Preparing the labels…")
        ).run_in_background()

    def _saved(self, result: Any) -> None:
        """The labels' data is read (and the numbers given) in a short transaction; the PDF is drawn after it,
        without the database, so no till waits for the drawing of many labels."""
        assert isinstance(result, LabelRun)
        if not result.labels:
            self.busy = False
            self.buttons.setEnabled(True)
            self.show_error(self.tr("None of these items has a barcode: tick the box to give them numbers"))
            return
        layout = str(self.layout_box.currentData())

        def draw() -> bytes:
            from ska_pos.reports.barcode_labels_pdf import render_labels_pdf

            return render_labels_pdf(result, layout)

        # As long as the labels the manager asked for take to draw (at most MAX_LABELS of them).
        BackgroundOp(self, draw).success(lambda pdf: ManagerDialog._saved(self, pdf)).failure(
            self._failed
        ).with_progress(self.tr("Preparing the labels…")).with_timeout(None).run_in_background()
