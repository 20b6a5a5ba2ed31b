"""Use cases over a session. Plain functions: session in, plain data out, no Qt."""
