"""Regional statistics: Eurostat-format parsing, validation, import and aggregation."""
