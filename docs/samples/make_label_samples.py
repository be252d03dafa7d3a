"""Regenerate the sample barcode labels in this folder: an A4 sheet of 24 (and of 40, in English), a
40 x 30 mm label of a label printer and labels on a receipt printer's 58 mm roll.

    .venv/bin/python docs/samples/make_label_samples.py

The data is fixed (ska_pos.reports.barcode_label_samples); each PDF gets a PNG of every page, like make_samples.py.
"""

from __future__ import annotations

from collections.abc import Callable

from make_samples import write_samples

from ska_pos.reports.barcode_label_model import LabelRun
from ska_pos.reports.barcode_label_samples import SAMPLE_ITEMS, sample_label_run
from ska_pos.reports.barcode_labels_pdf import render_labels_pdf

SAMPLES: dict[str, Callable[[], bytes]] = {
    "barcode-labels-a4-3x8": lambda: render_labels_pdf(sample_label_run("id", copies=3), "a4-3x8"),
    "barcode-labels-a4-4x10-en": lambda: render_labels_pdf(sample_label_run("en", copies=5), "a4-4x10"),
    "barcode-label-40x30mm": lambda: render_labels_pdf(LabelRun("id", SAMPLE_ITEMS[:1]), "label-40x30"),
    "barcode-labels-58mm-roll": lambda: render_labels_pdf(sample_label_run("id", copies=1), "roll-58"),
}


def main() -> None:
    write_samples(SAMPLES)


if __name__ == "__main__":
    main()
