"""Reusable widgets of the desktop client."""
