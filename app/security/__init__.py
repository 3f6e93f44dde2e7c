"""Security: verified backups and restore, erasure on withdrawal, retention, passphrases."""
