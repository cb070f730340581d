"""Timestamps as every signed document writes them: UTC to the second, 'YYYY-MM-DDTHH:MM:SSZ'.

Identity cards, manifests, endorsements and review notes share this one
form (docs/bundle-format.md), so it lives below them all, in the domain layer.
"""

from __future__ import annotations

from datetime import UTC, datetime

FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def utc_seconds(moment: datetime) -> str:
    """Manifest timestamps: UTC to the second, 'YYYY-MM-DDTHH:MM:SSZ'."""
    return moment.astimezone(UTC).strftime(FORMAT)


def parse_utc_seconds(text: str) -> datetime:
    return datetime.strptime(text, FORMAT).replace(tzinfo=UTC)
