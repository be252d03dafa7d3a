"""Starting the desktop application: fonts, theme (large text if this machine asked for it), language, the window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ska_pos.db.database import Database, open_database
from ska_pos.i18n import LANGUAGES
from ska_pos.services import settings
from ska_pos.services.this_till import load_local_config
from ska_pos.ui.crash_guard import install_crash_guard
from ska_pos.ui.enter_key import install_enter_clicks
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.theme import apply_theme, load_fonts
from ska_pos.ui.translation import install_language


def make_app(*, large_text: bool | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    install_enter_clicks(app)
    app.setApplicationName("SKA POS")
    app.setOrganizationName("SKA")
    if large_text is None:
        large_text = load_local_config().large_text
    apply_theme(app, large_text=large_text, family=load_fonts())
    return app


def open_app_database(database_url: str | None) -> Database:
    database = open_database(database_url)
    with database.reading() as session:
        language = settings.get_setting(session, "global", settings.LANGUAGE)
    install_language(language if language in LANGUAGES else "id")
    return database


def run(database_url: str | None) -> int:
    install_crash_guard()  # before anything else, so a failing start-up is logged too
    app = make_app()
    database = open_app_database(database_url)
    window = MainWindow(database)
    window.showMaximized()
    window.start()
    code = app.exec()
    database.dispose()
    return code
