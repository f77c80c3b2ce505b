"""Meeting requests between participants: make, accept, decline, withdraw, expire."""
