"""Avhopp core library: domain rules, encryption, storage and services. No Qt here."""

__version__ = "0.1.0"
