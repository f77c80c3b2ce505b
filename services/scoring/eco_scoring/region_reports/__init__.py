"""Region assessment reports: a region's Panorama profile, scoreboard, Stress Test, survey
results and recommendations in one JSON document, HTML page or PDF."""
