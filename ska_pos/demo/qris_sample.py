"""A well-formed static QRIS payload for the demo outlets (not a real merchant)."""

from __future__ import annotations

from ska_pos.domain.qris import crc16_ccitt_false


def _tlv(tag: str, value: str) -> str:
    return f"{tag}{len(value):02d}{value}"


def sample_static_qris(merchant_name: str, city: str = "JAKARTA TIMUR") -> str:
    merchant_account = _tlv("00", "ID.CO.QRIS.WWW") + _tlv("01", "936009990000000001") + _tlv("02", "ID1026000000001")
    body = (
        _tlv("00", "01")
        + _tlv("01", "11")
        + _tlv("26", merchant_account)
        + _tlv("51", _tlv("00", "ID.CO.QRIS.WWW") + _tlv("02", "ID1026000000001") + _tlv("03", "UMI"))
        + _tlv("52", "5812")
        + _tlv("53", "360")
        + _tlv("58", "ID")
        + _tlv("59", merchant_name.upper()[:25])
        + _tlv("60", city[:15])
        + _tlv("61", "13630")
        + "6304"
    )
    return body + f"{crc16_ccitt_false(body.encode('ascii')):04X}"
