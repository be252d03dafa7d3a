"""Regenerate the sample payout slips, worker statements and earnings report in this folder.

    .venv/bin/python docs/samples/make_earnings_samples.py

The data is fixed (ska_pos.reports.earnings_samples); each PDF gets a PNG of every page, like make_samples.py.
"""

from __future__ import annotations

from collections.abc import Callable

from make_samples import write_samples

from ska_pos.reports.earnings_report_pdf import render_earnings_report_pdf
from ska_pos.reports.earnings_samples import sample_earnings_report, sample_payout_slip, sample_worker_statement
from ska_pos.reports.payout_slip_pdf import render_payout_slip_pdf
from ska_pos.reports.worker_statement_pdf import render_worker_statement_pdf

SAMPLES: dict[str, Callable[[], bytes]] = {
    "payout-slip-a4": lambda: render_payout_slip_pdf(sample_payout_slip(transfer=True), "a4"),
    "payout-slip-80mm": lambda: render_payout_slip_pdf(sample_payout_slip(), "thermal80"),
    "worker-statement-a4": lambda: render_worker_statement_pdf(sample_worker_statement("id")),
    "worker-statement-a4-en": lambda: render_worker_statement_pdf(sample_worker_statement("en")),
    "earnings-report-a4": lambda: render_earnings_report_pdf(sample_earnings_report()),
}


def main() -> None:
    write_samples(SAMPLES)


if __name__ == "__main__":
    main()
