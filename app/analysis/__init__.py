"""The analyst's workspace: codebook, tagging, anchors, reading across interviews, search."""
