"""The Regional Eco-System Scoreboard: framework conditions in six dimensions, vs peers."""
