"""The scriptable interface, `ascn …`: thin commands over ascn_desktop.core."""

from __future__ import annotations
