"""The question guide: editor, tree model, undo commands, preview, import."""
