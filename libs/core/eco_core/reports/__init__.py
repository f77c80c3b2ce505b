"""Documents the services hand out: PDF reports built on fpdf2 (``eco_core.reports.pdf``)."""
