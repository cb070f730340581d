"""The profile the crash child works on: a plan, and (once those features exist) bundles, keys, an export folder."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ascn_desktop.core.plans import create_plan
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.startup import open_profile_store


def feature(module: str) -> bool:
    """True when another engineer's module has landed (the loop then exercises it too)."""
    return importlib.util.find_spec(module) is not None


@dataclass
class CrashSetup:
    home: Path
    plan_id: int
    bundles: list[Path] = field(default_factory=list)
    export_out: Path | None = None
    passphrases: list[str] = field(default_factory=list)
    key_opens: Callable[[list[str]], bool] | None = None


def prepare_profile(tmp_path: Path) -> CrashSetup:
    profile = resolve_profile(tmp_path / "victim")
    store = open_profile_store(profile)
    try:
        plan_id = create_plan(store, city="VNM-DA-NANG", cycle="2018-2025", title="Kế hoạch Đà Nẵng")
    finally:
        store.close()
    return CrashSetup(home=profile.home, plan_id=plan_id)
