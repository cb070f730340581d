"""The profile's signing identity: an Ed25519 key pair and its public identity card.

The private key never touches the disk unencrypted. The key file is JSON:
scrypt (N=2^17, r=8, p=1, 16-byte salt) turns the passphrase (UTF-8) into a
256-bit key; AES-256-GCM encrypts the raw 32-byte private key, with the
fingerprint as associated data so the public half cannot be swapped. The file
is written atomically with mode 0600. Cryptography's PKCS#8
BestAvailableEncryption was not used: its PBKDF2 iteration count is OpenSSL's
default (2048), far too cheap to guess against.

The identity's metadata lives in the `identities` table; the public part
travels as an identity card (`IdentityCard.to_bytes`).
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import select

from ascn_desktop.core.timestamps import parse_utc_seconds, utc_seconds
from ascn_desktop.core.errors import AscnError, NotFoundError, ValidationError
from ascn_desktop.core.signing.fingerprint import fingerprint_of, is_fingerprint, public_key_from_b64, public_key_to_b64
from ascn_desktop.core.model import ROLES
from ascn_desktop.core.signing.passphrase import WrongPassphrase, check_new_passphrase
from ascn_desktop.core.profile import Profile
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.safe_files import PRIVATE_MODE, atomic_write
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import IdentityRow
from ascn_desktop.store.types import utc_now
from ascn_desktop.core.i18n import N_, _

CARD_KIND = "ascn-identity-card"
CARD_VERSION = 1
KEY_FILE_KIND = "ascn-private-key"
SCRYPT_N = 2**17  # 128 MiB, ~0.3 s here: OWASP's minimum for scrypt
SCRYPT_R = 8
SCRYPT_P = 1
# The cards hold the codes; role_name() gives the name in the current language (CLI and GUI alike).
ROLE_NAMES = {"csco": N_("Chief Smart City Officer"), "nr": N_("National Representative"),
              "asec": N_("ASEAN Secretariat")}


@dataclass(frozen=True)
class IdentityCard:
    """The public part of an identity: what a receiver puts into the trust registry."""

    name: str
    role: str
    country: str
    city: str | None
    public_key: str  # base64 of the raw 32 bytes
    fingerprint: str
    created_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {"kind": CARD_KIND, "format_version": CARD_VERSION, "name": self.name, "role": self.role,
                "country": self.country, "city": self.city, "public_key": self.public_key,
                "fingerprint": self.fingerprint, "created_at": utc_seconds(self.created_at)}

    def to_bytes(self) -> bytes:
        """The card file: readable JSON (indented, sorted keys), UTF-8, ending in a newline."""
        return (json.dumps(self.as_json(), ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")


def card_from_json(data: Any) -> IdentityCard:
    """Validate a card object (from a card file or a manifest's `signer`)."""
    if not isinstance(data, dict) or data.get("kind") != CARD_KIND:
        raise ValidationError(_("This is not an ASCN identity card."))
    if data.get("format_version") != CARD_VERSION:
        raise ValidationError(_("This identity card was written by a newer version of ASCN Desktop."))
    try:
        name, role, country = str(data["name"]), str(data["role"]), str(data["country"])
        city = data["city"]
        raw = public_key_from_b64(str(data["public_key"]))
        fingerprint = str(data["fingerprint"])
        created_at = parse_utc_seconds(str(data["created_at"]))
    except (KeyError, ValueError):
        raise ValidationError(_("The identity card is incomplete or damaged.")) from None
    if role not in ROLES or not name.strip() or len(country) != 3 or (city is not None and not isinstance(city, str)):
        raise ValidationError(_("The identity card is incomplete or damaged."))
    if not is_fingerprint(fingerprint) or fingerprint_of(raw) != fingerprint:
        raise ValidationError(_("The identity card's fingerprint does not match its public key; it was altered."))
    return IdentityCard(name=name, role=role, country=country, city=city, public_key=public_key_to_b64(raw),
                        fingerprint=fingerprint, created_at=created_at)


def read_card_file(path: Path) -> IdentityCard:
    try:
        data = json.loads(Path(path).read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise NotFoundError(_("The identity card {path} does not exist.").format(path=path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise ValidationError(_("{name} is not an ASCN identity card.").format(name=Path(path).name)) from None
    return card_from_json(data)


@dataclass(frozen=True)
class Identity:
    """This profile's own identity (metadata; the key stays in its encrypted file)."""

    id: int
    card: IdentityCard
    key_file: Path

    @property
    def fingerprint(self) -> str:
        return self.card.fingerprint

    @property
    def name(self) -> str:
        return self.card.name


# --- key file --------------------------------------------------------------------


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def encrypt_key_file(private_key: Ed25519PrivateKey, passphrase: str) -> bytes:
    raw = private_key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
    public = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    fingerprint = fingerprint_of(public)
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    ciphertext = AESGCM(key).encrypt(nonce, raw, fingerprint.encode("ascii"))
    document = {
        "kind": KEY_FILE_KIND, "version": 1, "public_key": _b64(public), "fingerprint": fingerprint,
        "kdf": {"name": "scrypt", "salt": _b64(salt), "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
        "cipher": {"name": "AES-256-GCM", "nonce": _b64(nonce)}, "ciphertext": _b64(ciphertext),
    }
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("ascii")


# What a key file may ask of scrypt. The file is read before the passphrase proves anything, so a
# damaged or crafted one must not make the app allocate terabytes or run for hours (n = 2^40 asks
# for 128 TiB): at most 2^20 (1 GiB at r = 8; this app writes 2^17). A lower cost only weakens the
# owner's own file, so any power of two is read.
SCRYPT_N_RANGE = (2, 2**20)
SCRYPT_R_RANGE = (1, 16)
SCRYPT_P_RANGE = (1, 4)
SCRYPT_MAX_MEMORY = 1024 * 1024 * 1024  # 128 * r * n bytes
MAX_KEY_FILE = 64 * 1024


class KeyFileRefused(AscnError):
    """A key file whose key-derivation settings are outside what this app accepts."""


def _bounded_kdf(kdf: dict[str, Any]) -> tuple[int, int, int]:
    values = kdf["n"], kdf["r"], kdf["p"]
    if not all(isinstance(value, int) and not isinstance(value, bool) for value in values):
        raise ValueError(_("kdf parameters are not integers"))
    n, r, p = values
    inside = (SCRYPT_N_RANGE[0] <= n <= SCRYPT_N_RANGE[1] and n & (n - 1) == 0
              and SCRYPT_R_RANGE[0] <= r <= SCRYPT_R_RANGE[1] and SCRYPT_P_RANGE[0] <= p <= SCRYPT_P_RANGE[1]
              and 128 * r * n <= SCRYPT_MAX_MEMORY)
    if not inside:
        cost = f"2^{n.bit_length() - 1}" if n > 0 and n & (n - 1) == 0 else str(n)
        raise KeyFileRefused(_("The signing key file asks for a key-derivation cost this app does not allow "
                             "(scrypt n={cost}, r={r}, p={p}); it is damaged or was altered, so restore it "
                             "from a backup or create a new identity.").format(cost=cost, r=r, p=p))
    return n, r, p


def decrypt_key_file(data: bytes, passphrase: str) -> Ed25519PrivateKey:
    try:
        document = json.loads(data)
        kdf, cipher = document["kdf"], document["cipher"]
        if document["kind"] != KEY_FILE_KIND or kdf["name"] != "scrypt" or cipher["name"] != "AES-256-GCM":
            raise ValueError(_("unknown key file"))
        n, r, p = _bounded_kdf(kdf)
        key = _derive(passphrase, base64.b64decode(kdf["salt"]), n, r, p)
        raw = AESGCM(key).decrypt(base64.b64decode(cipher["nonce"]), base64.b64decode(document["ciphertext"]),
                                  str(document["fingerprint"]).encode("ascii"))
    except InvalidTag:
        raise WrongPassphrase() from None
    except (ValueError, KeyError, TypeError):
        raise AscnError(_("The signing key file is damaged; restore it from a backup or create a new identity.")) from None
    return Ed25519PrivateKey.from_private_bytes(raw)


# --- identities in the store -----------------------------------------------------


def _identity_of(row: IdentityRow, profile: Profile) -> Identity:
    card = IdentityCard(name=row.name, role=row.role, country=row.country, city=row.city,
                        public_key=row.public_key, fingerprint=row.fingerprint, created_at=row.created_at)
    return Identity(id=row.id, card=card, key_file=profile.home / row.key_file)


def active_identity(store: Store) -> Identity | None:
    with store.read() as session:
        row = session.scalars(select(IdentityRow).where(IdentityRow.is_active.is_(True))
                              .order_by(IdentityRow.id.desc())).first()
        return None if row is None else _identity_of(row, store.profile)


def require_identity(store: Store) -> Identity:
    identity = active_identity(store)
    if identity is None:
        raise NotFoundError(_("This profile has no signing identity yet; create one with Tools → Signing "
                              "identity… or 'ascn identity create'."))
    return identity


def create_identity(store: Store, *, name: str, role: str, country: str, city: str | None,
                    passphrase: str, now: datetime | None = None) -> Identity:
    """Create the profile's identity: key pair, encrypted key file (0600), row in `identities`."""
    if active_identity(store) is not None:
        raise ValidationError(_("This profile already has a signing identity; 'ascn identity show' shows it."))
    name = " ".join(name.split())
    if not name:
        raise ValidationError(_("Give your full name for the identity."))
    if role not in ROLES:
        raise ValidationError(_("The role must be one of {roles}.").format(roles=', '.join(ROLES)))
    reference = load_reference(store)
    country = country.strip().upper()
    if country not in reference.member_states:
        raise ValidationError(_("{country} is not an ASEAN member state code (e.g. VNM, THA, IDN).").format(
            country=country))
    city_code: str | None = None
    if city:
        found = reference.find_city(city)
        if found.country != country:
            raise ValidationError(_("{name} is not in {member_states}.").format(
                name=found.name, member_states=reference.member_states[country]))
        city_code = found.code
    elif role == "csco":
        raise ValidationError(_("A Chief Smart City Officer's identity needs a city (--city)."))
    check_new_passphrase(passphrase, user_inputs=(name, city or ""))

    private_key = Ed25519PrivateKey.generate()
    public = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    fingerprint = fingerprint_of(public)
    keys_dir = store.profile.keys_dir
    keys_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    key_path = keys_dir / f"identity-{fingerprint.replace('-', '')[:16].lower()}.key"
    atomic_write(key_path, encrypt_key_file(private_key, passphrase), mode=PRIVATE_MODE)
    try:
        with store.transaction() as session:
            row = IdentityRow(name=name, role=role, country=country, city=city_code, public_key=_b64(public),
                              fingerprint=fingerprint, key_file=str(key_path.relative_to(store.profile.home)),
                              created_at=(now or utc_now()).replace(microsecond=0), is_active=True)
            session.add(row)
            session.flush()
            return _identity_of(row, store.profile)
    except BaseException:
        key_path.unlink(missing_ok=True)  # no orphan key without its identity
        raise


def _read_key_file(identity: Identity) -> bytes:
    try:
        with identity.key_file.open("rb") as handle:
            data = handle.read(MAX_KEY_FILE + 1)
    except FileNotFoundError:
        raise NotFoundError(_("The signing key file {key_file} is missing; restore it from a backup.").format(
            key_file=identity.key_file)) from None
    except OSError as exc:
        raise AscnError(_("The signing key file cannot be read ({strerror}).").format(
            strerror=exc.strerror)) from None
    if len(data) > MAX_KEY_FILE:  # a key file is about 600 bytes
        raise AscnError(_("The signing key file is far too large to be one; restore it from a backup or create "
                        "a new identity."))
    return data


def unlock(identity: Identity, passphrase: str) -> Ed25519PrivateKey:
    """The private key, or WrongPassphrase. Checks the file belongs to this identity."""
    private_key = decrypt_key_file(_read_key_file(identity), passphrase)
    public = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    if fingerprint_of(public) != identity.fingerprint:
        raise AscnError(_("The signing key file belongs to another identity; restore the right file."))
    return private_key


def change_passphrase(identity: Identity, old: str, new: str) -> None:
    """Re-encrypt the key under `new`; the file is replaced atomically, never unencrypted on disk."""
    check_new_passphrase(new, user_inputs=(identity.name, identity.card.city or ""))
    private_key = unlock(identity, old)
    atomic_write(identity.key_file, encrypt_key_file(private_key, new), mode=PRIVATE_MODE)


def export_card(identity: Identity, out: Path) -> Path:
    out = Path(out)
    if out.is_dir():
        out = out / f"identity-card-{identity.fingerprint[:9]}.json"
    atomic_write(out, identity.card.to_bytes())
    return out


def role_name(role: str) -> str:
    """The role's name in the current language ("Chief Smart City Officer"); an unknown code as it is."""
    return _(ROLE_NAMES[role]) if role in ROLE_NAMES else role
