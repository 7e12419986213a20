"""Replaces the contrib hook, which collects every phonenumbers submodule: Avhopp only parses
and formats numbers, so the geocoder, carrier and time-zone data (~45 MB) stay out."""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules(
    "phonenumbers",
    filter=lambda name: name.split(".")[1:2] not in (["geodata"], ["carrierdata"], ["tzdata"]),
)
