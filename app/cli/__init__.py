"""The ``samtal`` command line: ``main.py`` (the parser) and one module per command group."""
