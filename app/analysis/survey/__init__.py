"""Survey summaries of closed questions: counts, shares, grades, breakdowns, suppression, charts."""
