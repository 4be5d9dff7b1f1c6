"""What every long-running process kind shares: its lifecycle (start, SIGTERM/SIGINT drain,
close) in :mod:`bot.ops.lifecycle`, and its health and metrics in :mod:`bot.ops.observability`."""
