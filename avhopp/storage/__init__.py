"""SQLAlchemy 2 ORM, engines for SQLCipher-SQLite and PostgreSQL, migrations, repositories.

``sqlite3``/``sqlcipher3`` and ``psycopg`` exceptions are translated into
:mod:`avhopp.errors` here; nothing above this package sees them.
"""
