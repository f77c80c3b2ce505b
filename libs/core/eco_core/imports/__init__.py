"""Bulk imports: validate a whole streamed file, report row by row, write all or nothing."""
