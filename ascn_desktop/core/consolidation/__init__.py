"""The National Representative's consolidation: the national summary and the signed national bundle.

It sits above both the bundle format (core/bundles) and the review decisions
(core/review.py): it signs the accepted plans, so it reads reviews and writes bundles.
"""

from __future__ import annotations
