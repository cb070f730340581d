"""Field comments travel in the signed review note: NR → city (answers, resolves) → next revision → NR sees addressed."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

import bundle_factory as bf
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.plan_diff import diff_plans
from ascn_desktop.core.plans import get_plan, save_plan
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.review import find_received_plan, review_plan
from ascn_desktop.core.review_comments import (
    addressed,
    answer_comment,
    comment_from_text,
    comment_targets,
    comments_given,
    make_comment,
    open_comments,
)
from ascn_desktop.core.signing.identity import create_identity, require_identity
from ascn_desktop.core.signing.trust import add_card
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.core.workplace import Workplace, save_workplace
from ascn_desktop.store.engine import Store
from store_dump import dump_store

PASSPHRASE = "correct horse battery"


@pytest.fixture
def nr_store(store: Store, tmp_path: Path) -> Store:
    create_identity(store, name="Trần Thị Bình", role="nr", country="VNM", city=None, passphrase=PASSPHRASE)
    signer = bf.make_signer(seed=31)
    bf.trust(store, signer)
    reference = bf.load(store)
    bundle = bf.city_bundle(bf.demo_plan(reference), reference, signer)
    import_bundles(store, [bf.write(tmp_path / "in", "dn1.ascn", bundle)])
    store.signer = signer  # type: ignore[attr-defined]  # the city's key, for the next revision
    return store


@pytest.fixture
def city_store(tmp_path: Path, nr_store: Store) -> Iterator[Store]:
    opened = open_profile_store(resolve_profile(tmp_path / "city"))
    save_workplace(opened.profile, Workplace(country="VNM", city="VNM-DA-NANG"))
    save_plan(opened, replace(bf.demo_plan(bf.load(opened)), revision=1))
    add_card(opened, require_identity(nr_store).card)
    yield opened
    opened.close()


def test_comments_round_trip_and_addressed_in_the_next_revision(nr_store: Store, city_store: Store,
                                                                 tmp_path: Path) -> None:
    plan_id = find_received_plan(nr_store, "Da Nang")
    plan = get_plan(nr_store, plan_id)
    first, second = plan.projects[0], plan.projects[1]
    targets = {(t.project_id, t.field): t for t in comment_targets(plan)}
    on_budget = make_comment(targets[(first.id, "budget")], "Chưa rõ phần vốn trung ương.")
    on_vision = make_comment(targets[(None, "vision")], "Nêu rõ mục tiêu năm 2025.")
    on_project = comment_from_text(plan, f"{second.code}: Thiếu chỉ số.")
    assert on_project.project_id == second.id and on_project.field is None
    note = review_plan(nr_store, plan_id, "returned", reason="Xem các góp ý.", note_dir=tmp_path,
                       passphrase=PASSPHRASE, comments=[on_budget, on_vision, on_project])
    assert note is not None
    with zipfile.ZipFile(note) as bundle:
        carried = json.loads(bundle.read("review.json"))["comments"]
    assert carried[0] == {"id": on_budget.id, "project_id": first.id, "field": "budget",
                          "about": f"{first.code} · Budget", "text": "Chưa rõ phần vốn trung ương."}

    [outcome] = import_bundles(city_store, [note])
    assert outcome.status == "imported"
    review_id, comments = open_comments(city_store, plan.uuid)
    assert review_id is not None and [c.text for c in comments] == [c.text for c in (on_budget, on_vision, on_project)]
    answered = answer_comment(city_store, review_id, on_budget.id, answer="Đã bổ sung 40% vốn trung ương.")
    resolved = answer_comment(city_store, review_id, on_vision.id, resolved=True)
    assert answered.answer.startswith("Đã bổ sung") and resolved.resolved
    assert [c.resolved for c in open_comments(city_store, plan.uuid)[1]] == [False, True, False]

    # The city changes the budget in revision 2; the NR's comparison says which comments were addressed.
    revised = bf.demo_plan(bf.load(nr_store), revision=2)
    revised.projects[0].budget = (revised.projects[0].budget or Decimal(0)) + 1000
    import_bundles(nr_store, [bf.write(tmp_path / "in2", "dn2.ascn",
                                       bf.city_bundle(revised, bf.load(nr_store), nr_store.signer))])  # type: ignore[attr-defined]
    given = comments_given(nr_store, plan.uuid, 1)
    diff = diff_plans(plan, get_plan(nr_store, find_received_plan(nr_store, "Da Nang")))
    assert {c.about: addressed(c, diff) for c in given} == {
        f"{first.code} · Budget": True, "Plan · Vision": False, f"{second.code} (whole project)": False}


def test_comments_refused_when_malformed(nr_store: Store, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    plan_id = find_received_plan(nr_store, "Da Nang")
    plan = get_plan(nr_store, plan_id)
    with pytest.raises(AscnError, match="no project with the code"):
        comment_from_text(plan, "XX-99.budget: nope")
    with pytest.raises(AscnError, match="has no field"):
        comment_from_text(plan, "plan.budget: nope")
    before = dump_store(nr_store)
    result = run_cli("review", "Da Nang", "--return", "--reason", "x", "--comment", "no colon here",
                     "--out", str(tmp_path), "--home", str(nr_store.profile.home))
    assert result.status == 1 and "WHERE: TEXT" in result.err and dump_store(nr_store)[0] == before[0]


def test_cli_return_with_comments(nr_store: Store, tmp_path: Path, run_cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ASCN_PASSPHRASE", PASSPHRASE)
    code = get_plan(nr_store, find_received_plan(nr_store, "Da Nang")).projects[0].code
    result = run_cli("review", "Da Nang", "--return", "--reason", "See comments.", "--comment",
                     f"{code}.budget: Show the national share", "--comment", "plan: Shorter title",
                     "--out", str(tmp_path), "--home", str(nr_store.profile.home))
    assert result.status == 0, result.err
    [note] = tmp_path.glob("*-review.ascn")
    with zipfile.ZipFile(note) as bundle:
        comments = json.loads(bundle.read("review.json"))["comments"]
    assert [(c["field"], c["text"]) for c in comments] == [("budget", "Show the national share"),
                                                           (None, "Shorter title")]
