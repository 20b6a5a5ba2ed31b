"""The register's opening errors, importable without SQLAlchemy (the GUI's first screen and the
lock file need them before the database layer is loaded)."""

from __future__ import annotations


class RegisterError(Exception):
    """A register that cannot be opened; the message is for the user."""


class WrongPasswordError(RegisterError):
    """The password does not open the register (or the file is not a register)."""


class PasswordRequiredError(RegisterError):
    """The register is encrypted and no password was given."""
