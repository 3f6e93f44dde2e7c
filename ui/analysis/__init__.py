"""The analyst's workspace (issue 7): codebook, reading across interviews, search, tagging."""
