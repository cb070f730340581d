"""The local SQLite store: typed ORM models, engine set-up, migrations, mapping.

Imports no Qt. The store is the single source of truth; everything the user
sees is read from it and every accepted edit is written to it at once.
"""

from __future__ import annotations
