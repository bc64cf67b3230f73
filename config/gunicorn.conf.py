"""gunicorn in production: `gunicorn -c config/gunicorn.conf.py` (what `make serve` runs).

The access log names no visitor: no address, no user agent, no referer, and the path
without its query string (a search's words travel in the query string).
"""

import os

wsgi_app = "config.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
timeout = 30  # a request that takes longer is stuck; the worker is restarted
graceful_timeout = 20
accesslog = "-"  # standard output
errorlog = "-"  # standard error
# time, method, path without query string, protocol, status, bytes, duration in milliseconds
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
