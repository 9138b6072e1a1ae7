"""`python -m dxgap`."""

from dxgap.cli import main

main()
