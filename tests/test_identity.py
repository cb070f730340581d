"""Signing identity: create, show, export-card, change passphrase; the key never unencrypted on disk."""

from __future__ import annotations

import base64
import json
import os
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from ascn_desktop.core.signing import identity as identity_module
from ascn_desktop.core.errors import AscnError, ValidationError
from ascn_desktop.core.signing.identity import (
    active_identity,
    card_from_json,
    change_passphrase,
    create_identity,
    read_card_file,
    unlock,
)
from ascn_desktop.core.signing.passphrase import WrongPassphrase
from ascn_desktop.store.engine import Store

PASS = "correct horse battery"
NEW_PASS = "another long passphrase"


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    # Real keys use scrypt N=2^17; tests only need the same code path, not the cost.
    monkeypatch.setattr(identity_module, "SCRYPT_N", 2**10)


def _forbidden_forms(raw: bytes) -> list[bytes]:
    return [raw, raw.hex().encode(), base64.b64encode(raw), base64.b64encode(raw).rstrip(b"="),
            b"BEGIN PRIVATE KEY", b"BEGIN OPENSSH PRIVATE KEY"]


def _assert_no_plain_key(path: Path, passphrase: str) -> None:
    data = path.read_bytes()
    private = identity_module.decrypt_key_file(data, passphrase)
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    for form in _forbidden_forms(raw):
        assert form not in data, f"the key file holds {form[:20]!r}"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_create_show_export_card_from_the_cli(run_cli, profile, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = str(profile.home)
    monkeypatch.setenv("ASCN_PASSPHRASE", PASS)
    created = run_cli("--home", home, "identity", "create", "--name", "Nguyễn Thị Lan", "--role", "csco",
                      "--country", "vnm", "--city", "da nang")
    assert created.status == 0, created.err
    shown = run_cli("--home", home, "identity", "show")
    assert "Nguyễn Thị Lan" in shown.out and "Đà Nẵng" in shown.out and "Chief Smart City Officer" in shown.out
    fingerprint = shown.out.split("Fingerprint:")[1].split()[0]
    assert len(fingerprint) == 39 and fingerprint.count("-") == 7 and fingerprint in created.out

    card_path = tmp_path / "card.json"
    exported = run_cli("--home", home, "identity", "export-card", "--out", str(card_path))
    assert exported.status == 0 and fingerprint in exported.out
    card = read_card_file(card_path)
    document = json.loads(card_path.read_text(encoding="utf-8"))
    assert set(document) == {"kind", "format_version", "name", "role", "country", "city", "public_key",
                             "fingerprint", "created_at"}
    assert (card.name, card.role, card.country, card.city, card.fingerprint) == (
        "Nguyễn Thị Lan", "csco", "VNM", "VNM-DA-NANG", fingerprint)
    key_files = list(profile.keys_dir.iterdir())
    assert len(key_files) == 1
    _assert_no_plain_key(key_files[0], PASS)
    as_json = json.loads(run_cli("--home", home, "identity", "show", "--json").out)
    assert as_json["fingerprint"] == fingerprint


def test_change_passphrase_reencrypts_and_wrong_passphrase_changes_nothing(store: Store, run_cli, tmp_path,  # type: ignore[no-untyped-def]
                                                                           monkeypatch) -> None:
    identity = create_identity(store, name="Somchai", role="nr", country="THA", city=None, passphrase=PASS)
    before = identity.key_file.read_bytes()
    wrong, new = tmp_path / "wrong.txt", tmp_path / "new.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    new.write_text(NEW_PASS + "\n", encoding="utf-8")
    home = str(store.profile.home)

    refused = run_cli("--home", home, "identity", "change-passphrase", "--passphrase-file", str(wrong),
                      "--new-passphrase-file", str(new))
    assert refused.status == 1
    assert refused.err.strip() == "ascn: The passphrase is wrong; nothing was changed, try again."
    assert identity.key_file.read_bytes() == before
    assert sorted(p.name for p in store.profile.keys_dir.iterdir()) == [identity.key_file.name]

    good = tmp_path / "good.txt"
    good.write_text(PASS + "\r\n", encoding="utf-8")
    changed = run_cli("--home", home, "identity", "change-passphrase", "--passphrase-file", str(good),
                      "--new-passphrase-file", str(new))
    assert changed.status == 0, changed.err
    assert identity.key_file.read_bytes() != before
    with pytest.raises(WrongPassphrase):
        unlock(identity, PASS)
    unlock(identity, NEW_PASS)
    _assert_no_plain_key(identity.key_file, NEW_PASS)
    assert sorted(p.name for p in store.profile.keys_dir.iterdir()) == [identity.key_file.name]


def test_wrong_passphrase_is_one_sentence(store: Store) -> None:
    identity = create_identity(store, name="A. Officer", role="asec", country="IDN", city=None, passphrase=PASS)
    with pytest.raises(WrongPassphrase) as caught:
        change_passphrase(identity, "wrong passphrase", NEW_PASS)
    assert caught.value.message.count(".") == 1


@pytest.mark.parametrize("options, words", [
    ({"passphrase": "short"}, "at least 10 characters"),
    ({"passphrase": "aaaaaaaaaaaaaa"}, "too easy to guess"),
    ({"passphrase": "1234567890"}, "too easy to guess"),
    ({"passphrase": "password12"}, "too easy to guess"),
    ({"passphrase": "qwertyuiop"}, "too easy to guess"),
    ({"name": "Somchai", "country": "THA", "city": "Bangkok", "passphrase": "somchaibangkok1"},
     "too easy to guess"),  # the officer's own name and city
    ({"city": None}, "needs a city"),
    ({"city": "Bangkok"}, "not in Viet Nam"),
    ({"country": "XXX"}, "not an ASEAN member state"),
    ({"role": "boss"}, "role must be one of"),
    ({"name": "  "}, "full name"),
])
def test_bad_identity_input_is_refused_and_nothing_written(store: Store, options: dict, words: str) -> None:  # type: ignore[type-arg]
    arguments = {"name": "Lan", "role": "csco", "country": "VNM", "city": "Da Nang", "passphrase": PASS, **options}
    with pytest.raises(ValidationError, match=words):
        create_identity(store, **arguments)
    assert active_identity(store) is None
    assert not store.profile.keys_dir.exists() or not any(store.profile.keys_dir.iterdir())


def test_one_identity_per_profile(store: Store) -> None:
    create_identity(store, name="Lan", role="csco", country="VNM", city="Da Nang", passphrase=PASS)
    with pytest.raises(ValidationError, match="already has a signing identity"):
        create_identity(store, name="Lan", role="csco", country="VNM", city="Da Nang", passphrase=PASS)
    assert len(list(store.profile.keys_dir.iterdir())) == 1


def test_cli_without_passphrase_source_says_how(run_cli, profile, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    result = run_cli("--home", str(profile.home), "identity", "create", "--name", "X Y", "--role", "nr",
                     "--country", "THA")
    assert result.status == 1
    assert "--passphrase-file" in result.err and "ASCN_PASSPHRASE" in result.err
    assert "Traceback" not in result.err


def test_show_without_identity_is_one_sentence(run_cli, profile) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--home", str(profile.home), "identity", "show")
    assert result.status == 1 and "no signing identity yet" in result.err
    assert "…." not in result.err  # "Signing identity…." read as a typo (#19)


def test_a_card_whose_fingerprint_was_altered_is_refused(store: Store) -> None:
    identity = create_identity(store, name="Lan", role="nr", country="VNM", city=None, passphrase=PASS)
    document = identity.card.as_json()
    document["fingerprint"] = "AAAA-" + document["fingerprint"][5:]
    with pytest.raises(ValidationError, match="does not match its public key"):
        card_from_json(document)
    assert card_from_json(identity.card.as_json()) == identity.card


@pytest.mark.parametrize("change, words", [
    ({"n": 2**40}, r"n=2\^40"),  # 128 TiB of memory: one sentence, no MemoryError
    ({"n": 2**21}, r"n=2\^21"),
    ({"n": 3 * 2**16}, "not allow"),
    ({"r": 1000}, "r=1000"),
    ({"p": 64}, "p=64"),
    ({"n": "131072"}, "damaged"),
])
def test_key_file_kdf_parameters_are_bounded(store: Store, change: dict, words: str) -> None:  # type: ignore[type-arg]
    identity = create_identity(store, name="Lan", role="csco", country="VNM", city="Da Nang", passphrase=PASS)
    document = json.loads(identity.key_file.read_bytes())
    document["kdf"].update(change)
    identity.key_file.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(AscnError, match=words) as caught:
        unlock(identity, PASS)
    assert caught.value.message.count(". ") == 0 and "backup" in caught.value.message


def test_a_huge_key_file_is_refused_without_reading_it(store: Store) -> None:
    identity = create_identity(store, name="Lan", role="csco", country="VNM", city="Da Nang", passphrase=PASS)
    with identity.key_file.open("ab") as handle:
        handle.truncate(10 * 1024 * 1024 * 1024)  # sparse: 10 GB that takes no disk
    with pytest.raises(AscnError, match="far too large"):
        unlock(identity, PASS)
