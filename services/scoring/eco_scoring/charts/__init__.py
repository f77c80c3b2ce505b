"""Charts as data and as pictures: Vega-Lite specs (``spec``) a frontend can render and
restyle, and the same specs rendered on the server (``render``) to self-contained SVG (no
script, no fonts to load) and PNG."""
