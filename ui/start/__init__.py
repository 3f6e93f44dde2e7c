"""The start path: the start window, the new-project dialog and the unlock dialog."""
