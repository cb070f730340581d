"""Every hostile bundle of the corpus is refused for its own reason, fast, small, and changes nothing.

The corpus (tests/hostile/corpus.py) is generated from a valid bundle at test
time. For each case: `verify_bundle` must give the case's stable code and a
sentence with the case's words; `import_bundles` must refuse it with the same
code; each within 2 s and 200 MB (peak resident memory, see
tests/reliability/memory.py); and a dump of the store
and the profile folder is identical before and after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.bundles.bundle_verify import verify_bundle
from hostile.bundles import city_bundle
from hostile.corpus import Case, build_corpus
from hostile.setup import Receiver, make_receiver
from reliability.memory import METHOD, measured
from store_dump import dump_store

TIME_LIMIT = 2.0
MEMORY_LIMIT = 200 * 1024 * 1024


@pytest.fixture(scope="module")
def receiver(tmp_path_factory: pytest.TempPathFactory) -> Receiver:
    made = make_receiver(tmp_path_factory.mktemp("hostile"))
    yield made
    made.store.close()


def _check_case(receiver: Receiver, case: Case, path: Path) -> tuple[list[str], float, int]:
    problems: list[str] = []
    before = dump_store(receiver.store)
    slowest, biggest = 0.0, 0
    if case.stage == "verify":
        result, elapsed, peak = measured(lambda: verify_bundle(path, receiver.store))
        slowest, biggest = max(slowest, elapsed), max(biggest, peak)
        if (result.status, result.code) != (case.status, case.code):
            problems.append(f"verify gave {result.status}/{result.code} ({result.reason}), "
                            f"expected {case.status}/{case.code}")
        missing = [word for word in case.words if word.casefold() not in result.reason.casefold()]
        if missing:
            problems.append(f"the sentence lacks {missing}: {result.reason}")
        if "Traceback" in result.reason or result.code == "unreadable":
            problems.append(f"an unexpected exception reached the verifier's last resort: {result.reason}")
    outcomes, elapsed, peak = measured(lambda: import_bundles(receiver.store, [path]))
    slowest, biggest = max(slowest, elapsed), max(biggest, peak)
    outcome = outcomes[0]
    if outcome.status != "refused" or outcome.code != case.code:
        problems.append(f"import gave {outcome.status}/{outcome.code} ({outcome.message}), expected refused/{case.code}")
    if case.stage == "import":
        missing = [word for word in case.words if word.casefold() not in outcome.message.casefold()]
        if missing:
            problems.append(f"the import sentence lacks {missing}: {outcome.message}")
    if slowest > TIME_LIMIT:
        problems.append(f"took {slowest:.2f} s (limit {TIME_LIMIT} s)")
    if biggest > MEMORY_LIMIT:
        problems.append(f"peaked at {biggest / 2**20:.0f} MB (limit 200 MB)")
    if dump_store(receiver.store) != before:
        problems.append("the store or the profile folder changed")
    return problems, slowest, biggest


@pytest.mark.parametrize("run", ["test", pytest.param("stress", marks=pytest.mark.stress)])
def test_every_hostile_bundle_is_refused(receiver: Receiver, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         run: str) -> None:
    """The same corpus in `make test` and `make stress` (so the stress report lists it too)."""
    cases = build_corpus(receiver.ctx, receiver.base)
    assert len(cases) >= 60
    failures: list[str] = []
    slowest, biggest = 0.0, 0
    for n, case in enumerate(cases):
        path = tmp_path / f"case-{n:03d}.ascn"
        path.write_bytes(case.data)
        problems, elapsed, peak = _check_case(receiver, case, path)
        slowest, biggest = max(slowest, elapsed), max(biggest, peak)
        failures += [f"[{case.group}] {case.name}: {problem}" for problem in problems]
        path.unlink()
    groups = sorted({case.group for case in cases})
    with capsys.disabled():
        print(f"\nhostile bundles: {len(cases)} cases in {len(groups)} groups ({', '.join(groups)}), "
              f"{len(cases) - len({f.split(':')[0] for f in failures})} refused as specified; slowest "
              f"{slowest:.2f} s, largest peak {biggest / 2**20:.1f} MB ({METHOD})")
    assert not failures, "\n".join(failures)


def test_controls_are_accepted(receiver: Receiver, tmp_path: Path) -> None:
    """The corpus is only meaningful if its valid starting points verify."""
    path = tmp_path / "base.ascn"
    path.write_bytes(receiver.base)
    assert verify_bundle(path, receiver.store).code == "ok"
    # Signed by the revoked key before its revocation and named by it as the last bundle known good: valid.
    path.write_bytes(receiver.ctx.extra["revoked_last_good"])
    result = verify_bundle(path, receiver.store)
    assert (result.status, result.code) == ("valid", "ok"), result.reason
    # The national bundle the national cases start from is valid too.
    from hostile.bundles import national_bundle

    path.write_bytes(national_bundle({"VNM-Da-Nang-2018-2025-r2.ascn": receiver.base}, receiver.ctx.national))
    result = verify_bundle(path, receiver.store)
    assert (result.status, result.code) == ("valid", "ok"), result.reason


def test_verify_reserves_no_more_memory_than_the_bundle_needs(receiver: Receiver, tmp_path: Path) -> None:
    """Regression: read_bundle_file once read(limit + 1), reserving 200 MB for every bundle."""
    import tracemalloc

    path = tmp_path / "base.ascn"
    path.write_bytes(receiver.base)
    tracemalloc.start()
    try:
        verify_bundle(path, receiver.store)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50 * 1024 * 1024, f"verifying a {len(receiver.base)}-byte bundle allocated {peak / 2**20:.0f} MB"


def test_cli_verify_reports_each_hostile_kind_with_its_exit_status(receiver: Receiver, tmp_path: Path,
                                                                    run_cli) -> None:  # type: ignore[no-untyped-def]
    """`ascn verify` on the receiver's profile: 1 for tampering, 2 for an untrusted signer, 0 for the base."""
    cases = {case.name: case for case in build_corpus(receiver.ctx, receiver.base)}
    home = str(receiver.store.profile.home)
    picks = [("plan.pdf middle byte flipped", 1), ("parent folder", 1), ("zip bomb by ratio (60 MB of zeros as "
             "the PDF)", 1), ("valid signature by an untrusted key", 2)]
    for name, status in picks:
        path = tmp_path / "case.ascn"
        path.write_bytes(cases[name].data)
        result = run_cli("verify", str(path), "--home", home)
        assert result.status == status, (name, result.out, result.err)
        assert "Traceback" not in result.out + result.err
    path = tmp_path / "base.ascn"
    path.write_bytes(receiver.base)
    assert run_cli("verify", str(path), "--home", home).status == 0
