"""The embedded development PostgreSQL cluster.

    python -m integration_portal.devdb start|stop|status

`make run` and `make test` use it when DATABASE_URL is not set. It needs only the
PostgreSQL server binaries (initdb, pg_ctl) on PATH or under
/usr/lib/postgresql/<version>/bin. The cluster lives in the ignored folder `.pgdata/`
of the checkout and listens only on a Unix socket there, so nothing else on the
machine can reach it and two checkouts never collide.

PostgreSQL refuses to run as root. As root, the server runs as the `postgres` user
(or `nobody`); when that user cannot reach the checkout (a checkout under a private
folder), the cluster moves to /var/tmp and `.pgdata` becomes a link to it.

This module must not import Django: it runs before the database exists.
"""

import glob
import hashlib
import os
import pwd
import re
import shutil
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
LINK = BASE_DIR / ".pgdata"
DB_NAME = "kompass"
DB_USER = "kompass"
MIN_VERSION = 15
# A Unix socket path may be at most 107 bytes long, including ".s.PGSQL.5432".
MAX_SOCKET_DIR = 90


class DevDbError(Exception):
    pass


def socket_dir(root: Path = LINK) -> Path:
    return root / "run"


def find_binaries() -> Path:
    """The folder holding initdb and pg_ctl, newest PostgreSQL first."""
    candidates = []
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    found = glob.glob("/usr/lib/postgresql/*/bin/pg_ctl") + glob.glob("/usr/pgsql-*/bin/pg_ctl")
    candidates += sorted((Path(p).parent for p in found), key=_version_of, reverse=True)
    for folder in candidates:
        if (folder / "initdb").exists() and _version_of(folder) >= MIN_VERSION:
            return folder
    raise DevDbError(
        f"PostgreSQL {MIN_VERSION}+ server binaries (initdb, pg_ctl) were not found: install them "
        "(Debian/Ubuntu: apt-get install postgresql) or set DATABASE_URL to an existing database."
    )


def _version_of(folder: Path) -> int:
    try:
        out = subprocess.run(
            [str(folder / "pg_ctl"), "--version"], capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return 0
    match = re.search(r"(\d+)", out)
    return int(match.group(1)) if match else 0


def _server_user() -> str | None:
    """The unprivileged user to run the server as, or None when we are not root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise DevDbError("Running as root, but neither a 'postgres' nor a 'nobody' user exists.")


def _as(user: str | None, cmd: list[str]) -> list[str]:
    return ["runuser", "-u", user, "--", *cmd] if user else cmd


def _reachable_by(user: str, path: Path) -> bool:
    return subprocess.run(_as(user, ["test", "-x", str(path)]), capture_output=True).returncode == 0


def cluster_root(user: str | None) -> Path:
    """Create (once) and return the folder holding the cluster."""
    if LINK.exists():
        return LINK.resolve()
    if LINK.is_symlink():  # a dangling link: its target was removed (e.g. a reboot)
        LINK.unlink()
    outside = len(str(socket_dir())) > MAX_SOCKET_DIR or (
        user is not None and not _reachable_by(user, BASE_DIR)
    )
    if outside:
        digest = hashlib.sha1(str(BASE_DIR).encode()).hexdigest()[:12]
        root = Path("/var/tmp") / f"kompass-pg-{digest}"
        if root.is_symlink() or (root.exists() and root.stat().st_uid not in _owners(user)):
            raise DevDbError(f"{root} exists but is not ours: remove it, then try again.")
        root.mkdir(mode=0o700, exist_ok=True)
        LINK.symlink_to(root)
    else:
        root = LINK
        root.mkdir(mode=0o700)
    return root


def _owners(user: str | None) -> set[int]:
    """Who may own the cluster folder: we, and as root the server's user."""
    return {os.geteuid()} | ({pwd.getpwnam(user).pw_uid} if user else set())


def _running(bin_dir: Path, data: Path, user: str | None) -> bool:
    cmd = _as(user, [str(bin_dir / "pg_ctl"), "status", "-D", str(data)])
    return subprocess.run(cmd, capture_output=True).returncode == 0


def start() -> None:
    bin_dir = find_binaries()
    user = _server_user()
    root = cluster_root(user)
    if user:  # every time: an interrupted first run may not have got this far
        os.chmod(root, 0o700)
        shutil.chown(root, user)
    data, sock, log = root / "data", socket_dir(root), root / "postgres.log"
    if not data.exists():
        print(f"devdb: creating a PostgreSQL cluster in {data}")
        sock.mkdir(mode=0o700, exist_ok=True)
        if user:
            shutil.chown(sock, user)
        # Built aside and renamed when complete, so that an interrupted run leaves no
        # half-made cluster behind.
        building = root / "data.building"
        shutil.rmtree(building, ignore_errors=True)
        cmd = [str(bin_dir / "initdb"), "-D", str(building), "-U", DB_USER, "--auth=trust"]
        try:
            _run(_as(user, [*cmd, "--encoding=UTF8", "--locale=C.UTF-8"]))
        except DevDbError:  # a system without the C.UTF-8 locale
            shutil.rmtree(building, ignore_errors=True)
            _run(_as(user, [*cmd, "--encoding=UTF8", "--no-locale"]))
        # A throwaway development cluster: speed over crash safety.
        with open(building / "postgresql.conf", "a") as conf:
            conf.write("\n# devdb\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\n")
        building.rename(data)
    if not _running(bin_dir, data, user):
        options = f"-c listen_addresses='' -c unix_socket_directories='{sock}'"
        cmd = [str(bin_dir / "pg_ctl"), "start", "-D", str(data), "-l", str(log), "-w", "-t", "60"]
        try:
            _run(_as(user, [*cmd, "-o", options]))
        except DevDbError:
            tail = log.read_text(errors="replace").splitlines()[-15:] if log.exists() else []
            raise DevDbError("PostgreSQL did not start:\n" + "\n".join(tail)) from None
    _ensure_database(sock)
    print(f"devdb: PostgreSQL is running (socket in {sock}, database '{DB_NAME}')")


def _ensure_database(sock: Path) -> None:
    import psycopg  # only here: `stop` and `status` must work without the venv

    with psycopg.connect(host=str(sock), user=DB_USER, dbname="postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{DB_NAME}"')


def stop() -> None:
    if not LINK.exists():
        print("devdb: no embedded cluster here")
        return
    bin_dir, user = find_binaries(), _server_user()
    data = LINK.resolve() / "data"
    if _running(bin_dir, data, user):
        _run(_as(user, [str(bin_dir / "pg_ctl"), "stop", "-D", str(data), "-m", "fast", "-w"]))
    print("devdb: stopped")


def status() -> int:
    if not LINK.exists():
        print("devdb: no embedded cluster here")
        return 3
    running = _running(find_binaries(), LINK.resolve() / "data", _server_user())
    print("devdb: running" if running else "devdb: stopped")
    return 0 if running else 3


def _run(cmd: list[str]) -> None:
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise DevDbError(f"{' '.join(cmd)} failed:\n{result.stdout}{result.stderr}".strip())


def main(argv: list[str]) -> int:
    action = argv[1] if len(argv) > 1 else ""
    try:
        if action == "start":
            start()
        elif action == "stop":
            stop()
        elif action == "status":
            return status()
        else:
            print("usage: python -m integration_portal.devdb start|stop|status", file=sys.stderr)
            return 2
    except DevDbError as error:
        print(f"devdb: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
