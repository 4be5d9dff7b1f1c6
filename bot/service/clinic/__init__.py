"""The clinician's web view's use cases: accounts, the runner's consent (``/share``), the
caseload and a runner's page, a clinician's actions, the access log and alerts.

The web (``bot.web``) and the chat commands call these; storage is ``UnitOfWork.clinic``
(``bot.service.clinic_ports``). A clinician sees a runner only while a share the runner allowed
is in force, and every look and action is logged where the runner reads it.
"""
