"""python -m statement_collector"""

from .cli import main

main()
