"""Colours, contrast and the focus ring: the one place that decides how Samtal looks."""
