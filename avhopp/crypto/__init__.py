"""Key derivation, key slots, field encryption, blind indexes and audit MACs.

Every ``cryptography`` exception is translated here into :mod:`avhopp.errors`.
"""
