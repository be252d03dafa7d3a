"""The language and the text size chosen on a page's preferences bar: applied at once, the page on view made again.

A mixin of `MainWindow`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ska_pos.services import settings
from ska_pos.services.this_till import LocalConfig, TillPlace, load_local_config, save_local_config
from ska_pos.ui.messages import show_error
from ska_pos.ui.op_changes import SETTINGS
from ska_pos.ui.ops import WriteOp
from ska_pos.ui.session.preferences_bar import PreferencesBar
from ska_pos.ui.session.till_claim_keeping import KeepsTheTillClaim
from ska_pos.ui.theme import apply_theme
from ska_pos.ui.translation import install_language


class FollowsPreferences(KeepsTheTillClaim):
    place: TillPlace | None
    font_family: str

    def _connect_preferences(self, preferences: PreferencesBar) -> None:
        preferences.languageChosen.connect(self.set_language)
        preferences.largeTextToggled.connect(self.set_large_text)

    def set_language(self, language: str) -> None:
        """Shown at once; the choice is saved on the database thread, and a failure to save is told."""
        install_language(language)
        till_id = self.place.till_id if self.place else None
        WriteOp(
            self, self.database, lambda session: settings.set_language(session, language, till_id), {SETTINGS}
        ).failure(lambda error: show_error(self, error)).run_in_background()
        self._rebuild()

    def set_large_text(self, large_text: bool) -> None:
        self._save_config(self.config.with_large_text(large_text))
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, large_text=large_text, family=self.font_family)
        self._rebuild()

    def _save_config(self, config: LocalConfig) -> None:
        save_local_config(config, self.config_folder)
        self.config = load_local_config(self.config_folder)
