"""Matchmaking events over HTTP."""
