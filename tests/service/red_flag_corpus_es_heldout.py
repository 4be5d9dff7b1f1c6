"""The held-out part of the Spanish red-flag corpus: a clinician's invented messages, written
before the Spanish matcher was tuned and without reading its vocabulary, the ITB-talk words or the
coach's code. It is measured once, at the end, and never tuned against: a miss here is a reason
to add *other* phrasings of the same kind to ``red_flag_corpus_es.py`` and the vocabulary, and to
write a fresh held-out set, never to learn the phrase itself.

Runners' own words from Spain and Latin America (Mexico, Argentina and Uruguay with voseo,
Colombia, Chile, Venezuela and the Caribbean): slang, dropped accents and ñ, typos, dictation
slips, rambling, two things in one message, descriptions without the textbook word.
"""

from __future__ import annotations

# (message, the flag it must raise)
HELD_OUT_FLAGS_ES: tuple[tuple[str, str], ...] = (
    # hot-red-fever: emergency
    ("tengo la rodilla roja y caliente y escalofrios desde anoche", "hot-red-fever"),
    (
        "che, la rodilla está re colorada, quema al tocarla y tengo 38 y pico de fiebre",
        "hot-red-fever",
    ),
    ("me siento fatal, como con gripe, y la rodiya esta hinchada y ardiendo", "hot-red-fever"),
    ("tengo calentura y la rodilla bien roja y calientita, wey", "hot-red-fever"),
    ("tiritando toda la noche y la rodilla encendida, roja como un tomate", "hot-red-fever"),
    # no-weight: urgent
    ("no puedo ni apoyar el pie izquierdo en el suelo", "no-weight"),
    (
        "no me puedo parar sobre la pierna derecha, mi hermano me tuvo que cargar hasta el carro",
        "no-weight",
    ),
    ("la pierna no me sostiene, ando a la pata coja por la casa", "no-weight"),
    ("imposible caminar boludo, no puedo dar ni un paso", "no-weight"),
    ("desde la carrera no puedo cargar peso en esa pierna", "no-weight"),
    # foot-drop: urgent
    ("se me cae la punta del pie y tropiezo con todo", "foot-drop"),
    ("el pie se me arrastra al caminar, no lo puedo levantar", "foot-drop"),
    ("no consigo subir el pie hacia la espinilla", "foot-drop"),
    ("voy enganchando los dedos del pie en el piso, es como si el pie no respondiera", "foot-drop"),
    ("el pie me cuelga y hace plaf contra el suelo al pisar", "foot-drop"),
    # locked: soon
    ("la rodilla se me trabó y no la podía estirar", "locked"),
    ("se me bloqueo la rodilla doblada un rato en la escalera", "locked"),
    ("no puedo extender la pierna del todo, algo adentro me lo impide", "locked"),
    ("la rodilla se queda enganchada y tengo que menearla para que se suelte", "locked"),
    ("se me atoró la rodilla y no la pude enderezar", "locked"),
    # gives-way: soon
    ("se me dobló la rodilla bajando del bus y casi me caigo", "gives-way"),
    ("la rodilla me falla, se me va de repente", "gives-way"),
    ("siento la rodilla floja, como que no me aguanta", "gives-way"),
    ("se me fue la rodilla en la bajada, tío, casi me como el suelo", "gives-way"),
    ("la rodiya se me vence sola cuando bajo escaleras", "gives-way"),
    # swelling: soon
    ("la rodilla está como un balón, re hinchada", "swelling"),
    ("tengo la rodilla inflamada y abultada, se ve mas gorda que la otra", "swelling"),
    ("se me hincho la rodila desde ayer, ya no se le ve el hueso", "swelling"),
    ("la rodilla parece una toronja, toda hinchada", "swelling"),
    ("tengo hinchason en la rodilla, se nota a simple vista", "swelling"),
    # trauma: soon
    ("me caí corriendo en el parque y me di en la rodilla, desde ahí me duele", "trauma"),
    ("pisé mal un bache, se me torció la rodilla y sentí un crac", "trauma"),
    ("escuché un pop en la rodilla al girar jugando al fútbol", "trauma"),
    ("me pegué un porrazo con la bici y la rodilla quedó tocada", "trauma"),
    ("un man me chocó en el partido y me dio en la rodilla, me duele desde entonces", "trauma"),
    # night-pain: soon
    ("el dolor me despierta de noche", "night-pain"),
    ("me duele la rodilla incluso tumbado en el sofá sin hacer nada", "night-pain"),
    ("no pude dormir del dolor de rodilla, toda la noche así", "night-pain"),
    ("en reposo tambien me duele, sentada en la oficina me late la rodilla", "night-pain"),
    ("a las 3 de la mañana me desperté con la rodilla doliendo un montón", "night-pain"),
    # bone-pain: soon
    (
        "me duele un punto exacto del hueso justo debajo de la rodilla, si lo aprieto veo las "
        "estrellas",
        "bone-pain",
    ),
    ("al saltar en una pierna me duele el hueso de la tibia", "bone-pain"),
    ("tengo un dolor puntual en un hueso del pie, lo toco y pego un salto", "bone-pain"),
    ("no puedo dar saltitos, me duele la canilla en un punto", "bone-pain"),
    ("duele en el hueso mismo, no en el músculo, en un solo puntito", "bone-pain"),
    # nerve: soon
    ("se me duerme el pie cuando corro", "nerve"),
    ("tengo hormigueo en los dedos del pie", "nerve"),
    ("siento la pierna acorchada por fuera, como dormida", "nerve"),
    ("me baja como corriente por la pierna y tengo la planta entumida", "nerve"),
    ("siento pinchacitos como agujas en la planta y no siento bien los dedos", "nerve"),
    # two things in one message
    ("me caí en la pista y ahora la rodilla está hinchadísima", "trauma"),
    ("manana no corro, la rodilla se me hincho y ademas me desperto el dolor", "swelling"),
)

# Body talk the coach cannot place: it must hold, and ask the safety screen.
HELD_OUT_UNPLACED_ES: tuple[str, ...] = (
    "me duele la parte de adentro de la rodilla, no la de afuera",
    "siento la pierna pesada, rara",
    "tengo una sensación extraña en el tobillo",
    "me duele el gemelo desde el domingo",
    "me molesta detrás de la rodilla cuando la doblo",
    "el talón me duele al levantarme de la cama",
    "me duele adelante de la rodilla, debajo de la rótula",
    "la cadera me hace clic y me duele la ingle",
    "siento la pantorrilla cargada y durísima",
    "me arde la planta del pie cuando corro",
    "tengo el pie raro, no sé cómo explicarlo",
    "me cruje la rodilla y noto algo raro adentro",
)

# Everyday messages: none may hold, none may get emergency wording.
HELD_OUT_EVERYDAY_ES: tuple[str, ...] = (
    # someone else's body
    "mi hijo se torció el tobillo en el cole, hoy no salgo a correr",
    "a mi perra se le hinchó la pata, la llevo al veterinario",
    "mi abuela no puede caminar bien, la acompaño al médico",
    "mi pana se cayó en la carrera del domingo, pobre",
    "a mi esposa se le durmió la mano en el cine jaja",
    # hypotheticals
    "¿y si se me hincha la rodilla después del fondo?",
    "me pongo hielo por si acaso, no porque me duela",
    "¿qué hago si un día se me bloquea la rodilla?",
    # objects and figures of speech
    "la bolsa cayó otra vez, qué desastre",
    "los precios de las zapatillas se hincharon un montón",
    "me muero de calor, hoy salgo a correr de noche",
    "estoy muerto de cansancio del laburo",
    "tengo fiebre del sábado por la noche, me voy a bailar",
    "rompí mi récord en 10k!!",
    "se me bloqueó el celular en plena carrera y no grabó nada",
    # ordinary ITB talk
    "me duele por fuera de la rodilla al bajar escaleras, 3/10",
    "tengo el lateral de la rodilla tirante después del rodaje",
    "la rodilla por fuera un poco cargada esta mañana, nada raro",
    "el rodillo en los glúteos duele pero se aguanta",
    # run reports
    "corrí 5 km, dolor 3",
    "40 minutos sin dolor 💪",
    "esta mañana 2",
    "hice la etapa 2 entera, dolor 1",
    # questions
    "¿puedo tomar ibuprofeno antes de correr?",
    "¿puedo correr la media maratón del mes que viene?",
    # negated flags
    "no está hinchada ni caliente, solo tirante",
    "ya no tengo fiebre, era un resfriado y la rodilla bien",
    "no se me durmió el pie esta vez",
    # life chatter
    "hoy llueve a cántaros, me quedo en casa haciendo los ejercicios",
    "boludo, qué lindo día para salir a trotar",
    "gracias coach, mañana te cuento",
    "se me cayó el móvil corriendo y se rompió la pantalla",
)
