"""A pytest plugin that records every signing key the app generates, so a later scan can look for them.

Loaded with `-p reliability.key_recorder` in a child pytest run (tests/test_secrets.py):
`ascn_desktop.core.signing.identity.Ed25519PrivateKey.generate` is wrapped to append the
raw private key (hex) to the file named by ASCN_KEY_RECORD, which lies outside
every folder that is scanned afterwards.
"""

from __future__ import annotations

import os

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ascn_desktop.core.signing import identity

_RECORD = os.environ.get("ASCN_KEY_RECORD")


class _RecordingKeys:
    """Stands in for the Ed25519PrivateKey class inside core/signing/identity.py."""

    @staticmethod
    def generate() -> Ed25519PrivateKey:
        key = Ed25519PrivateKey.generate()
        if _RECORD:
            raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
            with open(_RECORD, "a", encoding="ascii") as handle:
                handle.write(raw.hex() + "\n")
        return key

    from_private_bytes = staticmethod(Ed25519PrivateKey.from_private_bytes)


identity.Ed25519PrivateKey = _RecordingKeys  # type: ignore[misc,assignment]
