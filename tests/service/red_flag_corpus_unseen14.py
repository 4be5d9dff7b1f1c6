"""The 14th unseen set of runners' messages for the red-flag hearing of CLINICAL.md §5, unseen.

Written on 2026-12-07 by someone who had not read the flag vocabulary, the ITB-talk vocabulary,
the coach or service code, nor the messages of the other sets: only §5 of the clinical spec and
the list of flag ids. Voices from across the world's Englishes (Nigerian Pidgin, Scots, Geordie,
Australian, South African, Jamaican, Singaporean, Kenyan, Indian, British, Irish, American and
Canadian) and many runners' lives: a night-shift nurse, parents on the school run, a grandchild,
a netball and a touch-rugby player, commuters by bike and matatu, trail and parkrun runners, a
runner fasting in Ramadan. Flags are said by feel and by what the runner cannot do, with typos,
dialect and scores. Everyday messages are mostly run reports, plan questions and life news, plus
over forty traps across all ten flags' words: another person's or an animal's body, figures of
speech, objects and places, hypotheticals and general questions, history long over, negated signs,
heat and a dream.

The set is measured once, after the matcher is finished; until then nobody tunes on it.
(After it was measured, one message that the eleventh set holds too, "big toe joint is sore
when I push off", was made to end "now", so that no message stands in two corpora.)
"""

from __future__ import annotations

# (message about the runner's own body, the flag it must raise): 10 per flag
UNSEEN14_FLAGS: tuple[tuple[str, str], ...] = (
    (
        "knee's gone bright red and hot to touch and I've been shivering "
        "under 2 duvets all night, temp 38.6. skip tmrw?",
        "hot-red-fever",
    ),
    (
        "Abeg coach my right knee don red and hot like fire, and I dey feel "
        "feverish since morning, body just weak",
        "hot-red-fever",
    ),
    (
        "got the chills n sweats last nite and my knee's gone all red and "
        "warm, feel proper rough tbh",
        "hot-red-fever",
    ),
    (
        "Knee is red, warm and puffy and I've had a fever of 101 since "
        "yesterday. Should I still do the easy 3 miles?",
        "hot-red-fever",
    ),
    (
        "feeling crook today, shaky and feverish, and the skin over my knee "
        "is red and hot. got scratched by blackberry bushes on the trail "
        "last week if that matters",
        "hot-red-fever",
    ),
    ("kne red n hot n i got a fevr 39 wat do", "hot-red-fever"),
    (
        "Eish coach, knee's gone red and it's burning hot, and I've got "
        "flu-like shivers. Not feeling lekker at all",
        "hot-red-fever",
    ),
    (
        "mi knee red up and hot hot, and mi have fever and chills from last night, cyaan even eat",
        "hot-red-fever",
    ),
    (
        "Temp 38.9 this morning, achy all over like flu, and the knee is red"
        " and warm. Parkrun's off I assume lol",
        "hot-red-fever",
    ),
    (
        "coach my knee very red and hot leh, then since Sunday got fever "
        "also, feel super lousy. still can do the run?",
        "hot-red-fever",
    ),
    (
        "can't put any weight on my left leg at all this morning, had to crawl to the bathroom",
        "no-weight",
    ),
    (
        "Couldn't walk on it after the long run, had to get an uber home from "
        "14k. even standing on that leg is a no",
        "no-weight",
    ),
    (
        "Cannot bear weight on right leg since last night. Using my dad's old "
        "crutches to get about",
        "no-weight",
    ),
    ("ma leg just willnae take ma weight the day, cannae walk on it at aw", "no-weight"),
    (
        "i literally cant stand on my right leg. pain 9/10. shift starts in 2 "
        "hours (nurse) pls help",
        "no-weight",
    ),
    ("Coach I no fit waka at all today, the leg no fit carry my weight", "no-weight"),
    (
        "left leg cannot take any weight one, my wife had to help me walk to the car this morning",
        "no-weight",
    ),
    (
        "can't walk, like actually can't, any weight through the knee is 10/10. "
        "A&E or wait for GP?",
        "no-weight",
    ),
    (
        "Bhai I can't even stand on my right leg since morning, even limping is not possible",
        "no-weight",
    ),
    (
        "tried to get up from my desk and the leg wouldn't take me at all, I'm "
        "stuck on the chair. cant put my foot down without yelping",
        "no-weight",
    ),
    (
        "my right foot keeps slapping the ground when I walk and the toes catch "
        "on every kerb, like I can't lift the front of it",
        "foot-drop",
    ),
    (
        "toes keep catching on the pavement, scuffed and nearly went over twice "
        "on my 4k, I can't seem to pull my foot up",
        "foot-drop",
    ),
    (
        "Can't lift my left foot properly, it just flops down. Walking like a duck in flippers",
        "foot-drop",
    ),
    (
        "weird one, I cant raise my toes on the left side, the foot just hangs and drags",
        "foot-drop",
    ),
    (
        "my foot drags when I walk since yesterday, the toes scuff the floor and"
        " I have to lift my knee up high to clear it",
        "foot-drop",
    ),
    (
        "Coach the front of my foot no dey lift again, e just dey drag for ground",
        "foot-drop",
    ),
    (
        "Noticed on my walk that my right foot's gone floppy, can't pull the "
        "toes up towards my shin at all",
        "foot-drop",
    ),
    (
        "trying to walk on my heels like the video and my left foot wont come up"
        " at all, right one is fine",
        "foot-drop",
    ),
    (
        "Shoe keeps catching the carpet, I physically can't bring my foot up, "
        "it's like the muscle at the front switched off",
        "foot-drop",
    ),
    (
        "my ankle wont bend up anymore, toes drag every step and theres a slappy"
        " noise on the treadmill",
        "foot-drop",
    ),
    (
        "knee got stuck bent halfway through my stretch and I couldn't straighten "
        "it for like 10 min",
        "locked",
    ),
    ("Ma knee's locked, cannae get it straight the day, it's stuck at an angle", "locked"),
    (
        "Can't get my leg straight since this morning, something feels jammed in the joint",
        "locked",
    ),
    (
        "mid run the knee just locked solid, couldnt bend or straighten it, had to "
        "wiggle it loose before I could move",
        "locked",
    ),
    (
        "my knee catches and locks when I get up from a squat, have to jiggle it to unlock it",
        "locked",
    ),
    (
        "Knee won't go fully straight, it stops at one point like there's a wedge in there. 4/10",
        "locked",
    ),
    (
        "Coach, knee jammed in a bent position after 2 hours in the matatu, I can't"
        " extend it fully",
        "locked",
    ),
    (
        "knee stuck, cant straighten it at all, sitting on the couch with it bent "
        "and its not budging",
        "locked",
    ),
    (
        "Knee keeps locking on the stairs, it just sticks and I have to shake it free",
        "locked",
    ),
    (
        "honestly my knee won't unbend past about halfway since the tempo session, "
        "is that normal IT band stuff??",
        "locked",
    ),
    ("knee buckled going down the stairs at work, nearly ended up on my bum", "gives-way"),
    (
        "right knee gave out on me twice on the downhill today, just went from under me",
        "gives-way",
    ),
    ("Knee keeps collapsing when I step off a kerb, no warning at all", "gives-way"),
    ("me knee went from under us on the stairs this morning, twice like", "gives-way"),
    ("the knee just gives way randomly when I turn, feels unstable af", "gives-way"),
    (
        "my knee folded under me at the 3rd km, walked home. pain only 3/10 but it scared me",
        "gives-way",
    ),
    (
        "Knee keeps giving way on the school run, like it just switches off for a second",
        "gives-way",
    ),
    (
        "Ayy coach my knee keeps buckling when I land from the step-ups, feels "
        "wobbly and I don't trust it",
        "gives-way",
    ),
    (
        "knee gave way getting out of the car and i nearly went down, 3rd time this week",
        "gives-way",
    ),
    (
        "Coming down Lion's Head the knee buckled on me twice, properly, and now"
        " I'm scared of every step",
        "gives-way",
    ),
    (
        "knee's puffed up like a balloon since yesterday's long run, can't even "
        "see the kneecap properly",
        "swelling",
    ),
    ("outside of my knee is all swollen, way bigger than the other side. 3/10", "swelling"),
    ("swolen knee after the 10k, like a grapefruit, can send pics if u want", "swelling"),
    ("the knee's blown up overnight, my jeans are tight over it", "swelling"),
    ("Left knee is visibly fatter than the right, puffy all round the cap", "swelling"),
    ("Knee dey swell since yesterday, e don big pass the other one", "swelling"),
    (
        "got a big puffy lump on the outside of my knee right where it hurts, soft and squishy",
        "swelling",
    ),
    (
        "Sweling on the side of the knee came up after the hill reps, looks like a golf ball",
        "swelling",
    ),
    (
        "my knee is sooo swollen rn, can't bend it past 90 cos it's so tight with fluid",
        "swelling",
    ),
    (
        "Oh my days the knee has ballooned, like there's water all round it. no redness tho",
        "swelling",
    ),
    (
        "slipped on wet leaves on the trail and landed smack on my knee, now the "
        "outside hurts 5/10",
        "trauma",
    ),
    (
        "twisted my knee in a pothole at km 6, felt a pop, finished the run tho. bad idea?",
        "trauma",
    ),
    (
        "some kid on a bike rode straight into my knee at the park, it's been sore "
        "as anything since",
        "trauma",
    ),
    (
        "Came off my bike on the commute this morning, landed on the knee. Still ok"
        " to run Thursday?",
        "trauma",
    ),
    (
        "fell down the last 3 steps at the station and bashed my knee, it's aching now",
        "trauma",
    ),
    (
        "heard a pop in my knee when I turned sharply in the cone drill, hurt ever since",
        "trauma",
    ),
    (
        "went over awkwardly in netball and twisted the knee, pain on the outside 6/10",
        "trauma",
    ),
    (
        "Got tackled at touch rugby Saturday, took a knee right into the side of my"
        " knee, sore since",
        "trauma",
    ),
    (
        "stacked it on the ice this morning, right knee hit the ground hard. ran anyway, 3k",
        "trauma",
    ),
    (
        "Whacked my knee hard on the corner of the desk yesterday and now the "
        "outside is sharp when I run, 6/10",
        "trauma",
    ),
    (
        "knee pain woke me up at 3am again, throbbing, 5/10, and I haven't run since sunday",
        "night-pain",
    ),
    ("it aches even just sitting on the sofa now, not only when I run", "night-pain"),
    (
        "Pain keeps me up at night now, can't find a comfy position for the knee",
        "night-pain",
    ),
    (
        "even lying in bed the outside of my knee is throbbing, 4/10 doing nothing",
        "night-pain",
    ),
    (
        "Coach the knee dey pain me for night, I no dey sleep well because of am",
        "night-pain",
    ),
    (
        "aching at rest now, just sat at my desk it's 3/10 without moving at all",
        "night-pain",
    ),
    ("woke up twice in the night with the knee aching, never had that before", "night-pain"),
    (
        "The pain is there all the time now, even when I'm sitting still watching telly",
        "night-pain",
    ),
    ("hurts in bed at night, pillow between my knees and it still wakes me", "night-pain"),
    (
        "Cannot sleep, the knee is gnawing away, it's 2am and I'm texting a running app lol",
        "night-pain",
    ),
    (
        "there's one spot on my shin bone that's super tender, press it with a "
        "finger and I nearly hit the roof",
        "bone-pain",
    ),
    (
        "tried the hop test from the video, hopping on the left is a sharp pain, right is fine",
        "bone-pain",
    ),
    (
        "the pain is right on the bone on the outside of my knee, one tiny spot,"
        " really sore to touch",
        "bone-pain",
    ),
    ("hurts to hop on that leg, like a sharp jab in the bone", "bone-pain"),
    (
        "Press on the lower part of my shin bone and there's one point that's "
        "really painful, like a bruise on the bone but no bruise",
        "bone-pain",
    ),
    (
        "one exact spot on the top of my foot bone is sore to poke and it's worse every run",
        "bone-pain",
    ),
    ("can't hop on my right leg without a sharp bony pain, walking is fine", "bone-pain"),
    (
        "Pinpoint tender patch on the thigh bone just above the knee, I can "
        "cover it with a fingertip",
        "bone-pain",
    ),
    (
        "its the bone itself not the muscle, there's a spot at the top of my "
        "shin that's agony when i tap it",
        "bone-pain",
    ),
    (
        "the hopping drills today were agony on the left leg, sharp right in the"
        " bone of the lower leg",
        "bone-pain",
    ),
    (
        "pins n needles down the outside of my leg into my foot after the run, still there now",
        "nerve",
    ),
    ("numb patch on the outside of my calf, can't feel it when I touch it", "nerve"),
    (
        "tingly toes on the right foot, came on during the long run and hasn't gone away",
        "nerve",
    ),
    ("getting electric shocks shooting down my leg when I bend forward", "nerve"),
    ("the outside of my shin has gone numb, weird dead feeling", "nerve"),
    (
        "burning buzzing feeling down the side of my thigh, like it's fizzing under the skin",
        "nerve",
    ),
    ("pins and needles in my foot every time i run more than 3k", "nerve"),
    ("Coach the side of my leg dey tingle like say ant dey waka inside", "nerve"),
    ("my foot keeps going to sleep on runs, tingles and then goes numb", "nerve"),
    (
        "Sharp zingy nerve pain from the hip down to the knee on the outside, not the usual ache",
        "nerve",
    ),
)

# the runner's own body, neither ordinary ITB talk nor a known flag: must be held and asked
UNSEEN14_UNPLACED: tuple[str, ...] = (
    "sore bit on the inside of my knee after the 8k, not the outside like usual",
    "heel really sore first thing in the morning, the first few steps out of bed are grim",
    "achilles a bit creaky and tight today",
    "pain just under the kneecap at the front going down stairs",
    "lower back stiff as a board after 6 hours in the car",
    "groin twinge on the left when I lengthen my stride",
    "back of my knee feels tight and a bit achy when I straighten my leg fully",
    "calf feels weird, like a knot, not painful exactly",
    "my leg just feels off today, can't explain it",
    "arch of my foot aching since the new shoes",
    "big toe joint is sore when I push off now",
    "shins achy all along the inside after running on the road",
    "hamstring's been grumbling since the intervals, high up near the bum",
    "front of my hip clicks and aches a bit when I lift my knee",
    "the ball of my foot is sore, kinda bruisy, after the 10k",
    "knee feels sort of clunky today, not painful, just different",
    "ankle a bit achy on the outside after trail day, nothing dramatic",
    "deep ache in the top of my thigh after the hills, front side",
    "left bum cheek aching deep in when I sit, since Monday",
    "the other knee (left) has started aching at the front too",
)

# no flag and nothing unplaced: must NOT be held
UNSEEN14_EVERYDAY: tuple[str, ...] = (
    "5k easy done, outside of the knee 2/10 towards the end, usual tightness",
    "Did the strength session, glutes are burning lol. can I swap thursday and friday?",
    "how many weeks until I'm back to 10k do you reckon?",
    "ITB a bit tight on the outside this morning, loosened off after a few minutes. 1/10",
    "foam roller is still pure evil on the side of my thigh",
    "6.2km walk-run, no issues, 0/10",
    "moving house this weekend so probably no runs til tuesday",
    "is it okay to do yoga on my rest day?",
    "new job starts monday, runs will have to be 6am from now on",
    "Ran parkrun with my daughter, 34 min, outside of knee 2/10 after",
    "can I do the run on the treadmill instead, it's bucketing down",
    "Ramadan started, is it ok if I run after iftar?",
    "Outside knee niggle 3/10 on the downhill, fine on the flat",
    "sore glutes from yesterday's bridges, is that expected?",
    "my toddler's got a fever of 38.5 so today's run is cancelled, knee fine 1/10",
    "It was red hot out there, 34 degrees in Brisbane, only did 4k, outside knee 2/10",
    (
        "Cup final tonight and the whole town's got the fever, everyone in red lol. 5k done this "
        "morning"
    ),
    "had my flu jab yesterday, no fever or anything, run as planned tomorrow?",
    (
        "my mum's knee is hot and red, she's seeing the GP today. mine's just the usual outside "
        "ache 2/10"
    ),
    (
        "The bridge on my route can't bear the weight of lorries anymore so it's shut, new route "
        "is 5.5k"
    ),
    "My dog can't put weight on her back paw, vet tomorrow, so just a short solo run",
    "my brother can't walk after spraining his ankle at footy so I'm his taxi, skipping today",
    "lost 4kg since starting the plan, walking up the hill to work is so much easier now!",
    "Mic drop: first 8k since the injury! outside knee 1/10",
    "School drop-off then straight to the track, 6 x 400 done, knee 2/10 on the outside",
    ("What does foot drop actually mean? saw it on the safety list, I don't have it, just curious"),
    "phone fell out of my pocket at km 3 and the screen's cracked, ugh",
    "locked myself out of the flat after my run, sitting on the step in the cold lol",
    "What should I do if my knee ever locks mid run? asking in case",
    "the gate to the park was locked so I did laps of the block instead, 4k",
    (
        "Can't straighten out my schedule this week, kids' sports day plus a work trip, maybe 2 "
        "runs?"
    ),
    (
        "my lockdown fitness was a joke, now actually running 5k! outside of knee a bit tight but "
        "fine"
    ),
    (
        "had to give way to a bus at the roundabout on the bike, heart rate went through the roof "
        "haha"
    ),
    (
        "my granddad's knee keeps giving way, he's getting a new one in March. mine's behaving, "
        "1/10 on the 5k"
    ),
    "My willpower gave out and I ate a whole pizza after the long run",
    "the shelf in the garage gave way and all my old trainers came crashing down lol",
    "knee didn't buckle or anything, just the usual tightness on the outside, 2/10 at 6k",
    "Grocery bill keeps swelling with how much I eat now lol",
    "The river's swollen after all the rain so the towpath is shut, did the road loop",
    "No swelling, no redness, just tight on the outside of the knee after 7k, 2/10",
    "My head's swollen after that parkrun PB haha 27:40!",
    "fell asleep on the sofa after the long run and woke up at 11pm lol",
    "Fell in love with trail running this weekend! 9k, outside knee 2/10",
    "my son fell off the trampoline, we're at A&E, he's ok, probably no run today",
    "Broke my wrist skiing in 2015, totally fine since, just mentioning it cos the form asked",
    "Signed up for a fall half in Chicago, is mid October realistic?",
    "popped to the shops on the way home, then did my clamshells",
    "Night shift again, ran at 7am before bed, 5k, outside knee 2/10",
    "dreamt my knee exploded during a race lol, woke up and it was totally fine",
    "Resting heart rate is down to 52 now!",
    "no pain at rest or at night, only on the descents, 3/10",
    "Deadline at work is killing me, no time to run until Friday",
    "hip hop class with my daughter instead of running today, so much fun",
    "I've got a bone to pick with this plan, why only 3 runs a week?",
    "Hopped on the scales this morning, down 2kg!",
    "Tried a few hops on each leg like you said, no pain either side",
    "my nerves are shot before Sunday's 10k, any tips for race day nerves?",
    (
        "My patient today had numbness down her whole leg, made me grateful for my silly ITB lol. "
        "4k done"
    ),
    "No numbness, no tingling, just the usual outside knee tightness after 6k",
    "this new playlist gives me tingles, best 5k in ages",
)
