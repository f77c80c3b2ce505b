"""Meetings: the organiser's actions on them (lock, move, cancel, no-shows) and feedback."""
