"""Secrets: the private key never appears unencrypted on disk, in logs, temp files or error messages.

The identity is driven through the real CLI (create, show, export-card,
change-passphrase, wrong passphrases, export), then the profile folder, the
temp folder, the export folder, the log, everything the CLI printed and the
text of every error are scanned for the key in each form it could leak in:
raw bytes, hex, base64 (standard and URL-safe, with and without padding),
PKCS#8 DER and PEM ("BEGIN PRIVATE KEY"). Wrong passphrases, repeated, leave
the key file byte for byte unchanged. Under `make stress` the suite's own
identity, trust and export tests are re-run in a child pytest that records
every key generated, and their temp folders are scanned the same way.
"""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ascn_desktop.core.demo import load_demo
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.signing.identity import change_passphrase, require_identity, unlock
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.startup import open_profile_store

REPO = Path(__file__).resolve().parent.parent
PASSPHRASE = "mật khẩu rất dài 2026"
NEW_PASSPHRASE = "another long passphrase"
WRONG = ["Mật khẩu rất dài 2026", "", "mật khẩu rất dài 2026 "]  # case, empty, one space more


def leak_patterns(raw: bytes) -> dict[str, bytes]:
    """Every encoding of a raw Ed25519 private key worth looking for."""
    key = Ed25519PrivateKey.from_private_bytes(raw)
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    pem_body = base64.b64encode(der)
    patterns = {
        "raw bytes": raw,
        "hex": raw.hex().encode(),
        "HEX": raw.hex().upper().encode(),
        "base64": base64.b64encode(raw),
        "base64 unpadded": base64.b64encode(raw).rstrip(b"="),
        "urlsafe base64": base64.urlsafe_b64encode(raw).rstrip(b"="),
        "PKCS#8 DER": der,
        "PEM body": pem_body,
        "base32": base64.b32encode(raw).rstrip(b"="),
    }
    return patterns


GENERIC_MARKERS = {
    "PEM private key": b"BEGIN PRIVATE KEY",
    "OpenSSH private key": b"BEGIN OPENSSH PRIVATE KEY",
    "unencrypted PKCS#8 header": b"BEGIN EC PRIVATE KEY",
}


def scan(blobs: dict[str, bytes], raws: list[bytes]) -> list[str]:
    """Where any of the keys in `raws` (or a generic private-key marker) appears."""
    found = []
    for raw in raws:
        for what, pattern in leak_patterns(raw).items():
            found += [f"{what} of a private key in {where}" for where, blob in blobs.items() if pattern in blob]
    for what, marker in GENERIC_MARKERS.items():
        found += [f"{what} in {where}" for where, blob in blobs.items() if marker in blob]
    return found


def files_under(*folders: Path) -> dict[str, bytes]:
    blobs = {}
    for folder in folders:
        if folder.exists():
            for path in folder.rglob("*"):
                if path.is_file():
                    blobs[str(path)] = path.read_bytes()
    return blobs


def test_private_key_never_leaks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli,  # type: ignore[no-untyped-def]
                                 capsys: pytest.CaptureFixture[str]) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    home, out, secrets = tmp_path / "home", tmp_path / "out", tmp_path / "secrets"
    out.mkdir()
    secrets.mkdir()
    (secrets / "pass").write_text(PASSPHRASE + "\n", encoding="utf-8")
    (secrets / "new").write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    printed: list[str] = []

    def cli(*args: str) -> int:
        result = run_cli(*args, "--home", str(home))
        printed.extend([result.out, result.err])
        return result.status

    assert cli("identity", "create", "--name", "Nguyễn Văn An", "--role", "csco", "--country", "VNM",
               "--city", "Da Nang", "--passphrase-file", str(secrets / "pass")) == 0
    store = open_profile_store(resolve_profile(home))
    load_demo(store)
    identity = require_identity(store)
    key_file = identity.key_file
    assert key_file.stat().st_mode & 0o077 == 0, "the key file is readable by others"
    original_hash = hashlib.sha256(key_file.read_bytes()).hexdigest()
    assert cli("identity", "show") == 0
    assert cli("identity", "export-card", "--out", str(out)) == 0

    # Wrong passphrases, repeated, through the core and the CLI: refused, and the key file untouched.
    errors: list[BaseException] = []
    for wrong in WRONG:
        for attempt in (lambda: unlock(identity, wrong),
                        lambda: change_passphrase(identity, wrong, NEW_PASSPHRASE)):
            with pytest.raises(AscnError) as raised:
                attempt()
            errors.append(raised.value)
        (secrets / "wrong").write_text(wrong + "\n", encoding="utf-8")
        assert cli("export", "VNM-DA-NANG", "--draft", "--out", str(out), "--passphrase-file", str(secrets / "wrong")) == 1
        assert cli("identity", "change-passphrase", "--passphrase-file", str(secrets / "wrong"),
                   "--new-passphrase-file", str(secrets / "new")) == 1
    assert hashlib.sha256(key_file.read_bytes()).hexdigest() == original_hash, "wrong passphrases changed the key file"
    assert not list(out.glob("*.ascn")), "an export with a wrong passphrase wrote a bundle"

    assert cli("identity", "change-passphrase", "--passphrase-file", str(secrets / "pass"),
               "--new-passphrase-file", str(secrets / "new")) == 0
    assert cli("export", "VNM-DA-NANG", "--draft", "--out", str(out), "--passphrase-file", str(secrets / "new")) == 0
    raw = unlock(identity, NEW_PASSPHRASE).private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    store.close()

    blobs = files_under(home, temp, out)
    assert any(name.endswith(".ascn") for name in blobs) and any(name.endswith(".key") for name in blobs)
    blobs["what the CLI printed"] = "\n".join(printed).encode("utf-8")
    for n, error in enumerate(errors):
        text = "".join(traceback.format_exception(error)) + repr(error) + repr(getattr(error, "details", ""))
        blobs[f"error {n} ({error})"] = text.encode("utf-8", "replace")
    leaks = scan(blobs, [raw])
    assert not leaks, leaks
    # The passphrase itself is no secret to keep from disk here (we wrote it), but it must not be logged.
    log = home / "logs" / "ascn.log"
    if log.exists():
        assert PASSPHRASE.encode() not in log.read_bytes() and NEW_PASSPHRASE.encode() not in log.read_bytes()
    with capsys.disabled():
        print(f"\nsecrets: {len(blobs)} files and texts scanned for {len(leak_patterns(raw))} encodings of the "
              f"private key, {len(WRONG) * 4} wrong-passphrase attempts, key file unchanged, nothing found")


@pytest.mark.stress
def test_suite_identity_tests_leave_no_key_behind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Re-run the suite's identity, trust and export tests, recording every key they generate, then scan."""
    record, basetemp, temp = tmp_path / "keys.txt", tmp_path / "run", tmp_path / "tmp"
    temp.mkdir()
    tests = [str(REPO / "tests" / name) for name in ("test_identity.py", "test_trust.py", "test_bundle_export.py")
             if (REPO / "tests" / name).exists()]
    env = dict(os.environ, ASCN_KEY_RECORD=str(record), TMPDIR=str(temp), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(REPO / "tests"))
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p",
                          "reliability.key_recorder", f"--basetemp={basetemp}", *tests],
                         capture_output=True, text=True, cwd=REPO, env=env, timeout=900)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    raws = [bytes.fromhex(line) for line in record.read_text().split()]
    assert raws, "the recorder saw no key being generated"
    blobs = files_under(basetemp, temp)
    blobs["pytest output"] = (run.stdout + run.stderr).encode("utf-8")
    leaks = scan(blobs, raws)
    assert not leaks, leaks[:20]
    with capsys.disabled():
        print(f"\nsecrets after the suite's identity tests: {len(raws)} keys generated, {len(blobs)} files "
              "scanned, none found unencrypted")


def test_the_scan_finds_a_planted_key() -> None:
    """The scanner itself works: every encoding of a planted key is found."""
    raw = bytes(range(32))
    for what, pattern in leak_patterns(raw).items():
        assert scan({"planted": b"log line: " + pattern + b"\n"}, [raw]), what
    assert scan({"pem": b"-----BEGIN PRIVATE KEY-----"}, [])
