"""docs/bundle-format.md is a working contract: its verifier snippet and worked example are checked here."""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidSignature

from ascn_desktop.core.signing import identity as identity_module
from ascn_desktop.core.bundles.bundle_export import export_bundle
from ascn_desktop.core.bundles.bundle_format import bundle_file_name
from ascn_desktop.core.demo import load_demo
from ascn_desktop.core.signing.fingerprint import fingerprint_of
from ascn_desktop.core.signing.identity import create_identity
from ascn_desktop.core.plans import find_plan_id
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.startup import open_profile_store

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "docs" / "bundle-format.md"
EXAMPLE = ROOT / "docs" / "examples" / "VNM-Da-Nang-2018-2025-r1.ascn"
PASS = "correct horse battery"


def snippet_verify() -> Callable[[Path], str]:
    """The exact code block under <!-- verifier-snippet --> in the spec."""
    text = SPEC.read_text(encoding="utf-8")
    code = text.split("<!-- verifier-snippet -->", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    assert len(code.strip().splitlines()) <= 35
    namespace: dict[str, object] = {"__name__": "bundle_format_snippet"}
    exec(compile(code, str(SPEC), "exec"), namespace)  # noqa: S102 - our own documentation
    return namespace["verify"]  # type: ignore[return-value]


@pytest.fixture(scope="module")
def fresh_bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A bundle exported by the app with the real Excel and PDF writers."""
    patch = pytest.MonkeyPatch()
    patch.setattr(identity_module, "SCRYPT_N", 2**10)
    home = tmp_path_factory.mktemp("spec")
    store = open_profile_store(resolve_profile(home / "profile"))
    try:
        load_demo(store)
        create_identity(store, name="Lê Văn Minh", role="csco", country="VNM", city="Ha Noi", passphrase=PASS)
        plan_id = find_plan_id(store, "VNM-HA-NOI")
        assert plan_id is not None
        yield export_bundle(store, plan_id, home, as_draft=True, passphrase=PASS).path
    finally:
        store.close()
        patch.undo()


def test_snippet_verifies_the_worked_example() -> None:
    assert snippet_verify()(EXAMPLE) == "DGZ6-RBKU-HBRU-JY3F-TDJL-CFWL-RDGV-4TTT"


def test_snippet_verifies_a_fresh_bundle_from_the_app(fresh_bundle: Path) -> None:
    fingerprint = snippet_verify()(fresh_bundle)
    with zipfile.ZipFile(fresh_bundle) as archive:
        assert f'"fingerprint":"{fingerprint}"'.encode() in archive.read("manifest.json")


def _rewrite(source: Path, target: Path, change: Callable[[str, bytes], bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            new.writestr(info, change(info.filename, old.read(info.filename)))
    return target


@pytest.mark.parametrize("member, error", [("plan.pdf", ValueError), ("plan.json", ValueError),
                                           ("manifest.json", InvalidSignature)])
def test_snippet_refuses_a_tampered_bundle(fresh_bundle: Path, tmp_path: Path, member: str,
                                           error: type[Exception]) -> None:
    def change(name: str, data: bytes) -> bytes:
        if name != member:
            return data
        return data.replace(b"2018", b"2019", 1) if name == "manifest.json" else data + b" "

    tampered = _rewrite(fresh_bundle, tmp_path / fresh_bundle.name, change)
    with pytest.raises(error):
        snippet_verify()(tampered)


def test_the_values_quoted_in_the_spec_are_the_example_bytes() -> None:
    text = SPEC.read_text(encoding="utf-8")
    with zipfile.ZipFile(EXAMPLE) as archive:
        manifest = archive.read("manifest.json")
        signature = archive.read("manifest.sig")
        raw_key = base64.b64decode(manifest.split(b'"public_key":"')[1].split(b'"')[0])
        for name in ("plan.json", "plan.xlsx", "plan.pdf"):
            assert hashlib.sha256(archive.read(name)).hexdigest() in text
    assert manifest == (EXAMPLE.parent / "example-manifest.json").read_bytes()
    assert hashlib.sha256(manifest).hexdigest() in text
    assert signature.hex() in text and len(signature) == 64
    assert hashlib.sha256(raw_key).hexdigest() in text and fingerprint_of(raw_key) in text
    assert f"{EXAMPLE.stat().st_size} bytes" in text
    assert bundle_file_name(country="VNM", city_name_en="Đà Nẵng", cycle="2018-2025", revision=7) \
        == "VNM-Da-Nang-2018-2025-r7.ascn"


def test_member_order_and_compression(fresh_bundle: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(fresh_bundle.read_bytes())) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == ["manifest.json", "manifest.sig", "plan.json", "plan.xlsx", "plan.pdf"]
    assert all(i.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) and not i.flag_bits & 1 for i in infos)


def test_the_committed_example_is_what_the_code_writes_today(tmp_path: Path) -> None:
    """If plan.json or the manifest layout changes, regenerate the example and update the spec."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_example_bundle", EXAMPLE.parent / "make_example_bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(tmp_path)
    for name in (EXAMPLE.name, "example-manifest.json", "example-plan.json", "example-identity-card.json"):
        assert (tmp_path / name).read_bytes() == (EXAMPLE.parent / name).read_bytes(), name


def test_no_section_is_left_to_be_written() -> None:
    text = SPEC.read_text(encoding="utf-8").lower()
    assert "to be written" not in text and "todo" not in text


def _codes_table() -> str:
    return SPEC.read_text(encoding="utf-8").split("## 11. Refusal codes", 1)[1]


def test_every_refusal_code_the_verifier_can_give_is_in_the_spec() -> None:
    """Each `BundleError("code", …)` in the bundle code, and each code of the test vectors, is in §11."""
    import json
    import re

    table = _codes_table()
    source = "\n".join(path.read_text(encoding="utf-8")
                       for path in (ROOT / "ascn_desktop" / "core" / "bundles").glob("*.py"))
    source += (ROOT / "ascn_desktop" / "core" / "bundles" / "manifest_checks.py").read_text(encoding="utf-8")
    codes = set(re.findall(r'BundleError\(\s*"([a-z0-9-]+)"', source))
    codes |= set(re.findall(r'_refuse\(\s*"([a-z0-9-]+)"', source))
    codes |= set(re.findall(r'\("(?:invalid|untrusted)", "([a-z0-9-]+)"', source))
    index = json.loads((ROOT / "docs" / "test-vectors" / "index.json").read_text(encoding="utf-8"))
    codes |= {vector["code"] for vector in index["vectors"] if not vector["code"].startswith("inner-")}
    assert len(codes) > 50
    missing = sorted(code for code in codes if f"`{code}`" not in table)
    assert not missing, f"codes missing from §11 of docs/bundle-format.md: {missing}"
