"""Pure domain rules: no database, no Qt. Everything here is unit-tested in isolation."""
