"""Excel template export and Excel import with preview."""

from __future__ import annotations
