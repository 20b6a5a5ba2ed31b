"""The ``gridapp`` command: a thin face over the services. Never imports Qt (starts fast)."""
