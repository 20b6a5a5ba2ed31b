"""Ledger import: any real-world Excel/CSV resident ledger into the register (issue 3)."""
