"""QRIS payloads (EMVCo merchant-presented QR): checking a static code and making a dynamic one for a sale."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ska_pos.i18n import _

_MAX_AMOUNT_DIGITS = 13
# Merchant account information templates (EMVCo tags 26-51): each holds TLV fields of its own.
_TEMPLATE_TAGS = frozenset(f"{tag:02d}" for tag in range(26, 52))
_QRIS_DOMAIN = "ID.CO.QRIS.WWW"
# The national merchant ID Bank Indonesia gives each QRIS merchant, e.g. ID1020021181745.
_NMID = re.compile(r"ID[0-9]{10,13}")
_RUPIAH = "360"


class QrisError(ValueError):
    """A QRIS payload that cannot be trusted or used."""


def crc16_ccitt_false(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: polynomial 0x1021, initial 0xFFFF, no reflection, no final xor."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _bit in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
        crc &= 0xFFFF
    return crc


def parse_tlv(payload: str) -> list[tuple[str, str]]:
    """The top-level (tag, value) pairs of `payload`, in order."""
    fields: list[tuple[str, str]] = []
    position = 0
    while position < len(payload):
        header = payload[position : position + 4]
        if len(header) < 4 or not header.isdecimal() or not header.isascii():
            raise QrisError(_("The QRIS code is malformed at character {position}", position=position + 1))
        length = int(header[2:])
        value = payload[position + 4 : position + 4 + length]
        if len(value) < length:
            raise QrisError(_("The QRIS code is cut short"))
        fields.append((header[:2], value))
        position += 4 + length
    return fields


def _crc_text(payload_before_crc: str) -> str:
    return f"{crc16_ccitt_false(payload_before_crc.encode()):04X}"


def validate_static(payload: str) -> None:
    """Raise QrisError unless `payload` is well formed and its checksum (tag 63) is right."""
    fields = parse_tlv(payload)
    if not fields or fields[0] != ("00", "01"):
        raise QrisError(_("The QRIS code does not start with payload format indicator 01"))
    if fields[-1][0] != "63" or len(fields[-1][1]) != 4:
        raise QrisError(_("The QRIS code does not end with a checksum"))
    if fields[-1][1].upper() != _crc_text(payload[:-4]):
        raise QrisError(_("The QRIS code's checksum is wrong; copy or scan it again"))
    initiation = dict(fields).get("01", "11")
    if initiation not in ("11", "12"):
        raise QrisError(_("The QRIS code has an unknown point of initiation: {value}", value=initiation))


def make_dynamic(static_payload: str, amount: int) -> str:
    """The payload for one sale: point of initiation 12 and `amount` (tag 54, before tag 58), checksum anew."""
    validate_static(static_payload)
    digits = _amount_digits(amount)
    # Tag 01 goes back right after tag 00, where EMVCo puts it.
    fields = [(tag, value) for tag, value in parse_tlv(static_payload)[:-1] if tag not in ("01", "54")]
    tags = [tag for tag, _value in fields]
    if "58" not in tags:
        raise QrisError(_("The QRIS code has no country code (tag 58)"))
    fields.insert(tags.index("58"), ("54", digits))
    fields.insert(1, ("01", "12"))
    body = "".join(_encode(tag, value) for tag, value in fields) + "6304"
    return body + _crc_text(body)


def _amount_digits(amount: int) -> str:
    if amount <= 0:
        raise QrisError(_("The QRIS amount must be more than zero"))
    digits = str(amount)
    if len(digits) > _MAX_AMOUNT_DIGITS:
        raise QrisError(_("The QRIS amount is too large"))
    return digits


def _encode(tag: str, value: str) -> str:
    return f"{tag}{len(value):02d}{value}"


def _field(payload: str, tag: str) -> str | None:
    return dict(parse_tlv(payload)).get(tag)


def merchant_name(payload: str) -> str:
    """The merchant name (tag 59)."""
    name = _field(payload, "59")
    if name is None:
        raise QrisError(_("The QRIS code has no merchant name"))
    return name


def merchant_city(payload: str) -> str:
    """The merchant city (tag 60)."""
    city = _field(payload, "60")
    if city is None:
        raise QrisError(_("The QRIS code has no merchant city"))
    return city


@dataclass(frozen=True)
class QrisMerchant:
    """What an outlet's printed QRIS code says about the merchant, for the manager to confirm before saving."""

    name: str
    city: str
    nmid: str
    postal_code: str


def read_static(payload: str) -> QrisMerchant:
    """The merchant of an outlet's static QRIS code, or QrisError saying why the code cannot be the outlet's."""
    validate_static(payload)
    fields = dict(parse_tlv(payload))
    if fields.get("01") == "12" or "54" in fields:
        raise QrisError(_("This QRIS code is for one payment with its own amount, not the outlet's printed code"))
    if fields.get("53") != _RUPIAH:
        raise QrisError(_("The QRIS code is not in rupiah (currency code {code})", code=fields.get("53", "-")))
    if fields.get("58") != "ID":
        raise QrisError(_("The QRIS code is not an Indonesian merchant's (country {code})", code=fields.get("58", "-")))
    templates = {tag: _template(tag, value) for tag, value in fields.items() if tag in _TEMPLATE_TAGS}
    national = templates.get("51", {})
    if national.get("00") != _QRIS_DOMAIN:
        raise QrisError(_("The QRIS code has no national QRIS merchant information (tag 51)"))
    nmid = national.get("02", "")
    if not _NMID.fullmatch(nmid):
        raise QrisError(
            _("The QRIS code's national merchant ID (NMID) is missing or malformed: {nmid}", nmid=nmid or "-")
        )
    return QrisMerchant(merchant_name(payload), merchant_city(payload), nmid, fields.get("61", ""))


def _template(tag: str, value: str) -> dict[str, str]:
    try:
        return dict(parse_tlv(value))
    except QrisError as error:
        raise QrisError(_("The QRIS code's merchant information (tag {tag}) is malformed", tag=tag)) from error
