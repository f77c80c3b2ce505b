"""Cluster Excellence Scoreboard, stakeholder surveys: anonymous token responses and results."""
