"""The Regional Eco-System Scoreboard's shipped framework and the indicators derived from
the shipped statistics."""
