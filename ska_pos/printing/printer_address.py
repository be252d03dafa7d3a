"""Reading the printer address a manager typed in the settings."""

from __future__ import annotations

from ska_pos.i18n import _
from ska_pos.printing.errors import PrinterError

DEFAULT_NETWORK_PORT = 9100
DEFAULT_BAUDRATE = 9600


def _invalid(address: str) -> PrinterError:
    return PrinterError(_("The printer address {address} is not valid", address=address or "''"))


def parse_network(address: str) -> tuple[str, int]:
    """`192.168.1.50`, `192.168.1.50:9100`, `printer.local:9101` or `[fe80::1]:9100` -> (host, port)."""
    text = address.strip()
    if text.startswith("["):
        host, _bracket, rest = text[1:].partition("]")
        port_text = rest.removeprefix(":")
    elif text.count(":") == 1:
        host, _colon, port_text = text.partition(":")
    else:
        host, port_text = text, ""
    if not host:
        raise _invalid(address)
    if not port_text:
        return host, DEFAULT_NETWORK_PORT
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise _invalid(address)
    return host, int(port_text)


def parse_usb(address: str) -> tuple[int, int]:
    """`04b8:0e15` (vendor and product id in hex, as `lsusb` shows them) -> (0x04b8, 0x0e15)."""
    vendor, colon, product = address.strip().lower().partition(":")
    try:
        if not colon:
            raise ValueError(address)
        return int(vendor, 16), int(product, 16)
    except ValueError:
        raise _invalid(address) from None


def parse_serial(address: str) -> tuple[str, int]:
    """`COM3:9600`, `/dev/ttyUSB0:19200` or just `COM3` (9600 baud) -> (device, baudrate)."""
    text = address.strip()
    device, colon, baud = text.rpartition(":")
    if not colon or not baud.isdigit():
        device, baud = text, str(DEFAULT_BAUDRATE)
    if not device or int(baud) <= 0:
        raise _invalid(address)
    return device, int(baud)
