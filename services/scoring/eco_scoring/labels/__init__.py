"""Cluster Excellence Scoreboard, management labels: indicator sets and assessments."""
