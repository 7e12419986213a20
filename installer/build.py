"""Build the frozen Avhopp bundle: one PyInstaller one-folder build with both executables.

Usage (from the repository root, after ``python3 dev.py setup``):
    .venv/bin/python installer/build.py [--out DIR] [--work DIR] [--no-tarball]

Output, named by version and platform (DIR defaults to ``dist/``):
    DIR/avhopp-<version>-<platform>/            avhopp, avhopp-admin and their shared _internal/
    DIR/avhopp-<version>-linux-x86_64.tar.gz    on Linux: that folder plus the .desktop entry,
                                                the icon and INSTALL.txt (relative paths only)

On Windows the folder is what installer/windows/ packs into the per-user installer.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "avhopp.spec"
ICONS = ROOT / "resources" / "icons"
LINUX_DIR = HERE / "linux"
TRANSLATIONS = ROOT / "resources" / "translations"

INSTALL_TXT = """\
Avhopp {version} for Linux (x86-64)
===================================

Run it from this folder, wherever you unpacked it:

    ./avhopp                 the desktop client
    ./avhopp-admin --help    the administration command line

Nothing is written into this folder. The vault, the settings and the backups live in your
data folder (~/.local/share/Avhopp and ~/.config/Avhopp, or $XDG_DATA_HOME/$XDG_CONFIG_HOME).
The first start, with no vault there yet, opens the first-run wizard.

Menu entry and icon: {menu_hint}

Upgrade: unpack the new version beside this one and start it; it backs up the vault before it
migrates the schema. Then delete the old folder.
Uninstall: delete this folder (and the menu entry if you installed it). Your vault and backups
stay in the data folder until you delete them yourself.

Qt needs the usual desktop libraries (present on a desktop Debian/Ubuntu); on a minimal system:
    sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0 libegl1 libfontconfig1 libdbus-1-3
"""


def platform_tag() -> str:
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    if sys.platform == "win32":
        return "windows-x64" if machine == "x86_64" else f"windows-{machine}"
    if sys.platform == "darwin":
        return f"macos-{machine}"
    return f"linux-{machine}"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    import avhopp

    return avhopp.__version__


def bundle_name() -> str:
    return f"avhopp-{version()}-{platform_tag()}"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_translations() -> None:
    """The .qm files are built from the committed .ts files (dev.py's lrelease step)."""
    sys.path.insert(0, str(ROOT))
    import dev

    try:
        dev.build_translations()
    except dev.DevError as error:
        raise SystemExit(f"build.py: {error}") from error
    missing = [ts.name for ts in TRANSLATIONS.glob("*.ts") if not ts.with_suffix(".qm").exists()]
    if missing:
        raise SystemExit(f"build.py: no .qm file for {', '.join(missing)}")


def check_optional_inputs() -> list[str]:
    """The icons and the Linux menu entry come from installer/linux and resources/icons; a
    build without them still works (Qt's default icon), but says so."""
    notes = []
    for path in (ICONS / "avhopp.png", ICONS / "avhopp.svg", ICONS / "avhopp.ico"):
        if not path.is_file():
            notes.append(f"missing {path.relative_to(ROOT)}: the bundle has no such icon")
    if sys.platform.startswith("linux") and not any(LINUX_DIR.glob("*.desktop")):
        notes.append(f"missing {LINUX_DIR.relative_to(ROOT)}/*.desktop: tarball has no menu entry")
    return notes


def run_pyinstaller(name: str, out: Path, work: Path) -> None:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={out}",
        f"--workpath={work}",
        str(SPEC),
        "--",
        f"--name={name}",
    ]
    print("==> " + " ".join(cmd), flush=True)
    result = subprocess.run(cmd, cwd=ROOT, check=False)  # noqa: S603 - our own arguments
    if result.returncode != 0:
        raise SystemExit(f"build.py: PyInstaller failed (exit code {result.returncode})")


def check_linux_platform_plugins(bundle: Path) -> None:
    """A library the xcb plugin needs but the build machine lacks is left out of the bundle
    with only a warning, and the client then cannot open a window on an office PC that lacks
    it too. Fail the build instead. (The Wayland plugin is not checked: a Wayland desktop has
    the libwayland-* libraries it loads from the system, and Qt falls back to xcb.)"""
    internal = bundle / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    missing: set[str] = set()
    for plugin in ("libqxcb.so",):
        if not (plugins / plugin).is_file():
            raise SystemExit(f"build.py: the Qt platform plugin {plugin} is not in the bundle")
        ldd = ["ldd", str(plugins / plugin)]  # the C library's ldd
        result = subprocess.run(ldd, env=env, capture_output=True, text=True, check=False)  # noqa: S603
        missing |= {line.split()[0] for line in result.stdout.splitlines() if "not found" in line}
    if missing:
        raise SystemExit(
            "build.py: the Qt xcb platform plugin needs libraries this machine lacks: "
            f"{', '.join(sorted(missing))}. Install dev.py's GUI_SYSTEM_PACKAGES (as root: "
            "python3 dev.py app installs them) and build again."
        )


def add_linux_extras(bundle: Path) -> None:
    """Put the menu entry, its install script, the icon and INSTALL.txt in the top folder."""
    copied = []
    if LINUX_DIR.is_dir():
        for path in sorted(LINUX_DIR.iterdir()):
            if path.is_file():
                shutil.copy2(path, bundle / path.name)
                copied.append(path.name)
    for icon in ("avhopp.png", "avhopp.svg"):
        if (ICONS / icon).is_file():
            shutil.copy2(ICONS / icon, bundle / icon)
            copied.append(icon)
    scripts = [name for name in copied if name.endswith(".sh")]
    if scripts:
        hint = f"run ./{scripts[0]} (it adds Avhopp to your applications menu)."
    elif any(name.endswith(".desktop") for name in copied):
        hint = "copy the .desktop file to ~/.local/share/applications and set Exec/Icon to here."
    else:
        hint = "none shipped with this build; start ./avhopp directly."
    (bundle / "INSTALL.txt").write_text(INSTALL_TXT.format(version=version(), menu_hint=hint))


def make_tarball(bundle: Path) -> Path:
    target = bundle.with_name(bundle.name + ".tar.gz")

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    # Level 6: a third of level 9's time for a bundle that is mostly shared libraries.
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=bundle.name, filter=normalise)  # relative member names only
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="installer/build.py", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="output folder (dist/)")
    parser.add_argument("--work", type=Path, help="PyInstaller work folder (build/pyinstaller)")
    parser.add_argument("--no-tarball", action="store_true", help="skip the Linux tarball")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    work = (args.work or ROOT / "build" / "pyinstaller").resolve()

    started = time.monotonic()
    notes = check_optional_inputs()
    for note in notes:
        print(f"build.py: note: {note}", flush=True)
    build_translations()
    name = bundle_name()
    run_pyinstaller(name, out, work)
    bundle = out / name
    for exe in ("avhopp", "avhopp-admin"):
        suffix = ".exe" if sys.platform == "win32" else ""
        if not (bundle / f"{exe}{suffix}").is_file():
            raise SystemExit(f"build.py: {exe}{suffix} is missing from {bundle}")
    tarball = None
    if sys.platform.startswith("linux"):
        check_linux_platform_plugins(bundle)
        add_linux_extras(bundle)
        if not args.no_tarball:
            tarball = make_tarball(bundle)
    elapsed = time.monotonic() - started

    print(f"==> bundle: {bundle}", flush=True)
    print(f"    size: {folder_size(bundle) / 1e6:.1f} MB", flush=True)
    if tarball is not None:
        print(f"    tarball: {tarball} ({tarball.stat().st_size / 1e6:.1f} MB)", flush=True)
    print(f"    build time: {elapsed:.0f} s", flush=True)
    for note in notes:
        print(f"    note: {note}", flush=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
