"""Outgoing webhooks: events written to an outbox with the change they report, then
delivered, signed, at least once by the job worker."""
