"""An in-app preview of any PDF (receipt or report), painted on white, with print and save."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ska_pos.ui.messages import translate_buttons
from ska_pos.ui.widgets import named


def tr(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        named(self, "pdfPreview", title)
        self.pdf = pdf
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = named(QPdfView(self), "pdfView", tr("Document preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setStyleSheet("background: #ffffff;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        named(buttons, "previewButtons", tr("Preview actions"))
        translate_buttons(buttons)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(480, 720)

    def page_count(self) -> int:
        return self.document.pageCount()
