"""Samtal's Qt shell: windows, dialogs and models over the Qt-free ``app`` package."""
