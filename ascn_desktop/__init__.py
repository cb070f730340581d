"""ASCN Desktop: the offline desktop application of the ASEAN Smart Cities Network."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "ASCN Desktop"
APP_ID = "ascn-desktop"
