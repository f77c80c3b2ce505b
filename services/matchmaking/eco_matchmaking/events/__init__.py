"""Matchmaking events: sessions, slots, tables, rules, partner portals, statistics."""
