"""The receiving side: importing bundles, received plans, review, revision comparison, consolidation."""

from __future__ import annotations
