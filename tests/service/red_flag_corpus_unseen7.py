"""The seventh unseen set of runners' messages for the red-flag hearing of CLINICAL.md §5, unseen.

Written on 2026-12-07 by someone who had not read the flag vocabulary, the ITB-talk vocabulary,
the coach or service code, nor the messages of the other sets: only §5 of the clinical spec and
the list of flag ids. Voices: Hinglish (Indian English with Hindi words), Pakistani English,
Nigerian Pidgin and Nigerian English, Ghanaian English, Cork and Dublin Irish, rural Australian,
American Southern and Midwestern, Scouse, Caribbean and Canadian-French-influenced English; very
short texts of three to six words beside long unpunctuated voice-note transcripts, typos and
autocorrect slips; runners who are nurses, farmers, delivery riders, students and soldiers. Traps
come from weddings and festivals (sangeet, mehndi, Holi, puja), cricket and football, traffic and
delivery riding, farm animals, army life, exams, a parent's or child's illness, rent and money,
phones and gadgets, films and TV: flag words said of someone else, of animals and objects, as
figures of speech, as questions and hypotheticals, as old history, negated, and as excitement.

The set is measured once, after the matcher is finished; until then nobody tunes on it.
(After it was measured, one message that the third set holds too, "knee keeps giving out",
was made to end "again", so that no message stands in two corpora.)
"""

from __future__ import annotations

# (message about the runner's own body, the flag it must raise): 10 per flag
UNSEEN7_FLAGS: tuple[tuple[str, str], ...] = (
    # hot-red-fever
    (
        "yaar my knee is red and hot like a tawa and I have fever since last night, 38.9, "
        "shivering "
        "under two razais. should I skip tmrw 4k?",
        "hot-red-fever",
    ),
    (
        "Coach abeg my right knee don hot and red well well and my body dey shake with chills "
        "since "
        "morning, I no fit even eat",
        "hot-red-fever",
    ),
    (
        "knee is after going red raw and roasting hot to touch, and I'm feeling wretched, sweats "
        "and "
        "chills all night like. is that the ITB?",
        "hot-red-fever",
    ),
    (
        "my knee's red as a tomato and real hot and I'm running a fever of 101, feel plumb awful, "
        "do I still run Saturday",
        "hot-red-fever",
    ),
    (
        "nurse here, took my own temp after shift, 38.4. left knee warm and red all round and I "
        "feel "
        "rotten, achy all over",
        "hot-red-fever",
    ),
    ("hot red knee and feverish chills", "hot-red-fever"),
    (
        "me knee's gone proper red an it's boilin to touch an I'm sweatin an shiverin at the same "
        "time, feel rotten lad",
        "hot-red-fever",
    ),
    (
        "Please coach my knee has become red and hot and I have been having fever and chills since "
        "Saturday, I even bought malaria drugs. Should I rest?",
        "hot-red-fever",
    ),
    (
        "knee's come up red and hot as, been crook all day with the shakes and a temp, missus "
        "reckons I look grey",
        "hot-red-fever",
    ),
    (
        "ok so um the knee where the outside hurts is now like red and really hot and I think I've "
        "got a temperature cos I'm freezing then boiling and just feel really unwell generally is "
        "that normal with this",
        "hot-red-fever",
    ),
    # no-weight
    (
        "cant put any weight on my left leg at all today, had to crawl to the loo this morning",
        "no-weight",
    ),
    (
        "had to leave the bike at the depot and get a lift home bro, can't stand on the right leg, "
        "even 2 steps no way, 9/10",
        "no-weight",
    ),
    (
        "Sir I am unable to walk on my leg since morning, my brother had to carry me to the car. "
        "Kindly advise about Sunday parkrun",
        "no-weight",
    ),
    ("cant walk on it at all", "no-weight"),
    (
        "I cannot put my foot down on the floor since this morning, the leg will not take my "
        "weight, "
        "I am using the crutches of my husband",
        "no-weight",
    ),
    (
        "couldn't take my own weight on the right leg at PT this morning, staff had to get me back "
        "to the block. still the ITB?",
        "no-weight",
    ),
    (
        "ope, so I can't really walk on my leg today, like at all, had to scoot round the kitchen "
        "on "
        "the office chair",
        "no-weight",
    ),
    (
        "leg won't hold me up at all, can't even walk to the shop, what's the story with that",
        "no-weight",
    ),
    (
        "cant bear weight on it since last nights 6k, using the wall to get anywhere, missed my "
        "lectures",
        "no-weight",
    ),
    (
        "bhai I can't even stand on my left leg, mummy is holding me to go to washroom, pain 8/10",
        "no-weight",
    ),
    # foot-drop
    (
        "my toes keep catching the ground on the left, tripped twice on flat pavement, the foot "
        "feels like it wont lift",
        "foot-drop",
    ),
    (
        "my foot's slapping down like a flipper when I walk, can't lift the front of it up",
        "foot-drop",
    ),
    ("my right foot no dey lift again, the toes dey drag for ground when I waka", "foot-drop"),
    ("cant lift my foot up", "foot-drop"),
    (
        "me foot's gone floppy, it just flaps down every step and I can't pull me toes up towards "
        "me",
        "foot-drop",
    ),
    (
        "can't walk on my heels on the right side anymore, the toes drag on the ward floor all "
        "shift",
        "foot-drop",
    ),
    (
        "foot's dragging like a dead thing, I'm kicking the toe of me boot on every step round the "
        "sheds",
        "foot-drop",
    ),
    (
        "Coach my foot not lifting up proper, the toes keep catching on the steps and I stumble",
        "foot-drop",
    ),
    (
        "so weird thing when I'm walking my foot just sort of drops and my toes scuff the floor "
        "and "
        "I have to lift my knee really high like a horse to stop tripping",
        "foot-drop",
    ),
    (
        "Since yesterday I cannot raise my foot at the ankle, it hangs, and the toes hit the floor "
        "when I walk",
        "foot-drop",
    ),
    # locked
    ("knee's stuck bent, can't straighten it out since I got off the sofa", "locked"),
    (
        "it locked halfway down the stairs and wouldn't unbend for ages, had to wiggle it loose",
        "locked",
    ),
    (
        "My knee got jammed in the bent position during namaz, I could not straighten it for 10 "
        "minutes",
        "locked",
    ),
    ("knee stuck, won't go straight", "locked"),
    (
        "knee catches and locks up on me, can't get it all the way straight, stuck at like a bend",
        "locked",
    ),
    (
        "knee's after locking on me again, can't get it straight at all, like there's something "
        "wedged in it",
        "locked",
    ),
    (
        "My knee is not able to straighten fully, it is stuck like this since morning and it "
        "clicks "
        "when I try",
        "locked",
    ),
    ("knee jammed up on me getting out of the ute, still won't straighten right out", "locked"),
    ("yaar knee lock ho gaya, can't straighten it since I sat cross-legged at the puja", "locked"),
    (
        "cant fully straighten my leg anymore, the last bit just wont go, like theres a block in "
        "there",
        "locked",
    ),
    # gives-way
    ("knee buckled under me stepping off the kerb, nearly went flat on my face", "gives-way"),
    ("me knee just went from under me at the bus stop, no warnin", "gives-way"),
    ("this knee dey give way anyhow, e just collapse when I turn", "gives-way"),
    ("knee keeps giving out again", "gives-way"),
    ("knee gave out twice on the 5k tonight, just folds up like a lawn chair", "gives-way"),
    (
        "on the tab today my leg just collapsed under the bergen, knee went, and again on the "
        "stairs after",
        "gives-way",
    ),
    ("knee keeps going on me, doesn't feel like it'll hold me when I turn", "gives-way"),
    (
        "Knee is giving way again and again while I play with my kids, it feels very unstable",
        "gives-way",
    ),
    ("knee went from under me twice in the yard today, feels like it wants to fold", "gives-way"),
    (
        "was just walking to the car and my knee kind of buckled inward and I had to grab the door "
        "its done that three times this week and I dont trust it now",
        "gives-way",
    ),
    # swelling
    ("knee's blown up like a balloon since Sunday's 10k", "swelling"),
    (
        "knee mein bahut sujan hai, it's swollen, looks like a laddoo next to the other one",
        "swelling",
    ),
    ("my right knee is visibly bigger than the left, all puffy round the kneecap", "swelling"),
    ("knee v swolen today", "swelling"),
    ("knee's after puffing right up, can't see the bones of it at all", "swelling"),
    ("My knee is swelling up since yesterday and my jeans are now tight around it", "swelling"),
    ("my knee done swole up big as a grapefruit", "swelling"),
    (
        "fluid sitting above my kneecap on the left, you can see it, it's puffed out. pain 3/10",
        "swelling",
    ),
    ("there is a big puff on the outside of my knee now, soft, like water is inside", "swelling"),
    ("knee has ducking swollen up overnight, sorry autocorrect, you know what I mean", "swelling"),
    # trauma
    (
        "came off the moped on a wet roundabout, landed on my right knee, the ITB side is "
        "screaming "
        "now",
        "trauma",
    ),
    ("slipped on black ice at the 3k mark and twisted my knee, felt a pop", "trauma"),
    (
        "took a cricket ball straight on the outside of my knee fielding at short leg, now it "
        "hurts "
        "to run",
        "trauma",
    ),
    ("got a studs-up tackle right on my knee at five-a-side last night, sore since", "trauma"),
    ("cow kicked me square in the knee at milking, bloody sore now, run tomorrow?", "trauma"),
    ("fell doing bhangra at my cousin's wedding, my knee twisted under me", "trauma"),
    ("tripped and smashed my knee", "trauma"),
    ("jumped off the back of the truck on exercise and felt my knee twist as I landed", "trauma"),
    ("I went flying over a pothole on the Mardyke, my knee took the brunt of it", "trauma"),
    ("Dem steps slippery, I miss one and fall hard pon mi knee last night, it hurt bad", "trauma"),
    # night-pain
    ("knee woke me up at 3am throbbing, couldn't get back to sleep", "night-pain"),
    (
        "it aches even just sitting on the sofa watching telly, not doing anything at all",
        "night-pain",
    ),
    (
        "raat ko itna pain hai, knee throbbing at night even on days I don't run, can't sleep",
        "night-pain",
    ),
    ("knee pain keeps waking me", "night-pain"),
    ("the pain dey worry me for night, I no fit sleep, even when I lie down quiet", "night-pain"),
    (
        "knee hurt all night in the bunk, nothing settles it, not even lying dead still",
        "night-pain",
    ),
    ("it hurts when I'm just laying in bed not moving, a deep ache in the knee", "night-pain"),
    (
        "Pain comes at rest also, sitting in the office chair for the whole day my knee is aching",
        "night-pain",
    ),
    (
        "tried to sleep after my night shift and the knee ached the whole time, resting it makes "
        "no "
        "difference",
        "night-pain",
    ),
    (
        "I don't know if this matters but the knee is worse at night like properly worse I wake up "
        "two or three times and it's aching even though I haven't run since Thursday",
        "night-pain",
    ),
    # bone-pain
    ("there's one exact spot on the bone below my knee that kills if I press it", "bone-pain"),
    ("can't hop on the right leg, one hop and it's a sharp pain in the bone", "bone-pain"),
    (
        "pinpoint tender on the shin bone just under the knee, I can put one finger on it",
        "bone-pain",
    ),
    ("hurts in the bone to hop", "bone-pain"),
    (
        "pressed on me shin bone a hand below the knee and nearly hit the roof, just the one spot",
        "bone-pain",
    ),
    (
        "When I tap the shin bone below my knee one particular spot is very very painful",
        "bone-pain",
    ),
    (
        "tried the hop test the medic showed the lads, couldn't do a single one, sharp pain deep "
        "in "
        "the bone",
        "bone-pain",
    ),
    (
        "a spot on the bone at the top of my shin is desperate sore when I push it, just the one "
        "spot",
        "bone-pain",
    ),
    (
        "When I jump on one leg there is a pain exactly in the bone, very precise, like a point",
        "bone-pain",
    ),
    (
        "there's a dead specific bit on the bone that's agony when I touch it, like a bruise but "
        "inside the bone",
        "bone-pain",
    ),
    # nerve
    ("pins and needles down the outside of my leg into my foot after runs", "nerve"),
    ("toes gone tingly and numb on the right", "nerve"),
    ("leg mein jhunjhuni ho rahi hai, like ants crawling down the outside of my calf", "nerve"),
    ("numb patch on my shin", "nerve"),
    ("shooting electric zaps down the side of my leg when I bend the knee", "nerve"),
    ("The outer part of my foot has become numb, there is no feeling when I touch it", "nerve"),
    ("got this buzzing down my leg like it fell asleep and it won't quit", "nerve"),
    ("burning tingling along the top of my foot and the outer shin since Tuesday", "nerve"),
    ("top of me foot's gone dead numb like after a needle at the dentist", "nerve"),
    ("mi leg tingling from di knee down, like pins stickin in it, since di match", "nerve"),
)

# the runner's own body, neither ordinary ITB talk nor a known flag: must be held and asked
UNSEEN7_UNPLACED: tuple[str, ...] = (
    "pain on the inside of my knee now, not the outside, 3/10 after 5k",
    "heel hurts first thing when I step out of bed, eases after a few minutes",
    "shins sore along the front after parkrun, both legs",
    "groin pulling a bit on the left when I lengthen my stride",
    "kamar mein dard yaar, lower back aching after every run this week",
    "back of the knee feels tight and achy, right behind it",
    "ball of my foot is sore under the second toe",
    "leg feels weird, can't explain it, just not right",
    "front of the knee under the kneecap aches going down stairs",
    "calf is tight as a drum after the 8k, not the ITB leg the other one",
    "achilles is creaky and sore for the first few steps",
    "my ankle dey pain me small small since Monday",
    "sharp stitch in my side every single run, 15 min in",
    "new ache in my big toe joint, never had that before",
    "me bum's killin after the hills, deep in the middle of the glute",
    "arch of my foot is sore after the trail run on Sunday",
    "hamstring feels tight and sore right at the top near the sit bone",
    "knee feels funny, not painful, just different somehow",
    "I have a pain in the front of the hip when I lift the leg, in the fold",
    "kneecap grinds and aches a bit when I squat down to milk",
)

# no flag and nothing unplaced: must NOT be held
UNSEEN7_EVERYDAY: tuple[str, ...] = (
    # ordinary ITB talk, questions, life news
    "outside of the knee 2/10 after 5k, the usual tight band, nothing new",
    "did the clams and side planks, hip a bit sore after but fine",
    "foam roller is pure torture on the side of my thigh lol is that normal",
    "morning stiffness on the outside of the knee, goes after 10 min walking",
    "can I move Thursday's run to Friday? got my cousin's sangeet Thursday night",
    "done 4k, 1/10, happy",
    "what shoes do you lads recommend for a wide foot",
    "did 6k before my shift, outside knee niggle 2/10 at the end, gone by the time I was on the "
    "bike",
    "exams next week so only 2 runs this week, is that ok",
    "I ran 5km today, the side of the knee only tight small at the end, 2/10",
    "how many rest days between runs on this plan",
    "skint til payday so can't afford the physio, any free stretches for the IT band?",
    "new phone, how do I get the app notifications back",
    "ran the fire trail 7k, outside of the knee a bit tight at the end, nothing major",
    "watched a film about ultra runners and now I'm fired up to train lol",
    # traps: hot-red-fever words
    "baby has a fever of 38.5 so I'll skip tonight's run and stay in",
    "after Holi the kids are all coughing with fever, house is chaos, I'll run when I can",
    "heatwave here, 41 degrees, going at 5am before it's red hot",
    "watched the final in a total fever, Pakistan won, what a match!!",
    "the goat's udder is red and hot, vet's coming out, so no run today",
    "that horror film last night gave me chills, proper jumpy walking home",
    # traps: no-weight words
    "mum can't walk since her hip op so I'm looking after her, might miss a few runs",
    "dog can't put any weight on his back leg, vet bills again and rent due",
    "I can't walk past a samosa stall without stopping haha",
    # traps: foot-drop words
    "the old man in that film had foot drop after his stroke, had me in tears",
    "my 2 year old keeps tripping over his own toes, is that normal at that age",
    # traps: locked words
    "phone locked me out after three wrong PINs, couldn't log the run, it was 5k 1/10",
    "barracks gate was locked so I ran laps inside the camp",
    "bike's back wheel locked up on the wet road on a delivery, stayed on it though, all good",
    "what if my knee locks up mid race? does that happen with ITB?",
    # traps: gives-way words
    "the stage gave way at the mehndi, nobody hurt thankfully but what a night",
    "fence gave way and the sheep got out, chased them all morning, that counts as a run right",
    "gave way to a tractor on the lane and lost my PB attempt by 10 seconds",
    "nani's knee gives way a lot, she uses a stick now, I'm worried about her",
    # traps: swelling words
    "my phone battery has swollen, the back is popping off",
    "rent has swelled by 200 quid this year, cancelling the gym",
    "the river's swollen after all the rain so I ran the road loop instead",
    "no swelling, no heat, just the usual tightness outside the knee 2/10",
    "bee stung my daughter's hand at the farm, it's puffed right up, she's fine with cream",
    "can ITB make the knee swell? just asking, mine's grand",
    # traps: trauma words
    "my mate came off his bike at the depot, he's ok, I ran home after",
    "twisted my ankle back in 2015 playing football, been fine ever since",
    "we got hammered in the cricket, bowled out for 90, gutted",
    "my cousin broke his leg falling off the stage at the wedding, poor lad",
    "signing up for a fall half in October, good idea?",
    "popped out for chai after the run, 4k and knee 1/10",
    "Everton took an absolute battering on Saturday, me head's gone",
    # traps: night-pain words
    "these exams are killing me, revising till 2am every night",
    "dad's back pain keeps him up at night, took him to the doctor today",
    "baby woke me up 4 times last night so skipping the early run",
    "had a dream I fell at the start line and couldn't get up lol",
    "night shift nurse here, is it better to run before or after sleeping?",
    # traps: bone-pain words
    "bone tired after a double shift on the bike, rest day today",
    "my cousin's bowling is pinpoint, he took 5 wickets",
    "hopped on the bus home after 6k, knee 1/10",
    "hopscotch with my daughter counts as plyos, yeah?",
    # traps: nerve words
    "on pins and needles till the visa comes through",
    "no numbness or tingling, just the tight bit on the outside of the knee after 8k",
    "dad's hands go numb at night, he's seeing a neurologist next week",
    "my nerves are shot before the driving test tomorrow",
)
