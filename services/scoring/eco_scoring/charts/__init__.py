"""Charts a frontend can embed as they are: self-contained SVG, no script, no fonts to load."""
