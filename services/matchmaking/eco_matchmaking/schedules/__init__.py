"""Event schedules: optimisation runs, the grid, agendas (JSON, iCal, CSV, PDF), publishing."""
