"""Teamwork across laptops: encrypted interview packages, merge, the co-listener's round trip."""
