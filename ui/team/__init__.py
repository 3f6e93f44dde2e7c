"""Teamwork windows: share, receive, recipient keys, co-listener mode, live co-listening."""
