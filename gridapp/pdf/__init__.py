"""Printed documents (reportlab): door-visit forms, household cards, notices, rosters, reports.

Nothing here imports Qt. Every writer takes plain data (see ``data.py``), an output path, a
progress callback and a cancel flag, writes to a temporary file beside the target and renames it
only when the whole document is done, so a cancelled or failed run leaves no half-written file.
"""
