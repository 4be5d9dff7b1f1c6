"""The words of plain reports (``bot.service.natural``), English and Spanish side by side.

One table per meaning, holding both languages: a report is read by one set of rules whichever
language it is written in. The text is lower case and its accents are dropped before these
are applied (``normalise``), so the Spanish words are written without accents and "dolió",
"dolio", "mañana" and "manana" read alike. A third language adds its words to each table.
"""

from __future__ import annotations

import re
import unicodedata


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


def _either(english: str, spanish: str) -> re.Pattern[str]:
    """One pattern for a meaning: its English and Spanish words, each a whole word."""
    return re.compile(rf"\b(?:{english}|{spanish})\b")


WORD_NUMBERS = (
    "zero one two three four five six seven eight nine ten",
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez",
)
NUMBER_WORDS = {w: str(i) for spaced in WORD_NUMBERS for i, w in enumerate(spaced.split())}

# Amounts said in words, read as the numbers they are: (pattern, replacement), in order.
SPOKEN_AMOUNTS: tuple[tuple[str, str], ...] = (
    (r"\bhalf an hour\b", "30 min"),
    (r"\ban hour\b", "60 min"),
    (r"\b(una )?hora y media\b", "90 min"),
    (r"\bmedia hora\b", "30 min"),
    (r"\buna hora\b", "60 min"),
)

REQUESTS: tuple[tuple[str, str], ...] = (
    ("today", r"(what'?s |what is |show me |show )?(my |the )?(plan|today|todays plan)"),
    ("today", r"(que hay |que toca |cual es |ver |muestrame )?(mi |el )?(plan|hoy)( de hoy)?"),
    ("today", r"(my |the )?plan (for )?today|today'?s plan|what'?s on today"),
    ("today", r"(mi |el )?plan (de |para )?hoy|que (hay|toca|hago) hoy"),
    ("today", r"what (do|should|shall) i do( today| now)?|what now|what'?s next"),
    ("today", r"que (hago|toca|debo hacer)( hoy| ahora)?|y ahora que"),
    ("plan", r"where am i|status|(what|which) (phase|stage|week)( am i in| is it)?"),
    ("plan", r"donde estoy|estado|en que (fase|etapa|escalon|semana) (estoy|voy)"),
    ("progress", r"(my )?progress|how am i doing|how'?s it going|stats"),
    ("progress", r"(mi )?progreso|como voy|que tal voy|estadisticas"),
    ("help", r"help( me)?|menu|commands|what can you do|how does (this|it) work"),
    ("help", r"ayuda|ayudame|comandos|que puedes hacer|como funciona( esto)?"),
    ("hello", r"(hi|hello|hey|hiya|howdy|yo|good (morning|afternoon|evening))( there| coach)?"),
    ("hello", r"(hola|buenas|buenos dias|buenas tardes|buenas noches)( coach| entrenador)?"),
    ("done", r"(all |just )?(done|finished|did it|done it|completed)( it| that)?( now)?"),
    ("done", r"(ya )?(listo|lista|hecho|hecha|terminado|terminada|ya esta|lo hice)"),
    ("thanks", r"(thanks|thank you|thx|cheers|ta)( a lot| very much| coach)?"),
    ("thanks", r"(muchas |mil )?gracias( coach| entrenador)?"),
)
PLEASE = r"(?: please| por favor| porfa)?"

# Said outright: no pain. "Zero pain" is "0 pain" once word numbers are digits. "The knee was
# fine" is not here: fine is not a score, so it is asked, never guessed as 0.
ZERO_PAIN = _either(
    r"no (knee )?pain|pain[- ]free|painless|without (any )?pain|(zero|0) pain|did ?n[o']t hurt",
    r"sin (ningun |nada de )?(dolor|molestias?)|no (me )?(ha )?(dolido|dolio|duele)( nada)?|"
    r"ningun dolor|nada de dolor|0 dolor",
)
# How the knee was, without a score: pain is talked of, so its score is asked.
KNEE_FINE = _either(
    r"knee (is |was |felt |feels )?(fine|good|great|ok|okay|alright)",
    r"rodilla (esta |estaba |va |iba |se siente )?(bien|perfecta|genial|ok|normal)",
)
NOT_STOPPED = _either(
    r"did ?n[o']t (have to )?stop|no stopping|without stopping|kept going|non[- ]?stop",
    r"sin parar|sin detenerme|no (tuve que |me )?(parar|pare|detuve)|segui",
)
STOPPED = _either(
    r"had to stop|stopped|stop(ped)? early|cut (it )?short|could ?n[o']t finish|"
    r"pulled up|gave up|bailed|dnf",
    r"tuve que parar|pare|me pare|me detuve|no pude (terminar|acabar)|abandone|me retire",
)
# Not a report: not done, not yet, to come, or asked. Spanish "manana" is tomorrow, except in
# "esta manana" and "por la manana" (this morning, in the morning).
NOT_A_REPORT = _either(
    r"did ?n[o']t|have ?n[o']t|has ?n[o']t|not yet|never|skipped|skipping|no (run|running|"
    r"stretch\w*|strength)|won'?t|will|going to|gonna|tomorrow|plan(ning)? to|want to|wanna|"
    r"hope to|later|tonight|should i|can i|could i|shall i|may i|would",
    r"no (lo |la |los |las |he |me )?(corri|corro|corrido|trote|sali|hice|hago|hecho|hare|pude|"
    r"voy|fui|estire|estirado)|todavia no|aun no|nunca|me (lo |la |los |las )?(salte|salto)|"
    r"sin (correr|estirar)|voy a|vamos a|pienso|quiero|espero|luego|mas tarde|esta noche|"
    r"(?<!esta )(?<!la )manana|puedo|podria|deberia|debo|tengo que|correre",
)
YESTERDAY = _either(
    r"yesterday|last (night|week)|the other day",
    r"ayer|anoche|anteayer|antes de ayer|la semana pasada|el otro dia",
)
# "achy after yesterday": how it is now, because of yesterday; not a report about yesterday.
AFTER_YESTERDAY = _either(
    r"(after|from|since) (yesterday|last night)('?s \w+)?", r"(despues de|desde) (ayer|anoche)"
)
# A score said last, after a comma or a morning: "knee fine this morning, 1", "esta manana 2".
TRAILING_SCORE = re.compile(
    r"(?:[,;:\-]|\b(?:was|at|is|this morning|era|es|fue|estaba|esta manana|al levantarme)) ?"
    r"(?:a |maybe |about |like |un |unos |quiza |como )?(\d{1,2})(?: ?/ ?10)?[ .!]*$"
)
MORNING = _either(
    r"this morning|morning|woke|waking|today|right now|now",
    r"esta manana|manana|al levantarme|levantarme|me levante|al despertarme|al despertar|"
    r"desperte|hoy|ahora",
)
RUN = _either(
    r"ran|run|runs|running|jog|jogs|jogged|jogging|walk[- ]?run|run[- /]?walk|parkrun|"
    r"treadmill|tempo|intervals|easy|long run",
    r"corri|corro|correr|corriendo|carrera|trote|trotar|trotando|rodaje|cinta|intervalos|"
    r"tirada( larga)?|caminar y correr",
)
STRENGTH = _either(
    r"strength|hip (work|exercises?)|exercises|rehab exercises|clams?|clamshells?|bridges|"
    r"side[- ]lying|leg raises|abduction|band work",
    r"fuerza|ejercicios|almejas?|puentes|abducciones|elevaciones|trabajo de cadera",
)
STRETCHES = _either(
    r"stretch|stretches|stretched|stretching", r"estiramientos?|estire|estirado|estirar|estirando"
)
# A run said as done; "sore hip after the run" names a run but reports none.
RAN = _either(
    r"ran|jogged|did|done|finished|completed|went for", r"corri|trote|hice|hecho|termine|sali"
)
DONE = _either(
    r"did|done|finished|completed|complete|got through|stretched|ticked off",
    r"hice|hecho|hechos|hecha|hechas|termine|terminado|terminados|complete|completado|listo|"
    r"estire|ya",
)
PAIN_WORDS = _words(
    "pain painful knee knees hurt hurts hurting sore soreness ache aches aching achy stiff "
    "stiffness tender itb niggle "
    "dolor dolores duele duelen dolio dolia dolido molestia molestias molesta molesto dolorido "
    "dolorida rigida rigido rigidez tirante cargada cargado rodilla rodillas cintilla"
)
# Words that may stand between a pain word and its score: "knee was maybe 3".
FILLER = _words(
    "was is at about around maybe like of level score rating felt feels feeling a an only just "
    "still roughly approx the my it its it's left right during after afterwards now today this "
    "morning run be been probably "
    "era es fue estaba esta en de un una unos unas como sobre quiza quizas igual el la lo mi me "
    "al nivel durante ahora hoy solo todavia manana izquierda derecha"
)
# Pain words that say it hurts ("knee" alone says where, not that: "my knee feels weird").
HURT_WORDS = PAIN_WORDS - {"knee", "knees", "itb", "rodilla", "rodillas", "cintilla"}
KM = _words("k km kms kilometer kilometers kilometre kilometres kilometro kilometros")
MILES = _words("mi mile miles milla millas")
MINUTES = _words("m min mins minute minutes minuto minutos")
HOURS = _words("h hr hrs hour hours hora horas")
COUNTED = _words(
    "stage level week day session sessions set sets x reps rep times "
    "escalon nivel semana dia sesion sesiones serie series repeticiones veces"
)
# "None of these", to a safety screen (onboarding's or the one after unplaced body talk).
NONE_OF_THESE = frozenset(
    re.split(
        r"\|",
        "none|none of these|none of them|none of those|no|nope|nah|nothing|no to all|all good|"
        "neither|not any|n/a|na|"
        "ninguno|ninguna|ninguno de estos|ninguna de estas|nada|nada de esto|nada de eso|nop|"
        "todo bien|ni uno|tampoco|ninguna de ellas|ninguno de ellos",
    )
)
# The words typed after a command, each meaning's English and Spanish (accents dropped):
# "/run 30 dolor 4 pare", "/done estiramientos", "/race quitar".
COMMAND_PAIN = _words("pain dolor")
COMMAND_STOPPED = _words("stopped stop pare parado parada")
COMMAND_STRETCH = _words("stretch stretches estiramiento estiramientos estirar")
COMMAND_STRENGTH = _words("strength fuerza")
COMMAND_OFF = _words("off none remove delete clear cancel no quitar borrar eliminar ninguna anular")


def alternatives(words: frozenset[str]) -> str:
    """``words`` as one regular-expression alternation, longest first."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z]+(?:'[a-z]+)?|/")

# The options offered back when it is unclear what a pain score was for, in the runner's
# language: a run, this morning's knee, strength, and the word for pain. Each, sent as it is,
# is understood without doubt.
OPTIONS = {
    "en": ("ran", "knee this morning", "strength done", "pain"),
    "es": ("corrí", "rodilla esta mañana", "fuerza hecha", "dolor"),
}


def normalise(text: str) -> str:
    """Lower case, plain apostrophes, no accents, "5,5" as "5.5", amounts and numbers said in
    words as digits: the text every table here is applied to."""
    text = plain(text).replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"(\d),(\d)", r"\1.\2", text)  # "5,5 km"
    for pattern, amount in SPOKEN_AMOUNTS:
        text = re.sub(pattern, amount, text)
    words = re.sub(r"[a-z]+", lambda m: NUMBER_WORDS.get(m[0], m[0]), text)
    return " ".join(words.split())


def plain(text: str) -> str:
    """Lower case without accents: "Sábado" as "sabado"."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).lower())
    return "".join(c for c in text if not unicodedata.combining(c))
