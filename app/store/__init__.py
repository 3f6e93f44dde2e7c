"""The encrypted project store: a folder ``NAME.samtal`` with a SQLCipher database and a key
file.
"""

from app.store.database import Database
from app.store.keyfile import KdfParams, KeyFile
from app.store.project import Project

__all__ = ["Database", "KdfParams", "KeyFile", "Project"]
