"""Reviewing pseudonymisation findings before export."""
