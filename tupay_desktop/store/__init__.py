"""Persistence: environments/settings, credentials (OS keyring), journal (SQLite). No Qt."""
