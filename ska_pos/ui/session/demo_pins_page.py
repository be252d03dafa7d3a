"""After demo data is made: its users and PINs, shown once, clearly, before the first login.

Signal: `done()` when the user has noted the PINs.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ska_pos.services.this_till import LoginName
from ska_pos.ui.session import look
from ska_pos.ui.session.roles import role_name
from ska_pos.ui.widgets import big_button, named


class DemoPinsPage(QWidget):
    done = Signal()

    def __init__(
        self, users: list[LoginName], pins: dict[str, str], enrolled_till: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        named(self, "demoPinsPage", self.tr("Demo users and PINs"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        headers = (self.tr("Name"), self.tr("User name"), self.tr("Role"), self.tr("PIN"))
        for column, header in enumerate(headers):
            grid.addWidget(look.scaled(QLabel(header), look.HEADING), 0, column)
        pin_font = look.font(look.HEADING, family="DejaVu Sans Mono")
        name_font = look.font(look.HEADING, bold=False)
        shown = [user for user in users if user.username in pins]
        for row, user in enumerate(shown, start=1):
            pin = pins[user.username]
            cells = (user.full_name, user.username, role_name(user.role), " ".join(pin))
            spoken = self.tr("PIN of {name}: {pin}").format(name=user.full_name, pin=" ".join(pin))
            for column, value in enumerate(cells):
                label = named(QLabel(value), f"demoPin_{user.username}_{column}", spoken if column == 3 else value)
                label.setFont(pin_font if column == 3 else name_font)
                grid.addWidget(label, row, column)
        self.continue_button = big_button(self.tr("I have noted the PINs: continue"), "demoPinsContinue")
        self.continue_button.setProperty("role", "primary")
        self.continue_button.clicked.connect(self.done)
        layout = QVBoxLayout()
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(look.title(self.tr("Demo data is ready"), "demoPinsTitle"))
        warning = look.text(
            self.tr(
                "Write these PINs down now: they are shown only this once. Each person logs in "
                "with their own name and PIN."
            ),
            "demoPinsWarning",
        )
        warning.setProperty("role", "banner")
        layout.addWidget(warning)
        if enrolled_till:
            layout.addWidget(
                look.text(
                    self.tr("This computer is now the demo's till {till}: an administrator can move it to "
                            "another till later.").format(till=enrolled_till),
                    "demoEnrolledTill",
                )
            )  # fmt: skip
        layout.addSpacing(16)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.continue_button)
        self.setLayout(layout)
        self.setFocusProxy(self.continue_button)
