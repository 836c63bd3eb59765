"""The packaged program's entry point: ``designer`` as the console command runs it.

Batch workers on Windows and macOS (spawned) and the window's fork server on
Linux start as new runs of this executable; ``freeze_support`` turns such a
run into the worker it was started as, instead of a second designer.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()  # PyInstaller's hook makes this work on every platform

    from designer.cli import run

    run()
