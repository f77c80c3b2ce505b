"""The Stress Test for Cluster Policy: a region's self-assessment crossed with its scoreboard."""
