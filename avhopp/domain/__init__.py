"""Pure rules and value objects: no I/O, no SQLAlchemy, no Qt."""
