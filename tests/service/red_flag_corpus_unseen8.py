"""The eighth unseen set of runners' messages for the red-flag hearing of CLINICAL.md §5, unseen.

Written on 2026-12-07 by someone who had not read the flag vocabulary, the ITB-talk vocabulary,
the coach or service code, nor the messages of the other sets: only §5 of the clinical spec and
the list of flag ids. The voices are Singaporean and Malaysian English with Singlish particles,
Hong Kong English, Irish (Galway, Belfast), Scottish Highland, urban Australian (Sydney,
Melbourne), New York, Californian, Canadian Maritime, Welsh valleys, Zambian and Tanzanian
English, second-language writers (Polish, Brazilian, Italian, Arabic), very formal and very
terse writers, and lines pasted from a training diary with times and splits. The everyday traps
draw flag words from offices and commuting, teenagers, elderly relatives, horses, cows and dogs,
sailing and cycling, concerts, retail work, a friend's swollen feet in heels, a burst pipe, a
blown fuse and an electric fence, crime dramas, football results, saunas and ice baths: signs
that belong to someone else or an animal, objects and figures of speech, a hypothetical, a
healed old injury, negated signs and a dream.

The set is measured once, after the matcher is finished; until then nobody tunes on it.
(After it was measured, one message that the seventh set holds too, "knee woke me up at 3am
throbbing, couldn't get back to sleep", was made to end "again", so that no message stands in
two corpora.)
"""

from __future__ import annotations

# (message about the runner's own body, the flag it must raise): 10 per flag
UNSEEN8_FLAGS: tuple[tuple[str, str], ...] = (
    (
        "Coach my knee very hot and red one leh, whole night shivering, got fever 38.6 also. "
        "Still can run or not ah",
        "hot-red-fever",
    ),
    (
        "Knee is red and hot to touch since yesterday and I have chills and feel quite unwell, "
        "temperature 38.9. Should I skip the 10k on Sunday?",
        "hot-red-fever",
    ),
    (
        "knee's gone all red and roasting hot, I'm shivering under two duvets and sweating "
        "buckets, feel rotten altogether",
        "hot-red-fever",
    ),
    ("Knee red, hot, swollen. Fever 39. Chills.", "hot-red-fever"),
    (
        "My knee it is very red and warm and I have the fever since morning, I feel very bad in "
        "all body. Is normal after long run?",
        "hot-red-fever",
    ),
    (
        "mate my knee's gone bright red and hot as, and I've got the shakes and a temp, feel like "
        "absolute garbage",
        "hot-red-fever",
    ),
    (
        "I regret to report that my right knee has become red, hot and swollen overnight, and I "
        "am running a temperature of 38.4 with rigors.",
        "hot-red-fever",
    ),
    (
        "Coach the knee is paining and it is red and hot, also I am having fever and chills from "
        "last night, I am feeling weak in body",
        "hot-red-fever",
    ),
    (
        "Tue 06:10 easy 5k planned, abandoned at 2k. knee hot + red + puffy, temp 38.7 this "
        "evening, chills",
        "hot-red-fever",
    ),
    (
        "my knee is red like tomato and burning hot and I am with fever and tremble, I feel sick "
        "whole day, sorry my english",
        "hot-red-fever",
    ),
    (
        "can't put any weight on the leg at all since this morning, had to shuffle to the loo "
        "holding on to the walls",
        "no-weight",
    ),
    (
        "I literally cannot walk on my right leg, every step I try it just won't take me, had to "
        "get a cab home from the subway",
        "no-weight",
    ),
    (
        "Cannot step down on the leg already lah, walk also cannot, my colleague need to help me "
        "to the MRT",
        "no-weight",
    ),
    (
        "I am not able to stand on my left leg, when I put the weight it is impossible, I use the "
        "chair to move in the house",
        "no-weight",
    ),
    ("Can't bear weight on left leg. 8/10.", "no-weight"),
    (
        "Can't stand on it now butt, been crawling up the stairs on my hands tidy, no chance of "
        "the parkrun",
        "no-weight",
    ),
    (
        "ok so like I literally can't walk on it?? tried to stand up off the couch and just nope, "
        "using my roommate's old crutches to get around",
        "no-weight",
    ),
    (
        "Since after the run I am failing to walk, the leg cannot carry me, even going to the "
        "kitchen I am holding the wall",
        "no-weight",
    ),
    (
        "I cannot walk since yesterday evening, the leg not support me, when I put foot on floor "
        "the pain is 9/10",
        "no-weight",
    ),
    (
        "Some bad today b'y, can't put weight on the right leg at all, the missus had to get me "
        "out to the truck",
        "no-weight",
    ),
    (
        "my right foot keeps slapping the ground and I can't lift the front of it up, toes "
        "catching on every kerb",
        "foot-drop",
    ),
    (
        "Toes are catching on the path and I cannae pull my foot up at all, scuffing on every "
        "stone on the croft road",
        "foot-drop",
    ),
    (
        "Since this morning I am unable to raise the front of my left foot; it drops and drags "
        "when I walk.",
        "foot-drop",
    ),
    (
        "Why my foot like flop flop one ah, cannot lift up the toes, walking also the foot slap "
        "the floor",
        "foot-drop",
    ),
    (
        "foot's gone floppy, can't cock it up at the ankle, toes keep dragging on the footpath, "
        "bit freaky",
        "foot-drop",
    ),
    (
        "I cannot to lift my foot up, the toes are going down and I hit them on the stairs, must "
        "to lift knee very high",
        "foot-drop",
    ),
    (
        "Thu 07:00 6k planned, stopped 1.2k. R foot dragging, toes catching, can't lift foot at "
        "ankle.",
        "foot-drop",
    ),
    (
        "my foot is literally dragging, I can't pull my toes up toward me, I keep clipping the "
        "curb",
        "foot-drop",
    ),
    (
        "The foot is not lifting, the front part is hanging down and my toes are scratching the "
        "ground when I walk",
        "foot-drop",
    ),
    ("L foot won't lift. Toes drag.", "foot-drop"),
    (
        "knee got stuck bent halfway down the stairs, couldn't straighten it for like 5 mins till "
        "it clunked free",
        "locked",
    ),
    (
        "the knee locked on me getting out of the car, stuck at an angle and wouldn't go straight "
        "at all",
        "locked",
    ),
    (
        "My knee cannot straighten fully since this morning, it is stuck a bit bent, I try to "
        "push it straight but cannot",
        "locked",
    ),
    (
        "my knee it stay blocked, I can not make it straight, it is like something inside is stuck",
        "locked",
    ),
    (
        "knee keeps jamming, gets caught and won't straighten till I wiggle it, happened 3 times "
        "on the 8k",
        "locked",
    ),
    ("Knee locks. Can't fully straighten.", "locked"),
    (
        "knee's gone and stuck bent after the session, can't get it straight for love nor money",
        "locked",
    ),
    (
        "Sat 08:30 LR 14k 1:18:40. km 11 knee seized bent, couldn't extend, walked home bent.",
        "locked",
    ),
    (
        "Knee kena lock sia, bend already cannot straighten back, must shake shake then can",
        "locked",
    ),
    (
        "My right knee has locked twice today and I am currently unable to extend it fully.",
        "locked",
    ),
    ("knee went from under me twice on the way to the bus, just buckled no warning", "gives-way"),
    (
        "my knee gave out on the downhill, just folded on me and i had to grab a lamppost",
        "gives-way",
    ),
    (
        "Walking down the stairs at void deck the knee suddenly give way leh, like no strength",
        "gives-way",
    ),
    (
        "the knee it collapse under me when I turn, like it go away for one second, happen 3 "
        "times this week",
        "gives-way",
    ),
    ("knee keeps buckling when I step off the curb, like it just gives out for a sec", "gives-way"),
    (
        "knee's been givin out on me all week, goin down the wharf steps it just went, caught the "
        "rail",
        "gives-way",
    ),
    (
        "I have experienced repeated episodes of my left knee giving way while walking, most "
        "recently this afternoon.",
        "gives-way",
    ),
    (
        "the knee is giving way when I walk, it just bends by itself and I have to hold something",
        "gives-way",
    ),
    (
        "ok weird one, my knee just kinda buckles randomly? like it stops holding me and I have "
        "to catch myself, 3/10 pain",
        "gives-way",
    ),
    (
        "Wed 18:45 intervals 6x400 abandoned rep 4. knee gave way on the bend twice. 4/10.",
        "gives-way",
    ),
    ("knee's blown up like a grapefruit, can't even see the kneecap anymore", "swelling"),
    ("My knee swell until very big leh, compare with the other one can see obviously", "swelling"),
    (
        "the knee is after swelling up something shocking, puffy all round, jeans won't go over it",
        "swelling",
    ),
    ("knee is v swolen since sat, like a balloon, 3/10", "swelling"),
    (
        "my knee is become big and swollen from yesterday, the skin is tight, I cannot see the "
        "bone shape",
        "swelling",
    ),
    ("Visible swelling R knee. Since yesterday.", "swelling"),
    (
        "knee's puffed right up, looks like a cankle but on my knee lol, pretty tight feeling",
        "swelling",
    ),
    (
        "There is obvious swelling on the outside of my knee now, like a soft lump, it was not "
        "there last week",
        "swelling",
    ),
    (
        "my knee's awfy swollen the night, fat as a neep, the other one looks skinny next to it",
        "swelling",
    ),
    ("Mon 06:00 rest day. R knee swollen, circumference 41cm vs 38cm L. pain 2/10.", "swelling"),
    (
        "slipped on wet leaves on the 10k and landed right on the knee, been sore on the outside "
        "since",
        "trauma",
    ),
    (
        "came off the bike at the roundabout, went down on my side, knee and hip took the lot",
        "trauma",
    ),
    ("rolled my knee stepping off a gutter, felt a pop, been dodgy since", "trauma"),
    ("I fall on the ice yesterday on my knee and now it hurt when I run, 5/10", "trauma"),
    ("Twisted knee on trail. Felt a pop. 6/10.", "trauma"),
    (
        "got clipped by a delivery guy's e-bike on 2nd ave, knee took the hit, now it aches on "
        "the outside when I run",
        "trauma",
    ),
    (
        "During football with colleagues someone kicked my knee hard, since then the outside is "
        "painful",
        "trauma",
    ),
    (
        "tripped on a tussock on the hill and went down hard on the knee, bit of a dunt, sore now",
        "trauma",
    ),
    (
        "I turn my knee when I jump from the boat to the dock, I heard a crack sound, after that "
        "pain",
        "trauma",
    ),
    (
        "I sustained a twisting injury to my left knee while dismounting my horse this morning; "
        "the pain started immediately.",
        "trauma",
    ),
    ("knee woke me up at 3am throbbing, couldn't get back to sleep again", "night-pain"),
    ("Night time sleeping also pain one leh, lie down don't move also ache", "night-pain"),
    (
        "It's aching even when I'm sat on the sofa doing nothing, worse in bed, keeps me up",
        "night-pain",
    ),
    (
        "the knee hurt also when I rest, in the night I wake up for the pain, 5/10 when I lie",
        "night-pain",
    ),
    ("Pain at rest now. Wakes me at night.", "night-pain"),
    (
        "my knee is throbbing literally while I'm just lying in bed, like not moving at all, is "
        "that normal??",
        "night-pain",
    ),
    (
        "Coach even when I am seated the knee is paining, and at night I fail to sleep because of "
        "it",
        "night-pain",
    ),
    (
        "the knee has me up half the night, a deep ache lying still, nothing to do with running",
        "night-pain",
    ),
    ("Fri 02:40 woken by R knee ache, 4/10, lying still. No run yesterday.", "night-pain"),
    (
        "Knee aches somethin wicked at rest, even sittin at the desk at work, and it woke me "
        "twice last night",
        "night-pain",
    ),
    (
        "there's one spot on the bone just below my knee on the outside that's agony if I press "
        "it, like one fingertip",
        "bone-pain",
    ),
    ("can't hop on the right leg at all, sharp stab in the bone when I land", "bone-pain"),
    (
        "Press one spot on the bone outside the knee very pain, like pointy pain, hop also cannot",
        "bone-pain",
    ),
    (
        "When I push with finger on the bone of the knee side there is one point very painful, "
        "7/10",
        "bone-pain",
    ),
    ("Pinpoint tenderness on the bone. Hopping hurts.", "bone-pain"),
    ("tried the hop test and nah, sharp bony pain on landing, reckon something's up", "bone-pain"),
    (
        "There is a specific point on my shin bone just under the knee that is very tender to "
        "touch, even a light tap",
        "bone-pain",
    ),
    (
        "exactly on the bone top of the outside leg, one small place, when I touch it is like "
        "knife, also when I jump on one leg",
        "bone-pain",
    ),
    (
        "I have noted sharply localised tenderness over the bone at the lateral aspect of the "
        "knee, and hopping reproduces it.",
        "bone-pain",
    ),
    (
        "hopping on that leg is a no-go, feels like it's in the bone itself not the muscle, one "
        "exact spot",
        "bone-pain",
    ),
    ("pins and needles down the outside of my leg into my foot since the long run", "nerve"),
    (
        "My toes feel tingly tingly one, like ants crawling, and the side of the leg numb numb",
        "nerve",
    ),
    ("side of my shin's gone dead, can't feel it properly when I touch it", "nerve"),
    (
        "I have electric shock feeling going down my leg when I bend, like a zap, also some tingle",
        "nerve",
    ),
    ("Numb patch outside calf. Tingling toes.", "nerve"),
    ("my foot keeps falling asleep on runs, like buzzy numb, even after I stop", "nerve"),
    ("there's a burning nervy pain shooting down the outside of my leg, like a live wire", "nerve"),
    (
        "I feel like needles in my foot and the outside of leg is sleeping, I don't feel well the "
        "skin",
        "nerve",
    ),
    (
        "Sun 09:00 LR 18k 1:42. from 12k tingling + numb lateral shin to toes, still there 3h "
        "later.",
        "nerve",
    ),
    (
        "The side of my leg is having a numbness and I feel some small needles pricking down to "
        "the foot",
        "nerve",
    ),
)

# the runner's own body, neither ordinary ITB talk nor a known flag: must be held and asked
UNSEEN8_UNPLACED: tuple[str, ...] = (
    (
        "bit of an ache at the front of the knee under the kneecap going down stairs, not the "
        "outside one"
    ),
    "My heel very sore in the morning leh, first step out of bed like step on glass",
    "shins are barking after the track session, along the inner edge",
    "calf feels kinda tight and weird on the left, like a knot I can't find",
    "I've a pain in the groin since the hill reps, a pulling kind of thing",
    "lower back's at me after the long run, stiff as a board",
    "inside of my knee aches a bit, the other side from usual, 2/10",
    "behind the knee is something pulling when I straight the leg, not painful much, 2/10",
    "ball of my foot feels bruised after the road 10k",
    "achilles is creaky this morning, like a squeaky feeling when I point my foot",
    "I have a mild ache in the arch of my right foot which I did not have before.",
    "my ankle feels a bit off, not sore exactly, just weird",
    "Tue 17:30 tempo 5k 24:10. Hamstring twinge R mid-thigh at km 4. 3/10.",
    "my big toe's gone sore at the joint, dinnae ken why",
    "I feel some pain in my hip at the front, when lifting the leg to put on socks",
    "there's a clicking in my left hip when I walk, doesn't hurt, just odd",
    "my knee feel strange today, I cannot explain, not pain but not normal",
    "my butt cheek aches when I sit in the car, like deep in there",
    "the muscle in my calf make cramp at the end of the run, 2 times this week",
    "top of my foot is paining where the laces tie, since the new shoes",
)

# no flag and nothing unplaced: must NOT be held
UNSEEN8_EVERYDAY: tuple[str, ...] = (
    "outside of the knee 2/10 after 5k, usual tightness, all good otherwise",
    "Today run 6k ok lah, the side of knee a bit tight only, 2/10, can do next step?",
    "foam roller on the outside of my thigh still hurts like hell lol, is that normal",
    "Wed 06:15 easy 4k 24:50. lateral knee 1/10 after, gone by breakfast.",
    (
        "Completed the prescribed clamshells and side-lying leg raises; mild soreness in the hip "
        "afterwards, as expected."
    ),
    "bit stiff on the outside of the hip first thing this morning, loosened off after the shower",
    "what time should I do my strength stuff, before or after the run?",
    "Went 5k along the harbour, side of the knee grumbled a bit at the end, 2/10, nothing new",
    "5k done. ITB 1/10.",
    "new runners arrived, bloody stoked, can I wear them for Saturday's parkrun?",
    "Can I move my run to Thursday this week because of work travel?",
    "did the walk-run thing today, outside of my knee was like 2/10 tight, honestly feeling good",
    "hip's a bit achy on the outside after the side planks, the usual",
    "today I am very tired from the work, can I make the run tomorrow instead?",
    "my daughter's got a fever of 38.5 so I'm skipping the run to mind her, my knee's fine",
    (
        "stinking hot and humid out, 34 degrees, face was red as a beetroot after 5k but the knee "
        "was grand"
    ),
    "sauna after the run, came out red as a lobster, legs felt lovely",
    (
        "the crowd was at fever pitch at the concert last night, no voice left haha, did 4k easy "
        "this morning no knee bother"
    ),
    "the derby had me in a fever, 2-1 in the 90th minute!! anyway 6k tomorrow",
    "my nan's knee is red and hot and she has a temperature, took her to A&E, so no run today",
    (
        "My dad can't bear weight on his hip after his op, I'm helping him this week so runs may "
        "be short"
    ),
    "the mare is lame behind and won't put weight on the leg, vet's coming, I'm fine just worried",
    (
        "shelf in the stockroom couldn't take the weight and collapsed, boxes everywhere, anyway "
        "5k tonight"
    ),
    "dropped my phone on my foot at work lol, screen's cracked, foot's fine",
    "our dog keeps dragging his back paw, taking him to the vet tomorrow",
    "prices dropped on the Garmin so I bought it, foot pod included, can it track my cadence?",
    (
        "locked myself out of the flat after the run, waited 40 mins for the landlord, knee "
        "totally fine"
    ),
    "bathroom door lock is stuck again, and the plumber's coming for the burst pipe too, mad week",
    "what should I do if my knee ever locks mid-run? just asking before the half",
    (
        "Grandma's knee gets stuck bent when she gets up from the chair, should she see someone? "
        "mine's grand"
    ),
    "the old fence gave way when the cow leaned on it, spent the morning fixing it",
    "gave way to a cyclist at the lights and nearly missed the green, 6k done, side of knee 1/10",
    "my daughter's knee buckled at netball, she's getting it looked at, I'm grand",
    "no giving way, no locking, just the usual tight band on the outside, 2/10",
    "the river's swollen after all that rain, had to reroute the long run",
    "my friend's feet swelled up in her heels at the wedding, mine were fine in flats",
    "tyre on the bike is bulging on the side, gonna replace it before the commute",
    "no swelling, not hot, ice bath after and felt deadly",
    "sales at the shop swelled like mad this week, rota is brutal, can I do 2 runs not 3?",
    "fell asleep on the train and missed my stop, walked the extra 2k, counting it as a run haha",
    "Fall marathon signups open Monday, should I go for it or wait?",
    (
        "my mum had a fall at home last week, she's okay but I've been at the hospital a lot, "
        "runs were short"
    ),
    "broke my wrist skiing in 2015, totally healed, does it matter for the strength work?",
    "popped to the shops after the run for electrolytes, knee quiet, 1/10",
    "the twist in the crime drama last night was unreal, anyway 7k easy, no bother",
    (
        "sailing at the weekend, the boom swung across but I ducked in time haha, great day on "
        "the water"
    ),
    "pulled an all-nighter for the deadline, running on coffee, do I skip or go easy?",
    "the teenager's music kept me up till 2am, knee was fine but I'm wrecked",
    "had a dream I ran a marathon barefoot and my knee exploded, woke up laughing, it's fine",
    "doesn't hurt at night or sitting, only the outside tightness after about 4k, 2/10",
    "hip hop class with the kids tonight instead of running, is that ok for the ITB?",
    "hopping mad at the landlord, the fuse blew again and the shower went cold",
    "worked to the bone at the shop over Black Friday but the knee behaved",
    "pressed on the bone just below my knee and nothing, no sore spot, hopping's fine too",
    "pins and needles waiting on the Leaving Cert results for my son",
    "got a belt off the electric fence moving the cows, gave me a fright, all grand now",
    "the sparky says the wiring is fried, that's why the fuse blew, anyway run tomorrow",
    (
        "ice bath after the long run, fingers went numb in the cold but came right back, legs "
        "felt brand new"
    ),
    "my nerves before the gig were shot, did an easy 3k to calm down",
    "no numbness or tingling, just the band on the outside tight after 6k, 2/10",
)
