"""An in-app preview of any PDF (receipt or report), painted on white, with Print (any system printer) and
Save as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize, QSizeF, QStandardPaths, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ska_pos.paths import safe_file_name
from ska_pos.ui.messages import show_error, translate_buttons
from ska_pos.ui.widgets import TOUCH_TARGET_PX, named

MAX_PRINT_DPI = 300  # pages are drawn as images; more than this only makes them huge


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        named(self, "pdfPreview", title)
        self.title, self.pdf = title, pdf
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = named(QPdfView(self), "pdfView", self.tr("Document preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setStyleSheet("background: #ffffff;")
        self.status = named(QLabel(""), "previewStatus", self.tr("Print status"))
        self.status.setWordWrap(True)
        self.buttons = self._make_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(480, 720)

    def _make_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        named(buttons, "previewButtons", self.tr("Preview actions"))
        translate_buttons(buttons)
        self.print_button = self._action(buttons, self.tr("Print…"), "previewPrint", self.tr("Print on a printer"))
        self.save_button = self._action(buttons, self.tr("Save as PDF…"), "previewSave", self.tr("Save as a PDF file"))
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button.clicked.connect(self.save_as)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        for button in buttons.buttons():
            button.setMinimumHeight(TOUCH_TARGET_PX)
        return buttons

    def _action(self, buttons: QDialogButtonBox, text: str, object_name: str, description: str) -> QPushButton:
        button = named(QPushButton(text), object_name, text.rstrip("…"), description)
        buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    def page_count(self) -> int:
        return self.document.pageCount()

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print every page on `printer`, each scaled to fit its page; False (and a message) when it failed."""
        printed = print_pdf(self.document, printer)
        if printed:
            self.status.setText(self.tr("Sent to the printer."))
        else:
            self.status.setText(self.tr("The printer could not be used."))
        self.status.setAccessibleName(self.status.text())
        return printed

    def save_as(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{safe_file_name(self.title)}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(self.pdf)
        except OSError as error:
            show_error(self, self.tr("Cannot save {file}: {error}").format(file=path, error=error.strerror or error))
            return False
        self.status.setText(self.tr("Saved as {file}").format(file=path))
        self.status.setAccessibleName(self.status.text())
        return True


def print_pdf(document: QPdfDocument, printer: QPrinter) -> bool:
    """Draw each page of `document` on `printer` (on white: QtPdf renders transparent pages). The page size
    follows the document's first page, so a receipt prints as a receipt and a report on A4."""
    count = document.pageCount()
    if count == 0:
        return False
    first = document.pagePointSize(0)
    page_size = QPageSize(QSizeF(first.width(), first.height()), QPageSize.Unit.Point, "",
                          QPageSize.SizeMatchPolicy.FuzzyMatch)  # fmt: skip
    printer.setPageLayout(QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for index in range(count):
            if index and not printer.newPage():
                return False
            _draw_page(painter, document, index, dpi)
    finally:
        painter.end()
    return True


def _draw_page(painter: QPainter, document: QPdfDocument, index: int, dpi: int) -> None:
    points = document.pagePointSize(index)
    image = document.render(index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
    area = painter.viewport()
    scale = min(area.width() / image.width(), area.height() / image.height())
    target = QRect(area.x(), area.y(), round(image.width() * scale), round(image.height() * scale))
    painter.fillRect(target, QColor(Qt.GlobalColor.white))
    painter.drawImage(target, image)
