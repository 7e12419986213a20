"""Frozen entry point of the desktop client: the `avhopp` executable (name avoids the package)."""

import sys

from ui.main import main

sys.exit(main())
