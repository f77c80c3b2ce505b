"""Stateless schedule optimisation: POST an instance, get the schedule with its bound."""
