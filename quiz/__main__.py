"""Allow ``python -m quiz``."""

import sys

from quiz.cli import main

sys.exit(main())
