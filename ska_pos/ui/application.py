"""Starting the desktop application: fonts, theme (large text if this machine asked for it), language, the window."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from ska_pos.db.database import Database, open_database
from ska_pos.db.engine import resolve_database_url
from ska_pos.db.open_errors import DatabaseDamaged, DatabaseOpenError
from ska_pos.i18n import LANGUAGES, current_language
from ska_pos.services import settings
from ska_pos.services.errors import ServiceError
from ska_pos.services.this_till import load_local_config
from ska_pos.ui.crash_guard import install_crash_guard
from ska_pos.ui.database_thread import stop_database_thread
from ska_pos.ui.enter_key import install_enter_clicks
from ska_pos.ui.first_page_report import report_first_page_if_asked
from ska_pos.ui.garbage import collect_on_screen_thread, freeze_after_start_up
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.session.backup_runs import DailyBackupWatch, StartBackup, wait_for_backups
from ska_pos.ui.session.idle_checkpoint import IdleCheckpoint
from ska_pos.ui.startup_error import StartupErrorBox
from ska_pos.ui.theme import apply_theme, load_fonts
from ska_pos.ui.translation import install_language


def make_app(*, large_text: bool | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    install_enter_clicks(app)
    collect_on_screen_thread()
    app.setApplicationName("SKA POS")
    app.setOrganizationName("SKA")
    if large_text is None:
        large_text = load_local_config().large_text
    apply_theme(app, large_text=large_text, family=load_fonts())
    return app


@contextmanager
def busy_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def open_app_database(database_url: str | None) -> Database:
    database = open_database(database_url)
    with database.reading() as session:
        language = settings.get_setting(session, "global", settings.LANGUAGE)
    install_language(language if language in LANGUAGES else "id")
    return database


def show_startup_error(error: DatabaseOpenError | ServiceError) -> int:
    """The refusal in a window of its own (the language is the command line's, or Indonesian); exit code 1."""
    install_language(current_language())
    StartupErrorBox(error.message).exec()
    return 1


def open_or_restore(database_url: str | None) -> Database | int:
    """The database opened; or, refused, the window that says why (exit code 1), which for a damaged file offers
    its newest sound backup: restored (as `ska-pos restore` does, the damaged file kept), the till starts on it."""
    url = resolve_database_url(database_url)
    try:
        return open_app_database(url)
    except DatabaseDamaged as error:
        from ska_pos.services.backups import newest_backup_of, restore_backup  # only for a damaged file

        backup = newest_backup_of(url, load_local_config())
        if backup is None:
            return show_startup_error(error)
        install_language(current_language())
        box = StartupErrorBox(error.message, backup_taken=backup.taken_at)
        box.exec()
        if not box.restore_chosen():
            return 1
        try:
            with busy_cursor():
                restore_backup(backup.path, url, credentials=None)  # a damaged file: no PIN can be read
            return open_app_database(url)
        except (DatabaseOpenError, ServiceError) as failure:
            return show_startup_error(failure)
    except DatabaseOpenError as error:
        return show_startup_error(error)


def start_window(window: MainWindow, database: Database) -> Callable[[], None]:
    """The window on screen with its first page on the way, the day's backup if it has none yet (on the backup
    thread, once the first page has shown: the first page and the login never wait for a copy of the whole file)
    and the watches of quiet spells; returns what stops the watches."""
    checkpoints = IdleCheckpoint.start_for(database, window)
    start_backup = StartBackup(window, window.pageShown, database, lambda: window.config)
    window.showMaximized()
    window.start()
    daily_backups = DailyBackupWatch(window, database, lambda: window.config)

    def stop() -> None:
        if isValid(start_backup):
            start_backup.start_now()  # closed before its time came: `run` then waits for it a while
        daily_backups.stop()
        if checkpoints is not None:
            checkpoints.stop()

    return stop


def run(database_url: str | None) -> int:
    install_crash_guard()  # before anything else, so a failing start-up is logged too
    app = make_app()
    freeze_after_start_up()
    opened = open_or_restore(database_url)
    if isinstance(opened, int):
        return opened
    database = opened
    window = MainWindow(database)
    stop_watches = start_window(window, database)
    report_first_page_if_asked(window.pageShown)
    code = app.exec()
    stop_watches()
    wait_for_backups(10.0)
    stop_database_thread()
    database.dispose()
    return code
