"""The profile the crash child works on: a plan, a signing key, bundles to import and an export folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ascn_desktop.core.bundles.bundle_export import export_bundle
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.signing.identity import create_identity, decrypt_key_file
from ascn_desktop.core.model import Project
from ascn_desktop.core.plans import create_plan, get_plan, save_plan_header, save_project
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.core.signing.trust import add_card_json
from ascn_desktop.store.engine import Store

PASSPHRASES = ["first crash passphrase", "second crash passphrase"]


@dataclass
class CrashSetup:
    home: Path
    plan_id: int
    bundles: list[Path] = field(default_factory=list)
    export_out: Path | None = None
    passphrases: list[str] = field(default_factory=list)
    key_opens: Callable[[list[str]], bool] | None = None
    verifier: Store | None = None


def _sender_bundles(root: Path) -> tuple[list[Path], dict[str, object]]:
    """Three revisions of Hà Nội's plan from another profile (imported in random order: some are replays)."""
    sender = open_profile_store(resolve_profile(root / "sender"))
    try:
        identity = create_identity(sender, name="Hoàng Văn Đức", role="csco", country="VNM", city="Ha Noi",
                                   passphrase=PASSPHRASES[0])
        plan_id = create_plan(sender, city="VNM-HA-NOI", cycle="2018-2025", title="Kế hoạch Hà Nội")
        save_project(sender, plan_id, Project(code="HN-01", title="Giao thông thông minh", focus_area="BI",
                                              start_year=2019, end_year=2025))
        out = root / "incoming"
        out.mkdir()
        paths = []
        for revision in range(3):
            plan = get_plan(sender, plan_id)
            save_plan_header(sender, plan_id, replace(plan, vision=f"Hà Nội thông minh, bản {revision}"))
            paths.append(export_bundle(sender, plan_id, out, as_draft=True, passphrase=PASSPHRASES[0]).path)
        return paths, identity.card.as_json()
    finally:
        sender.close()


def prepare_profile(tmp_path: Path) -> CrashSetup:
    bundles, sender_card = _sender_bundles(tmp_path)
    profile = resolve_profile(tmp_path / "victim")
    store = open_profile_store(profile)
    try:
        plan_id = create_plan(store, city="VNM-DA-NANG", cycle="2018-2025", title="Kế hoạch Đà Nẵng")
        identity = create_identity(store, name="Nguyễn Văn An", role="csco", country="VNM", city="Da Nang",
                                   passphrase=PASSPHRASES[0])
        add_card_json(store, sender_card)
    finally:
        store.close()
    key_file = identity.key_file
    out = tmp_path / "exports"
    out.mkdir()

    def key_opens(candidates: list[str]) -> bool:
        data = key_file.read_bytes()
        for passphrase in candidates:
            try:
                decrypt_key_file(data, passphrase)
                return True
            except AscnError:
                continue
        return False

    verifier = open_profile_store(resolve_profile(tmp_path / "checker"))
    return CrashSetup(home=profile.home, plan_id=plan_id, bundles=bundles, export_out=out,
                      passphrases=list(PASSPHRASES), key_opens=key_opens, verifier=verifier)
