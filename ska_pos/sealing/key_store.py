"""Where the keys that seal workers' personal data live: never in the database.

- The operating system's key store through `keyring` (Windows Credential Locker, macOS Keychain, the Secret
  Service of a Linux desktop), when a usable one exists;
- else a key file, `personal-data.key` in the data folder, created readable and writable by its owner only (0600,
  in a 0700 folder; on Windows the user profile's access list is what protects it).

A key file that exists is always the store (so a computer keeps using what it started with); `SKA_POS_KEY_STORE`
(`file` or `keyring`) chooses otherwise; the tests set `file` so they never touch a real key store.

The keys are held as a small JSON text: `{"current": "<id>", "keys": {"<id>": "<base64 key>"}}`. Losing it makes
the personal data unreadable (the earnings history does not depend on it): `ska-pos key export FILE` makes the copy
to keep.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from pathlib import Path
from typing import Protocol

from ska_pos.i18n import _
from ska_pos.paths import data_dir
from ska_pos.sealing.envelope import KeyRing, new_key, new_key_id
from ska_pos.sealing.errors import KeyStoreError

KEY_FILE = "personal-data.key"
STORE_ENV = "SKA_POS_KEY_STORE"
KEYRING_SERVICE = "ska-pos"
KEYRING_USER = "personal-data-keys"
OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700


class KeyStore(Protocol):
    @property
    def where(self) -> str: ...

    def load(self) -> str | None: ...

    def save(self, text: str) -> None: ...


def write_owner_only(path: Path, data: bytes, *, replace: bool) -> None:
    """Writes `path` readable by its owner only, whole or not at all (a temporary file renamed into place)."""
    path.parent.mkdir(mode=OWNER_ONLY_FOLDER, parents=True, exist_ok=True)
    if not replace and path.exists():
        raise KeyStoreError(_("The file {path} already exists; choose another name.", path=path))
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY_FILE)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


class FileKeyStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def where(self) -> str:
        return str(self.path)

    def load(self) -> str | None:
        try:
            return self.path.read_text("utf-8")
        except FileNotFoundError:
            return None
        except OSError as error:
            raise KeyStoreError(_("The key file {path} cannot be read: {reason}", path=self.path,
                                  reason=error.strerror)) from error  # fmt: skip

    def save(self, text: str) -> None:
        write_owner_only(self.path, text.encode("utf-8"), replace=True)


class KeyringKeyStore:
    def __init__(self, backend: object) -> None:
        self.backend = backend

    @property
    def where(self) -> str:
        return _("the keychain of the operating system ({name})", name=type(self.backend).__name__)

    def load(self) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
        except KeyringError as error:  # a locked or vanished desktop key service
            raise KeyStoreError(_("The keys in {where} cannot be read: {reason}", where=self.where,
                                  reason=error)) from error  # fmt: skip

    def save(self, text: str) -> None:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, KEYRING_USER, text)
        except KeyringError as error:
            raise KeyStoreError(_("A new key could not be kept in {where}.", where=self.where)) from error


def _usable_keyring() -> object | None:
    """The OS key store `keyring` found, when it is a real one (not its fail or null stand-ins)."""
    try:
        import keyring

        backend = keyring.get_keyring()
        priority = float(getattr(backend, "priority", 0))
    except Exception:  # a broken desktop key service must not stop the till: the key file is used instead
        return None
    return backend if priority >= 1 else None


def key_store() -> KeyStore:
    file_store = FileKeyStore(data_dir() / KEY_FILE)
    chosen = os.environ.get(STORE_ENV, "").strip().lower()
    if chosen == "file" or file_store.path.exists():
        return file_store
    backend = _usable_keyring()
    if backend is not None:
        return KeyringKeyStore(backend)
    if chosen == "keyring":
        raise KeyStoreError(_("No usable keychain of the operating system was found."))
    return file_store


def ring_to_text(ring: KeyRing) -> str:
    keys = {key_id: base64.b64encode(key).decode("ascii") for key_id, key in sorted(ring.keys.items())}
    return json.dumps({"current": ring.current, "keys": keys}, indent=2, sort_keys=True) + "\n"


def ring_from_text(text: str, where: str) -> KeyRing:
    try:
        data = json.loads(text)
        keys = {str(key_id): base64.b64decode(value, validate=True) for key_id, value in data["keys"].items()}
        return KeyRing(str(data["current"]), keys)
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as error:
        raise KeyStoreError(_("The keys in {where} are damaged.", where=where)) from error


def load_keys(store: KeyStore | None = None) -> KeyRing | None:
    """The keys of this computer; None when it has none yet."""
    store = store or key_store()
    text = store.load()
    return None if text is None else ring_from_text(text, store.where)


def keys_for_sealing(store: KeyStore | None = None) -> KeyRing:
    """The keys of this computer, a first key made and kept (and read back) when it has none."""
    store = store or key_store()
    ring = load_keys(store)
    if ring is not None:
        return ring
    key_id = new_key_id()
    store.save(ring_to_text(KeyRing(key_id, {key_id: new_key()})))
    kept = load_keys(store)
    if kept is None or kept.current != key_id:
        raise KeyStoreError(_("A new key could not be kept in {where}.", where=store.where))
    return kept


def add_new_current_key(store: KeyStore | None = None) -> KeyRing:
    """A new key that seals from now on; the old ones stay to open what they sealed."""
    store = store or key_store()
    ring = keys_for_sealing(store)
    key_id = new_key_id()
    store.save(ring_to_text(KeyRing(key_id, {**ring.keys, key_id: new_key()})))
    kept = load_keys(store)
    if kept is None or kept.current != key_id:
        raise KeyStoreError(_("A new key could not be kept in {where}.", where=store.where))
    return kept


def export_keys(target: Path, store: KeyStore | None = None) -> KeyRing:
    """Writes every key of this computer to `target` (a new file, readable by its owner only)."""
    ring = load_keys(store)
    if ring is None:
        raise KeyStoreError(_("This computer has no key for personal data yet; there is nothing to export."))
    write_owner_only(target, ring_to_text(ring).encode("utf-8"), replace=False)
    return ring


def import_keys(source: Path, store: KeyStore | None = None) -> tuple[str, ...]:
    """Adds the keys in `source` (a file `export_keys` wrote) to this computer's; returns the ids added.

    The current key stays current where this computer already had one; a computer without keys takes the file's."""
    store = store or key_store()
    try:
        text = source.read_text("utf-8")
    except OSError as error:
        raise KeyStoreError(_("The file {path} cannot be read: {reason}", path=source,
                              reason=error.strerror)) from error  # fmt: skip
    imported = ring_from_text(text, str(source))
    ring = load_keys(store)
    if ring is None:
        store.save(ring_to_text(imported))
        return tuple(sorted(imported.keys))
    clash = [key_id for key_id, key in imported.keys.items() if ring.keys.get(key_id, key) != key]
    if clash:
        raise KeyStoreError(_("The file holds a different key with the id {key_id}; nothing was imported.",
                              key_id=clash[0]))  # fmt: skip
    added = tuple(sorted(set(imported.keys) - set(ring.keys)))
    store.save(ring_to_text(KeyRing(ring.current, {**imported.keys, **ring.keys})))
    return added
