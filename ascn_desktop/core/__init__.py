"""Pure-Python heart of ASCN Desktop: domain rules, reference data, bundles, reports.

Nothing in this package imports Qt (tests/test_architecture.py enforces it);
the GUI and the CLI both call the functions defined here.
"""

from __future__ import annotations
