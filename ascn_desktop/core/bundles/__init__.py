"""Signed bundles: the format, canonical JSON, export, verification, import, national bundles, review notes."""

from __future__ import annotations
