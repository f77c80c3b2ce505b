"""The Stress Test for Cluster Policy: the questionnaire as data, stored and seeded."""
