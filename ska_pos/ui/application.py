"""Starting the desktop application: fonts, theme, language, the database (with demo data on first start)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ska_pos.db.database import Database, open_database
from ska_pos.services import settings
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.theme import apply_theme, load_fonts
from ska_pos.ui.translation import install_language


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("SKA POS")
    app.setOrganizationName("SKA")
    apply_theme(app, family=load_fonts())
    return app


def open_app_database(database_url: str | None) -> Database:
    database = open_database(database_url)
    with database.reading() as session:
        install_language(settings.get_setting(session, "global", settings.LANGUAGE))
    return database


def run(database_url: str | None) -> int:
    app = make_app()
    database = open_app_database(database_url)
    window = MainWindow(database)
    window.show()
    window.start()
    code = app.exec()
    database.dispose()
    return code
