"""A calm, high-contrast look (WCAG 2.2 AA) with a visible focus ring and a large-text mode."""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ska_pos.paths import resources_dir

NORMAL_POINT_SIZE = 12
LARGE_POINT_SIZE = 16

# Text #1a1a1a on #ffffff is 17:1; white on the primary blue #0b4f9c is 8.3:1; focus ring #d35400 is 3.6:1 on white.
# The focus ring (and a chosen toggle's border) is 1 px thicker than the border; the padding gives that pixel back,
# so a focused control keeps its size and its text room (the layout-fit walk in tests/ui_layout measures it).
# Qt style sheets ignore percent font sizes, so the large roles are set in points from the base size.
STYLE = Template("""
QWidget { color: #1a1a1a; background: #ffffff; }
QLabel[role="title"] { font-size: $title_pt; font-weight: bold; }
QLabel[role="total"] { font-size: $total_pt; font-weight: bold; color: #0b4f9c; }
QLabel[role="banner"] { background: #fff4d6; color: #5a3d00; border: 1px solid #8a6d00; padding: 6px; }
QPushButton { background: #eef2f7; border: 2px solid #4a5568; border-radius: 6px; padding: 6px 12px;
              min-height: 40px; }
QPushButton:hover { background: #dde6f0; }
QPushButton:pressed { background: #c8d6e5; }
QPushButton[role="primary"] { background: #0b4f9c; color: #ffffff; border-color: #0b4f9c; font-weight: bold; }
QPushButton[role="danger"] { background: #9b1c1c; color: #ffffff; border-color: #9b1c1c; }
QPushButton:disabled { background: #f2f2f2; color: #6b6b6b; border-color: #9a9a9a; }
QPushButton:focus, QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QTableView:focus, QListView:focus,
QTreeView:focus, QCheckBox:focus, QRadioButton:focus, QDateEdit:focus, QTabBar::tab:focus {
    border: 3px solid #d35400;
}
QLineEdit, QComboBox, QSpinBox, QDateEdit { border: 2px solid #4a5568; border-radius: 4px; padding: 4px;
                                           min-height: 32px; }
QPushButton:focus { padding: 5px 11px; }
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus { padding: 3px; }
QCheckBox, QRadioButton { border: 3px solid transparent; }
QTabBar::tab:focus { padding: 7px 9px; }
QTableView, QListView, QTreeView { border: 2px solid #4a5568; gridline-color: #b8c2cc;
                                   selection-background-color: #0b4f9c; selection-color: #ffffff; }
QHeaderView::section { background: #e2e8f0; color: #1a1a1a; padding: 4px; border: 1px solid #b8c2cc;
                       font-weight: bold; }
QTabBar::tab { padding: 8px 10px; min-height: 32px; border: 2px solid #4a5568; margin-right: 2px; }
QTabBar::tab:selected { background: #0b4f9c; color: #ffffff; }
""")


def load_fonts() -> str:
    """Register the shipped fonts; the till must not depend on the machine's. Returns the family name."""
    family = ""
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and not family and "Mono" not in families[0]:
            family = families[0]
    return family


def apply_theme(app: QApplication, *, large_text: bool = False, family: str = "") -> None:
    font = QFont(family) if family else app.font()
    font.setPointSize(LARGE_POINT_SIZE if large_text else NORMAL_POINT_SIZE)
    app.setFont(font)
    base = font.pointSize()
    app.setStyleSheet(STYLE.substitute(title_pt=f"{round(base * 1.5)}pt", total_pt=f"{round(base * 2.6)}pt"))
    _rescale_fonts(app)


# A widget given a font of its own keeps it when the application's font changes: those of a screen that stays open
# when large text is chosen (the till page, with the sale in progress) would keep their old size. Such widgets carry
# their factor in this property (ui.session.look.scaled, ui.till.sizing.scale_font) and are scaled again.
FONT_SCALE = "fontScale"


def _rescale_fonts(app: QApplication) -> None:
    base = app.font().pointSizeF()
    for widget in app.allWidgets():
        factor = widget.property(FONT_SCALE)
        if isinstance(factor, (int, float)) and factor > 0:
            font = QFont(widget.font())
            font.setPointSizeF(base * factor)
            widget.setFont(font)
