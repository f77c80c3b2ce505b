"""The participants of an event: registration, availability, partner suggestions."""
