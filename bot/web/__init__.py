"""The clinician's web view: one more channel (Starlette, Jinja2 templates, plain HTML forms),
calling the use cases of ``bot.service.clinic``. ``make_app(coach)`` builds it; ``itb-coach web``
serves it with uvicorn."""
