"""网格台账 (gridapp): an offline resident register and work ledger for grid leaders."""

__version__ = "0.1.0"
APP_NAME = "gridapp"
APP_TITLE = "网格台账"
