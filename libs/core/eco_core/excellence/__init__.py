"""Shipped data of the Cluster Excellence Scoreboard: survey items and label indicators."""
