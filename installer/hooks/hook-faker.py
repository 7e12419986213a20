"""Replaces the contrib hook, which collects all ~110 Faker locales: the demo generator asks
for sv_SE, and a provider sv_SE lacks falls back to its default locale (en_US, en_GB or la)."""

from faker.config import AVAILABLE_LOCALES
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

KEEP = {"sv_SE", "en_US", "en_GB", "en", "la"}


def wanted(name: str) -> bool:
    return all(part in KEEP or part not in AVAILABLE_LOCALES for part in name.split("."))


hiddenimports = collect_submodules("faker.providers", filter=wanted)
# Faker finds the locales by listing the providers' folders, so the modules also ship as files.
datas = [
    (source, dest)
    for source, dest in collect_data_files("faker.providers", include_py_files=True)
    if wanted(dest.replace("/", ".").replace("\\", "."))
]
