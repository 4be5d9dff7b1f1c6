"""A third set of runners' messages for the red-flag hearing of CLINICAL.md §5: once unseen,
now a tuning set.

Written on 2026-12-07, after the matcher was finished, by someone who had not read the flag
vocabulary (``protocols/red_flags.yaml``), the ITB-talk vocabulary, the coach or service code, nor
the messages of the tuning and held-out sets: only §5 of the clinical spec, the list of flag ids
and the test harness. The messages are invented the way runners text: slang, typos, rambling, two
things in one message, dictation slips; British, American, Irish, Australian and Indian English;
descriptions without the textbook word. The set was measured once unseen (85-86/100 flags,
15-17/20 unplaced, 2-3/60 everyday held).

Seen since 2026-12-07: its misses were read and the hearing was tuned on them by kind (not by
their phrases), so this is now a tuning set like ``red_flag_corpus.py``; no message was changed.
Its figures after tuning are floors in ``test_red_flag_corpus_fresh.py``. The next honest figure
for fresh text comes from a new set nobody has tuned on.
"""

from __future__ import annotations

# (message about the runner's own body, the flag it must raise): 10 per flag
UNSEEN_FLAGS: tuple[tuple[str, str], ...] = (
    # hot-red-fever: emergency
    (
        "knee's gone all red and hot to touch and I was shivering under two duvets all night",
        "hot-red-fever",
    ),
    (
        "outside of my knee is burning hot, looks angry red, and I've a temperature of 38.6",
        "hot-red-fever",
    ),
    (
        "feel proper rough today, like flu coming on, and the knee is warm n pink n puffy",
        "hot-red-fever",
    ),
    (
        "kne is red raw and giving off heat, took my temp its 39, feel like death warmed up",
        "hot-red-fever",
    ),
    (
        "mate the knee's hot as and red as, and I've got the sweats and chills, reckon I'm crook",
        "hot-red-fever",
    ),
    (
        "Since yesterday evening my knee is red and hot and I am having fever also, "
        "body pains are there",
        "hot-red-fever",
    ),
    (
        "the skin over my knee is flushed and warm and I've been feverish and achy all day",
        "hot-red-fever",
    ),
    (
        "not feeling myself at all, shaky and hot and cold, and the knee has come up red and hot",
        "hot-red-fever",
    ),
    ("knee red n hot + running a temp, threw up this morning", "hot-red-fever"),
    (
        "my knee is read and hot and I think I have a fever my partner says I'm burning up",
        "hot-red-fever",
    ),
    # no-weight: urgent
    ("can't put any weight through my right leg at all, hopping round the house", "no-weight"),
    (
        "tried to get up off the couch and the leg just won't take me, had to crawl to the loo",
        "no-weight",
    ),
    (
        "I cannot walk on my leg since morning, very much pain when I keep the foot down",
        "no-weight",
    ),
    ("couldn't even limp to the car this morning, my husband had to carry me", "no-weight"),
    ("the minute my foot touches the ground the leg screams, I can't stand on it", "no-weight"),
    ("cant weight bear on the left, using my nan's old crutches to get about", "no-weight"),
    ("leg wont hold me up at all today, been shuffling up the stairs on my bum", "no-weight"),
    ("walking is impossible today, I get one step in and have to grab the wall", "no-weight"),
    (
        "ive not been able to walk on it since last nights run, literally cannot take a step",
        "no-weight",
    ),
    ("cant bare wait on the right leg this morning, like zero", "no-weight"),
    # foot-drop: urgent
    ("my foot keeps slapping down when I walk, I can't seem to pull the toes up", "foot-drop"),
    (
        "toes keep scuffing the pavement and I've tripped twice, the front of my foot just flops",
        "foot-drop",
    ),
    ("cant lift my foot up at the ankle, it just hangs there", "foot-drop"),
    (
        "right foot is floppy, I have to lift my knee really high so I don't drag my toes",
        "foot-drop",
    ),
    (
        "my toe keeps catching on the kerb and I nearly went over, the foot won't come up",
        "foot-drop",
    ),
    ("I am not able to raise my foot upwards, it is dragging while walking", "foot-drop"),
    (
        "foot's gone weak, can't point my toes at the sky, walking on my heels is impossible",
        "foot-drop",
    ),
    ("keep tripping over nothing, my left foot doesn't clear the ground", "foot-drop"),
    ("me foot is dropping on the run, the toes drag and clip the ground every stride", "foot-drop"),
    ("can't cock my foot up, it flaps like a flipper when I walk", "foot-drop"),
    # locked: soon
    ("knee got stuck halfway and I had to wiggle it about before it'd go straight again", "locked"),
    ("can't get my leg fully straight, there's like a block at the end", "locked"),
    ("knee jammed at a bent angle on the stairs and wouldn't budge for a minute", "locked"),
    ("something catches inside the knee and it freezes, then clunks free", "locked"),
    ("My knee is not straightening completely, it stays little bit bent", "locked"),
    ("leg won't go straight this morning, stuck at like 20 degrees", "locked"),
    ("the knee seized up mid stride and wouldnt move till I shook it out", "locked"),
    ("kneee locked up on me twice today", "locked"),
    ("I can't fully extend my knee, it's like something is wedged in there", "locked"),
    ("when I squat down my knee gets stuck and I've got to rock it to get it moving", "locked"),
    # gives-way: soon
    ("knee just went on me coming down the stairs, nearly ended up on my arse", "gives-way"),
    ("my leg keeps collapsing under me when I step off the kerb", "gives-way"),
    ("the knee feels wobbly and folded under me twice on today's run", "gives-way"),
    ("knee crumpled going downhill, had to grab a fence", "gives-way"),
    ("I don't trust the knee any more, it keeps dropping out from under me on turns", "gives-way"),
    ("While walking my knee is suddenly bending on its own and I am losing balance", "gives-way"),
    ("had a few moments where the knee just switches off and I nearly go down", "gives-way"),
    ("leg went like jelly and folded, the knee just didn't hold", "gives-way"),
    ("knee keeps bucklin when I pivot", "gives-way"),
    ("the knee sort of caves in sideways when I land on it", "gives-way"),
    # swelling: soon
    ("my knee's come up like a grapefruit", "swelling"),
    ("the knee is all puffy, I can't see the kneecap properly anymore", "swelling"),
    ("compared to the other one my knee looks fat and bloated", "swelling"),
    ("there's a squishy lump on the outside of my knee that wasn't there yesterday", "swelling"),
    ("knee's ballooned since the long run", "swelling"),
    ("My knee is having swelling since two days", "swelling"),
    ("me knee's puffed up like a bap", "swelling"),
    ("the dimples round my kneecap are gone and it's all tight and puffy", "swelling"),
    ("knee's swole af after the 10k", "swelling"),
    ("my right knee is visibly bigger than the left one, my jeans are tight on it", "swelling"),
    # trauma: soon
    ("stacked it on the ice on Tuesday and it's been sore outside the knee ever since", "trauma"),
    ("twisted my knee stepping off a curb and felt something snap", "trauma"),
    ("went arse over tit on the trail, landed on the knee, been sore since", "trauma"),
    ("heard a loud pop in my knee when I turned sharply at parkrun", "trauma"),
    (
        "got clattered in five-a-side on Sunday, took a boot to the side of the knee, "
        "now it hurts when I run",
        "trauma",
    ),
    (
        "I slipped in the bathroom and my knee got twisted, after that only this pain started",
        "trauma",
    ),
    (
        "came off my bike and smacked my knee on the kerb, now running hurts on the outside",
        "trauma",
    ),
    ("felt something go snap in the knee jumping off a wall, its been aching since", "trauma"),
    ("tripped over a root and went down hard on my knee", "trauma"),
    ("whacked my knee on the coffee table last week and the outside's been sore since", "trauma"),
    # night-pain: soon
    ("the knee throbs in bed and keeps me awake half the night", "night-pain"),
    ("even lying down doing nothing my knee aches", "night-pain"),
    ("pain wakes me at 3am every night, outside of the knee", "night-pain"),
    ("sitting at my desk the knee is aching constantly, not even moving it", "night-pain"),
    ("knee is sore at night in bed, can't get comfy no matter what", "night-pain"),
    ("My knee is paining at night time also, I am not able to sleep properly", "night-pain"),
    ("knee hurts even when I'm resting, telly on, feet up, constant dull ache", "night-pain"),
    ("keep waking up with a pounding knee", "night-pain"),
    (
        "the knee ache doesnt ease off with rest, its there all evening and into the night",
        "night-pain",
    ),
    (
        "lay awake last night with my knee thumping, had to get up and take paracetamol",
        "night-pain",
    ),
    # bone-pain: soon
    ("there's one exact spot on the bone below my knee that's agony if I press it", "bone-pain"),
    ("hopping on that leg is a no go, sharp pain straight away", "bone-pain"),
    (
        "if I press the bone on the outside of my knee with one finger I nearly hit the roof",
        "bone-pain",
    ),
    ("tried the hop test the physio mentioned and it was excruciating", "bone-pain"),
    (
        "tender point on the bone just under the outside of my knee, "
        "one spot, sharp when I poke it",
        "bone-pain",
    ),
    ("When I jump on one leg there is sharp pain in the bone", "bone-pain"),
    ("can't do single leg hops, it's like a stabbing in the bone", "bone-pain"),
    (
        "got a really localised spot on the bone that hurts to touch, like a bruise but deep",
        "bone-pain",
    ),
    ("skipping with the kids and every landing on my right leg hurts the bone", "bone-pain"),
    (
        "pain is pinpoint, I can put my fingertip right on it, "
        "and it's on the bone not the soft bit",
        "bone-pain",
    ),
    # nerve: soon
    ("my foot's gone all fizzy and buzzy after the run", "nerve"),
    ("outside of my calf and top of my foot have gone numb", "nerve"),
    ("leg feels dead and numb from the knee down", "nerve"),
    ("there's a tingling down the side of my leg into my toes", "nerve"),
    ("toes feel asleep most of the day", "nerve"),
    ("I am having some sensation loss in the foot after running, like it is not my foot", "nerve"),
    (
        "my shin feels like it's got electric shocks running down it and the skin is numbish",
        "nerve",
    ),
    ("side of my foot has no feeling, like after the dentist", "nerve"),
    ("getting a prickly crawling feeling down my leg when I run", "nerve"),
    ("my big toe has gone numb since sundays long run", "nerve"),
)

# Body talk that is neither a known flag nor ordinary ITB talk: progression must hold.
UNSEEN_UNPLACED: tuple[str, ...] = (
    "inside of my knee is sore when I go down stairs",
    "the bit just below my kneecap aches when I kneel",
    "pain behind my knee when I stretch my hamstrings",
    "my shin is really tender along the inside edge after running",
    "calf feels like it's got a knot in it that won't shift",
    "sharp pain at the front of my knee when I squat",
    "my achilles is creaky in the morning",
    "something weird going on in my leg, like a funny heaviness, can't describe it",
    "got a strange clicking feeling in my hip when I run",
    "the back of my knee feels tight and full",
    "arch of my foot aches after long runs",
    "my kneecap is grinding and crunching when I climb stairs",
    "my heel is killing me first thing in the morning",
    "there's a weird pulling sensation in my groin",
    "my knee feels funny, not pain exactly, just off",
    "my leg feels heavy and kind of strange on one side",
    "front of my hip is pinching when I lift my knee up",
    "I have one type of pain in the back of thigh while running",
    "lower back's been twinging and it sort of shoots into my bum",
    "my ankle's a bit sore on the outside after the trail run",
)

# Everyday messages that must not hold nor get emergency wording.
UNSEEN_EVERYDAY: tuple[str, ...] = (
    # ordinary ITB talk
    "outer knee a bit tight today but nothing major",
    "glutes are sore from yesterday's clamshells and bridges",
    "the foam roller on my IT band is pure torture lol",
    "bit stiff first thing this morning, loosened up after a walk",
    "usual niggle on the outside of the knee around 5k, eased off after",
    "hip's tight on the outside after sitting all day at work",
    "side of the knee felt grand today, barely noticed it",
    "my legs are dead after the hills",
    "quads are wrecked after the strength session haha",
    "did the side planks, butt is burning in a good way",
    "outside of the knee ached a little on the downhill but settled",
    "Knee stiffness in the morning is there but going after 10 minutes",
    "tight as a drum down the side of my thigh today",
    "no swelling today and it didn't wake me up, good week",
    # small talk and plans
    "thanks coach, see you tomorrow",
    "what time should I do my run, morning or evening?",
    "planning the parkrun on saturday if the plan says so",
    "got new shoes today, loving them",
    "raining cats and dogs here, might do the strength session indoors",
    "Can I swap tomorrow's run for a swim?",
    "off to a wedding this weekend so might miss a day",
    "cheers, that makes sense",
    "had a cracking run, really enjoyed it",
    "I will be travelling to Bangalore next week, will do my runs on the hotel treadmill",
    "how long until I can get back to 10k?",
    # someone else's body
    "my son twisted his knee at football so I'm on taxi duty tonight",
    "the wife's knee locked on the stairs yesterday, she's seeing the GP",
    "my dog can't put weight on her back leg, vet at 4 so running later",
    "Nana fell in the garden, she's ok but I'm staying with her tonight",
    "my daughter has a fever and a red rash so I'm skipping the run",
    "my mate's ankle swelled up massive after his trail race",
    "husband keeps getting numb hands at night, told him to see someone",
    "my running buddy felt a pop in her calf at the track, poor thing",
    "my dad can't straighten his knee since his op",
    "the little one is up at night with growing pains so I'm shattered",
    "my boyfriend's knee went from under him at five a side so I'm icing his, not mine",
    "the cat's back foot is dragging a bit, taking him to the vet",
    # hypotheticals
    "what if it swells up after the long run, should I ice it?",
    "if my knee ever locks do I stop straight away?",
    "what should I do if I get numbness on a run?",
    "Should I worry if the knee starts to give way at some point?",
    "in case I fall on the trail, is it ok to keep going?",
    "if I feel a pop what then",
    # figures of speech
    "my inbox is swelling with race emails",
    "the match was a fever pitch last night, what a game",
    "I'm numb to the hill reps at this point, bring it on",
    "my phone locked me out again lol",
    "work is killing me this week, barely slept, but the knee is fine",
    "the traffic was at a standstill, couldn't move an inch",
    "the crowd went wild, I was buzzing all night",
    "fell behind on my training log, sorry",
    "I'm hopping mad about the race being cancelled",
    "my motivation gave way after Christmas but I'm back now",
    # objects
    "my watch strap snapped mid run",
    "the back door swelled in the damp so it's stuck shut",
    "the radiator's red hot since the boiler man came",
    "dropped my phone and the screen cracked",
    "shoe laces keep coming undone, so annoying",
    "left earbud keeps cutting out",
    "the foam roller cracked down the middle",
)
