"""The options the file-writing report commands share (`ska_pos/cli/report_options.py`): the period, the output's
format, and a file that cannot be written."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import pytest

from ska_pos.cli.common import CommandFailed
from ska_pos.cli.report_options import add_report_options, month_of, output_format, period_of, write_output


def _parsed(*words: str, outlet_required: bool = False) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_report_options(parser, outlet_required=outlet_required)
    return parser.parse_args(list(words))


def test_a_month_runs_from_its_first_to_its_last_day() -> None:
    assert month_of("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    with pytest.raises(argparse.ArgumentTypeError, match="YYYY-MM"):
        month_of("2024-13")


def test_the_period_is_the_month_or_from_a_day_to_another_or_that_one_day() -> None:
    assert period_of(_parsed("--month", "2026-12", "-o", "r.pdf")) == (date(2026, 12, 1), date(2026, 12, 31))
    assert period_of(_parsed("--from", "2026-12-02", "--to", "2026-12-05", "-o", "r.pdf")) == (
        date(2026, 12, 2), date(2026, 12, 5))  # fmt: skip
    assert period_of(_parsed("--from", "2026-12-02", "-o", "r.csv")) == (date(2026, 12, 2), date(2026, 12, 2))


def test_the_outlet_is_asked_only_where_the_report_needs_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert _parsed("--month", "2026-12", "-o", "r.pdf").outlet is None
    with pytest.raises(SystemExit):
        _parsed("--month", "2026-12", "-o", "r.pdf", outlet_required=True)
    assert "--outlet" in capsys.readouterr().err


@pytest.mark.usefixtures("english_messages")
def test_the_format_is_the_suffix_pdf_or_csv() -> None:
    assert output_format(_parsed("--month", "2026-12", "-o", "R.PDF")) == ".pdf"
    with pytest.raises(CommandFailed, match=r"\.pdf or \.csv, not \.txt"):
        output_format(_parsed("--month", "2026-12", "-o", "r.txt"))


@pytest.mark.usefixtures("english_messages")
def test_a_file_that_cannot_be_written_is_a_plain_message(tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "r.pdf"
    with pytest.raises(CommandFailed, match="Cannot write"):
        write_output(target, lambda path: path.write_bytes(b"%PDF"))
