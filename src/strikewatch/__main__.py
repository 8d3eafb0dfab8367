"""``python -m strikewatch``: the same command line as ``strikewatch``."""
from .cli import main

if __name__ == "__main__":
    main()
