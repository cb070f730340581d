"""The city officer's editor: plan overview, projects table, project editor, readiness panel, undo."""

from __future__ import annotations
