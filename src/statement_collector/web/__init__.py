"""`statement-collector serve`: the review queue in the browser (Flask, imported only by that command)."""
