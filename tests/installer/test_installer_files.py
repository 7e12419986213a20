"""The installer files that cannot be built here, checked without a build.

- ``installer/windows/avhopp.iss`` (Inno Setup, Windows only): its sections and keys, and that
  its uninstaller keeps exactly the folder the app really uses on Windows (computed here with
  platformdirs' Windows rules through the app's own ``avhopp.storage.location``).
- ``installer/linux/avhopp.desktop`` and ``install.sh``: validated, and ``install.sh`` really run
  on a fake unpacked tarball (stub executables) into a temporary home.
- The icons: sizes, and that they still match the SVG.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import platformdirs
import pytest
from PIL import IcoImagePlugin, Image
from platformdirs.windows import Windows

import avhopp
from avhopp.storage import location

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "installer" / "windows" / "avhopp.iss"
DESKTOP = ROOT / "installer" / "linux" / "avhopp.desktop"
INSTALL_SH = ROOT / "installer" / "linux" / "install.sh"
ICONS = ROOT / "resources" / "icons"

# Standard Inno Setup custom messages (in Default.isl and Languages\Swedish.isl).
INNO_BUILTIN_MESSAGES = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}


# ---------------------------------------------------------------- Inno Setup script


def parse_iss(text: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The ISPP ``#define``s and the lines of each section (comments and directives dropped;
    [Code] kept whole, it is Pascal)."""
    defines: dict[str, str] = {}
    sections: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        heading = re.fullmatch(r"\[(\w+)\]", line)
        if heading and raw.startswith("["):
            current = heading.group(1)
            assert current not in sections, f"section [{current}] twice"
            sections[current] = []
            continue
        if current == "Code":
            sections[current].append(raw)
            continue
        if not line or line.startswith(";"):
            continue
        if line.startswith("#"):
            define = re.fullmatch(r'#define\s+(\w+)\s+"([^"]*)"', line)
            if define:
                defines.setdefault(define.group(1), define.group(2))
            continue
        assert current is not None, f"a line before any section: {raw!r}"
        sections[current].append(line)
    return defines, sections


def directives(lines: list[str]) -> dict[str, str]:
    """``Key=Value`` lines (the [Setup] section) as a dict; a key given twice is an error."""
    found: dict[str, str] = {}
    for line in lines:
        key, sep, value = line.partition("=")
        assert sep, f"not a directive: {line!r}"
        assert key not in found, f"{key} twice"
        found[key.strip()] = value.strip()
    return found


def entries(lines: list[str]) -> list[dict[str, str]]:
    """``Name: "x"; Flags: y`` lines ([Files], [Icons], ...) as dicts."""
    result = []
    for line in lines:
        params: dict[str, str] = {}
        for match in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)', line):
            value = match.group(2).strip()
            if value.startswith('"'):
                value = value[1:-1].replace('""', '"')
            params[match.group(1)] = value
        assert params, f"not an entry: {line!r}"
        result.append(params)
    return result


def expand(value: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], value)


@pytest.fixture(scope="module")
def iss() -> tuple[dict[str, str], dict[str, list[str]]]:
    # UTF-8 with a byte-order mark: every Inno Setup 6 reads the Swedish text right.
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return parse_iss(raw.decode("utf-8-sig"))


def test_iss_setup_is_per_user_with_a_fixed_id_and_versioned_output(
    iss: tuple[dict[str, str], dict[str, list[str]]],
) -> None:
    defines, sections = iss
    assert {"Setup", "Languages", "Tasks", "Files", "Icons", "Code"} <= sections.keys()
    setup = directives(sections["Setup"])

    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no "for all users" switch
    assert expand(setup["DefaultDirName"], defines) == r"{localappdata}\Programs\Avhopp"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    # The version comes from /DAppVersion=…; the fallback is the package's version.
    assert setup["AppVersion"] == "{#AppVersion}"
    assert defines["AppVersion"] == avhopp.__version__
    assert "#ifndef AppVersion" in ISS.read_text(encoding="utf-8-sig")
    # Apps & features: name, version, publisher, icon.
    assert expand(setup["UninstallDisplayIcon"], defines) == r"{app}\avhopp.exe"
    assert setup["AppPublisher"] == "{#AppPublisher}"
    assert (
        expand(setup["OutputBaseFilename"], defines)
        == f"avhopp-{avhopp.__version__}-windows-x64-setup"
    )
    icon = ISS.parent.joinpath(*PureWindowsPath(setup["SetupIconFile"]).parts)
    assert icon.resolve() == ICONS / "avhopp.ico"
    # The source is the PyInstaller folder installer/build.py makes.
    assert (
        r'#define BundleDir AddBackslash(SourcePath) + "..\..\dist\avhopp-" + AppVersion'
        r' + "-windows-x64"' in ISS.read_text(encoding="utf-8-sig")
    )
    files = entries(sections["Files"])
    assert files == [
        {
            "Source": r"{#BundleDir}\*",
            "DestDir": "{app}",
            "Flags": "ignoreversion recursesubdirs createallsubdirs",
        }
    ]


def test_iss_languages_shortcuts_and_messages(
    iss: tuple[dict[str, str], dict[str, list[str]]],
) -> None:
    defines, sections = iss
    languages = {e["Name"]: e["MessagesFile"] for e in entries(sections["Languages"])}
    assert languages == {
        "sv": r"compiler:Languages\Swedish.isl",
        "en": "compiler:Default.isl",
    }

    tasks = {e["Name"]: e for e in entries(sections["Tasks"])}
    assert tasks.keys() == {"desktopicon", "adminprompt"}
    assert all(t["Flags"] == "unchecked" for t in tasks.values())  # both optional, off

    icons = entries(sections["Icons"])
    by_name = {expand(i["Name"], defines): i for i in icons}
    start_menu = by_name[r"{autoprograms}\Avhopp"]
    assert start_menu["Filename"] == r"{app}\avhopp.exe"
    assert "Tasks" not in start_menu  # always there
    assert by_name[r"{autodesktop}\Avhopp"]["Tasks"] == "desktopicon"
    prompt = by_name[r"{autoprograms}\{cm:AdminPromptName}"]
    assert prompt["Tasks"] == "adminprompt"
    assert prompt["Filename"] == "{cmd}"
    assert 'set "PATH={app};%PATH%"' in prompt["Parameters"]
    assert "avhopp-admin" in prompt["Parameters"]

    # Every custom message the script uses exists in both languages.
    messages: dict[str, set[str]] = {}
    for line in sections["CustomMessages"]:
        key, _, _ = line.partition("=")
        language, _, name = key.partition(".")
        messages.setdefault(name, set()).add(language)
    text = ISS.read_text(encoding="utf-8-sig")
    used = set(re.findall(r"\{cm:(\w+)", text)) | set(re.findall(r"CustomMessage\('(\w+)'\)", text))
    for name in used - INNO_BUILTIN_MESSAGES:
        assert messages.get(name) == {"sv", "en"}, name
    assert set(messages) <= used, "a message nobody uses"


def windows_folders(monkeypatch: pytest.MonkeyPatch) -> tuple[PureWindowsPath, ...]:
    """Where the app keeps its vault and its witness files on Windows, relative to
    %LOCALAPPDATA%: the app's own functions, run with platformdirs' Windows rules."""
    local, roaming = r"C:\Users\u\AppData\Local", r"C:\Users\u\AppData\Roaming"
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", local)
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", roaming)
    monkeypatch.setattr(platformdirs, "PlatformDirs", Windows)
    vault = PureWindowsPath(str(location.default_location().path))
    witness = PureWindowsPath(str(location.witness_dir()))
    # Everything must be under %LOCALAPPDATA% (not roaming): relative_to raises otherwise.
    return (
        vault.relative_to(local),
        vault.with_name(vault.name + location.HEADER_SUFFIX).relative_to(local),
        witness.relative_to(local),
    )


def test_iss_uninstaller_keeps_the_real_data_folder_unless_asked_twice(
    iss: tuple[dict[str, str], dict[str, list[str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    defines, sections = iss
    vault, header, witness = windows_folders(monkeypatch)
    data_folder = PureWindowsPath(defines["DataFolderName"])
    # One folder holds vault, key header and witness files, so one decision covers them all.
    assert vault.parent == header.parent == data_folder
    assert data_folder in witness.parents
    code = "\n".join(sections["Code"])
    assert "ExpandConstant('{localappdata}\\{#DataFolderName}')" in code

    # The install folder is another one, and the installer refuses the data folder.
    assert defines["AppName"] == "Avhopp"
    assert r"{localappdata}\Programs" in directives(sections["Setup"])["DefaultDirName"]
    assert "CompareText(RemoveBackslash(WizardDirValue), RemoveBackslash(DataDir()))" in code

    # The data is removed only on the uninstaller's last step, after two questions that
    # default to No (also when message boxes are suppressed), never when silent, and only
    # after the rename that proves no file in it is open.
    assert re.search(r"CurUninstallStep\s*=\s*usPostUninstall\s+then\s+RemoveDataIfAsked", code)
    questions = re.findall(r"SuppressibleMsgBox\(FmtMessage\(CustomMessage\('(\w+)'\)", code)
    assert questions == ["RemoveDataQuestion", "RemoveDataConfirm"]
    assert code.count("MB_YESNO or MB_DEFBUTTON2, IDNO) <> IDYES") == 2
    assert re.search(r"if UninstallSilent then\s+begin[^;]*;\s*Exit;", code)
    deletions = re.findall(r"DelTree\((\w+),", code)
    assert deletions
    assert set(deletions) == {"Doomed"}
    assert code.index("RenameFile(Folder, Doomed)") < code.rindex("DelTree(Doomed")
    # With the data go the client's remembered settings: QSettings(organisation, application)
    # lives under HKCU\Software\<organisation> on Windows.
    settings = re.search(
        r'QSettings\("([^"]+)", "[^"]+"\)', (ROOT / "ui" / "app.py").read_text(encoding="utf-8")
    )
    assert settings
    assert "RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\\{#DataFolderName}')" in code
    assert settings.group(1) == defines["DataFolderName"]
    assert code.index("RegDeleteKeyIncludingSubkeys") > code.index("RenameFile(Folder, Doomed)")
    # Nothing else deletes under the data folder.
    for section in ("UninstallDelete", "InstallDelete"):
        for entry in entries(sections.get(section, [])):
            assert entry["Name"].startswith("{app}"), entry


# ---------------------------------------------------------------- Linux desktop entry


def read_desktop(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def qt_application_name() -> str:
    match = re.search(r'setApplicationName\("([^"]+)"\)', (ROOT / "ui" / "main.py").read_text())
    assert match
    return match.group(1)


def test_desktop_entry_has_the_required_keys() -> None:
    entry = read_desktop(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Avhopp"
    assert entry["GenericName"]
    assert entry["GenericName[sv]"]
    assert entry["Comment"]
    assert entry["Comment[sv]"]
    assert entry["Comment"] != entry["Comment[sv]"]
    assert entry["Exec"] == "@EXEC@"
    assert entry["TryExec"] == "@TRYEXEC@"
    assert entry["Icon"] == "avhopp"
    assert "Office" in entry["Categories"].split(";")
    assert entry["Terminal"] == "false"
    # X11 window class = QApplication.applicationName(): the dock groups the window with us.
    assert entry["StartupWMClass"] == qt_application_name()


def desktop_file_validate(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert not result.stdout.strip(), report  # hints count too


def test_desktop_entry_template_passes_desktop_file_validate() -> None:
    desktop_file_validate(DESKTOP)


# ---------------------------------------------------------------- install.sh


def test_install_sh_is_executable_posix_sh() -> None:
    assert os.access(INSTALL_SH, os.X_OK)
    assert INSTALL_SH.read_text().startswith("#!/bin/sh\n")
    result = subprocess.run(
        ["sh", "-n", str(INSTALL_SH)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    tracked = subprocess.run(
        ["git", "ls-files", "-s", "--", str(INSTALL_SH.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    if tracked:  # committed: git must record the executable bit too (the tarball keeps it)
        assert tracked.startswith("100755 "), tracked


def test_install_sh_is_shellcheck_clean() -> None:
    tool = shutil.which("shellcheck")
    if tool is None:
        pytest.skip("shellcheck is not installed")
    result = subprocess.run(
        [tool, "-s", "sh", str(INSTALL_SH)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout


def fake_bundle(parent: Path, version: str) -> Path:
    """An unpacked tarball as installer/build.py lays it out, with stub programs."""
    folder = parent / f"avhopp-{version}-linux-x86_64"
    icons = folder / "_internal" / "resources" / "icons"
    icons.mkdir(parents=True)
    for name in ("avhopp.png", "avhopp.svg"):
        shutil.copy2(ICONS / name, icons / name)
    shutil.copy2(INSTALL_SH, folder / "install.sh")
    shutil.copy2(DESKTOP, folder / "avhopp.desktop")
    for program, output in (("avhopp", version), ("avhopp-admin", f"avhopp-admin {version}")):
        stub = folder / program
        stub.write_text(f'#!/bin/sh\necho "{output} $*"\n')
        stub.chmod(0o755)
    return folder


class Home:
    """A temporary home with the XDG variables unset, as on a fresh desktop account."""

    def __init__(self, root: Path) -> None:
        self.root = root / "home of user"  # a space: the paths must be quoted everywhere
        self.root.mkdir()
        self.env = {
            "HOME": str(self.root),
            "PATH": os.environ["PATH"],
            "LANG": "C.UTF-8",
        }
        share = self.root / ".local" / "share"
        self.desktop = share / "applications" / "avhopp.desktop"
        self.icon = share / "icons" / "hicolor" / "256x256" / "apps" / "avhopp.png"
        self.svg = share / "icons" / "hicolor" / "scalable" / "apps" / "avhopp.svg"
        self.opt = self.root / ".local" / "opt"
        self.bin = self.root / ".local" / "bin"
        self.data = share / "Avhopp"
        self.config = self.root / ".config" / "Avhopp"

    def run(
        self, script: Path, *args: str, stdin: str = "", ok: bool = True
    ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            ["sh", str(script), *args],
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        if ok:
            assert result.returncode == 0, result.stdout + result.stderr
        return result


def test_install_sh_installs_a_menu_entry_and_upgrades(tmp_path: Path) -> None:
    home = Home(tmp_path)
    first = fake_bundle(tmp_path / "download one", "0.1.0")
    home.run(first / "install.sh")

    installed = home.opt / "avhopp-0.1.0"
    assert (installed / "avhopp").is_file()
    assert os.access(installed / "avhopp", os.X_OK)
    assert (installed / "_internal" / "resources" / "icons" / "avhopp.png").is_file()
    entry = read_desktop(home.desktop)
    assert entry["Exec"] == f'"{installed / "avhopp"}"'
    assert entry["TryExec"] == str(installed / "avhopp")
    assert entry["Icon"] == "avhopp"
    assert home.icon.read_bytes() == (ICONS / "avhopp.png").read_bytes()
    assert home.svg.read_bytes() == (ICONS / "avhopp.svg").read_bytes()
    desktop_file_validate_if_available(home.desktop)
    # The commands in ~/.local/bin run the installed programs.
    admin = subprocess.run(
        [str(home.bin / "avhopp-admin"), "--version"], capture_output=True, text=True, check=True
    )
    assert admin.stdout.strip() == "avhopp-admin 0.1.0 --version"

    # A newer version replaces the older one and the entry follows it.
    second = fake_bundle(tmp_path / "download two", "0.2.0")
    home.run(second / "install.sh")
    assert not installed.exists()
    assert read_desktop(home.desktop)["Exec"] == f'"{home.opt / "avhopp-0.2.0" / "avhopp"}"'


def desktop_file_validate_if_available(path: Path) -> None:
    if shutil.which("desktop-file-validate"):
        desktop_file_validate(path)


def test_install_sh_here_runs_in_place_and_respects_xdg_data_home(tmp_path: Path) -> None:
    home = Home(tmp_path)
    data_home = tmp_path / "xdg data"
    home.env["XDG_DATA_HOME"] = str(data_home)
    bundle = fake_bundle(tmp_path / "anywhere", "0.1.0")
    home.run(bundle / "install.sh", "--here")

    entry = read_desktop(data_home / "applications" / "avhopp.desktop")
    assert entry["Exec"] == f'"{bundle / "avhopp"}"'
    assert (data_home / "icons" / "hicolor" / "256x256" / "apps" / "avhopp.png").is_file()
    assert not home.opt.exists()  # nothing copied


def test_install_sh_uninstall_keeps_data_unless_confirmed(tmp_path: Path) -> None:
    home = Home(tmp_path)
    bundle = fake_bundle(tmp_path / "download", "0.1.0")
    home.run(bundle / "install.sh")
    home.data.mkdir(parents=True)
    (home.data / "vault.avhopp").write_bytes(b"vault")
    (home.data / "vault.avhopp.keys").write_bytes(b"keys")
    (home.config / "witness").mkdir(parents=True)
    # A file of the user's own in ~/.local/bin is never touched.
    foreign = home.bin / "avhopp-notes"
    foreign.write_text("mine")

    result = home.run(bundle / "install.sh", "--uninstall")
    assert not (home.opt / "avhopp-0.1.0").exists()
    assert not home.desktop.exists()
    assert not home.icon.exists()
    assert not home.svg.exists()
    assert not (home.bin / "avhopp").exists()
    assert not (home.bin / "avhopp-admin").exists()
    assert foreign.read_text() == "mine"
    assert (home.data / "vault.avhopp").read_bytes() == b"vault"
    assert (home.data / "vault.avhopp.keys").is_file()
    assert (home.config / "witness").is_dir()
    assert str(home.data) in result.stdout

    # --remove-data without the typed confirmation keeps everything.
    for answer in ("", "yes\n", "REMOVE\n"):
        home.run(bundle / "install.sh", "--uninstall", "--remove-data", stdin=answer)
        assert (home.data / "vault.avhopp").is_file(), answer
        assert (home.config / "witness").is_dir(), answer

    home.run(bundle / "install.sh", "--uninstall", "--remove-data", stdin="remove\n")
    assert not home.data.exists()
    assert not home.config.exists()
    assert (bundle / "avhopp").is_file()  # the unpacked folder itself is the user's


def test_install_sh_refuses_what_it_cannot_do(tmp_path: Path) -> None:
    home = Home(tmp_path)
    bundle = fake_bundle(tmp_path / "download", "0.1.0")
    (bundle / "avhopp-admin").unlink()
    result = home.run(bundle / "install.sh", ok=False)
    assert result.returncode != 0
    assert "avhopp-admin is missing" in result.stderr
    result = home.run(bundle / "install.sh", "--remove-data", ok=False)
    assert result.returncode != 0
    assert "--remove-data goes with --uninstall" in result.stderr
    odd = fake_bundle(tmp_path / "price $5", "0.1.0")
    result = home.run(odd / "install.sh", "--here", ok=False)
    assert result.returncode != 0
    assert "cannot hold" in result.stderr
    assert not home.desktop.exists()


# ---------------------------------------------------------------- icons


def test_icons_have_the_sizes_the_installers_need() -> None:
    with Image.open(ICONS / "avhopp.png") as png:
        assert png.format == "PNG"
        assert png.size == (256, 256)
        assert png.mode == "RGBA"
    with (ICONS / "avhopp.ico").open("rb") as handle:
        ico = IcoImagePlugin.IcoFile(handle)
        assert ico.sizes() == {(16, 16), (32, 32), (48, 48), (256, 256)}
        for size in (16, 32, 48, 256):
            layer = ico.getimage((size, size))
            assert layer.size == (size, size)
            assert layer.mode == "RGBA"
            corner, middle = layer.getpixel((0, 0)), layer.getpixel((size // 2, size // 2))
            assert corner[3] == 0
            assert middle[3] == 255
    svg = (ICONS / "avhopp.svg").read_text()
    assert 'viewBox="0 0 256 256"' in svg
    assert "#1F4E79" in svg  # BRAND in avhopp/reports/base.py


def test_icons_match_the_svg() -> None:
    # In a child process: make_icons.py needs a QGuiApplication, and this process's Qt
    # application belongs to the GUI tests.
    result = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "make_icons.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
