"""Regional statistics: parsing, import, queries, aggregation, export."""
