"""An interview: records, participant codes, consent, notes, quotes, tag anchors, the guide
runner and its clock, autosave and the receipt."""
