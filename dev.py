#!/usr/bin/env python3
"""The one developer entry point for Avhopp (standard library only).

Usage:
    python3 dev.py setup                      create .venv and install pinned dependencies
    python3 dev.py app                        start the desktop client on a demo vault in .demo/
    python3 dev.py app ARGS...                run avhopp-admin ARGS on the demo vault instead
    python3 dev.py test [--no-lint] [ARGS...] linters, then pytest with ARGS
    python3 dev.py lint                       ruff check, ruff format --check, mypy, lint-imports,
                                              100 % branch coverage of avhopp/domain
    python3 dev.py translations               refresh the error catalog and the .ts file
                                              after changing visible text
    python3 dev.py screenshots                README screenshots: drive the app under Xvfb

Everything runs from the virtual environment in .venv, which `setup` creates and keeps in
step with pyproject.toml and requirements/constraints.txt (a stamp file records their hash,
so repeated runs skip pip). As root with apt-get (CI, a fresh Debian machine), `test` also
installs the system packages the tests need: a PostgreSQL server, Xvfb, poppler and Qt's
X11/EGL libraries. Set AVHOPP_REQUIRE_POSTGRES=1 to make a missing PostgreSQL server a test
failure instead of a skip (CI does).
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
VENV_BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".avhopp-dev-stamp"
PYPROJECT = ROOT / "pyproject.toml"
CONSTRAINTS = ROOT / "requirements" / "constraints.txt"

DEMO_DIR = ROOT / ".demo"
DEMO_VAULT = DEMO_DIR / "vault.avhopp"
DEMO_PASSPHRASE_FILE = DEMO_DIR / "passphrase.txt"
DEMO_PASSPHRASE = "demo-lösenfras-för-avhopp-2026"  # noqa: S105 - a throwaway demo vault
DEMO_ADMIN = "admin"
DEMO_MANAGER = "chef"  # runs the default command; add `--user admin` for user management
DEMO_PARTICIPANTS = 300

# Debian packages the test suite needs: a PostgreSQL server for the storage tests, Xvfb and
# Qt's xcb/EGL/fontconfig/dbus libraries for the GUI, poppler-utils to read back PDFs,
# binutils (objdump) for PyInstaller's frozen build, desktop-file-utils and shellcheck to check
# the Linux desktop entry and install script.
TEST_SYSTEM_PACKAGES = (
    "postgresql",
    "xvfb",
    "poppler-utils",
    "binutils",
    "desktop-file-utils",
    "shellcheck",
    "libxcb-shape0",  # the Qt xcb plugin, bundled and run by the frozen-build test
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxkbcommon-x11-0",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    "libxcb-cursor0",
)
# What the desktop client needs to open a window on an X11 or Wayland desktop (installed by
# `app` when run as root; a desktop Debian usually has them all).
GUI_SYSTEM_PACKAGES = (
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxkbcommon-x11-0",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
)
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("avhopp_*.ts"))

MIN_PYTHON = (3, 11)
PYTEST_NO_TESTS_COLLECTED = 5


class DevError(Exception):
    """A failure that ends dev.py with a one-line message and the given exit code."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


# ---------------------------------------------------------------- small helpers


def step(message: str) -> None:
    print(f"==> {message}", flush=True)


def run(cmd: list[str], *, env: dict[str, str] | None = None) -> int:
    """Run a command from the repository root and return its exit code."""
    return subprocess.run(cmd, cwd=ROOT, env=env, check=False).returncode


def run_or_fail(cmd: list[str], *, env: dict[str, str] | None = None) -> None:
    code = run(cmd, env=env)
    if code != 0:
        raise DevError(f"{Path(cmd[0]).name} failed (exit code {code})", code)


def venv_tool(name: str) -> str:
    return str(VENV_BIN / name)


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def have_apt() -> bool:
    return shutil.which("apt-get") is not None and shutil.which("dpkg") is not None


def venv_env() -> dict[str, str]:
    """The environment for tools run from the venv: its bin directory first on PATH."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(VENV_BIN), env.get("PATH", "")])
    env["VIRTUAL_ENV"] = str(VENV)
    env.pop("PYTHONHOME", None)
    return env


# ---------------------------------------------------------------- system packages (apt)

_apt_updated = False


def dpkg_installed(package: str) -> bool:
    result = subprocess.run(["dpkg", "-s", package], capture_output=True, text=True, check=False)
    return result.returncode == 0 and "Status: install ok installed" in result.stdout


def apt_install(packages: list[str]) -> None:
    """Install the Debian packages that are not installed yet (root only)."""
    global _apt_updated  # noqa: PLW0603 - "apt-get update" once per dev.py run
    missing = [p for p in packages if not dpkg_installed(p)]
    if not missing:
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if not _apt_updated:
        step("apt-get update")
        run_or_fail(["apt-get", "update", "-q"], env=env)
        _apt_updated = True
    step(f"apt-get install {' '.join(missing)}")
    install = subprocess.run(
        ["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if install.returncode != 0:
        print(install.stdout + install.stderr, file=sys.stderr)
        raise DevError(f"apt-get install failed (exit code {install.returncode})")


def ensure_test_system_packages() -> None:
    if not (is_root() and have_apt()):
        who = "not root" if not is_root() else "no apt-get"
        print(
            f"==> skipping system packages ({who}): PostgreSQL tests will be skipped "
            "unless initdb/pg_ctl are installed",
            flush=True,
        )
        return
    step("system packages for the tests")
    apt_install(list(TEST_SYSTEM_PACKAGES))
    pg_bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if pg_bins:
        print(f"    PostgreSQL server binaries: {Path(pg_bins[-1]).parent}", flush=True)


# ---------------------------------------------------------------- setup


def requirements_hash() -> str:
    digest = hashlib.sha256()
    for path in (PYPROJECT, CONSTRAINTS):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def venv_is_usable() -> bool:
    python = VENV_BIN / "python"
    if not python.exists():
        return False
    # A venv made without ensurepip has python but no pip; a venv whose base interpreter was
    # removed (a pyenv upgrade) has a dangling python. Both are rebuilt.
    probe = subprocess.run([str(python), "-c", "import pip"], capture_output=True, check=False)
    return probe.returncode == 0


def create_venv() -> None:
    step(f"creating {VENV.relative_to(ROOT)} with {sys.executable}")
    cmd = [sys.executable, "-m", "venv", str(VENV)]
    if run(cmd) == 0 and venv_is_usable():
        return
    shutil.rmtree(VENV, ignore_errors=True)
    # Debian ships venv without ensurepip in a separate package.
    if not (is_root() and have_apt()):
        raise DevError(
            "python3 -m venv failed. On Debian/Ubuntu install the venv module first:\n"
            "    sudo apt-get install python3-venv\n"
            "then run this command again."
        )
    version = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"
    apt_install(["python3-venv", version])
    if run(cmd) != 0 or not venv_is_usable():
        shutil.rmtree(VENV, ignore_errors=True)
        raise DevError("python3 -m venv still fails after installing python3-venv")


def setup() -> None:
    install_dependencies()
    build_translations()


def install_dependencies() -> None:
    if sys.version_info < MIN_PYTHON:
        wanted = ".".join(map(str, MIN_PYTHON))
        raise DevError(f"Avhopp needs Python {wanted} or newer; this is {sys.version.split()[0]}")
    if not venv_is_usable():
        shutil.rmtree(VENV, ignore_errors=True)
        create_venv()
    wanted_hash = requirements_hash()
    if STAMP.exists() and STAMP.read_text().strip() == wanted_hash:
        step("dependencies up to date (.venv stamp matches)")
        return
    step("installing pinned dependencies into .venv")
    run_or_fail(
        [
            venv_tool("python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "-c",
            str(CONSTRAINTS.relative_to(ROOT)),
            "-e",
            ".[gui,dev]",
        ],
        env=venv_env(),
    )
    STAMP.write_text(wanted_hash + "\n")


def build_translations() -> None:
    """Compile the committed .ts files to the .qm files the client loads (not committed)."""
    for ts in TS_FILES:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        step(f"pyside6-lrelease {ts.relative_to(ROOT)}")
        result = subprocess.run(
            [venv_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            cwd=ROOT,
            env=venv_env(),
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            print(result.stdout + result.stderr, file=sys.stderr)
            raise DevError(f"pyside6-lrelease failed for {ts.name}")


def update_translations() -> None:
    """After changing visible text: regenerate the error catalog, then bring the .ts file in
    step with the source (tools/ts_messages.py; translate what it adds, then commit)."""
    env = venv_env()
    run_or_fail([venv_tool("python"), "tools/error_catalog.py"], env=env)
    run_or_fail([venv_tool("python"), "tools/ts_messages.py", "update"], env=env)


# ---------------------------------------------------------------- lint and test


def lint() -> None:
    env = venv_env()
    step("ruff check")
    run_or_fail([venv_tool("ruff"), "check", "."], env=env)
    step("ruff format --check")
    run_or_fail([venv_tool("ruff"), "format", "--check", "."], env=env)
    step("mypy")
    run_or_fail([venv_tool("mypy")], env=env)
    step("lint-imports")
    run_or_fail([venv_tool("lint-imports")], env=env)
    # The domain holds the rules users rely on: every branch must be exercised (issue 3).
    step("domain branch coverage (must be 100 %)")
    data_file = ROOT / ".coverage-domain"
    coverage = [venv_tool("python"), "-m", "coverage"]
    cov_env = {**env, "COVERAGE_FILE": str(data_file)}
    run_or_fail(
        [*coverage, "run", "--branch", "--source=avhopp/domain", "-m", "pytest", "-q",
         "-p", "no:cacheprovider", "tests/domain"],
        env=cov_env,
    )  # fmt: skip
    run_or_fail([*coverage, "report", "--fail-under=100", "--skip-covered"], env=cov_env)
    data_file.unlink(missing_ok=True)


def test(args: list[str]) -> None:
    no_lint = "--no-lint" in args
    pytest_args = [a for a in args if a != "--no-lint"]
    ensure_test_system_packages()
    if no_lint:
        step("linters skipped (--no-lint)")
    else:
        lint()
    env = venv_env()
    env["QT_QPA_PLATFORM"] = "offscreen"
    step(f"pytest {' '.join(pytest_args)}".rstrip())
    code = run([venv_tool("python"), "-m", "pytest", *pytest_args], env=env)
    if code == PYTEST_NO_TESTS_COLLECTED:
        raise DevError("pytest collected no tests: treating that as a failure")
    if code != 0:
        raise DevError(f"pytest failed (exit code {code})", code)


# ---------------------------------------------------------------- app


def ensure_demo_vault() -> None:
    DEMO_DIR.mkdir(exist_ok=True)
    if not DEMO_PASSPHRASE_FILE.exists():
        fd = os.open(DEMO_PASSPHRASE_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as passphrase_file:
            passphrase_file.write(DEMO_PASSPHRASE)
    if DEMO_VAULT.exists():
        return
    step(f"creating the demo vault {DEMO_VAULT.relative_to(ROOT)}")
    run_or_fail(
        [
            venv_tool("avhopp-admin"),
            "--db",
            str(DEMO_VAULT),
            "init",
            "--admin",
            DEMO_ADMIN,
            "--display-name",
            "Demo Administratör",
            "--unit",
            "Avhopparverksamheten (demo)",
            "--passphrase-file",
            str(DEMO_PASSPHRASE_FILE),
        ],
        env=venv_env(),
    )
    step(f"filling it with {DEMO_PARTICIPANTS} synthetic participants and demo staff")
    run_or_fail(
        [
            venv_tool("avhopp-admin"),
            "--db",
            str(DEMO_VAULT),
            "--user",
            DEMO_ADMIN,
            "--passphrase-file",
            str(DEMO_PASSPHRASE_FILE),
            "demo",
            "--participants",
            str(DEMO_PARTICIPANTS),
            "--users",
            "--new-passphrase-file",
            str(DEMO_PASSPHRASE_FILE),
            "--backup-folder",
            str(DEMO_DIR / "backups"),
        ],
        env=venv_env(),
    )


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def start_app(args: list[str]) -> None:
    """Start the desktop client on the demo vault (no ARGS), or run `avhopp-admin ARGS` on
    it as the demo manager. Does not return."""
    ensure_demo_vault()
    passphrase = DEMO_PASSPHRASE_FILE.read_text(encoding="utf-8")
    print(f"    demo vault:      {DEMO_VAULT}", flush=True)
    print(f"    demo users:      {DEMO_ADMIN} (administrator), chef (manager),", flush=True)
    print("                     handl1, handl2 (team norr), handl3, handl4 (team syd)", flush=True)
    print(f"    demo passphrase: {passphrase}  (in {DEMO_PASSPHRASE_FILE})", flush=True)
    os.chdir(ROOT)
    if args:
        cli = venv_tool("avhopp-admin")
        cmd = [
            cli,
            "--db",
            str(DEMO_VAULT),
            "--user",
            DEMO_MANAGER,
            "--passphrase-file",
            str(DEMO_PASSPHRASE_FILE),
            *args,
        ]
        step(" ".join(["avhopp-admin", *cmd[1:]]))
        os.execve(cli, cmd, venv_env())  # noqa: S606 - fixed program, no shell
    if is_root() and have_apt() and sys.platform.startswith("linux"):
        apt_install(list(GUI_SYSTEM_PACKAGES))
    if not has_display():
        raise DevError(
            "no display: start this from a desktop session (DISPLAY or WAYLAND_DISPLAY is "
            "unset).\n    Without a desktop, the admin command line works on the same vault: "
            "python3 dev.py app stats --from 2025-01-01 --to 2025-12-31"
        )
    gui = venv_tool("avhopp")
    cmd = [gui, "--db", str(DEMO_VAULT), "--user", DEMO_MANAGER]
    step(" ".join(["avhopp", *cmd[1:]]))
    os.execve(gui, cmd, venv_env())  # noqa: S606 - fixed program, no shell


def screenshots() -> None:
    """Drive the real client on the demo vault under Xvfb and save the README screenshots."""
    ensure_demo_vault()
    if is_root() and have_apt():
        apt_install(["xvfb", *GUI_SYSTEM_PACKAGES])
    if shutil.which("xvfb-run") is None:
        raise DevError("xvfb-run is missing: apt-get install xvfb")
    env = venv_env()
    env["QT_QPA_PLATFORM"] = "xcb"
    run_or_fail(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", venv_tool("python"),
         "tools/screenshots.py", "--db", str(DEMO_VAULT), "--passphrase-file",
         str(DEMO_PASSPHRASE_FILE), "--out", "docs/screenshots"],
        env=env,
    )  # fmt: skip


# ---------------------------------------------------------------- command line


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(__doc__)
        return 0 if argv else 2
    command, args = argv[0], argv[1:]
    try:
        if command == "setup":
            setup()
        elif command == "lint":
            setup()
            lint()
        elif command == "test":
            setup()
            test(args)
        elif command == "app":
            setup()
            start_app(args)
        elif command == "translations":
            setup()
            update_translations()
            build_translations()
        elif command == "screenshots":
            setup()
            screenshots()
        else:
            print(f"dev.py: unknown command {command!r}\n{__doc__}", file=sys.stderr)
            return 2
    except DevError as error:
        print(f"dev.py: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
