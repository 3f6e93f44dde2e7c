"""The audit as a team: sharing packages, co-listener mode, live co-listening."""
