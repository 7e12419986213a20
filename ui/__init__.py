"""Avhopp desktop client (PySide6). Talks to the core through avhopp.services only."""
