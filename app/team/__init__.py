"""The audit as a team: packages between laptops, merge, live co-listening."""
