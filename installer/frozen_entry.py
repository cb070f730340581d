"""The Linux folder's one program. `ascn-desktop` opens the GUI; `ascn`, a
symbolic link to it, runs the command line. One executable carries one copy of
the Python modules both need (about 10 MB) instead of two.

Windows and macOS keep two executables: there a GUI program has no console,
and the command line needs one."""

from __future__ import annotations

import sys
from pathlib import Path

if Path(sys.argv[0]).name == "ascn":
    from ascn_desktop.cli.main import main
else:
    from ascn_desktop.gui.app import main

sys.exit(main())
