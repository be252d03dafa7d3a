"""Indonesian phone numbers: checked with Google's libphonenumber (`phonenumbers`) and written one way, +62...

A customer says "0812-3456-7890", "812 3456 7890" or "+62 812 3456 7890": all are the same number, kept and found
as `+6281234567890` (E.164). A number that cannot be a real Indonesian (or, with its +code, foreign) number is
refused with the reason, so the till never keeps a typo that no one can call back.
"""

from __future__ import annotations

import phonenumbers

REGION = "ID"
MAX_INPUT = 40


class InvalidPhone(ValueError):
    """Not a phone number anyone can call; `args[0]` says why in English (the service translates)."""


def normalise_phone(text: str) -> str:
    """The number in E.164 (`+6281234567890`); raises `InvalidPhone`."""
    cleaned = text.strip()
    if not cleaned or len(cleaned) > MAX_INPUT:
        raise InvalidPhone("empty or too long")
    try:
        number = phonenumbers.parse(cleaned, REGION)
    except phonenumbers.NumberParseException as error:
        raise InvalidPhone("not a number") from error
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone("not a valid number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    """How an Indonesian reads their own number: `0812-3456-7890` style national form, foreign ones with +code."""
    number = phonenumbers.parse(e164, REGION)
    if number.country_code == phonenumbers.country_code_for_region(REGION):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_tail(e164: str) -> str:
    return e164[-4:]
