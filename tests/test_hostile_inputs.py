"""Hostile input that is not a bundle: a workbook, a key file, a passphrase; each refused in one sentence.

The bundle corpus (tests/hostile/corpus.py) covers what arrives as .ascn; these
are the other doors. Each case is refused with its own sentence, no traceback,
and the store (its SQL dump) exactly as before.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ascn_desktop.core import limits
from ascn_desktop.core.plans import get_plan, save_plan
from ascn_desktop.core.profile import Profile
from ascn_desktop.core.project_fields import FieldError, check_title, parse_amount_text
from ascn_desktop.core.signing.identity import active_identity, create_identity
from ascn_desktop.core.workbook import layout
from ascn_desktop.store.engine import Store
from fixtures.workbooks.workbook_factory import base_plan, column, set_cell
from store_dump import dump_database

PASS = "correct horse battery"


def _db(store: Store) -> str:
    assert store.profile.db_path is not None
    return dump_database(store.profile.db_path)


def test_workbook_with_a_40000_character_title_and_1e308_is_refused_by_cell(run_cli: Any, profile: Profile,
                                                                            store: Store, tmp_path: Path) -> None:
    plan_id = save_plan(store, base_plan())
    out = tmp_path / "dn.xlsx"
    assert run_cli("--home", str(profile.home), "template", "da nang", "--out", str(out)).status == 0
    book = openpyxl.load_workbook(out)
    set_cell(book, layout.PROJECTS, "Title", 2, "")
    # openpyxl cuts text at Excel's 32,767 characters; another program may write more, as here.
    book[layout.PROJECTS][f"{column(book[layout.PROJECTS], 'Title')}2"]._value = "T" * 40_000
    set_cell(book, layout.PROJECTS, "Budget", 2, 1e308)
    set_cell(book, layout.MILESTONES, "Milestone", 2, "M" * 501)
    book.save(out)
    before = _db(store)
    result = run_cli("--home", str(profile.home), "import-xlsx", str(out), "--city", "Da Nang")
    assert result.status == 1 and "Traceback" not in result.err and "unexpected" not in result.err
    assert "has 3 problems; nothing was imported" in result.err
    assert "expected a title of at most 500 characters (this one has 40,000)." in result.err
    assert "found '1e+308', expected an amount in VND with at most 2 decimals, below 999,999,999,999,999.99." \
        in result.err
    assert "this one has 501" in result.err
    assert _db(store) == before and get_plan(store, plan_id) == get_plan(store, plan_id)


def test_editor_applies_the_same_limits() -> None:
    with pytest.raises(FieldError, match="max 500"):
        check_title("T" * (limits.TITLE + 1))
    assert check_title("T" * limits.TITLE) == "T" * limits.TITLE
    with pytest.raises(FieldError, match="too large"):
        parse_amount_text("1e308", currency="VND", decimals=0)


@pytest.mark.parametrize("weak", ["1234567890", "password12", "qwertyuiop"])
def test_weak_passphrase_creates_no_identity(run_cli: Any, profile: Profile, store: Store,
                                             monkeypatch: pytest.MonkeyPatch, weak: str) -> None:
    monkeypatch.setenv("ASCN_PASSPHRASE", weak)
    before = _db(store)
    result = run_cli("--home", str(profile.home), "identity", "create", "--name", "Lan", "--role", "csco",
                     "--country", "VNM", "--city", "Da Nang")
    assert result.status == 1
    assert result.err.startswith("ascn: This passphrase is too easy to guess") and result.err.count("\n") == 1
    assert active_identity(store) is None and _db(store) == before
    assert not profile.keys_dir.exists() or not any(profile.keys_dir.iterdir())


def test_key_file_asking_for_scrypt_2_40_is_one_sentence(run_cli: Any, profile: Profile, store: Store,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    identity = create_identity(store, name="Lan", role="csco", country="VNM", city="Da Nang", passphrase=PASS)
    document = json.loads(identity.key_file.read_bytes())
    document["kdf"]["n"] = 2**40
    identity.key_file.write_text(json.dumps(document), encoding="utf-8")
    altered = identity.key_file.read_bytes()
    monkeypatch.setenv("ASCN_PASSPHRASE", PASS)
    monkeypatch.setenv("ASCN_NEW_PASSPHRASE", "another long passphrase")
    before = _db(store)
    result = run_cli("--home", str(profile.home), "identity", "change-passphrase")
    assert result.status == 1 and "MemoryError" not in result.err and "unexpected" not in result.err
    assert result.err.startswith("ascn: The signing key file asks for a key-derivation cost this app does not "
                                 "allow (scrypt n=2^40, r=8, p=1)")
    assert identity.key_file.read_bytes() == altered and _db(store) == before
