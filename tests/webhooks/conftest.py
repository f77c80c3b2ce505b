from tests.webhooks.support import migrated_engine, receiver

__all__ = ["migrated_engine", "receiver"]
