"""The frozen Linux build (issue 7): build it with installer/build.py, unpack the tarball
somewhere else, and run the frozen programs as a user would.

The admin sequence makes a vault, demo data, a council report and a backup, verifies and
restores it, and opens the restored vault. The GUI is started twice: offscreen (it must stay up
without a traceback) and on an Xvfb display, where the test waits for its top-level window by
title: "Avhopp" is the login window; the first-run wizard's title must be the Swedish one,
which shows that the translations were bundled.
Nothing may be written into the bundle folder.

Slow: the build takes ~1.5 min on two cores. For local iteration set
AVHOPP_FROZEN_BUNDLE=dist/avhopp-<version>-linux-x86_64 to test an existing build instead.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest

import avhopp

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "installer" / "build.py"
VENV_BIN = Path(sys.executable).parent
PASSPHRASE = "frusen-byggd-lösenfras-för-röktest-2026"
LOGIN_TITLE = "Avhopp"


def _say(capsys: pytest.CaptureFixture[str], text: str) -> None:
    with capsys.disabled():
        print(f"\n[frozen build] {text}", flush=True)


def _bundle_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
    }


@pytest.fixture(scope="module")
def frozen_bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, float]]:
    """The unpacked bundle folder and the build time in seconds (0 for a reused build)."""
    reuse = os.environ.get("AVHOPP_FROZEN_BUNDLE")
    if reuse:
        yield Path(reuse).resolve(), 0.0
        return
    base = tmp_path_factory.mktemp("frozen")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--out", str(base / "dist"), "--work", str(base / "w")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    build_time = time.monotonic() - started
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-5000:]
    tarballs = list((base / "dist").glob("avhopp-*-linux-*.tar.gz"))
    assert len(tarballs) == 1, result.stdout[-3000:]
    # Unpack elsewhere and delete the build: the tarball alone must be a working program.
    unpacked = base / "elsewhere"
    with tarfile.open(tarballs[0]) as tar:
        names = tar.getnames()
        assert all(not n.startswith("/") and ".." not in Path(n).parts for n in names)
        tar.extractall(unpacked, filter="tar")
    shutil.rmtree(base / "dist" / tarballs[0].name.removesuffix(".tar.gz"))
    shutil.rmtree(base / "w")
    (folder,) = unpacked.iterdir()
    assert folder.name == tarballs[0].name.removesuffix(".tar.gz")
    yield folder, build_time


def _swedish(context: str, source: str) -> str:
    """The Swedish translation of ``source`` in the committed .ts file."""
    tree = ElementTree.parse(ROOT / "resources" / "translations" / "avhopp_sv.ts")
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    translation = message.findtext("translation")
                    assert translation, f"{source!r} is not translated"
                    return translation
    raise AssertionError(f"{context}: {source!r} is not in avhopp_sv.ts")


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AVHOPP_", "XDG_"))}
    env |= {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
    }
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env | extra


def _run(cmd: list[str | Path], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(c) for c in cmd],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"{cmd}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    return result


def _median_seconds(cmd: list[str], env: dict[str, str], cwd: Path, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, check=True, timeout=60)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


# ---------------------------------------------------------------- X11 window titles (ctypes)


class _X11:
    """Just enough Xlib to list the viewable top-level windows' titles (_NET_WM_NAME)."""

    def __init__(self, display: str) -> None:
        name = ctypes.util.find_library("X11")
        assert name, "libX11 is missing (it comes with libgl1, a test system package)"
        self.lib = lib = ctypes.CDLL(name)
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XDefaultRootWindow.restype = ctypes.c_ulong
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XInternAtom.restype = ctypes.c_ulong
        lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong] + [ctypes.c_void_p] * 4
        lib.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
            ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
            ctypes.c_void_p, ctypes.c_void_p,
        ]  # fmt: skip
        lib.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
        lib.XFree.argtypes = [ctypes.c_void_p]
        lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.display = lib.XOpenDisplay(display.encode())
        assert self.display, f"cannot open X display {display}"
        self.net_wm_name = lib.XInternAtom(self.display, b"_NET_WM_NAME", 0)
        self.utf8 = lib.XInternAtom(self.display, b"UTF8_STRING", 0)

    def close(self) -> None:
        self.lib.XCloseDisplay(self.display)

    def _title(self, window: int) -> str:
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, remaining, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        self.lib.XGetWindowProperty(
            self.display, window, self.net_wm_name, 0, 1024, 0, self.utf8,
            ctypes.byref(actual_type), ctypes.byref(actual_format), ctypes.byref(count),
            ctypes.byref(remaining), ctypes.byref(data),
        )  # fmt: skip
        if not data.value:
            return ""
        title = ctypes.string_at(data.value, count.value).decode("utf-8", "replace")
        self.lib.XFree(data)
        return title

    def _viewable(self, window: int) -> bool:
        attributes = (ctypes.c_char * 512)()  # XWindowAttributes is ~136 bytes on x86-64
        if not self.lib.XGetWindowAttributes(self.display, window, attributes):
            return False
        map_state = ctypes.c_int.from_buffer(attributes, 92).value  # offsetof(map_state)
        return map_state == 2  # IsViewable

    def titles(self) -> list[str]:
        root = self.lib.XDefaultRootWindow(self.display)
        root_ret, parent_ret = ctypes.c_ulong(), ctypes.c_ulong()
        children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        self.lib.XQueryTree(
            self.display, root, ctypes.byref(root_ret), ctypes.byref(parent_ret),
            ctypes.byref(children), ctypes.byref(count),
        )  # fmt: skip
        windows = [children[i] for i in range(count.value)]
        if children:
            self.lib.XFree(children)
        return [t for w in windows if self._viewable(w) and (t := self._title(w))]


@pytest.fixture(scope="module")
def xvfb() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: `python3 dev.py test` installs it (apt-get install xvfb)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not report a display number"
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _time_to_window(
    cmd: list[str], env: dict[str, str], cwd: Path, display: str, timeout: float = 60.0
) -> tuple[float, list[str], str]:
    """Start a GUI on ``display``; return the seconds until a titled top-level window is
    viewable, the titles then, and the GUI's stderr (it is terminated afterwards)."""
    x11 = _X11(display)
    stderr_path = cwd / f"gui-{time.monotonic_ns()}.err"
    try:
        with stderr_path.open("w") as stderr:
            started = time.perf_counter()
            process = subprocess.Popen(
                cmd,
                env=env | {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
                cwd=cwd,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
            titles: list[str] = []
            try:
                while time.perf_counter() - started < timeout and process.poll() is None:
                    titles = x11.titles()
                    if titles:
                        break
                    time.sleep(0.02)
                elapsed = time.perf_counter() - started
            finally:
                process.terminate()
                process.wait(timeout=10)
    finally:
        x11.close()
    return elapsed, titles, stderr_path.read_text()


# ---------------------------------------------------------------- the test


def test_frozen_bundle_smoke(
    frozen_bundle: tuple[Path, float],
    xvfb: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bundle, build_time = frozen_bundle
    admin, gui = bundle / "avhopp-admin", bundle / "avhopp"
    assert bundle.name == f"avhopp-{avhopp.__version__}-linux-x86_64"
    # The menu entry, its install script and the icon from installer/linux and resources/icons
    for name in ("INSTALL.txt", "_internal", "avhopp.desktop", "install.sh", "avhopp.png"):
        assert (bundle / name).exists(), name
    # What the frozen code looks up under sys._MEIPASS (ui/i18n.py, avhopp/reports/base.py,
    # avhopp/storage/migrate.py): the window icon, the PDF fonts, the migration scripts.
    internal = bundle / "_internal"
    assert (internal / "resources" / "icons" / "avhopp.png").is_file()
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "avhopp" / "storage" / "migrations" / "env.py").is_file()
    before = _snapshot(bundle)
    work = tmp_path / "work"
    work.mkdir()
    env = _env(tmp_path / "home")

    # --version, from another folder than the bundle's
    assert _run([admin, "--version"], env, work).stdout.split()[-1] == avhopp.__version__
    assert _run([gui, "--version"], env, work).stdout.split()[-1] == avhopp.__version__

    # The admin sequence of the issue
    passphrase = work / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n")
    vault = work / "vault.avhopp"
    common = ["--passphrase-file", passphrase]
    _run([admin, "--db", vault, "init", "--admin", "admin", "--display-name", "A", *common],
         env, work)  # fmt: skip
    demo = _run([admin, "--db", vault, "--user", "admin", *common, "demo", "--participants",
                 "20", "--users", "--new-passphrase-file", passphrase], env, work)  # fmt: skip
    assert "20 participants" in demo.stdout
    pdf = work / "council.pdf"
    _run([admin, "--db", vault, "--user", "chef", *common, "report", "council",
          "--from", "2026-01-01", "--to", "2026-06-30", "--out", pdf], env, work)  # fmt: skip
    assert pdf.read_bytes().startswith(b"%PDF")
    backups = work / "backups"
    backups.mkdir()
    _run([admin, "--db", vault, "--user", "chef", *common, "backup", "create",
          "--folder", backups], env, work)  # fmt: skip
    (backup,) = backups.iterdir()
    verified = _run([admin, "--db", vault, "--user", "chef", *common, "backup", "verify",
                     backup], env, work)  # fmt: skip
    assert "intact" in verified.stdout
    restored = work / "restored.avhopp"
    _run([admin, "--user", "chef", *common, "backup", "restore", backup, "--to", restored],
         env, work)  # fmt: skip
    users = _run([admin, "--db", restored, "--user", "admin", *common, "user", "list"], env, work)
    assert {line.split()[0] for line in users.stdout.splitlines() if line.strip()} >= {
        "admin",
        "chef",
    }

    # GUI, offscreen: no vault at the default location -> the first-run wizard; it must stay
    # up (a missing Qt plugin or module ends it at once) without a traceback.
    offscreen = subprocess.Popen(
        [gui],
        env=env | {"QT_QPA_PLATFORM": "offscreen"},
        cwd=work,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with contextlib.suppress(subprocess.TimeoutExpired):
        offscreen.wait(timeout=6)
    alive = offscreen.poll() is None
    offscreen.terminate()
    _out, err = offscreen.communicate(timeout=10)
    assert alive, f"the frozen GUI exited offscreen:\n{err}"
    assert "Traceback" not in err, err

    # GUI on Xvfb: the real xcb platform plugin and the bundled libraries. With no vault the
    # wizard comes up; with the restored vault the login window.
    seconds, titles, err = _time_to_window([str(gui)], env, work, xvfb)
    assert titles, f"no window from the frozen GUI in {seconds:.0f} s:\n{err}"
    # In Swedish (the default language): the translations were bundled and found.
    assert titles == [_swedish("FirstRunWizard", "Avhopp — set up")], titles
    assert "Traceback" not in err, err

    frozen_gui, source_gui = [], []
    for _ in range(3):
        for runs, cmd in ((frozen_gui, [str(gui)]), (source_gui, [str(VENV_BIN / "avhopp")])):
            seconds, titles, err = _time_to_window([*cmd, "--db", str(restored)], env, work, xvfb)
            assert titles == [LOGIN_TITLE], f"{cmd}: {titles}\n{err}"
            assert "Traceback" not in err, err
            runs.append(seconds)

    # Nothing was written next to the executables.
    assert _snapshot(bundle) == before

    frozen_cli = _median_seconds([str(admin), "--version"], env, work)
    source_cli = _median_seconds([str(VENV_BIN / "avhopp-admin"), "--version"], env, work)
    figures = [
        f"build time (build.py incl. tarball): {build_time:.0f} s" if build_time else "reused",
        f"bundle size: {_bundle_size(bundle) / 1e6:.1f} MB",
        f"avhopp-admin --version, median of 5: frozen {frozen_cli * 1000:.0f} ms, "
        f"source {source_cli * 1000:.0f} ms",
        f"GUI start to login window (Xvfb), median of 3: frozen "
        f"{statistics.median(frozen_gui):.2f} s, source {statistics.median(source_gui):.2f} s",
    ]
    _say(capsys, "\n  ".join(figures))
