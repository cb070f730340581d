"""PySide6 user interface: windows, dialogs, Qt models over the store, background work.

Holds no business rules: everything it does goes through ascn_desktop.core.
"""

from __future__ import annotations
