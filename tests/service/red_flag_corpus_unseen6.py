"""The sixth unseen set of runners' messages for the red-flag hearing of CLINICAL.md §5, unseen.

Written on 2026-12-07 by someone who had not read the flag vocabulary, the ITB-talk vocabulary,
the coach or service code, nor the messages of the other sets: only §5 of the clinical spec and
the list of flag ids. Voices: South African, New Zealand, Welsh, Glaswegian, Jamaican, Kenyan,
Filipino (with Tagalog words), Canadian, Cockney, Geordie and Cornish English; teenagers, parents
of toddlers and babies, runners over 65, voice-dictated messages with homophone slips and spoken
punctuation, and messages with emoji. Traps are flag words about someone else (a toddler, a nan,
a patient on a ward, an animal at a vet practice, a friend in labour, a teammate), figures of
speech (markets, politics, theatre, gaming, baking, the weather), objects (shelves, tyres, brakes,
tent poles, bridges), a hypothetical question, old history, and negated signs, drawn from school
runs, rugby and netball, DIY and car repairs, camping and childbirth stories.

The set is measured once, after the matcher is finished; until then nobody tunes on it.
"""

from __future__ import annotations

# (message about the runner's own body, the flag it must raise): 10 per flag
UNSEEN6_FLAGS: tuple[tuple[str, str], ...] = (
    (
        "ja so my knee is hot and red like a tomato since yesterday and now I've got the "
        "chills under two blankets, shivering and feeling properly sick. is sat's run "
        "still on?",
        "hot-red-fever",
    ),
    (
        "knee's gone pure red n roastin tae touch an am burnin up wi a temperature, 38.9 "
        "the noo, feel rotten",
        "hot-red-fever",
    ),
    (
        "Good morning coach. My right knee is very hot and red since Tuesday and I have "
        "fever and body weakness. I did not run. Should I continue the plan?",
        "hot-red-fever",
    ),
    (
        "my knee is read and hot to the touch and I have a temperature of thirty nine "
        "point one and I'm shaking with shills full stop what do I do question mark",
        "hot-red-fever",
    ),
    (
        "knee is 🔥 like actually hot to touch and bright red 🍅 and I've been 🤒 all "
        "night, 38.5, shaky af",
        "hot-red-fever",
    ),
    (
        "Coach po, my knee is namumula at mainit, red and warm, and I have lagnat since "
        "last night 38.7, I feel so weak po. sorry late reply",
        "hot-red-fever",
    ),
    (
        "think I've caught the nursery bug, fever and chills all day BUT my knee has "
        "also gone red and hot and angry looking round the kneecap. both kids finally "
        "asleep",
        "hot-red-fever",
    ),
    (
        "At 71 I don't fuss, but the left knee has turned red and warm as toast and I've "
        "come over shivery and feverish this afternoon. Wife says ring someone.",
        "hot-red-fever",
    ),
    (
        "knee's gone red 'ot, feels like it's got its own central 'eatin, and i'm all "
        "shivery n sweaty, temp's 38 summat. gutted",
        "hot-red-fever",
    ),
    (
        "knee's gone all red and hot it has, and I've been feverish and shivery since "
        "Sunday, feel awful. missed chapel and all",
        "hot-red-fever",
    ),
    (
        "cannit put any weight on me left leg this mornin man, had to shuffle to the bog "
        "on me backside. pain 8/10",
        "no-weight",
    ),
    (
        "literally can't walk on my leg rn 😭 mum had to get the old crutches down from "
        "the loft, missed school",
        "no-weight",
    ),
    (
        "was sweet as yesterday but today I can't stand on my right leg at all, it just "
        "won't take my weight. bro had to carry me to the ute",
        "no-weight",
    ),
    (
        "I cannot put any wait on my left leg since I got out of bed, been using the "
        "broom as a crutch, can you push the plan back",
        "no-weight",
    ),
    (
        "mi cyaan walk pon di leg at all today, cyaan put no weight pon it, haffi hold "
        "on to di wall fi reach di kitchen",
        "no-weight",
    ),
    (
        "Can't bear weight on the right leg today, eh. Tried to walk out to the car for "
        "hockey pickup and had to turn back. 9/10 when I stand on it",
        "no-weight",
    ),
    (
        "I'm 68 and this morning I couldn't put the right foot to the floor without "
        "crying out. Can't get across the kitchen on it.",
        "no-weight",
    ),
    (
        "Coach I am unable to walk on the leg since yesterday evening, even standing to "
        "cook is impossible. I have stopped the training.",
        "no-weight",
    ),
    (
        "can't even stand on it 🦵❌ getting round the flat on my office chair lol. no "
        "running obvs",
        "no-weight",
    ),
    (
        "had to get my 3yo to fetch me the phone cause I literally cannot walk on my "
        "left leg, every step is agony. toddler thinks it's a game",
        "no-weight",
    ),
    (
        "ma right foot's slappin doon on the pavement when a walk, cannae lift the toes "
        "up, keep catchin them on the kerb",
        "foot-drop",
    ),
    (
        "my toes keep catching on the ground and the front of my foot just flops, can't "
        "pull it up at all. nearly went flying twice on the stoep",
        "foot-drop",
    ),
    (
        "I can't lift my foot up at the ankle, the toes drag, I sound like a flip flop "
        "on the pavement, is that the eye tea bee",
        "foot-drop",
    ),
    (
        "Coach, my left foot cannot lift up anymore, the toes are dragging when I walk "
        "and I'm scuffing my shoe. is this from the ITB?",
        "foot-drop",
    ),
    (
        "Running club noticed my left foot slapping. Walking home I found I can't raise "
        "the front of the foot at all; the toes scuff every step. I'm 73.",
        "foot-drop",
    ),
    (
        "my foot like won't go up?? toes keep scraping the floor and ive gotta lift my "
        "knee super high to walk 😬",
        "foot-drop",
    ),
    (
        "proper strange, me right foot won't lift, toes catchin every step on the coast "
        "path, have to swing the leg round like",
        "foot-drop",
    ),
    (
        "Weird one: I can't pull my foot up towards my shin anymore, it just hangs there "
        "and my toes snag on the rug",
        "foot-drop",
    ),
    (
        "my foot's gone floppy it has, can't pick the toes up off the ground and they "
        "keep catching on the stairs",
        "foot-drop",
    ),
    (
        "left foot's just danglin, can't cock it up, toes draggin on the pavement all "
        "the way from the tube",
        "foot-drop",
    ),
    ("knee's stuck bent man, cannit straighten it at all since I got out the car, 7/10", "locked"),
    (
        "my knee's locked at like a right angle and won't straighten, been trying to "
        "wiggle it free for 20 min",
        "locked",
    ),
    (
        "my knee locked up on the stairs and I can't strait end it still comma it's stuck bent",
        "locked",
    ),
    (
        "di knee lock up pon mi, mi cyaan straighten it out, it stuck half bent from mawnin",
        "locked",
    ),
    (
        "my knee just got STUCK mid stretch and it wouldnt go straight 😩 had to wait "
        "like 10 min for it to click free",
        "locked",
    ),
    (
        "Coach, my knee is catching and locking. Today it remained bent and I could not "
        "extend it for some minutes.",
        "locked",
    ),
    (
        "Getting up from the pew this morning the knee jammed and I simply could not "
        "straighten it for a good quarter hour. I am 69.",
        "locked",
    ),
    (
        "knee won't go fully straight since this morning, like there's something "
        "blocking it inside the joint",
        "locked",
    ),
    (
        "coach my knee is stuck, cannot extend it fully, like something is jammed "
        "inside. walking bent-knee to the jeepney",
        "locked",
    ),
    (
        "knee locked on me 🔒 and it's still stuck slightly bent, can't get the leg flat "
        "on the bed",
        "locked",
    ),
    (
        "knee buckled oan me comin doon the close stairs, just went fae under me, "
        "grabbed the bannister",
        "gives-way",
    ),
    (
        "me knee keeps givin out, twice today walkin to the bus stop it just folded on me",
        "gives-way",
    ),
    (
        "knee went from under me on the hill on the long run, didn't fall but it just "
        "gave out, scared me",
        "gives-way",
    ),
    (
        "carrying the baby downstairs and my knee just gave way under me, scared me "
        "silly, thank god for the rail",
        "gives-way",
    ),
    (
        "my knee keeps giving weigh when I step off the curb, it happened three times today",
        "gives-way",
    ),
    (
        "my knee just collapsed under me in PE like it turned to jelly, didn't hurt much "
        "but it keeps doing it",
        "gives-way",
    ),
    (
        "My knee is unstable, it gives way suddenly when I turn on the murram road. "
        "Twice this week.",
        "gives-way",
    ),
    (
        "knee's feeling wobbly as, it buckled three times on the trail today, can't trust it",
        "gives-way",
    ),
    (
        "At 67 I'm used to creaks but today the knee let me down twice going downstairs, "
        "just folded beneath me.",
        "gives-way",
    ),
    ("knee gave out on me AGAIN 😤 mid stride 4k in, had to walk home", "gives-way"),
    (
        "my knee's blown up like a balloon since parkrun, can't even see the kneecap anymore",
        "swelling",
    ),
    ("knee's massive man, all puffed up, me jeans won't go over it", "swelling"),
    (
        "there's a big swell in on the side of my knee since last night it's twice the "
        "size of the other one",
        "swelling",
    ),
    ("mi knee swell up big big, it fat like mi neighbour breadfruit", "swelling"),
    (
        "Coach, my knee is manas po, very swollen, bigger than the other one. still 5k today?",
        "swelling",
    ),
    (
        "toddler poked my knee and said 'big knee mummy' and she's right, it's puffy all "
        "round and twice the size of the other",
        "swelling",
    ),
    (
        "knee's come up proper puffy after the run, fat as a pasty and all squishy when I press it",
        "swelling",
    ),
    (
        "Knee looks like a cantaloupe this morning, really puffed up compared to the left one",
        "swelling",
    ),
    (
        "My knee has filled up with fluid, I'd say. It's visibly swollen and tight; at "
        "70 I know what my normal knee looks like.",
        "swelling",
    ),
    ("knee swolen af 🎈🎈 compared to the other one, 3/10 pain tho", "swelling"),
    (
        "took a tackle at touch rugby last night, big lad landed right on the side of my "
        "knee, been sore since",
        "trauma",
    ),
    (
        "slipped on black ice on the way tae work and landed smack on ma knee, it's been "
        "nippin aw day",
        "trauma",
    ),
    (
        "went over on a root on the trail and twisted my knee, heard a pop, hurts on the "
        "outside now",
        "trauma",
    ),
    ("landed awkward at netball on the pivot and felt my knee twist, something popped", "trauma"),
    (
        "I fell off the latter putting up the guttering yesterday and landed on my knee, "
        "it's sore on the outside",
        "trauma",
    ),
    (
        "stood on a lego tractor in the dark and went down hard on my knee on the "
        "laminate, it's been grim since",
        "trauma",
    ),
    (
        "whacked me knee proper on the jack under the motor, right on the side of it, "
        "now it's killin me when I run",
        "trauma",
    ),
    (
        "fell off my gaming chair raging at fifa lol and smashed my knee on the desk "
        "corner, outside of knee hurts now",
        "trauma",
    ),
    (
        "Took a tumble on the church steps on Sunday and landed on the knee; it's been "
        "tender ever since.",
        "trauma",
    ),
    (
        "A boda boda knocked my knee yesterday while I was crossing. Since then pain on "
        "the outside when running.",
        "trauma",
    ),
    (
        "my knee woke me up at knight with a deep pane in it, had to get up and walk about",
        "night-pain",
    ),
    (
        "knee's been throbbin when I'm just sat on the settee doin nowt, haven't even been out",
        "night-pain",
    ),
    ("di knee a hurt mi even when mi a lie down, mi cyaan sleep wid it", "night-pain"),
    (
        "baby finally sleeps through and now it's my KNEE waking me up at 3am, aching in bed",
        "night-pain",
    ),
    (
        "knee hurts even when im literally just lying in bed doing nothing 😭 cant sleep",
        "night-pain",
    ),
    (
        "Pain is there even at rest now. Sitting at my desk it just throbs, 5/10, no run "
        "since Friday",
        "night-pain",
    ),
    ("I'm 72; the knee aches in bed every night now and wakes me around four.", "night-pain"),
    (
        "The knee pain has become constant, even when I am resting at night it is paining me.",
        "night-pain",
    ),
    (
        "knee aches all evening in the armchair watching the telly, and I haven't run at "
        "all this week",
        "night-pain",
    ),
    ("knee is painful even resting 😣 woke me up twice last night po", "night-pain"),
    (
        "there's one spot on the bone just below the outside of my knee, press it and I "
        "jump, like a bruise right on the bone",
        "bone-pain",
    ),
    (
        "tried hopping on my left leg in PE and it KILLED, like one exact spot on the bone",
        "bone-pain",
    ),
    ("hurts like hell when a hop on it, one wee spot on the bone itsel", "bone-pain"),
    (
        "it hurts when I hope on the leg and there's one point on the shin bone I can "
        "put my finger on",
        "bone-pain",
    ),
    (
        "I can put a fingertip on exactly where it hurts on the bone at the top of my "
        "shin. Hopping is a no-go.",
        "bone-pain",
    ),
    (
        "one tiny spot on the bone, press it and I see stars, can't 'op on that leg at all",
        "bone-pain",
    ),
    (
        "At 66 I worry about stress fractures: there's a pinpoint tender spot on the "
        "thigh bone just above the knee, and hopping hurts.",
        "bone-pain",
    ),
    ("hopping on the right leg hurts heaps, right on the shinbone, one little spot", "bone-pain"),
    (
        "When I press the bone below my knee on the outside there is a very sharp pain "
        "at one point.",
        "bone-pain",
    ),
    ("one exact spot on my shin bone 📍 sharp when I press it, hopping = nope", "bone-pain"),
    ("I've got pins and noodles down the outside of my leg into my foot since the run", "nerve"),
    ("ma toes have gone numb n tinglin efter the run, still the noo", "nerve"),
    ("mi foot a tingle and feel dead, like it sleeping, since mi run", "nerve"),
    ("electric shocks zapping down the outside of my shin when I run, lekker weird", "nerve"),
    ("outside of my calf has gone numb, can't even feel the toddler poking it", "nerve"),
    (
        "my foot keeps going all tingly ⚡ and fizzy during runs, like a dead arm but in my foot",
        "nerve",
    ),
    ("I've lost some feeling along the side of my lower leg; it's numb when I touch it.", "nerve"),
    ("burnin tinglin down the side of me leg, like nettles inside it", "nerve"),
    ("coach, top of my foot is manhid (numb) after running and tusok-tusok like needles", "nerve"),
    ("Top of my foot feels numb and prickly, like it's been out at -30 with no boots on", "nerve"),
)

# the runner's own body, neither ordinary ITB talk nor a known flag: must be held and asked
UNSEEN6_UNPLACED: tuple[str, ...] = (
    "inside of my knee aches going downstairs, not the outside at all, 3/10",
    "pain right under the kneecap at the front when I squat down, new one that",
    "back of my knee feels tight and achy, right behind it, 4/10 after 6k",
    "shins are sore on both legs after the road run, like all along the front",
    "calf is tight and achy after the hills bro, right in the middle",
    "heel hurts first steps out of bed, like standing on a pebble",
    "achilles is creaky and sore just above the heel it is",
    "lower back's stiff since I started running again, or from lifting the baby, no idea",
    "groin twinges when I lift me leg into the motor",
    "the arch of my foot is aching after the 8k on tarmac",
    "leg just feels weird the day, cannae explain it, heavy and no right",
    "New ache in the front of my thigh, started on Thursday's run",
    "mi big toe joint sore sore, from di new shoes maybe",
    "Hamstring pulls high up near the sit bone when I stride out. I'm 70.",
    "my ankle feels stiff and a key on the inside after yesterday's run",
    "something feels off in my hip flexor at the front 🤔",
    "the ball of my foot is painful po after 5k",
    "my kneecap kinda clicks and grinds at the front now when I do stairs",
    "ache deep in the groin crease on the left since the long run",
    "little toe's throbbing on the left, might be the shoe",
)

# no flag and nothing unplaced: must NOT be held
UNSEEN6_EVERYDAY: tuple[str, ...] = (
    "my toddler's got a fever, 38.4, with red hot cheeks, teething we reckon. skipped my "
    "run, knee fine",
    "red hot day in Durban, 34 degrees by 7am, did 5k early, outside of knee 2/10 the usual",
    "played Elden Ring till 3am and had a proper fever dream about a boss fight 😂 4k this "
    "morning, knee's fine",
    "the market's red hot this week, portfolio's up, ran 6k to celebrate, just the usual tightness",
    "no fever, knee's not hot or red, just that same ache on the outside after 5k",
    "the calf I treated at the practice had a hot red joint and a temperature, poor "
    "thing's on antibiotics. I'm knackered, 3k tomorrow",
    "the old bridge can't bear the weight of lorries any more so my loop's closed, what "
    "distance should the new route be?",
    "lady I care for can't weight bear since her hip op, long shift on the ward. I'll run tomorrow",
    "couldn't walk for two days after Comrades in 2019 lol, totally fine since, just "
    "asking if the plan allows a long run",
    "my nan can't walk on her bad leg so I'm doing her shopping first then my 5k",
    "my son keeps dragging his feet on the school run, honestly it takes 40 min to go 800m",
    "the drummer dropped a stick mid song and the toes in the front row got trodden on, "
    "great gig though",
    "no foot drop, no tripping, toes fine, just the outside of the knee 2/10",
    "locked myself out mid-run, had to wait for the wife, jogged round the block 4 times, knee ok",
    "brakes locked up on the Corsa in the rain, gave me a fright, running the rest of the "
    "week instead of driving",
    "what if my knee locks during the half marathon? is that even a thing with ITB?",
    "patient's knee locked on the ward today, took two of us to get him comfy. my knee's "
    "alright, 6k tonight",
    "knee's not locking or catching, straightens fine, just tight on the outside going down hills",
    "the shelf gave way while I was drilling, everything on the floor, ran 5k to calm down",
    "stopped to give way to a tractor on the lane, otherwise 7k steady, outside knee 2/10",
    "my mate's knee gave out at netball, she's in a brace now. I was fine, scored 12",
    "knee didn't give way once on the trail today, confidence is back chur",
    "the opposition scrum buckled in the last minute and we won! did my 4k recovery today",
    "the crowd swelled right at the finale, standing ovation for our show 🎭 3k tomorrow yeah?",
    "sourdough swelled up beautiful overnight 🍞 ran 5k, outside of knee 2/10 usual",
    "front tyre's got a swollen sidewall so the car's off the road, running to work instead",
    "the Labrador at the clinic had a hugely swollen hock, bandaged him up. no issues my end",
    "my sister's ankles swelled up massive at the end of her pregnancy, baby girl came "
    "Tuesday!! 💕",
    "no swelling at all this week, ITB just tight as usual after the long run",
    "broke my ankle skiing in 2014, fine for years since, do you need to know that?",
    "my boy took a knock at rugby, twisted his ankle in the ruck, he's ok. I ran 5k while "
    "he was at physio",
    "fell asleep on the sofa before my run lol, went out at 9pm in the end, 5k fine",
    "the FTSE fell off a cliff today, ran it off with 6k, knee usual 2/10",
    "tent pole snapped with a pop in the wind last night, soggy camp 😂 ran 4k along the beach",
    "popped to the shops after my run, then baked scones, outside of knee a bit tight",
    "what a plot twist in the second act, the whole theatre gasped. 5k done before the matinee",
    "my friend fell down the stairs at 38 weeks and went into labour, both fine thank god. "
    "I'm running Sunday",
    "didn't fall, didn't twist anything, just the usual ITB ache after 8k",
    "up all night with the baby, shattered, knee fine, should I skip today's run?",
    "friend was in labour all night, said the pain was unreal, baby boy at 4am 👶 no run "
    "for me today",
    "this deadline is killing me, up till 2, ran 3k at lunch and the knee was fine",
    "knee doesn't bother me at night or resting, only the outside after 5k",
    "neighbour's karaoke was a pain all night 🙄 ran 5k to shake it off",
    "did hopscotch with my daughter on the school run, no bother at all",
    "hopped on the bus after my run cause it started bucketing, knee 2/10",
    "the dog found a massive bone in the park and wouldn't come back, so 20 min of sprints lol",
    "the stray we got in at the surgery had a fractured leg, pinned it today. I'm tired "
    "but running tonight",
    "hopping on either leg is fine, no sore spot on the bone, just tight on the outside",
    "pins and needles waiting for the election results, got my 8k done though",
    "the whole stand went numb when we lost in the last minute, brutal. 5k today, knee fine",
    "tingling with excitement for the netball final saturday!!",
    "no numbness, no tingling, just the same tight band on the outside of my knee after 7k",
    "dentist numbed half my face this morning, dribbling my coffee, still doing 5k this arvo",
    "outside of knee 3/10 after 8k, usual tightness, foam rolled after",
    "hip's tight on the outside after the clamshells, normal I think",
    "how many km am I meant to do this week?",
    "can I swap Thursday's run for a long hike while we're camping?",
    "bit of morning stiffness on the outside of the knee, gone after ten minutes",
    "got the lead in the school musical!! rehearsals every night so can we shift runs to mornings",
    "ITB niggle 2/10 at the end of parkrun, first sub 30 at 67 years old!! 🎉",
)
