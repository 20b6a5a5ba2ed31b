"""Widgets shared by the work pages: tables, coverage bars, charts, the PDF preview."""

from gridapp.ui.pyside_guard import keep_none_alive

keep_none_alive()  # the pages import these widgets; see gridapp/ui/pyside_guard.py
