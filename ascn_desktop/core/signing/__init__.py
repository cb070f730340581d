"""Signing identities, fingerprints, passphrases and the trust registry."""

from __future__ import annotations
