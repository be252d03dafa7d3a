"""The gross margin report for a period (the period bar the other reports use): per item, with the outlet's total,
read in SQL off the screen's thread; the A4 PDF from the same figures."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.reports import formatting as fmt
from ska_pos.reports.stock_models import MarginReport, MarginRow
from ska_pos.services.earnings.period import Period
from ska_pos.services.stock.margin import margin_report
from ska_pos.ui.manager.documents import show_pdf
from ska_pos.ui.manager.period_bar import PeriodBar
from ska_pos.ui.op_changes import SALES, STOCK, refresh_on
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named


class MarginModel(RowsModel):
    numeric_columns = frozenset({3, 4, 5, 6, 7})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Category"), self.tr("SKU"), self.tr("Name"), self.tr("Sold"), self.tr("Net sales"),
                self.tr("Cost"), self.tr("Margin"), self.tr("Margin %"))  # fmt: skip

    def text(self, row: MarginRow, column: int) -> str:
        language = self.language
        percent = "" if row.margin_bp is None else fmt.rate_bp(row.margin_bp, language)
        values = (row.category, row.sku, row.name, fmt.quantity(row.quantity, language),
                  fmt.rupiah(row.revenue, language), fmt.rupiah(row.cost, language), fmt.rupiah(row.margin, language),
                  percent)  # fmt: skip
        return values[column]


class MarginPanel(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "stockMargin", self.tr("Gross margin"))
        self.session = session
        self.report: MarginReport | None = None
        self.period_bar = PeriodBar("margin", session.today())
        self.period_bar.changed.connect(lambda _period: self.reload())
        self.model = MarginModel(session.language, self)
        self.table = named(QTableView(), "marginTable", self.tr("Gross margin per item"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(40)
        look.whole_columns(self.table.horizontalHeader())
        self.total = look.text("", "marginTotal", self.tr("Total gross margin"))
        pdf = big_button(self.tr("A4 report"), "marginPdf")
        pdf.clicked.connect(self.show_pdf)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(pdf)
        layout = QVBoxLayout()
        layout.addWidget(self.period_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setLayout(layout)
        refresh_on(self, {SALES, STOCK}, self.reload, first_when_shown=True)

    def reload(self) -> None:
        period: Period = self.period_bar.period()
        code = self.session.outlet_code

        def work(s: Session) -> MarginReport:
            return margin_report(s, period, code)

        ReadOp(self, self.session.database, work).success(self._loaded).run_in_background()

    def _loaded(self, report: MarginReport) -> None:
        self.report = report
        self.model.set_rows(report.items)
        total, language = report.total, self.session.language
        look.set_text(self.total, self.tr("Net sales {revenue}, cost {cost}, margin {margin}").format(
            revenue=fmt.rupiah(total.revenue, language), cost=fmt.rupiah(total.cost, language),
            margin=fmt.rupiah(total.margin, language)))  # fmt: skip

    def show_pdf(self) -> None:
        report, language = self.report, self.session.language
        if report is None:
            return

        def work(_s: Session) -> bytes:
            from ska_pos.reports.stock_pdf import render_margin_pdf

            return render_margin_pdf(report, language)

        ReadOp(self, self.session.database, work).success(
            lambda pdf: show_pdf(self, pdf, self.tr("Gross margin"))
        ).run_in_background()
