"""Fingerprints of Ed25519 public keys, in a form people can read aloud.

fingerprint = the first 20 bytes of SHA-256(raw 32-byte public key), in RFC 4648
base32 (A–Z, 2–7; no padding: exactly 32 characters), in 8 groups of 4 joined
by "-": ``K7QF-3MZA-…``. Base32 has no 0/1/8/9, so "O" and "I" cannot be misheard
as digits. 160 bits is far beyond what anyone can forge a matching key for.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re

from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.i18n import _

FINGERPRINT_BYTES = 20
GROUP = 4
_FINGERPRINT_RE = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$")


def fingerprint_of(public_key_raw: bytes) -> str:
    """The grouped fingerprint of a raw 32-byte Ed25519 public key."""
    if len(public_key_raw) != 32:
        raise ValidationError(_("An Ed25519 public key has exactly 32 bytes."))
    digest = hashlib.sha256(public_key_raw).digest()[:FINGERPRINT_BYTES]
    text = base64.b32encode(digest).decode("ascii")  # 20 bytes -> 32 characters, no padding
    return "-".join(text[i:i + GROUP] for i in range(0, len(text), GROUP))


def normalize_fingerprint(text: str) -> str:
    """Accept what people type ('k7qf 3mza…', without separators) and return the grouped form."""
    compact = re.sub(r"[\s\-:]", "", text).upper()
    if not re.fullmatch(r"[A-Z2-7]{32}", compact):
        raise ValidationError(_("'{text}' is not a key fingerprint; it has 32 letters and digits in groups of 4.").format(
            text=text))
    return "-".join(compact[i:i + GROUP] for i in range(0, len(compact), GROUP))


def is_fingerprint(text: str) -> bool:
    return bool(_FINGERPRINT_RE.match(text))


def public_key_from_b64(text: str) -> bytes:
    """Decode the standard base64 (with padding) of a raw 32-byte public key."""
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ValidationError(_("The public key is not valid base64.")) from None
    if len(raw) != 32:
        raise ValidationError(_("The public key is not a 32-byte Ed25519 key."))
    return raw


def public_key_to_b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
