from __future__ import annotations

import pytest

from ska_pos.printing.escpos_text import columns_for, pair_lines, printable, wrap


def test_typographic_punctuation_becomes_plain() -> None:
    assert printable("Kopi – “Luhur” … ‘ok’") == "Kopi - \"Luhur\" ... 'ok'"


def test_letters_code_page_437_has_stay_and_others_lose_their_accent() -> None:
    assert printable("Café Crème") == "Café Crème"
    assert printable("Nguyễn Šťastný") == "Nguyen Stastny"
    assert printable("Kue 🎂") == "Kue ?"
    assert printable("tab\there") == "tab here"
    printable("é–ñ").encode("cp437")  # everything left is printable in CP437


def test_columns() -> None:
    assert columns_for(58) == 32
    assert columns_for(80) == 48
    with pytest.raises(ValueError, match="58 or 80"):
        columns_for(76)


def test_pair_fills_the_line_exactly() -> None:
    assert pair_lines("Subtotal", "Rp99.000", 32) == ["Subtotal" + " " * 16 + "Rp99.000"]


def test_pair_wraps_a_long_label_beside_its_value() -> None:
    lines = pair_lines("Nasi Goreng Kampung Spesial Telur Mata Sapi", "Rp50.000", 32)
    assert lines[0].endswith(" Rp50.000")
    assert all(len(line) <= 32 for line in lines)
    assert " ".join(" ".join(lines).replace(" Rp50.000", "").split()) == "Nasi Goreng Kampung Spesial Telur Mata Sapi"


def test_pair_with_a_long_value_puts_it_below() -> None:
    lines = pair_lines("No. struk", "KSB-T1-261129-0042-SALINAN-XYZ", 32)
    assert lines == ["No. struk", "  KSB-T1-261129-0042-SALINAN-XYZ"]


def test_wrap_breaks_words_longer_than_the_line() -> None:
    assert wrap("x" * 40, 32) == ["x" * 32, "x" * 8]
    assert wrap("", 32) == [""]
