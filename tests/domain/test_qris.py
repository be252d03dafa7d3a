import binascii

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ska_pos.domain.qris import (
    QrisError,
    QrisMerchant,
    crc16_ccitt_false,
    make_dynamic,
    merchant_city,
    merchant_name,
    parse_tlv,
    read_static,
    validate_static,
)
from ska_pos.i18n import set_language


@pytest.fixture(autouse=True)
def _indonesian() -> None:
    """The reasons are read in Indonesian, the till's first language (the suite resets the language after)."""
    set_language("id")


def tlv(tag: str, value: str) -> str:
    return f"{tag}{len(value):02d}{value}"


def with_crc(body: str) -> str:
    """Close `body` with tag 63; binascii's CRC-CCITT with initial 0xFFFF is an independent CRC-16/CCITT-FALSE."""
    body += "6304"
    return body + f"{binascii.crc_hqx(body.encode(), 0xFFFF):04X}"


MERCHANT_ACCOUNT = tlv("00", "ID.CO.QRIS.WWW") + tlv("01", "936009990000012345") + tlv("02", "ID2026112900007")
QRIS_CENTRAL = tlv("00", "ID.CO.QRIS.WWW") + tlv("02", "ID1026112900007") + tlv("03", "UMI")
STATIC_FIELDS = [
    ("00", "01"),
    ("01", "11"),
    ("26", MERCHANT_ACCOUNT + tlv("03", "UMI")),
    ("51", QRIS_CENTRAL),
    ("52", "5812"),
    ("53", "360"),
    ("58", "ID"),
    ("59", "KAFE SKA BUDHI DHARMA"),
    ("60", "KOTA BEKASI"),
    ("61", "17111"),
]
STATIC = with_crc("".join(tlv(tag, value) for tag, value in STATIC_FIELDS))


def test_crc16_ccitt_false_check_value() -> None:
    assert crc16_ccitt_false(b"123456789") == 0x29B1
    assert crc16_ccitt_false(b"") == 0xFFFF
    assert crc16_ccitt_false(STATIC[:-4].encode()) == int(STATIC[-4:], 16)


def test_parse_tlv_keeps_order() -> None:
    assert parse_tlv(STATIC)[:-1] == STATIC_FIELDS
    assert parse_tlv(STATIC)[-1][0] == "63"
    assert parse_tlv("") == []


@pytest.mark.parametrize("payload", ["0", "000201010", "AB0201", "0002010105123", "00-101"])
def test_parse_tlv_refuses_malformed_payloads(payload: str) -> None:
    with pytest.raises(QrisError, match="QRIS"):
        parse_tlv(payload)


def test_qris_error_is_a_value_error() -> None:
    assert issubclass(QrisError, ValueError)


def test_validate_static_accepts_a_good_code() -> None:
    validate_static(STATIC)
    validate_static(STATIC[:-4] + STATIC[-4:].lower())


def test_validate_static_refuses_a_tampered_code() -> None:
    tampered = STATIC.replace("KOTA BEKASI", "KOTA BOGOR!")
    with pytest.raises(QrisError, match="QRIS"):
        validate_static(tampered)


@pytest.mark.parametrize(
    "payload",
    [
        with_crc(tlv("01", "11") + tlv("00", "01") + tlv("58", "ID")),  # tag 00 not first
        with_crc(tlv("00", "02") + tlv("58", "ID")),  # unknown format indicator
        with_crc(tlv("00", "01") + tlv("01", "13") + tlv("58", "ID")),  # unknown point of initiation
        tlv("00", "01") + tlv("58", "ID"),  # no CRC
        with_crc(tlv("00", "01") + tlv("58", "ID")) + tlv("62", "X"),  # CRC not last
        tlv("00", "01") + tlv("58", "ID") + tlv("63", "12345"),  # CRC of the wrong length
        "",
    ],
)
def test_validate_static_refuses_bad_codes(payload: str) -> None:
    with pytest.raises(QrisError, match="QRIS"):
        validate_static(payload)


def test_make_dynamic() -> None:
    dynamic = make_dynamic(STATIC, 34650)
    validate_static(dynamic)
    fields = parse_tlv(dynamic)
    tags = [tag for tag, _value in fields]
    assert fields[:2] == [("00", "01"), ("01", "12")]
    assert ("54", "34650") in fields
    assert tags.index("54") + 1 == tags.index("58")
    assert [field for field in fields if field[0] not in ("01", "54", "63")] == STATIC_FIELDS[:1] + STATIC_FIELDS[2:]
    assert dynamic == with_crc(dynamic[:-8])


def test_make_dynamic_replaces_an_existing_amount() -> None:
    once = make_dynamic(STATIC, 15000)
    twice = make_dynamic(once, 20000)
    assert twice == make_dynamic(STATIC, 20000)
    assert [tag for tag, _value in parse_tlv(twice)].count("54") == 1


@pytest.mark.parametrize("amount", [0, -1, 10**13])
def test_make_dynamic_refuses_impossible_amounts(amount: int) -> None:
    with pytest.raises(QrisError, match="QRIS"):
        make_dynamic(STATIC, amount)


def test_make_dynamic_refuses_a_tampered_or_incomplete_code() -> None:
    with pytest.raises(QrisError, match="QRIS"):
        make_dynamic(STATIC[:-1] + ("0" if STATIC[-1] != "0" else "1"), 1000)
    without_country = with_crc(tlv("00", "01") + tlv("01", "11") + tlv("59", "KAFE"))
    with pytest.raises(QrisError, match="58"):
        make_dynamic(without_country, 1000)


def test_merchant_name_and_city() -> None:
    assert merchant_name(STATIC) == "KAFE SKA BUDHI DHARMA"
    assert merchant_city(STATIC) == "KOTA BEKASI"
    bare = with_crc(tlv("00", "01"))
    with pytest.raises(QrisError, match="QRIS"):
        merchant_name(bare)
    with pytest.raises(QrisError, match="QRIS"):
        merchant_city(bare)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**13 - 1))
def test_make_dynamic_round_trips(amount: int) -> None:
    dynamic = make_dynamic(STATIC, amount)
    validate_static(dynamic)
    fields = dict(parse_tlv(dynamic))
    assert int(fields["54"]) == amount
    assert fields["01"] == "12"
    assert binascii.crc_hqx(dynamic[:-4].encode(), 0xFFFF) == int(fields["63"], 16)
    assert merchant_name(dynamic) == merchant_name(STATIC)


# --- an outlet's own static code, as the manager sets it up ---------------------------------------------------------


def static_with(changes: dict[str, str | None]) -> str:
    """STATIC with fields replaced (None removes one), its checksum made anew."""
    fields = [(tag, changes.get(tag, value)) for tag, value in STATIC_FIELDS if changes.get(tag, value) is not None]
    return with_crc("".join(tlv(tag, str(value)) for tag, value in fields))


def test_read_static_shows_the_merchant_the_manager_confirms() -> None:
    assert read_static(STATIC) == QrisMerchant("KAFE SKA BUDHI DHARMA", "KOTA BEKASI", "ID1026112900007", "17111")


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"01": "12"}, "satu pembayaran"),
        ({"53": "840"}, "bukan dalam rupiah"),
        ({"58": "MY"}, "bukan milik merchant Indonesia"),
        ({"51": None}, "tag 51"),
        ({"51": tlv("00", "ID.CO.QRIS.WWW") + tlv("03", "UMI")}, "NMID"),
        ({"51": tlv("00", "ID.CO.QRIS.WWW") + tlv("02", "1026112900007")}, "NMID"),
        ({"26": "0014ID.CO.QRIS"}, "tag 26"),
        ({"59": None}, "nama merchant"),
    ],
)
def test_read_static_refuses_a_code_that_cannot_be_the_outlets_with_its_reason(
    changes: dict[str, str | None], reason: str
) -> None:
    with pytest.raises(QrisError, match=reason):
        read_static(static_with(changes))


def test_read_static_refuses_a_sales_dynamic_code() -> None:
    with pytest.raises(QrisError, match="satu pembayaran"):
        read_static(make_dynamic(STATIC, 25_000))


def test_read_static_refuses_a_wrong_checksum() -> None:
    with pytest.raises(QrisError, match="Checksum"):
        read_static(STATIC[:-4] + ("0000" if STATIC[-4:] != "0000" else "FFFF"))
