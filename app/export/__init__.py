"""Word exports for analysts: transcripts, quotes by theme, guide and consent printouts."""

from app.export.document import ExportKind

__all__ = ["ExportKind"]
