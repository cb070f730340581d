"""The published test vectors (docs/test-vectors/): each verdict from `ascn verify --json`, from the
Node.js verifier written from docs/bundle-format.md alone, and the folder is what its script makes.

Where `ascn verify` and the Node.js verifier disagree, the spec is wrong (or one of them): the
test names the vector and both answers.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.signing.identity import card_from_json
from ascn_desktop.core.signing.trust import add_card, revoke
from ascn_desktop.store.engine import Store
from store_dump import dump_store
from tests.conftest import REPO_ROOT

VECTORS = REPO_ROOT / "docs" / "test-vectors"
NODE_VERIFIER = REPO_ROOT / "tools" / "verifier-node" / "verify.mjs"
INDEX: dict[str, Any] = json.loads((VECTORS / "index.json").read_text(encoding="utf-8"))


def load_trust_list(store: Store) -> None:
    """trust.json into the registry, as `ascn trust add` / `ascn trust revoke --at` would."""
    for entry in json.loads((VECTORS / INDEX["trust"]).read_text(encoding="utf-8")):
        card = card_from_json(entry["card"])
        add_card(store, card, other_country=True)
        if entry["revoked_at"]:
            revoke(store, card.fingerprint, reason=entry["reason"],
                   at=datetime.fromisoformat(entry["revoked_at"].replace("Z", "+00:00")),
                   last_good=entry.get("last_good_sha256"))


@pytest.fixture(scope="module")
def reader(module_store: Store) -> Store:
    load_trust_list(module_store)
    return module_store


def test_there_are_at_least_80_vectors_of_every_kind_good_and_bad() -> None:
    vectors = INDEX["vectors"]
    assert len(vectors) >= 80
    for kind in ("city-plan", "national", "review-note"):
        codes = {vector["code"] for vector in vectors if vector["kind"] == kind}
        assert "ok" in codes and len(codes) > 3, kind
    assert len({vector["file"] for vector in vectors}) == len(vectors)


def test_the_folder_is_what_the_script_makes() -> None:
    result = subprocess.run([sys.executable, str(VECTORS / "make_vectors.py"), "--check"], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, f"regenerate docs/test-vectors: {result.stdout}{result.stderr}"


def test_ascn_verify_json_gives_every_expected_verdict(reader: Store, run_cli) -> None:  # type: ignore[no-untyped-def]
    assert reader.profile.db_path is not None
    result = run_cli("verify", "--json", "--db", str(reader.profile.db_path),
                     *[str(VECTORS / vector["file"]) for vector in INDEX["vectors"]])
    answers = json.loads(result.out)
    wrong = [f"{vector['file']}: expected {vector['status']}/{vector['code']}, got "
             f"{answer['status']}/{answer['code']} ({answer['reason']})"
             for vector, answer in zip(INDEX["vectors"], answers, strict=True)
             if (answer["status"], answer["code"]) != (vector["status"], vector["code"])]
    assert not wrong, "\n".join(wrong)
    assert result.status == 1  # anything invalid decides the exit status of the whole run


@pytest.mark.parametrize("expected", [0, 1, 2])
def test_exit_status_of_each_verdict(reader: Store, run_cli, expected: int) -> None:  # type: ignore[no-untyped-def]
    vector = next(v for v in INDEX["vectors"] if v["exit"] == expected)
    assert reader.profile.db_path is not None
    result = run_cli("verify", "--db", str(reader.profile.db_path), str(VECTORS / vector["file"]))
    assert result.status == expected, result.out


def test_refused_vectors_change_nothing_and_never_raise(reader: Store) -> None:
    bad = [VECTORS / v["file"] for v in INDEX["vectors"] if v["status"] != "valid"]
    before = dump_store(reader)
    outcomes = import_bundles(reader, bad)
    assert [o.status for o in outcomes] == ["refused"] * len(bad)
    assert all(o.message.startswith("Refused: ") and "Traceback" not in o.message for o in outcomes)
    assert dump_store(reader) == before


def _node() -> str | None:
    return shutil.which("node") or shutil.which("nodejs")


@pytest.mark.skipif(_node() is None, reason="Node.js is not installed (.ci/run installs Debian's nodejs)")
def test_the_node_verifier_written_from_the_spec_agrees_on_every_vector() -> None:
    node = _node()
    assert node is not None
    result = subprocess.run([node, str(NODE_VERIFIER), "--vectors", str(VECTORS / "index.json")],
                            capture_output=True, text=True, timeout=600)
    answers = json.loads(result.stdout)
    wrong = [f"{vector['file']}: expected {vector['status']}/{vector['code']}, node says "
             f"{answer['status']}/{answer['code']} ({answer.get('detail', '')})"
             for vector, answer in zip(INDEX["vectors"], answers, strict=True)
             if (answer["status"], answer["code"]) != (vector["status"], vector["code"])]
    assert not wrong, "\n".join(wrong) + result.stderr
