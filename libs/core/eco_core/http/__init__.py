"""HTTP conventions every service shares: app factory, problems, pagination, ETags, health."""
