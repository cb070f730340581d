"""Signing identity wizard, passphrase dialog, trust registry page, signed export dialog."""

from __future__ import annotations
