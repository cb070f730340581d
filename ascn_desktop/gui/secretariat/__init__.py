"""The Secretariat's monitoring dashboard, charts, annual report and data export dialogs."""

from __future__ import annotations
