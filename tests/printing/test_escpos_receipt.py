from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

import pytest
from escpos.constants import CD_KICK_2, PAPER_FULL_CUT
from escpos.printer import Dummy

from ska_pos.printing.escpos_receipt import (
    escpos_bytes,
    open_cash_drawer,
    render_daily_summary_escpos,
    render_kitchen_ticket_escpos,
    render_receipt_escpos,
)
from ska_pos.reports.samples import sample_daily_summary, sample_kitchen_ticket, sample_receipt

QR_DATA = b"\x1d(k"  # GS ( k: the printer draws the QR code itself


class RecordingDummy(Dummy):  # type: ignore[misc]
    """A Dummy that also keeps each printed line of text."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def textln(self, txt: str = "") -> None:
        self.lines.append(txt)
        super().textln(txt)


def _readable(output: bytes) -> str:
    return re.sub(r"\s+", " ", output.decode("cp437"))


def test_receipt_bytes_hold_the_number_total_qr_and_cut() -> None:
    data = sample_receipt()
    printer = Dummy()
    render_receipt_escpos(data, printer)
    output: bytes = printer.output
    assert output.startswith(b"\x1b@\x1bt\x00")  # reset, then code page 437
    assert data.receipt_no.encode() in output
    assert b"Rp108.570" in output
    assert b"KEMBALIAN" in output
    assert QR_DATA in output
    assert b"1P0" + data.receipt_no.encode() in output  # the QR code's content
    assert output.endswith(PAPER_FULL_CUT)
    assert "Oleh: Dewi Anggraini, Budi Santoso" in _readable(output)


@pytest.mark.parametrize(("paper_mm", "columns"), [(58, 32), (80, 48)])
def test_no_line_is_wider_than_the_paper(paper_mm: int, columns: int) -> None:
    printer = RecordingDummy()
    render_receipt_escpos(replace(sample_receipt(), is_copy=True, kind="void"), printer, paper_mm)
    assert printer.lines
    assert max(len(line) for line in printer.lines) == columns  # rules and pairs fill the line exactly
    assert f"{'Subtotal':<{columns - 9}} Rp99.000" in printer.lines


def test_copy_and_void_banners() -> None:
    output = escpos_bytes(partial(render_receipt_escpos, replace(sample_receipt(), is_copy=True, kind="void")))
    text = _readable(output)
    assert " SALINAN " in text
    assert " PEMBATALAN " in text
    assert b"\x1dB\x01 SALINAN \n" in output  # inverted, white on black


def test_english_amounts() -> None:
    output = escpos_bytes(partial(render_receipt_escpos, sample_receipt(language="en")))
    assert b"Rp108,570" in output
    assert b"CHANGE" in output


def test_accents_use_code_page_437_and_dashes_turn_plain() -> None:
    data = replace(sample_receipt(), outlet_name="Café Sentra – Budi Luhur")
    output = escpos_bytes(partial(render_receipt_escpos, data))
    assert "Café Sentra - Budi Luhur".encode("cp437") in output
    assert b"\x1bt" + b"\x10" not in output  # never switched to another code page


def test_cash_drawer_kick() -> None:
    printer = Dummy()
    open_cash_drawer(printer)
    assert printer.output == CD_KICK_2


def test_kitchen_ticket() -> None:
    output = escpos_bytes(partial(render_kitchen_ticket_escpos, sample_kitchen_ticket(), paper_mm=58))
    text = _readable(output)
    assert "DAPUR" in text
    assert "2 x Nasi Goreng" in text
    assert "Catatan: Tamu menunggu di teras" in text
    assert b"Rp" not in output
    assert output.endswith(PAPER_FULL_CUT)


def test_daily_summary_on_the_thermal_printer() -> None:
    output = escpos_bytes(partial(render_daily_summary_escpos, sample_daily_summary()))
    text = _readable(output)
    assert "Siti Rahayu" in text
    assert "Rp4.611.255" in text
    assert "Pengelola" in text


def test_qr_as_a_picture_for_printers_without_the_qr_command() -> None:
    output = escpos_bytes(partial(render_receipt_escpos, sample_receipt(), native_qr=False))
    assert QR_DATA not in output
    assert b"\x1dv0" in output  # GS v 0: a raster image
    assert output.endswith(PAPER_FULL_CUT)


def test_an_outlets_logo_prints_as_a_raster_image_above_its_name() -> None:
    import io

    from PIL import Image

    from ska_pos.reports.receipt_model import ReceiptLogo

    picture = io.BytesIO()
    Image.new("1", (96, 40), 0).save(picture, format="PNG")
    data = replace(sample_receipt(), logo=ReceiptLogo(picture.getvalue(), 96, 40))
    plain = escpos_bytes(partial(render_receipt_escpos, sample_receipt()))
    output = escpos_bytes(partial(render_receipt_escpos, data))
    raster = b"\x1dv0"  # GS v 0: a raster bit image
    assert raster not in plain
    assert raster in output
    assert output.index(raster) < output.index(data.outlet_name.encode("cp437"))
