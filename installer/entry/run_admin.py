"""Frozen entry point of the admin CLI: the `avhopp-admin` executable."""

import sys

from avhopp.cli.main import main

sys.exit(main())
