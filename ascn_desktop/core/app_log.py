"""The application log: where tracebacks go, so that a person never has to read one.

Both programs (`ascn` and `ascn-desktop`) call `setup_logging` first thing. It
sends the ``ascn_desktop`` logger to a rotating file in the profile's log
folder (``<profile>/logs/ascn.log``, 1 MB x 5 files). The file and its folder
are created only when the first line is written, so a command that logs
nothing leaves no trace in a profile it did not otherwise touch. When the
profile cannot hold a log (a read-only folder, a missing drive) the log goes to
the system's temporary folder instead, and `current_log_file` says where.

An error nobody foresaw (a bug) reaches the user as `unexpected_error_sentence`:
one plain sentence with the log's path. The traceback goes to the log only,
unless the user asked for it with ``--debug`` or ``ASCN_DEBUG=1``.
"""

from __future__ import annotations

import io
import logging
import os
import tempfile
from logging.handlers import RotatingFileHandler
from pathlib import Path

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.i18n import _
from ascn_desktop.core.profile import Profile

LOGGER_NAME = "ascn_desktop"
LOG_FILE_NAME = "ascn.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
_TRUE_WORDS = ("1", "true", "yes", "on")

log = logging.getLogger(LOGGER_NAME)


def fallback_log_folder() -> Path:
    """Where the log goes when the profile cannot hold it."""
    return Path(tempfile.gettempdir()) / "ascn-desktop-logs"


class ProfileLogHandler(RotatingFileHandler):
    """A rotating file handler that creates its folder, falls back to the temporary folder, and never
    prints a logging error of its own on the user's terminal."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
        self.setFormatter(logging.Formatter(FORMAT))

    def _open(self) -> io.TextIOWrapper:
        try:
            Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
            return super()._open()
        except OSError:
            fallback = fallback_log_folder()
            if Path(self.baseFilename).parent == fallback:
                raise
            fallback.mkdir(parents=True, exist_ok=True)
            self.baseFilename = str(fallback / LOG_FILE_NAME)
            return super()._open()

    def doRollover(self) -> None:  # noqa: N802 (logging's name)
        try:
            super().doRollover()
        except OSError:
            # On Windows another copy of the app (or a virus scanner) may hold the old file open:
            # keep writing to the current file and try to rotate again at the next line.
            pass

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        """A log that cannot be written is lost quietly: the user's terminal is not the place for it."""


def debug_requested(flag: bool = False) -> bool:
    """``--debug`` given, or ASCN_DEBUG set to 1/true/yes/on."""
    return flag or os.environ.get("ASCN_DEBUG", "").strip().lower() in _TRUE_WORDS


def setup_logging(profile: Profile, *, program: str) -> Path:
    """Send the app's log to the profile's log folder (replacing an earlier set-up); returns the file."""
    for handler in list(log.handlers):
        if isinstance(handler, ProfileLogHandler):
            log.removeHandler(handler)
            handler.close()
    handler = ProfileLogHandler(profile.log_file)
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    # A library's logging.config.dictConfig (import-linter's does) disables every logger that exists
    # when it runs, this one too: the app's own log is never silenced that way.
    log.disabled = False
    log.debug("%s started", program)
    return profile.log_file


def current_log_file() -> Path | None:
    """The file the log is (or will be) written to, None when logging was never set up."""
    for handler in log.handlers:
        if isinstance(handler, ProfileLogHandler):
            return Path(handler.baseFilename)
    return None


def log_refusal(exc: AscnError, *, context: str) -> None:
    """Log an expected refusal with its traceback, once however many layers report it (INFO: no bug)."""
    if getattr(exc, "_ascn_logged", False):
        return
    exc._ascn_logged = True  # type: ignore[attr-defined]  # exceptions carry a __dict__
    log.info("%s refused: %s", context, exc.message, exc_info=(type(exc), exc, exc.__traceback__))


def log_file_words() -> str:
    """"the log file <path>" for sentences that ask the user to report something."""
    current = current_log_file()
    return f"the log file {current}" if current is not None else "the log file"


def log_unexpected(exc: BaseException, *, context: str) -> Path | None:
    """Write `exc` with its traceback to the log; returns the file that now holds it."""
    log.error("unexpected error %s", context, exc_info=(type(exc), exc, exc.__traceback__))
    for handler in log.handlers:
        handler.flush()
    written = current_log_file()
    return written if written is not None and written.is_file() else None


def unexpected_error_sentence(exc: BaseException, log_file: Path | None, *, stopped: str = "app") -> str:
    """The one sentence a person sees for a bug: what kind of error, what it stopped (`stopped`: "app",
    "work" — what the person was doing —, "command" or "task") and where the details are; each clause
    whole in the current language."""
    error = type(exc).__name__
    what = {
        "app": lambda: _("An unexpected error ({error}) stopped ASCN Desktop;"),
        "work": lambda: _("An unexpected error ({error}) stopped what you were doing;"),
        "command": lambda: _("An unexpected error ({error}) stopped the command;"),
        "task": lambda: _("An unexpected error ({error}) stopped this task;"),
    }[stopped]().format(error=error)
    where = (_("the details are in the log file {path}; please send that file to your support contact.").format(
        path=log_file) if log_file is not None else _("no log file could be written."))
    return f"{what} {where}"


class UnexpectedError(AscnError):
    """A bug met in background work, already logged: carries the sentence and the log file."""

    def __init__(self, message: str, *, log_file: Path | None) -> None:
        super().__init__(message)
        self.log_file = log_file


def unexpected_error(exc: BaseException, *, context: str, stopped: str) -> UnexpectedError:
    """Log `exc` and return the `UnexpectedError` that tells the user about it."""
    log_file = log_unexpected(exc, context=context)
    return UnexpectedError(unexpected_error_sentence(exc, log_file, stopped=stopped), log_file=log_file)
