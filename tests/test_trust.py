"""Trust registry: add with the fingerprint shown, list, revoke with a date, successors, trust_status."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ascn_desktop.core.errors import NotFoundError, ValidationError
from ascn_desktop.core.signing.fingerprint import fingerprint_of, normalize_fingerprint, public_key_to_b64
from ascn_desktop.core.signing.identity import IdentityCard
from ascn_desktop.core.signing.trust import add_card, get_key, list_keys, parse_when, revoke, trust_status
from ascn_desktop.store.engine import Store


def make_card(tmp_path: Path, name: str, *, role: str = "csco", country: str = "VNM",
              city: str | None = "Da Nang") -> tuple[IdentityCard, Path]:
    """Another person's card (made here without their profile: only the public half matters)."""
    public = Ed25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                    serialization.PublicFormat.Raw)
    card = IdentityCard(name=name, role=role, country=country, city="VNM-DA-NANG" if city else None,
                        public_key=public_key_to_b64(public), fingerprint=fingerprint_of(public),
                        created_at=datetime(2026, 1, 1, tzinfo=UTC))
    path = tmp_path / f"{name}.json"
    path.write_bytes(card.to_bytes())
    return card, path


def test_add_list_revoke_from_the_cli(store: Store, run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    card, path = make_card(tmp_path, "Lan")
    home = str(store.profile.home)
    added = run_cli("--home", home, "trust", "add", str(path))
    assert added.status == 0, added.err
    assert card.fingerprint in added.out
    assert "Check this fingerprint with the sender by phone before you trust it." in added.out

    again = run_cli("--home", home, "trust", "add", str(path))
    assert again.status == 1 and "already in the trust registry" in again.err

    listed = json.loads(run_cli("--home", home, "trust", "list", "--json").out)
    assert [(e["fingerprint"], e["status"], e["name"]) for e in listed] == [(card.fingerprint, "trusted", "Lan")]

    typed = card.fingerprint.replace("-", " ").lower()  # what people type
    revoked = run_cli("--home", home, "trust", "revoke", typed, "--reason", "laptop stolen", "--at", "2030-01-02")
    assert revoked.status == 0, revoked.err
    assert "2030-01-02 00:00 UTC" in revoked.out
    text = run_cli("--home", home, "trust", "list").out
    assert "revoked 2030-01-02" in text
    twice = run_cli("--home", home, "trust", "revoke", card.fingerprint, "--reason", "again")
    assert twice.status == 1 and "already revoked" in twice.err


def test_revocation_date_splits_before_and_after(store: Store, tmp_path: Path) -> None:
    card, _ = make_card(tmp_path, "Lan")
    add_card(store, card)
    at = datetime(2030, 1, 1, tzinfo=UTC)
    assert trust_status(store, card.fingerprint, at)[0] == "trusted"
    revoke(store, card.fingerprint, reason="left the post", at=at)
    state, row = trust_status(store, card.fingerprint, at - timedelta(seconds=1))
    assert state == "trusted" and row is not None and row.revoke_reason == "left the post"
    assert trust_status(store, card.fingerprint, at)[0] == "revoked"
    assert trust_status(store, card.fingerprint, at + timedelta(days=1))[0] == "revoked"
    assert trust_status(store, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", at) == ("unknown", None)


def test_successor_is_trusted_and_the_old_key_revoked_from_now(store: Store, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    old, _ = make_card(tmp_path, "Old")
    new, new_path = make_card(tmp_path, "New")
    add_card(store, old)
    result = run_cli("--home", str(store.profile.home), "trust", "add", str(new_path), "--succeeds", old.fingerprint,
                     "--fingerprint", new.fingerprint)
    assert result.status == 0, result.err
    old_entry, new_entry = get_key(store, old.fingerprint), get_key(store, new.fingerprint)
    assert old_entry is not None and new_entry is not None
    assert old_entry.successor_fingerprint == new.fingerprint
    assert old_entry.revoked_at is not None and "Replaced by New" in (old_entry.revoke_reason or "")
    assert trust_status(store, old.fingerprint, old_entry.revoked_at - timedelta(days=1))[0] == "trusted"
    assert trust_status(store, new.fingerprint, datetime.now(UTC))[0] == "trusted"


def test_successor_must_match_role_and_country(store: Store, tmp_path: Path) -> None:
    old, _ = make_card(tmp_path, "Old")
    other, _ = make_card(tmp_path, "Other", role="nr", country="THA", city=None)
    add_card(store, old)
    with pytest.raises(ValidationError, match="same role and country"):
        add_card(store, other, succeeds=old.fingerprint)
    assert get_key(store, other.fingerprint) is None
    with pytest.raises(NotFoundError, match="nothing can succeed it"):
        add_card(store, other, succeeds="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")


def test_a_read_out_fingerprint_that_differs_is_refused(store: Store, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    _, path = make_card(tmp_path, "Lan")
    result = run_cli("--home", str(store.profile.home), "trust", "add", str(path),
                     "--fingerprint", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert result.status == 1 and "does not match this card" in result.err
    assert list_keys(store) == []


@pytest.mark.parametrize("args, words", [
    (["trust", "revoke", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "--reason", "x"], "not in the trust registry"),
    (["trust", "revoke", "not-a-fingerprint", "--reason", "x"], "is not a key fingerprint"),
    (["trust", "add", "missing-card.json"], "does not exist"),
])
def test_cli_error_paths(store: Store, run_cli, args: list[str], words: str) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--home", str(store.profile.home), *args)
    assert result.status == 1 and words in result.err and "Traceback" not in result.err


def test_a_file_that_is_not_a_card_is_refused(store: Store, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.json"
    path.write_text('{"kind": "ascn-city-plan"}', encoding="utf-8")
    result = run_cli("--home", str(store.profile.home), "trust", "add", str(path))
    assert result.status == 1 and "not an ASCN identity card" in result.err


def test_dates_people_write() -> None:
    assert parse_when("2026-11-01") == datetime(2026, 11, 1, tzinfo=UTC)
    assert parse_when("2026-11-01T08:30:00+07:00") == datetime(2026, 11, 1, 1, 30, tzinfo=UTC)
    with pytest.raises(ValidationError, match="is not a date"):
        parse_when("yesterday")
    assert normalize_fingerprint("aaaabbbbccccddddeeeeffffgggghhhh") == "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"
