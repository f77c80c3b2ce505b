"""The job queue (procrastinate, on our PostgreSQL): webhook delivery and housekeeping."""
