"""Entry point of the Avhopp desktop client, the ``avhopp`` command."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

import avhopp


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="avhopp", description="Avhopp desktop client")
    parser.add_argument("--version", action="version", version=avhopp.__version__)
    parser.add_argument("--db", help="vault file or postgresql+psycopg:// URL (env AVHOPP_DB)")
    parser.add_argument("--user", help="user name to fill in at login (env AVHOPP_USER)")
    parser.add_argument("--lang", choices=("sv", "en"), help="interface language (default sv)")
    # Anything argparse does not know (-platform, -style, ...) is left for Qt.
    return parser.parse_known_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop client and return its exit code."""
    import os

    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING)
    app = QApplication([sys.argv[0] if sys.argv else "avhopp", *qt_args])
    app.setApplicationName("Avhopp")
    app.setOrganizationName("Avhopp")
    app.setApplicationVersion(avhopp.__version__)

    from ui import crash, i18n

    # The window icon, and the desktop entry's name (Wayland matches windows to it).
    icon = i18n.resources_dir() / "icons" / "avhopp.png"
    if icon.exists():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    app.setDesktopFileName("avhopp")
    from ui.app import AppController

    translators = i18n.install(app, i18n.choose_language(args.lang))
    crash.install_excepthook()
    controller = AppController(
        location_text=args.db or os.environ.get("AVHOPP_DB") or None,
        username=args.user or os.environ.get("AVHOPP_USER") or None,
    )
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    code = app.exec()
    del translators
    return code


if __name__ == "__main__":
    sys.exit(main())
