from tests.webhooks.support import receiver

__all__ = ["receiver"]
