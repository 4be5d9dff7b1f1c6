"""The held-out quarter of the red-flag corpus: written before the matcher was tuned, and never
tuned against. Its misses are measured, not fixed phrase by phrase (a phrase learnt from here
would make its figure meaningless): a miss here is a reason to add *other* phrasings of the same
kind to ``red_flag_corpus.py`` and the vocabulary, and to write a fresh held-out set.

Runners' own words: slang, typos, dictation slips, British, American, Irish, Australian and
Indian English, descriptions without the textbook word, several things in one message.
"""

from __future__ import annotations

# (message, the flag it must raise)
HELD_OUT_FLAGS: tuple[tuple[str, str], ...] = (
    # hot-red-fever: emergency
    ("knee's gone all red and hot and I'm shaking with chills", "hot-red-fever"),
    ("been sweating buckets all night, temp 38.9, knee angry and warm", "hot-red-fever"),
    ("feel rotten like I've got the flu and the knee joint is scarlet and hot", "hot-red-fever"),
    ("my kne is burnin hot n red, got a temperture too", "hot-red-fever"),
    ("mum says I'm burning up with a fever and the knee is red raw", "hot-red-fever"),
    ("feverish since tuesday and knee is hot n swollen", "hot-red-fever"),
    ("running a fever of 102 and my knee is puffy", "hot-red-fever"),
    ("feeling proper poorly, knee warm to touch and red", "hot-red-fever"),
    ("my knee is swelling up like a balloon and I have a fiver", "swelling"),  # dictation
    # no-weight: urgent
    ("can't take a single step on my left leg", "no-weight"),
    ("had to be helped to the car, the leg wont support me", "no-weight"),
    ("its impossible to stand on the right one", "no-weight"),
    ("I literally cannot put my foot to the ground", "no-weight"),
    ("leg gives me no support at all, crawling to the bathroom", "no-weight"),
    ("cant weightbear since the race", "no-weight"),
    ("since morning I am not able to walk, leg is paining like anything", "no-weight"),
    ("needed a lift home, couldnt walk a step", "no-weight"),
    ("can't wait bear on it since the fall", "no-weight"),  # dictation slip
    # foot-drop: urgent
    ("my foot just slaps the ground when I walk, can't stop it", "foot-drop"),
    ("toes keep scuffing the ground when I walk", "foot-drop"),
    ("can't bring my foot up towards my shin", "foot-drop"),
    ("the front of my foot droops when I lift my leg", "foot-drop"),
    ("keep stubbing my toes on kerbs, the foot won't come up", "foot-drop"),
    ("my ankle won't bend up anymore, foot just hangs", "foot-drop"),
    ("foot is dragging behind me since the marathon", "foot-drop"),
    ("have to lift my knee really high or my toes catch the ground", "foot-drop"),
    # locked: soon
    ("knee got jammed and I had to wiggle it free", "locked"),
    ("it sticks and wont go straight", "locked"),
    ("knee stuck at a right angle for a few mins", "locked"),
    ("can't get my leg fully straight, something's blocking it", "locked"),
    ("the joint catches and locks when I get up from the chair", "locked"),
    ("it locked solid on the stairs", "locked"),
    ("cant straigthen the knee since sunday", "locked"),  # typo
    ("my knee seizes up and won't unbend", "locked"),
    # gives-way: soon
    ("knee went from under me stepping off the bus", "gives-way"),
    ("leg folded on the descent and I nearly ate the pavement", "gives-way"),
    ("it doesn't feel like it will hold me, keeps giving", "gives-way"),
    ("knee buckeld twice walking the dog", "gives-way"),  # typo, and the dog is not the body
    ("knee feels loose and unsteady", "gives-way"),
    ("the knee collapses when I go downstairs", "gives-way"),
    ("keeps giving way on uneven ground", "gives-way"),
    ("my knee gave out from under me at parkrun", "gives-way"),
    # swelling: soon
    ("knee's blown up like a football", "swelling"),
    ("it's about double the size of the left one", "swelling"),
    ("swollen round the outside, can't even see the kneecap", "swelling"),
    ("there's a big squishy lump on the side of my knee", "swelling"),
    ("knee is all puffed and tight", "swelling"),
    ("the knee is after swelling up on me", "swelling"),  # Irish
    ("swollan since the run", "swelling"),  # typo
    ("knee's gone all puffy after footy", "swelling"),  # Australian
    ("knee is paining too much and swelling also came", "swelling"),  # Indian
    # trauma: soon
    ("went arse over tit on a tree root and landed on the knee", "trauma"),
    ("rolled my ankle and jarred the knee", "trauma"),
    ("something went ping on the outside of my knee", "trauma"),
    ("a dog ran into my leg and knocked me flying", "trauma"),
    ("tripped on a pothole and went down on my knee", "trauma"),
    ("heard a crunch as I turned", "trauma"),
    ("got tackled at five a side and my knee bent the wrong way", "trauma"),
    ("I'm after falling on the knee on the way home", "trauma"),  # Irish
    ("came a cropper on the trail and smashed my knee on a rock", "trauma"),  # Australian
    # night-pain: soon
    ("the ache wakes me at night", "night-pain"),
    ("keeping me up at night, throbbing away", "night-pain"),
    ("hurts even when I'm lying in bed doing nothing", "night-pain"),
    ("can't get comfy at night because it aches", "night-pain"),
    ("pain when sitting at my desk, not even running", "night-pain"),
    ("it throbs at rest", "night-pain"),
    ("woken up three times last night by the knee", "night-pain"),
    ("aching on the couch watching telly", "night-pain"),
    # bone-pain: soon
    ("one tiny spot on my shin is agony to press", "bone-pain"),
    ("hopping on that leg is really painful", "bone-pain"),
    ("tried a hop and nearly cried", "bone-pain"),
    ("pain right on the bone just below the knee", "bone-pain"),
    ("could it be a stress fracture? one point is really tender", "bone-pain"),
    ("I cant hop at all on the right", "bone-pain"),
    ("jumping on one foot is unbearable", "bone-pain"),
    # nerve: soon
    ("my foot's gone numb on the outside", "nerve"),
    ("tingles all the way down to my toes", "nerve"),
    ("pins & needles in the sole of my foot", "nerve"),
    ("lost sensation on the top of my foot", "nerve"),
    ("zinging electric feeling down the side of my leg", "nerve"),
    ("numbnes in my toes after running", "nerve"),  # typo
    ("my leg keeps going to sleep on runs", "nerve"),
    # rambling, two things at once
    (
        "so ran the 10k sunday, was fine till 8k then the knee just buckled and I hobbled "
        "in, now it's fat and I can't bend it properly",
        "gives-way",
    ),
    ("ok so basically fell down the stairs at work and the knee is now massive", "trauma"),
    ("slept badly, the knee kept waking me and it's warm and puffy today", "night-pain"),
)

# Body talk the coach cannot place: it must hold, and ask the safety screen.
HELD_OUT_UNPLACED: tuple[str, ...] = (
    "pain on the inside of the knee now, not the outside",
    "front of my knee under the kneecap aches",
    "calf has been really tight and sore",
    "back of my knee feels weird when I bend it",
    "shin is sore along the front",
    "my heel hurts first thing",
    "foot feels strange, sort of burning under the arch",
    "hip clicks and hurts in the groin",
    "my ankle is achy",
    "knee feels odd, kind of grinding",
    "weird pulling feeling behind the knee",
    "sharp pain inside my knee on the stairs",
)

# Everyday messages: none may hold, none may get emergency wording.
HELD_OUT_EVERYDAY: tuple[str, ...] = (
    # someone else's body
    "my son fell off his scooter, so no run today",
    "grandad's knee is swollen again, taking him to the GP",
    "the dog twisted her paw chasing a squirrel",
    "my mate went down hard in the rugby, hope he's ok",
    "my daughter can't walk yet, she's 10 months",
    "my wife is numb from the cold after parkrun",
    "our dog is limping, vet tomorrow",
    # hypotheticals
    "what if it swells up during the half?",
    "should I worry if it ever locks?",
    # objects and figures of speech
    "that was a feverish finish at the track, buzzing",
    "had a proper fever dream about missing my race",
    "the weather today was red hot, 34 degrees",
    "petrol prices swelling again",
    "twisted the lid off the peanut butter and made toast",
    "gave way to a horse on the bridleway",
    "on pins and needles waiting for my race results",
    "the crowd went wild, I nearly collapsed laughing",
    "the app crashed so no data today",
    "tripped the circuit breaker making tea",
    "fell into a rhythm at km 3 and it felt great",
    "the river was swollen after the rain",
    "snapped a pic of the sunrise on my run",
    "knocked 2 mins off my 5k time!",
    "the kids were kicking a ball about while I stretched",
    # ordinary ITB talk and training
    "outside of the knee a bit tight after 5k, usual stuff",
    "IT band grumbling on the downhill but eased",
    "glutes sore from the bridges, good sore",
    "stiff first thing but loosened up with a walk",
    "foam roller on my quads was brutal lol",
    "hip feels a bit tight on the outside",
    "legs heavy today, probably the heat",
    "niggle on the outside of the knee 2 mins into the run then gone",
    "side of my knee's a bit achy after the long walk",
    "clamshells burn like crazy but no knee pain",
    "feeling good, no swelling no clicking nothing",
    "knee hasn't given way at all this week",
    "no numbness in my foot anymore, all good",
    "my knee is fine, it's my brain that's tired",
    "booked a physio for next week just to check in",
    "hot bath for my legs after a red-hot session at the track",
)
