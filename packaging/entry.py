"""Entry point of the frozen bundle (PyInstaller): the same as the ``gridapp`` console script."""

import multiprocessing
import sys

from gridapp.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
