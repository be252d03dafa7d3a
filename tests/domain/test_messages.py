import ast
import re
from pathlib import Path

import pytest

import ska_pos.domain
from ska_pos.i18n import gettext

DOMAIN_DIR = Path(ska_pos.domain.__file__).parent


def domain_messages() -> list[str]:
    """The English message ids passed to `_` anywhere in the domain package."""
    messages: set[str] = set()
    for source in DOMAIN_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_":
                text = node.args[0]
                assert isinstance(text, ast.Constant), f"{source.name}: translate literal text only"
                assert isinstance(text.value, str)
                messages.add(text.value)
    return sorted(messages)


def test_the_domain_has_messages() -> None:
    assert len(domain_messages()) > 20


@pytest.mark.parametrize("message", domain_messages())
def test_every_domain_message_has_an_indonesian_translation(message: str) -> None:
    translated = gettext(message, "id")
    assert translated != message
    assert set(re.findall(r"\{\w+\}", translated)) == set(re.findall(r"\{\w+\}", message))
