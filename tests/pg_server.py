"""A throwaway PostgreSQL server for tests and benchmarks: initdb + pg_ctl in a temporary folder.

Debian's `postgresql` package puts initdb and pg_ctl in /usr/lib/postgresql/<version>/bin (not on
PATH); both are looked for there too. PostgreSQL refuses to run as root, so when the tests run as
root (CI containers) the server runs as the `postgres` user (or `nobody`) in a folder it owns.
The server listens on a free port of 127.0.0.1 only and asks for a password, so wrong-password
and missing-permission behaviour is the real thing.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ADMIN = "ascn_admin"
ADMIN_PASSWORD = "throwaway-admin-Só-tests"
NOT_FOUND = ("PostgreSQL's server programs (initdb, pg_ctl) were not found; install the Debian package "
             "'postgresql' to run these tests on PostgreSQL too")


def server_programs() -> Path | None:
    """The folder holding initdb and pg_ctl, or None."""
    explicit = os.environ.get("ASCN_PG_BIN")
    candidates = [Path(explicit)] if explicit else []
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(Path(found).resolve().parent)
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                                           key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit()
                                           else 0, reverse=True)]
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _server_user() -> str | None:
    """PostgreSQL will not run as root: the unprivileged user to run it as (None when not root)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root, and there is no 'postgres' or 'nobody' user to run PostgreSQL as")


# Stops the server and removes its folder once the process that started it is gone, however it
# ended (a test run killed by a timeout or Ctrl-C never reaches its teardown).
WATCHDOG = """
import os, shutil, subprocess, sys, time
owner, pg_ctl, folder, user = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4] or None
while True:
    try:
        os.kill(owner, 0)
    except ProcessLookupError:
        break
    time.sleep(2)
subprocess.run([pg_ctl, "-D", os.path.join(folder, "data"), "-m", "immediate", "-w", "stop"], capture_output=True,
               user=user, check=False)
shutil.rmtree(folder, ignore_errors=True)
"""


@dataclass
class ThrowawayServer:
    """One running server; `url(name)` is the SQLAlchemy URL of a database on it."""

    folder: Path
    port: int
    programs: Path
    user: str | None
    databases: int = field(default=0)
    watchdog: subprocess.Popen[bytes] | None = None

    def url(self, database: str, *, user: str = ADMIN, password: str = ADMIN_PASSWORD) -> str:
        return f"postgresql+psycopg://{user}:{password}@127.0.0.1:{self.port}/{database}"

    def admin_sql(self, *statements: str, database: str = "postgres") -> None:
        """Run statements as the superuser, each in its own autocommit transaction."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=ADMIN, password=ADMIN_PASSWORD,
                             dbname=database, autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)  # type: ignore[arg-type]

    def new_database(self, *, template: str | None = None, prefix: str = "ascn_test") -> str:
        """A fresh, empty (or template-copied) database; returns its name."""
        self.databases += 1
        name = f"{prefix}_{os.getpid()}_{self.databases}"
        copy = f" TEMPLATE {template}" if template else ""
        self.admin_sql(f'CREATE DATABASE "{name}"{copy}')
        return name

    def stop(self) -> None:
        subprocess.run([str(self.programs / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "-w",
                        "stop"], capture_output=True, check=False, user=self.user)
        shutil.rmtree(self.folder, ignore_errors=True)
        if self.watchdog is not None:
            self.watchdog.kill()
            self.watchdog.wait()


def start_server(*, durable: bool = False) -> ThrowawayServer:
    """initdb + pg_ctl start in a new temporary folder. ``durable=False`` turns fsync off (tests only)."""
    programs = server_programs()
    if programs is None:
        raise FileNotFoundError(NOT_FOUND)
    user = _server_user()
    folder = Path(tempfile.mkdtemp(prefix="ascn-pg-"))
    if user is not None:
        record = pwd.getpwnam(user)
        os.chown(folder, record.pw_uid, record.pw_gid)
    password_file = folder / "password"
    password_file.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
    if user is not None:
        os.chown(password_file, pwd.getpwnam(user).pw_uid, pwd.getpwnam(user).pw_gid)
    try:
        subprocess.run([str(programs / "initdb"), "-D", str(folder / "data"), "-U", ADMIN, f"--pwfile={password_file}",
                        "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "--encoding=UTF8",
                        "--locale=C.UTF-8" if _has_c_utf8() else "--no-locale"],
                       capture_output=True, check=True, user=user, cwd=folder)
        port = _free_port()
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={folder} "
                   f"-c max_connections=60 -c shared_buffers=32MB"
                   + ("" if durable else " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"))
        subprocess.run([str(programs / "pg_ctl"), "-D", str(folder / "data"), "-l", str(folder / "server.log"),
                        "-o", options, "-w", "-t", "60", "start"], capture_output=True, check=True, user=user,
                       cwd=folder)
    except subprocess.CalledProcessError as exc:
        log = (folder / "server.log").read_text(errors="replace") if (folder / "server.log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"the throwaway PostgreSQL did not start: {exc.stderr!r} {log[-2000:]}") from None
    watchdog = subprocess.Popen([sys.executable, "-c", WATCHDOG, str(os.getpid()), str(programs / "pg_ctl"),
                                 str(folder), user or ""], start_new_session=True, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = ThrowawayServer(folder=folder, port=port, programs=programs, user=user, watchdog=watchdog)
    _wait_until_ready(server)
    return server


def _has_c_utf8() -> bool:
    return Path("/usr/lib/locale/C.utf8").exists() or Path("/usr/lib/locale/C.UTF-8").exists()


def _wait_until_ready(server: ThrowawayServer) -> None:
    import psycopg

    for _ in range(100):
        try:
            server.admin_sql("SELECT 1")
            return
        except psycopg.OperationalError:
            time.sleep(0.1)
    server.admin_sql("SELECT 1")
