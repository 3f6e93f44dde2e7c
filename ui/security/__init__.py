"""Locking (idle, suspend, OS lock), preferences, and the retention dialog at unlock."""
