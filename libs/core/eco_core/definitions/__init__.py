"""Definition sets: cluster categories and emerging industries as sets of NACE codes."""
