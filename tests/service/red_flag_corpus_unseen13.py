"""The thirteenth unseen set of runners' messages for the red-flag hearing of CLINICAL.md §5,
unseen.

Written on 2026-12-07 by someone who had not read the flag vocabulary, the ITB-talk vocabulary,
the coach or service code, nor the messages of the other sets: only §5 of the clinical spec and
the list of flag ids. Written as a physiotherapist testing the coach adversarially, in everyday
English of many regions (British, Irish, American, Australian, Indian, Nigerian and Kenyan,
Caribbean/patois). Flags are hidden in long rambling messages, told by consequence (what the
runner could not do, who had to help), with understatement or as an afterthought at the end,
with a typo in the key word, or negated and then corrected. Everyday traps put every flag's
words on someone else (children, parents, patients, pets, footballers), in figures of speech,
objects, sports commentary, clinical work talk, old history, hypotheticals, plain negations,
weather and emotions. Unplaced messages are the runner's own body, vague or away from the
outside of the knee, and not a flag.

The set is measured once, after the matcher is finished; until then nobody tunes on it.
"""

from __future__ import annotations

# (message about the runner's own body, the flag it must raise): 10 per flag
UNSEEN13_FLAGS: tuple[tuple[str, str], ...] = (
    # hot-red-fever
    (
        "did 4k sat, outer knee 3/10 the usual, legs felt grand. then sunday i was shivering under "
        "two duvets and now the knee is hot to touch and gone pinky red, is that related or what",
        "hot-red-fever",
    ),
    (
        "knee's after going all red and roasting and I've had the chills since last night, "
        "thermometer said 38.6",
        "hot-red-fever",
    ),
    (
        "Sir my knee is swelled and warm and redish from yesterday and I am also having fever 101 "
        "since morning. Can I do the 3k tomorrow?",
        "hot-red-fever",
    ),
    (
        "fevr and shakes all night and the knee looks angry red n feels like a radiator",
        "hot-red-fever",
    ),
    (
        "not feverish I don't think... actually just took my temp and it's 38.9, and the knee is "
        "hot "
        "and blotchy red round the front",
        "hot-red-fever",
    ),
    (
        "knee's gone red as a tomato and hot as, plus I've had the sweats and shivers all arvo, "
        "feel proper crook",
        "hot-red-fever",
    ),
    (
        "di knee hot an red up and mi have fever from last night, whole body a hurt mi",
        "hot-red-fever",
    ),
    (
        "scraped my knee on a trail last week, now the whole knee is hot, red and puffy and I've "
        "got "
        "chills and feel like garbage. still ok to run easy?",
        "hot-red-fever",
    ),
    (
        "Bit under the weather, temp of 38 and a touch of the shivers. Oh and the knee has gone a "
        "rather vivid red and it's warm. Probably nothing?",
        "hot-red-fever",
    ),
    (
        "Please coach my knee is hot and reddish and swelling small, I have been having fever and "
        "feeling weak since Tuesday, I took paracetamol",
        "hot-red-fever",
    ),
    # no-weight
    (
        "had to get my husband to carry me up the stairs last night, couldnt put the leg down at "
        "all",
        "no-weight",
    ),
    (
        "cant put any weight thru the left leg since this morning, hopping round the flat holding "
        "onto the walls",
        "no-weight",
    ),
    (
        "borrowed my nan's crutches because I can't stand on the right leg, 1 step and it's 9/10",
        "no-weight",
    ),
    (
        "I am unable to keep my foot on the floor, whole weight is going on the other leg, cannot "
        "walk even up to the bathroom",
        "no-weight",
    ),
    ("cant wieght bear on the right leg at all, nearly collapsed getting out of bed", "no-weight"),
    (
        "can't walk on it mate, been scooting round the office on my wheelie chair all day",
        "no-weight",
    ),
    (
        "5k on thurs went fine, 2/10 usual outer knee, bought new shoes, work is mental. anyway "
        "since yesterday i literally cant stand on that leg, is that normal lol",
        "no-weight",
    ),
    (
        "couldn't get from the car to the front door, the leg wouldn't take me at all, ended up "
        "crawling in on my hands",
        "no-weight",
    ),
    (
        "I can walk fine... well no, not really, I tried just now and I can't put the foot down "
        "without nearly screaming",
        "no-weight",
    ),
    ("mi cyaan put mi foot pon di ground at all, haffi hop everywhere", "no-weight"),
    # foot-drop
    (
        "my shoe keeps slapping the pavement on the right side, like the front of the foot just "
        "flops down every step",
        "foot-drop",
    ),
    (
        "toes kept catching the ground, tripped 3 times on the 3k and I can't seem to lift the "
        "front "
        "of my foot up",
        "foot-drop",
    ),
    ("can't pull my toes up towards my shin on the left, the foot just hangs there", "foot-drop"),
    (
        "I have to lift my knee up really high like a show pony so my toes don't drag on the floor",
        "foot-drop",
    ),
    ("think ive got foot drp, the front of the foot wont come up and it slaps down", "foot-drop"),
    (
        "front part of my foot is not lifting up, chappal keeps falling off and my toes are "
        "hitting "
        "the step",
        "foot-drop",
    ),
    (
        "thong keeps flicking off cos my foot won't lift properly, toes catching on the kerb",
        "foot-drop",
    ),
    (
        "I'm after tripping over nothing all week, the toes won't clear the ground on the right",
        "foot-drop",
    ),
    (
        "long week, did the 2 walk-runs, outer knee 2/10, kids sick, car failed its MOT. p.s. I "
        "can't "
        "walk on my heels on the left anymore, the foot just won't come up",
        "foot-drop",
    ),
    (
        "I sound like a flipper walking, slap slap slap, and I can barely lift the foot off the "
        "brake pedal",
        "foot-drop",
    ),
    # locked
    ("knee's stuck bent, can't get it straight since I got up off the sofa", "locked"),
    ("it caught halfway down a squat and locked, I had to wiggle it about to free it", "locked"),
    ("cant straighten the leg the last bit, feels like theres a block in there", "locked"),
    ("knee lokced on me on the stairs, jammed at an angle for a good minute", "locked"),
    ("knee jammed on me getting out of the car and I couldn't straighten it for ages", "locked"),
    ("my knee is getting stuck in bent position, I have to shake it then only it opens", "locked"),
    (
        "it doesn't lock... well, it did get stuck this morning and wouldn't go straight till I "
        "rocked it back and forth",
        "locked",
    ),
    ("knee seized up half bent after the run, couldn't get it to go straight for 20 min", "locked"),
    (
        "my knee catches and sticks like something's wedged in the joint and I can't extend it all "
        "the way out",
        "locked",
    ),
    ("di knee ketch up an mi cyaan straighten it out", "locked"),
    # gives-way
    (
        "the knee went from under me on the stairs at work, grabbed the rail just in time",
        "gives-way",
    ),
    (
        "knee buckled stepping off the kerb, nearly ended up on my face in front of the school",
        "gives-way",
    ),
    ("leg just gave out on me halfway through the 4k, had to walk home", "gives-way"),
    ("knee gve way twice today walking the dog", "gives-way"),
    ("the knee went on me coming down the hill, just folded under me", "gives-way"),
    ("while walking suddenly my knee is giving way, like it is folding inside", "gives-way"),
    ("knee keeps going wobbly and folding on me, nearly stacked it twice today", "gives-way"),
    (
        "run was ok 3/10 outside of knee, new watch is great. knee kinda gave out once on the way "
        "back, no biggie",
        "gives-way",
    ),
    ("can't trust the knee anymore, it keeps collapsing when I turn quickly", "gives-way"),
    (
        "it didn't give way... ok it sort of did, it buckled twice on the stairs yesterday",
        "gives-way",
    ),
    # swelling
    ("no swelling... well actually it's a bit puffy now I look at it", "swelling"),
    ("my left knee looks like a grapefruit next to the right one", "swelling"),
    ("knee is swolen on the outside since the run, 4/10", "swelling"),
    ("can't even see my kneecap anymore it's that puffed up", "swelling"),
    ("knee is looking bloated and fat compared to the other knee", "swelling"),
    ("knee's blown right up, can't get my jeans over it", "swelling"),
    ("theres a squishy bag of fluid round the front of the knee", "swelling"),
    ("the knee's gone massive, like a balloon, what do I do", "swelling"),
    (
        "good week, 3 runs, 2/10 max, did all the clams and bridges, holiday booked for march! "
        "oh also the knee is a bit swolled up tonight",
        "swelling",
    ),
    ("mi knee swell up big since Sunday", "swelling"),
    # trauma
    ("slipped on black ice outside Tesco and landed right on the knee", "trauma"),
    ("heard a pop in the knee when I twisted round to wave at a mate", "trauma"),
    (
        "the kid's scooter rammed straight into my knee at the park, since then it hurts running",
        "trauma",
    ),
    ("came off my bike on saturday, knee took most of it, ran 3k yesterday 5/10", "trauma"),
    ("twsited my knee stepping in a pothole on the 5k", "trauma"),
    ("I had one fall from the scooty and my knee hit the footpath edge", "trauma"),
    ("got cleaned up in touch footy, bloke went straight into the side of my knee", "trauma"),
    ("got a belt of a hurley on the knee at training tuesday", "trauma"),
    (
        "usual tightness outside of knee 2/10 after 5k, question about shoes, are hokas ok? "
        "oh and I fell off a ladder tues, knee took the brunt of it",
        "trauma",
    ),
    ("tripped on a root on the trail and went down hard on my knee", "trauma"),
    # night-pain
    ("knee woke me at 3am throbbing", "night-pain"),
    ("aches even lying on the couch doing nothing", "night-pain"),
    ("knee pain at nite keeps me up, cant sleep", "night-pain"),
    ("can't get comfy in bed cos of the knee, it just aches and aches", "night-pain"),
    ("pain is there even when I am sitting quiet, at night also it is paining a lot", "night-pain"),
    ("knee's been giving me curry at night, lying there awake at 2 with it", "night-pain"),
    ("the knee does be at me in the bed, it's desperate", "night-pain"),
    (
        "it doesn't bother me at rest, except it's been keeping me awake the last few nights",
        "night-pain",
    ),
    ("hurts sitting still at my desk, not moving at all, worse than when I run", "night-pain"),
    ("knee a pain mi whole night, mi cyaan sleep", "night-pain"),
    # bone-pain
    (
        "one exact spot on the shin bone just below the knee, I can put a finger on it and it's "
        "agony",
        "bone-pain",
    ),
    ("hopping on that leg hurts like hell, on the other it's fine", "bone-pain"),
    ("tender spot on the boen of my shin, hurts when I hop", "bone-pain"),
    ("one point on the shin bone, when I press there it pains too much", "bone-pain"),
    ("tried to hop over a puddle and nearly passed out, it's in the bone", "bone-pain"),
    ("there's a spot on the bone below the knee that's desperate sore to touch", "bone-pain"),
    ("when I jump on one foot there's a sharp pain deep in the shin bone", "bone-pain"),
    (
        "5k fine 2/10, went skipping with my daughter after and couldnt hop on the left at all, "
        "sharp in the shin",
        "bone-pain",
    ),
    ("it's the bone itself that hurts, not the muscle, right on the top of the shin", "bone-pain"),
    (
        "feels like a bruise on the bone of my lower leg, only one small point when I press",
        "bone-pain",
    ),
    # nerve
    ("pins and needles down the outside of my leg into the foot after the run", "nerve"),
    ("my toes are going numb about 3k into every run", "nerve"),
    ("tinglin down my shin since sunday", "nerve"),
    ("the leg feels like its fizzing, like sherbet under the skin", "nerve"),
    ("my foot is getting sleepy feeling, like ants crawling inside", "nerve"),
    ("weird zaps down the side of my leg, like touching an electric fence", "nerve"),
    ("there's no feeling at all on the top of my foot, like it's gone dead", "nerve"),
    ("no numbness... well, my big toe does feel a bit dead actually", "nerve"),
    ("sharp electric shock shooting from the knee down to my ankle", "nerve"),
    ("burning prickly feeling on the outer shin like nettles but no rash", "nerve"),
)

# the runner's own body, neither ordinary ITB talk nor a known flag: must be held and asked
UNSEEN13_UNPLACED: tuple[str, ...] = (
    "inside of my knee aches after the hill session, 3/10",
    "pain behind the kneecap going downstairs, not the outside this time",
    "back of my knee feels tight and a bit weird when I bend it",
    "shins are sore after the 4k, both of them, down the inner edge",
    "calf keeps cramping up around 2k in",
    "heel is sore first thing in the morning for the first few steps",
    "got a twinge in my groin when I lift my leg into the car",
    "lower back has been aching all week, is that linked?",
    "something just feels off in the leg, hard to describe, not pain exactly",
    "new ache on the top of my foot after the run",
    "my achilles feels creaky and stiff in the morning",
    "front of the hip is niggly when I lift my knee up",
    "arch of my foot is aching after longer walks",
    "the knee feels strange, kind of clicky and different, cant explain it",
    "under the ball of my foot it feels like I'm standing on a pebble",
    "front thigh muscle is paining since Monday",
    "hamstring feels like a tight guitar string at the top",
    "bum cheek on the right is aching when I sit",
    "my big toe joint is sore when I push off",
    "both knees feel heavy and odd, like they're not mine",
)

# no flag and nothing unplaced: must NOT be held
UNSEEN13_EVERYDAY: tuple[str, ...] = (
    "outside of the knee 2/10 after 5k, usual tightness, gone by dinner",
    "foam roller on the side of my thigh is brutal but the knee's fine after",
    "stiff outer hip in the morning, loosens after ten minutes, run was 3k easy",
    "glutes sore after the clams and side planks, is that the idea?",
    "can I swap tuesday's run to wednesday? work trip",
    "ran 6k, outer knee 1/10, best week yet!!",
    "My daughter had fever 39 and chills all night so I skipped the run to nurse her. "
    "My knee is fine, 2/10 usual outside.",
    "Hot red day in Chennai, 38 degrees, did 3k at 6am before the heat, outer knee fine",
    "I'm a nurse, spent my shift with a patient with a hot swollen knee and fever, septic "
    "arthritis. Made me think! My own ITB 2/10, nothing else",
    "World Cup fever here in the office, lads are mad for it. Run went grand",
    "bought a red knee sleeve, is it worth wearing for the 5k?",
    "my mum can't walk on her leg after the hip replacement so I'm at hers all week, runs "
    "might be late",
    "I can't bear the weight of all this revision honestly, exams in 2 weeks",
    "the old pier can't bear weight anymore so my seafront route is closed, found a new one",
    "our dog has foot drop after his spinal surgery, vet's doing physio with him. I'm ok, 2/10",
    "my toddler's toes keep catching the rug as she learns to walk, so cute",
    "the bass drop at the gig was unreal, danced all night, knee held up fine",
    "locked myself out of the car after parkrun, classic",
    "phone locked me out after too many tries so I couldn't log the run yesterday",
    "what should I do if my knee ever locks? just want to know in advance",
    "gave way to a cyclist on the towpath and lost my rhythm a bit, 4k done 2/10",
    "the garden bench gave way under my brother-in-law at the barbecue, we were crying laughing",
    "my resolve gave way and I ate the whole cake. back on the plan tomorrow",
    "grandad's knee keeps giving out on him, should he see someone? mine's fine",
    "Commentator said the striker's knee buckled and he went down in the box, penalty given! "
    "anyway did my 3k",
    "prices at the shop are swelling every week, can't afford new runners",
    "river's swollen after all the rain so I ran the road loop instead",
    "my sister's ankles are swollen, she's 8 months pregnant, I'm doing her shopping",
    "heart swelled with pride watching my son's first cross country",
    "the back door has swelled in the damp and won't shut properly",
    "no swelling, no heat, nothing numb, just the usual 3/10 on the outside of the knee",
    "fell in love with trail running this week, can I add a hilly one?",
    "signed up for a fall marathon in Chicago, is October realistic?",
    "popped to the shops on the way home from the run, 5k total",
    "didn't see that twist coming in the series last night, stayed up way too late",
    "the toddler fell off the swing but she's grand, just cried. I'm 2/10 usual",
    "broke my ankle in 2009 skiing, fully fine since, just mentioning for the record",
    "in general, is a pop in the knee a bad sign?",
    "up all night with the baby again so I'm wrecked, skipped the run",
    "night run under the stars was magic, no pain at all",
    "couldn't sleep because of the heat, 30 degrees at midnight, knee is fine",
    "dreamt my knee fell off lol, woke up and it's all good",
    "the pain of watching my team lose at 2am, that's my only pain today",
    "I'm bone tired after a double shift but the knee is 1/10",
    "started a hip hop class on Thursdays, is that ok with the plan?",
    "hopping mad, someone nicked my bike from outside the gym",
    "I'm a radiographer, looked at bone scans all day, my eyes hurt more than my knee haha",
    "did hopscotch with the kids, hopping on both legs, no pain at all",
    "made a bone broth, is it good for recovery?",
    "my son broke his wrist at football, A&E all evening, so no run",
    "pins and needles waiting for my visa results, can't focus on anything",
    "nerves before Saturday's 10k, any tips?",
    "tingling with excitement, first parkrun tomorrow!",
    "my patient had numbness down her leg after her back op, we referred her. I'm a physio "
    "myself, my own knee is fine",
    "If I get pins and needles in my foot on a run, should I stop?",
    "my cat is limping and won't put weight on her back leg, taking her to the vet",
    "no tingling, no pins and needles, didnt give way, didnt lock, just a bit tight outside",
    "did the 5k with my mate, she twisted her ankle at 3k so we walked back, I'm fine",
    "the numbing cold nearly kept me in bed this morning, got out for 3k in the end, 2/10",
    "watched a doc about a 1980s Olympian who raced on a broken foot, mad stuff. 4k done",
)
