"""Dialogs: they collect input, call a core service and show its errors; they decide nothing."""
