"""The key file: made owner-only in an owner-only folder, exported and imported, never in the database, its
backups or the problem report."""

from __future__ import annotations

import base64
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordSetError

from ska_pos.sealing import key_store
from ska_pos.sealing.errors import KeyStoreError
from ska_pos.sealing.key_store import FileKeyStore


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("SKA_POS_DATA_DIR", str(folder))
    return folder


def test_the_first_key_is_made_in_an_owner_only_file(data: Path) -> None:
    assert key_store.load_keys() is None
    ring = key_store.keys_for_sealing()
    path = data / key_store.KEY_FILE
    assert (mode(path), mode(data)) == (0o600, 0o700)
    assert key_store.keys_for_sealing() == ring  # kept, not made again
    assert isinstance(key_store.key_store(), FileKeyStore)


def test_export_writes_a_new_owner_only_file_and_import_adds_its_keys(data: Path, tmp_path: Path) -> None:
    ring = key_store.keys_for_sealing()
    exported = tmp_path / "usb" / "kunci.json"
    key_store.export_keys(exported)
    assert mode(exported) == 0o600
    with pytest.raises(KeyStoreError, match="already exists"):
        key_store.export_keys(exported)
    (data / key_store.KEY_FILE).unlink()  # the key is lost on this computer
    assert key_store.import_keys(exported) == tuple(ring.keys)
    assert key_store.load_keys() == ring


def test_import_keeps_the_current_key_and_refuses_a_different_key_of_the_same_id(data: Path, tmp_path: Path) -> None:
    first = key_store.keys_for_sealing()
    key_store.export_keys(tmp_path / "first.json")
    second = key_store.add_new_current_key()
    assert set(second.keys) == {first.current, second.current}
    assert key_store.import_keys(tmp_path / "first.json") == ()
    assert key_store.load_keys() == second
    forged = key_store.ring_to_text(type(first)(first.current, {first.current: bytes(32)}))
    (tmp_path / "forged.json").write_text(forged)
    with pytest.raises(KeyStoreError, match="different key"):
        key_store.import_keys(tmp_path / "forged.json")


def test_a_damaged_key_file_is_said_plainly(data: Path) -> None:
    data.mkdir()
    (data / key_store.KEY_FILE).write_text("not json")
    with pytest.raises(KeyStoreError, match="damaged"):
        key_store.load_keys()


def key_texts(data: Path) -> list[bytes]:
    ring = key_store.load_keys()
    assert ring is not None
    return [text for key in ring.keys.values() for text in (key, base64.b64encode(key))]


def test_no_key_in_the_database_its_backup_or_the_problem_report(data: Path, tmp_path: Path) -> None:
    from shop import act_as, build_shop

    from ska_pos import clock
    from ska_pos.db.database import open_database
    from ska_pos.services import problem_report, workers
    from ska_pos.services.backups import BackupPlace, back_up
    from ska_pos.services.personal_data import PersonalData
    from ska_pos.services.workers import WorkerForm

    database_file = data / "ska-pos.sqlite3"
    data.mkdir(mode=0o700)
    database = open_database(f"sqlite:///{database_file}")
    shop = build_shop(database)
    manager = act_as(shop, "manager")
    with database.transaction() as s:
        personal = PersonalData("3171234567890123", "081234567890", shop.siti.created_at.date(), "BRI", "12345678")
        workers.add_worker(s, manager, WorkerForm("W010", "Dewi", outlet_ids=(shop.cafe.id,), personal=personal))
    backup = back_up(BackupPlace(database_file, data / "backups", 7), "manual")
    with database.reading() as s:
        report = problem_report.write_problem_report(tmp_path / "report.zip", created_at=clock.now(), session=s,
                                                     data_folder=data).path  # fmt: skip
    database.dispose()
    with zipfile.ZipFile(report) as archive:
        zipped = b"".join(archive.read(name) for name in archive.namelist())
    for secret in key_texts(data):
        for where, content in (("database", database_file.read_bytes()), ("backup", backup.path.read_bytes()),
                               ("problem report", zipped)):  # fmt: skip
            assert secret not in content, where


class MemoryKeyring(KeyringBackend):
    """A keychain backend of the test's own, plugged in through keyring's documented `set_keyring`."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.broken = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.broken:
            raise KeyringLocked("the keychain is locked")
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.broken:
            raise PasswordSetError("the keychain is locked")
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def keychain(data: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv(key_store.STORE_ENV)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_a_usable_keychain_keeps_the_key_and_no_key_file_is_made(data: Path, keychain: MemoryKeyring) -> None:
    assert isinstance(key_store.key_store(), key_store.KeyringKeyStore)
    ring = key_store.keys_for_sealing()
    assert (key_store.KEYRING_SERVICE, key_store.KEYRING_USER) in keychain.entries
    assert not (data / key_store.KEY_FILE).exists()
    assert key_store.load_keys() == ring


def test_a_locked_keychain_is_said_plainly(data: Path, keychain: MemoryKeyring) -> None:
    keychain.broken = True
    with pytest.raises(KeyStoreError):
        key_store.keys_for_sealing()
