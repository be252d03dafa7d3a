"""Who did the stage an order moves to, for the stages where the outlet records it (the washer, the cutter, the
tailor). `StageWorkerDialog(stage_name, workers, parent)`; once accepted, `worker_id()` (None: not named)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ska_pos.ui.session import look
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.widgets import named, touch_rows

ID_ROLE = 256


class StageWorkerDialog(TillDialog):
    def __init__(
        self, stage_name: str, workers: Sequence[tuple[uuid.UUID, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            "stageWorkerDialog",
            QCoreApplication.translate("StageWorkerDialog", "Who did it: {stage}").format(stage=stage_name),
            parent,
        )
        self.body.addWidget(look.text(self.tr("Choose the worker of this stage."), "stageWorkerHint"))
        self.workers = named(QListWidget(), "stageWorkerList", self.tr("Workers"))
        self.workers.setMinimumHeight(200)
        touch_rows(self.workers)
        nobody = QListWidgetItem(self.tr("Nobody named"))
        nobody.setData(ID_ROLE, None)
        self.workers.addItem(nobody)
        for worker_id, name in workers:
            entry = QListWidgetItem(name)
            entry.setData(ID_ROLE, worker_id)
            self.workers.addItem(entry)
        self.workers.setCurrentRow(1 if workers else 0)
        self.workers.itemActivated.connect(lambda _item: self.try_accept())
        self.body.addWidget(self.workers)
        self.finish_layout()
        self.workers.setFocus()

    def worker_id(self) -> uuid.UUID | None:
        entry = self.workers.currentItem()
        value = entry.data(ID_ROLE) if entry is not None else None
        return value if isinstance(value, uuid.UUID) else None
