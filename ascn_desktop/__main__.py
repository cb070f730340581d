"""`python -m ascn_desktop` opens the GUI, like the `ascn-desktop` command."""

from __future__ import annotations

import sys

from ascn_desktop.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
