"""Whose body, and whether it happened (CLINICAL.md §5 v3): the ConText idea (Harkema et al.,
J Biomed Inform 2009) for a runner's messages, beside the negation of ``redflags``.

A finding in a clause is dropped when

- it is about **someone else**: the nearest person or body part before it belongs to another
  ("my son fell", "the dog's back leg gives way", "my patient had a hot swollen knee"), or an
  object pronoun right after it does ("twisted his ankle"); "me" after it, or "my" right after
  it or before a body part, keeps it the runner's ("the dog knocked me flying");
- it is **hypothetical**: a trigger such as "what if" or "in case" stands before it in its
  clause, or "if" does in a sentence that asks a question ("should I ice it if it swells?"),
  or the question asks about a sign in general with no runner word in the clause ("is it
  normal to get pins and needles?", "is pins and needles ever part of ITB?");
- it is **historical**: "years ago", "when I was 19" stands before it in its clause with no
  word of now ("now", "again") between, or "as a teenager", "ages ago" stands anywhere in its
  clause with no word of now in it; a message asking ahead ("asking before it happens") asks in
  each sentence, so its "if" is hypothetical (a sign told plainly beside it is still heard);
- its phrase is **body-dependent** (``~`` in the vocabulary: "gave way", "fell", "twisted",
  "swelling", "red hot") and a plain word right before it makes it a name ("cabin fever") in a
  clause with no body part, or its clause names the weather and no body part ("this weather is
  giving me chills"), or its clause names neither the runner's body nor the runner, while a
  thing stands before it as its subject ("the crowd swelled", "my headphones snapped") or after
  it as its object ("twisting a bottle cap", "gave way to a cyclist", "red hot pace").

The word lists are data (``matching.context`` in ``protocols/red_flags.yaml``).
"""

from __future__ import annotations

from bot.coach.context_words import ContextWords, WordSet, begins_before, contains, holds

__all__ = ["ContextWords", "Scope", "WordSet", "contains"]


class Scope:
    """The context rules over one vocabulary's words."""

    def __init__(self, words: ContextWords) -> None:
        self.others = WordSet.of(w for w in words.others if " " not in w)
        self.other_pairs = {tuple(w.split()) for w in words.others if len(w.split()) == 2}
        self.runner = WordSet.of(words.runner)
        self.body = WordSet.of(words.body)
        self.function = WordSet.of(words.function)
        self.particles = WordSet.of(words.particles)
        self.determiners = WordSet.of(words.determiners)
        self.hypothetical = tuple(tuple(p.split()) for p in words.hypothetical)
        self.conditional = tuple(tuple(p.split()) for p in words.conditional)
        self.generic = tuple(tuple(p.split()) for p in words.generic)
        self.historical = tuple(tuple(p.split()) for p in words.historical)
        self.current = WordSet.of(words.current)
        self.long_ago = tuple(tuple(p.split()) for p in words.long_ago)
        self.weather = WordSet.of(words.weather)
        self.ahead = tuple(tuple(p.split()) for p in words.ahead)
        self.own = WordSet.of(words.own)
        self.after = words.after
        self.unowned = WordSet.of(words.unowned)
        self.clitics = WordSet.of(words.clitics)
        self.asking = WordSet.of(words.asking)
        self.not_owners = WordSet.of(words.not_owners)
        self.abstract = WordSet.of(words.abstract)
        self.causing = WordSet.of(words.causing)
        self.burdens = WordSet.of(words.burdens)
        self.general = WordSet.of(words.general)
        self.with_ = WordSet.of(words.companions)
        self.joining = WordSet.of(words.joining)
        self.of = WordSet.of(words.of)
        self.carers = tuple(tuple(p.split()) for p in words.carers)
        self.vocatives = WordSet.of(words.vocatives)
        self.lasting = WordSet.of(words.lasting)
        self.spans = WordSet.of(words.spans)

    def someone_else(self, words: list[str], start: int, end: int) -> bool:
        """Whether the finding at ``words[start:end]`` is about another person or animal."""
        if any(word in self.clitics for word in words[max(0, start - 1) : start + 1]):
            return False
        if start > 0 and words[start - 1] in self.others and words[start - 1] in self.determiners:
            return True  # "his legs", "her knee"
        if self._mine(words, start):
            return False  # "bloke went into the side of my knee": "my" owns it
        if self._my_body(words[end : end + 5]):
            return False  # "he clattered right into my knee": it struck the runner
        inside = words[start + 1 : end - 1]
        if any(w in self.others and w in self.determiners for w in inside):
            return True  # "tripping over his own toes": another's inside the finding
        if self._cared_for(words, start, end):
            return True
        for at in range(end, min(end + self.after, len(words))):
            if self._own(words, at, right_after=at == end):
                return False
            word = words[at]
            if word in self.others:
                return True
        for at in range(start - 1, -1, -1):
            word = words[at]
            if self._companion(words, at):
                continue  # "went skipping with my daughter and couldn't hop"
            if self._other(words, at) or self._possessive(words, at):
                return True
            if word in self.runner:
                return False
            if word in self.body and not (at > 0 and words[at - 1] in self.unowned):
                return self._owner_other(words, at)
        return False

    def whose(self, words: list[str]) -> str | None:
        """Who a clause is about: "runner" when it names the runner or their body ("I", "me",
        "my knee"), else "other" when it names someone else ("my daughter's hand", "a
        friend"), else "body" when it names a body part alone ("knee's swollen"), else None."""
        runner = any(
            w in self.runner
            or (w in self.own and any(b in self.body for b in words[i + 1 : i + 3]))
            for i, w in enumerate(words)
        )
        if runner:
            return "runner"
        mine = (
            i for i, w in enumerate(words) if w in self.body and not self._owner_other(words, i)
        )
        if next(mine, None) is not None:
            return "body"  # "playing with the kids and the knee jammed": perhaps the runner's
        if any(self._other(words, i) or self._possessive(words, i) for i in range(len(words))):
            return "other"
        return None

    def _cared_for(self, words: list[str], start: int, end: int) -> bool:
        """Whether the runner looks after the finding's owner: a carer's phrase before it in
        the clause ("the lady I care for can't weight bear", "the calf I treated had a hot
        joint"), with no "my" or "me" between, or right after it ("the calf I treated")."""
        for phrase in self.carers:
            n = len(phrase)
            if tuple(words[end : end + n]) == phrase:
                return True  # "the calf I treated": a body part, and who cares for it
            for at in range(start - n + 1):
                if tuple(words[at : at + n]) == phrase and not any(
                    w in self.own for w in words[at + n : start]
                ):
                    return True
        return False

    def _owner_other(self, words: list[str], at: int) -> bool:
        """Whether the body part ``words[at]`` is someone else's: the first word before it that
        is not a describing word ("a hot red swollen", "back") names another ("my patient had
        a hot red swollen knee", "the dog's back leg"); "my" keeps it the runner's."""
        for before in range(at - 1, -1, -1):
            if self._other(words, before) or self._possessive(words, before):
                return True
            word = words[before]
            if word in self.own or word in self.runner:
                return False
            if word not in self.function and word not in self.determiners:
                return False
            if word == "and" and words[before + 1] in self.determiners:
                return False  # "the kids and the knee": another thing begins
        return False

    def _possessive(self, words: list[str], at: int) -> bool:
        """Whether ``words[at]`` names an owner by "'s" ("the cow's", "Sam's"), not "it's",
        nor in a likeness ("like someone's stabbing the bone")."""
        word = words[at]
        return (
            bool(self.not_owners.exact or self.not_owners.prefixes)
            and not self._likeness(words, at)
            and word.endswith("'s")
            and word not in self.not_owners
            and word not in self.body
            and word[:-2] not in self.body
            and word not in self.runner
            and word not in self.function
        )

    def _own(self, words: list[str], at: int, *, right_after: bool) -> bool:
        """Whether ``words[at]`` after a finding makes it the runner's: "me", "my" right after
        it, or "my" before a body part, not "my" before a thing ("a fever on my ward")."""
        if words[at] not in self.own:
            return False
        mine = words[at] not in self.determiners or right_after
        return mine or words[at + 1 : at + 2] == [] or words[at + 1] in self.body

    def _other(self, words: list[str], at: int) -> bool:
        """Whether ``words[at]`` names someone else, alone or with the word before it ("my
        other half's"), and not in a likeness ("like a show pony")."""
        pair = at > 0 and (words[at - 1], words[at]) in self.other_pairs
        if at == 0 and words[0] in self.vocatives:
            return False  # "Coach there is a pain in my hip": the coach is addressed
        return (words[at] in self.others or pair) and not self._likeness(words, at)

    def _mine(self, words: list[str], start: int) -> bool:
        """Whether "my" stands right before a finding that is a body part, at most describing
        words between ("my left knee")."""
        if words[start] not in self.body:
            return False
        before = start - 1
        while before >= 0 and words[before] in self.function and words[before] not in self.own:
            before -= 1
        return before >= 0 and words[before] in self.own

    def _companion(self, words: list[str], at: int) -> bool:
        """Whether ``words[at]`` names someone the runner was with, not whose the finding
        is: "with my", "alongside my" before it ("ran with my daughter"; not "with a
        patient")."""
        if not self._other(words, at):
            return False
        before = at - 1
        if before < 0 or words[before] not in self.own:
            return False  # "with my daughter", not "with a patient"
        while before >= 0 and (words[before] in self.own or words[before] in self.determiners):
            before -= 1
        return before >= 0 and words[before] in self.with_

    def _likeness(self, words: list[str], at: int) -> bool:
        """Whether ``words[at]`` is what something is likened to: "like" before it, at most
        two describing or determining words between ("like a show pony", "like an old man")."""
        for before in range(at - 1, max(-1, at - 4), -1):
            if words[before] == "like":
                return True
            plain = words[before] not in self.determiners and words[before] not in self.function
            if plain and before != at - 1:
                return False  # only the word right before may describe ("show pony")
        return False

    def hypothetical_at(self, words: list[str], start: int, question: bool) -> bool:
        """Whether a hypothetical trigger begins before ``start`` in the clause (it may run
        into the finding: "si se me" before "se me bloquea")."""
        triggers = self.hypothetical + (self.conditional if question else ())
        if any(begins_before(words, trigger, start) for trigger in triggers):
            return True
        return (question and self._generic(words, start)) or self._historical(words, start)

    def _generic(self, words: list[str], start: int) -> bool:
        """A question about a sign, not a report of one: a generic trigger before the finding
        and no runner word in the clause ("is it normal to get pins and needles?", but not "is
        it normal that my knee is swollen?")."""
        if any(w in self.runner or w in self.own for w in words):
            return False
        if start == 1 and words[0] in self.asking:
            return True  # "is pins and needles ever part of ITB?": the sign is what is asked
        if (
            words
            and words[0] in self.asking
            and any(
                w in self.body and words[i - 1] in self.general for i, w in enumerate(words[1:], 1)
            )
        ):
            return True  # "can ITB make the knee swell?": a knee, not the runner's
        return any(begins_before(words, trigger, start) for trigger in self.generic)

    def _historical(self, words: list[str], start: int) -> bool:
        """Long over: a historical trigger before the finding, and no word of now between
        ("years ago I had a numb foot", but not "years ago I broke it and now it's swollen")."""
        for trigger in self.historical:
            n = len(trigger)
            at = next((i for i in range(start - n + 1) if tuple(words[i : i + n]) == trigger), None)
            if at is not None and not any(w in self.current for w in words[at + n : start]):
                return True
        if any(w in self.current for w in words):
            return False
        return any(holds(words, trigger) for trigger in self.long_ago)

    def asked_ahead(self, words: list[str]) -> bool:
        """Whether a message asks ahead of a sign ("what do I do if it locks? asking before it
        happens"): each of its sentences then asks, so an "if" in it is hypothetical."""
        return any(contains(words, phrase) for phrase in self.ahead)

    def bodily(self, words: list[str], start: int, end: int) -> bool:
        """Whether a body-dependent finding can be the runner's body: the runner or their
        body comes before it ("my knee gave way", "I fell"); else no thing stands before it as
        its subject ("the crowd swelled"), and the runner or their body follows it closely
        ("twisted my knee") or no thing follows as its object ("twisting a bottle cap")."""
        before = words[:start]
        if self._compound(words, start):
            return False  # "cabin fever", "hay fever": a thing's name, not a sign
        if not any(w in self.body for w in words) and any(w in self.weather for w in words):
            return False  # "this weather is giving me chills", "red hot day": the weather's
        if any(w in self.body for w in words[start : end + 3]):
            return True  # "twisted my knee", "fell on my knee": the body is in it or its object
        if self._abstract_subject(before):
            return False  # "the rent hike knocked me off my feet": a figure of speech
        near = words[end : end + 6]
        if any(w in self.burdens for w in near) and not any(
            w in self.body or (w in self.runner and w not in self.causing) for w in near
        ):
            return False  # "can't bear the weight of these bills", "a twist in the final"
        if any(w in self.body or w in self.runner for w in before):
            return True
        if any(w in self.body for w in words[end : end + 3]):
            return True  # "smashed my knee": the body is its object
        if self._my_body(words[end : end + 6]):
            return True  # "fell off it onto my right leg": where it struck
        if any(self._plain(w) for w in before):
            return False  # "the crowd swelled", "prices swelling", "my headphones snapped"
        after = words[end:]
        if any(w in self.body or w in self.runner for w in after[:7]):
            return True
        if after and after[0] in self.determiners:
            return len(after) > 1 and (after[1] in self.body or after[1] in self.function)
        if after and after[0] in self.particles:
            return True  # "fell on the ice", "gave way on uneven ground": a place, not an object
        if (
            len(after) > 1
            and after[0] in self.lasting
            and (after[1].isdigit() or after[1] in self.spans)
        ):
            return True  # "pins and needles for 2 days": how long, not what for
        return not after or after[0] in self.function

    def _plain(self, word: str) -> bool:
        """Whether ``word`` may be a thing: not a function word, a determiner nor a manner
        word ("visibly", "really")."""
        adverb = len(word) > 4 and word.endswith("ly")
        return word not in self.function and word not in self.determiners and not adverb

    def _abstract_subject(self, before: list[str]) -> bool:
        """Whether the nearest word before a finding that is not a function word is a thing
        that strikes no body ("rent", "news", "exam"), and no body part stands before it."""
        at = len(before) - 1
        while at >= 0:
            word = before[at]
            if word in self.body or (word in self.runner and word not in self.causing):
                return False
            if word in self.joining:
                return False  # "I was at the match and fell": another's subject, unknown
            if word in self.causing or word in self.function or word in self.determiners:
                at -= 1
                continue  # "that horror film gave me chills"
            if word in self.abstract:
                return True
            # the subject's own phrase: "the news about the floods left me numb"
            at -= 1
            while at >= 0 and before[at] in self.determiners:
                at -= 1
            if at < 0 or before[at] not in self.of:
                return False
            at -= 1
        return False

    def _my_body(self, words: list[str]) -> bool:
        """Whether "my" and a body part stand in ``words``, at most one word between ("my
        right leg"), or "me" or "my" comes first and a body part later ("kicked me square in
        the knee")."""
        if any(w in self.own for w in words[:2]) and any(w in self.body for w in words):
            return True
        return any(
            word in self.own and any(w in self.body for w in words[i + 1 : i + 3])
            for i, word in enumerate(words)
        )

    def _compound(self, words: list[str], start: int) -> bool:
        """Whether the finding is the second half of a name ("cabin fever"): a plain word
        stands right before it and the clause names no body part."""
        if start == 0 or any(w in self.body for w in words):
            return False
        word = words[start - 1]
        kinds = (self.function, self.determiners, self.runner, self.particles, self.own)
        return not any(word in kind for kind in kinds)
