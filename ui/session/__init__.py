"""The interview session: new interview, consent, guide runner, notes, quote marks, summary."""
