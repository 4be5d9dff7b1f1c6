"""Whether to hear every message with every language's words, or only with one language's.

For each corpus (English tuning, held-out and unseen sets; the Spanish tuning set, and the
Spanish held-out set once it was measured), each message is sorted in the domain as the service
sorts it: a known flag, else the three-way sort of ``protocols/itb_talk*.yaml``. A red flag or
unplaced message must hold (a flag, or body talk the coach cannot place); an everyday one must
not. Three ways of hearing are compared:

- **English only**: ``red_flags.yaml`` and ``itb_talk.yaml``;
- **Spanish only**: ``red_flags.es.yaml`` and ``itb_talk.es.yaml``;
- **every language** (what the coach does): both, typo matching only in the language a message
  shows (``RedFlagVocabulary.matchers``), the most cautious three-way sort.

Run::

    PYTHONPATH=. .venv/bin/python bench/hearing_languages.py
"""

from __future__ import annotations

import importlib

from bot.coach.bodytalk import ItbTalk
from bot.coach.redflags import RedFlagVocabulary
from bot.protocol_files import default_itb_talk, load_red_flags

# (module, holding names, everyday names): the first tuple of each pair is (text, flag) pairs.
CORPORA = {
    "English tuning": ("red_flag_corpus", ("RED_FLAGS", "UNPLACED"), ("BENIGN",)),
    "English held-out": (
        "red_flag_heldout",
        ("HELD_OUT_FLAGS", "HELD_OUT_UNPLACED"),
        ("HELD_OUT_EVERYDAY",),
    ),
    "English unseen": (
        "red_flag_corpus_unseen",
        ("UNSEEN_FLAGS", "UNSEEN_UNPLACED"),
        ("UNSEEN_EVERYDAY",),
    ),
    "Spanish tuning": ("red_flag_corpus_es", ("RED_FLAGS_ES", "UNPLACED_ES"), ("EVERYDAY_ES",)),
    "Spanish held-out": (
        "red_flag_corpus_es_heldout",
        ("HELD_OUT_FLAGS_ES", "HELD_OUT_UNPLACED_ES"),
        ("HELD_OUT_EVERYDAY_ES",),
    ),
}


def _texts(module: object, names: tuple[str, ...]) -> list[str]:
    items = [item for name in names for item in getattr(module, name)]
    return [item[0] if isinstance(item, tuple) else item for item in items]


def holds(vocabulary: RedFlagVocabulary, talk: ItbTalk, text: str) -> bool:
    return bool(vocabulary.find(text)) or talk.place_heard(vocabulary, text).holds


def ways() -> dict[str, tuple[RedFlagVocabulary, ItbTalk]]:
    every, talk = load_red_flags(), default_itb_talk()
    spanish = every.speaking("es")
    spanish_talk = next(t for t in talk.translations if t.language == "es")
    return {
        "English only": (
            every.model_copy(update={"translations": ()}),
            talk.model_copy(update={"translations": ()}),
        ),
        "Spanish only": (spanish.model_copy(update={"translations": ()}), spanish_talk),
        "every language": (every, talk),
    }


def main() -> None:
    print("| corpus | hearing | held (flags + unplaced) | everyday held |")
    print("|---|---|---|---|")
    for corpus, (name, holding, everyday) in CORPORA.items():
        try:
            module = importlib.import_module(f"tests.service.{name}")
        except ModuleNotFoundError:
            continue
        hold, day = _texts(module, holding), _texts(module, everyday)
        for way, (vocabulary, talk) in ways().items():
            held = sum(holds(vocabulary, talk, t) for t in hold)
            alarms = sum(holds(vocabulary, talk, t) for t in day)
            print(f"| {corpus} | {way} | {held}/{len(hold)} | {alarms}/{len(day)} |")


if __name__ == "__main__":
    main()
