"""Entry point of the Avhopp desktop client, the `avhopp` command.

For now an empty shell: one window that points to `avhopp-admin`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

import avhopp

WINDOW_TITLE = "Avhopp"


def build_main_window() -> QMainWindow:
    """Build (without showing) the main window. Needs a QApplication."""
    window = QMainWindow()
    window.setWindowTitle(WINDOW_TITLE)
    label = QLabel(
        QCoreApplication.translate(
            "MainWindow", "The desktop client is being built. Use avhopp-admin for now."
        )
    )
    label.setObjectName("placeholder_label")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    window.setCentralWidget(label)
    window.resize(640, 400)
    return window


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop client and return its exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="avhopp", description="Avhopp desktop client")
    parser.add_argument("--version", action="version", version=avhopp.__version__)
    # Anything argparse does not know (-platform, -style, ...) is left for Qt.
    _, qt_args = parser.parse_known_args(args)
    app = QApplication([sys.argv[0] if sys.argv else "avhopp", *qt_args])
    app.setApplicationName("Avhopp")
    app.setApplicationVersion(avhopp.__version__)
    window = build_main_window()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
