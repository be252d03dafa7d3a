"""An outlet's QRIS code: read from what the manager pasted or from a picture of the printed merchant QR, checked,
shown for the manager to confirm, then saved on the outlet for its tills to make each sale's dynamic code from.

A picture is decoded with zxing-cpp (through Pillow); the text, whatever its source, goes through the same checks
(`domain.qris.read_static`), so a picture of the wrong code is refused with the same reason as pasted text.
"""

from __future__ import annotations

import threading
import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image, UnidentifiedImageError
from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet
from ska_pos.domain.qris import QrisError, QrisMerchant, make_dynamic, read_static
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import require_outlet, requires
from ska_pos.services.settings import journal_change, scope_of, settings_changed

TEST_AMOUNT = 1_000
QRIS_KEY = "qris_payload"
# A phone's photo is read at a size the code can be found in without holding every pixel: a 200 MP photo at full
# size is 600 MB; a printed code fills a good part of a photo taken of it, so 4000 pixels a side are plenty.
_READ_SIDE = 4000
# Pillow refuses past twice its own 89 MP limit (a "decompression bomb"); a phone camera makes 200 MP, so the limit
# while a photo's header is read is a little over that (its pixels are then decoded scaled down, see `_grey`).
_MOST_PIXELS = 256_000_000
_pillow_limit = threading.Lock()


@dataclass(frozen=True)
class OutletQris:
    outlet_id: uuid.UUID
    outlet_name: str
    payload: str
    # None when the outlet has no code yet, or its saved code no longer passes the checks (then `problem` says why).
    merchant: QrisMerchant | None
    problem: str


def checked_payload(text: str) -> tuple[str, QrisMerchant]:
    """The payload as it will be saved (the line breaks and outer spaces a paste brings removed; spaces inside are
    the merchant's name) and its merchant."""
    payload = _unwrapped(text)
    if not payload:
        raise ValidationError(_("Paste the outlet's QRIS code or open a picture of it"))
    try:
        return payload, read_static(payload)
    except QrisError as error:
        raise ValidationError(str(error)) from error


def trial_payment_code(payload: str) -> str:
    """A dynamic code for Rp1.000 from the outlet's static code: scanned with a banking app, it must show the
    merchant the manager expects (and is not to be paid)."""
    try:
        return make_dynamic(payload, TEST_AMOUNT)
    except QrisError as error:
        raise ValidationError(str(error)) from error


def read_qris_picture(path: Path) -> str:
    """The text of the one QRIS code in a photo or screenshot, or ValidationError saying why there is none."""
    try:
        grey = _grey(path)
    except FileNotFoundError as error:
        raise ValidationError(_("The picture {name} is not there any more", name=path.name)) from error
    except (UnidentifiedImageError, Image.DecompressionBombError) as error:
        raise ValidationError(_("{name} is not a picture this app can open", name=path.name)) from error
    except OSError as error:
        raise ValidationError(_("The picture {name} cannot be read: {reason}", name=path.name,
                                reason=error.strerror or error)) from error  # fmt: skip
    texts = [
        code.text
        for code in zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
        if code.valid
    ]
    if not texts:
        raise ValidationError(_("No QR code was found in the picture; take it again, closer and sharper"))
    qris = list(dict.fromkeys(text for text in texts if _is_qris(text)))
    if len(qris) > 1:
        raise ValidationError(_("The picture holds more than one QRIS code; crop it to the outlet's code"))
    return qris[0] if qris else texts[0]


def _grey(path: Path) -> Image.Image:
    """The picture in shades of grey, no larger than `_READ_SIDE` a side where its format can decode it smaller
    (JPEG, what phones take, is decoded at 1/2, 1/4 or 1/8 of its size at once)."""
    with _pillow_limit, warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        usual, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, _MOST_PIXELS // 2
        try:
            picture = Image.open(path)
        finally:
            Image.MAX_IMAGE_PIXELS = usual
    with picture:
        picture.draft("L", (_READ_SIDE, _READ_SIDE))
        grey = picture.convert("L")
    grey.thumbnail((_READ_SIDE, _READ_SIDE))
    return grey


def _unwrapped(text: str) -> str:
    return "".join(line.strip("\t ") for line in text.splitlines()).strip()


def _is_qris(text: str) -> bool:
    try:
        read_static(_unwrapped(text))
    except QrisError:
        return False
    return True


def outlet_qris(session: Session, outlet_id: uuid.UUID) -> OutletQris:
    outlet = _outlet(session, outlet_id)
    if not outlet.qris_payload:
        return OutletQris(outlet.id, outlet.name, "", None, "")
    try:
        return OutletQris(outlet.id, outlet.name, outlet.qris_payload, read_static(outlet.qris_payload), "")
    except QrisError as error:
        return OutletQris(outlet.id, outlet.name, outlet.qris_payload, None, str(error))


@requires("outlet.qris")
def set_outlet_qris(session: Session, actor: Actor, outlet_id: uuid.UUID, text: str) -> QrisMerchant:
    """Saves the outlet's static QRIS code after the same checks the manager saw; a code that fails them changes
    nothing. The tills make each sale's code from it from their next sale screen on."""
    require_outlet(session, actor, outlet_id)
    payload, merchant = checked_payload(text)
    outlet = _outlet(session, outlet_id)
    before = outlet.qris_payload
    outlet.qris_payload = payload
    journal_change(session, actor, scope_of("outlet", outlet.id), QRIS_KEY, payload)
    audit.record(session, "outlet_qris", user_id=actor.user_id, entity="outlet", entity_id=outlet.id,
                 till_id=actor.till_id, merchant=merchant.name, city=merchant.city, nmid=merchant.nmid,
                 replaced=bool(before), previous_nmid=_nmid_of(before))  # fmt: skip
    settings_changed(session)
    return merchant


def _nmid_of(payload: str) -> str:
    try:
        return read_static(payload).nmid if payload else ""
    except QrisError:
        return ""


def _outlet(session: Session, outlet_id: uuid.UUID) -> Outlet:
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    return outlet
