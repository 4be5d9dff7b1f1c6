"""A fifth set of runners' messages for the red-flag hearing of CLINICAL.md §5: unseen.

Written on 2026-12-07 by someone who had not read the flag vocabulary
(``protocols/red_flags.yaml``, beyond its list of flag ids), the ITB-talk vocabulary, the coach or
service code, nor the messages of the other sets: only §5 of the clinical spec, the flag ids and
the format of the earlier sets. The messages are invented the way runners text, in voices the
earlier sets had little of: Welsh, Scottish, Irish, Canadian, Singaporean, Kenyan, Nigerian,
Caribbean, South African, Indian, Australian and New Zealand English; voice-dictated messages
with their spoken punctuation and slips; very short messages and very long rambling ones; older
and younger runners. Signs are told by how they feel and what the runner cannot do (stairs,
standing, the car pedal, sleep, shoes) more often than by the textbook word.

The set is to be measured once, after the matcher is finished, and not tuned on before that.
"""

from __future__ import annotations

# (message about the runner's own body, the flag it must raise): 10 per flag
UNSEEN3_FLAGS: tuple[tuple[str, str], ...] = (
    # hot, red or swollen knee with fever, chills or feeling unwell
    (
        "Knee's gone all red and hot, and I've been shivering under two duvets since teatime. "
        "Feel proper rough, I do",
        "hot-red-fever",
    ),
    (
        "My knee very hot and red leh, then since last night got fever 38.6, whole body aching. "
        "Can still do the strength today or not?",
        "hot-red-fever",
    ),
    (
        "Coach, my right knee is hot to the touch and reddish, and I have had a fever since "
        "yesterday. I am feeling weak and unwell",
        "hot-red-fever",
    ),
    (
        "knee is red hot and puffy and I've got the chills comma I feel like I've got the flu "
        "full stop should I still do tomorrow's walk run question mark",
        "hot-red-fever",
    ),
    ("red hot knee + temp 39", "hot-red-fever"),
    (
        "Knee red and hot like fire and I have fever since Sunday, feeling real sick, can't "
        "even eat my roti",
        "hot-red-fever",
    ),
    (
        "At 67 I know my body. The left knee is warm and angry red and I'm running a "
        "temperature of 101. Not feeling myself at all.",
        "hot-red-fever",
    ),
    (
        "Eish, the knee is red and burning to touch and I've been sweating and shaking all "
        "night like malaria",
        "hot-red-fever",
    ),
    (
        "Since morning knee is red and hot, also having fever and body pain. Took one "
        "paracetamol, should I continue exercises?",
        "hot-red-fever",
    ),
    (
        "knee's went red and roastin round where I skinned it on Saturday and now I'm boilin "
        "and shiverin at the same time",
        "hot-red-fever",
    ),
    # cannot bear weight, cannot walk on the leg
    ("cant put any weight on my left leg at all, hopping to the loo", "no-weight"),
    (
        "Cannae stand on it. Tried to get up off the couch and just went straight back down",
        "no-weight",
    ),
    (
        "I can't walk on my right leg since this morning I'm using my son's old crutches from "
        "when he did his ankle",
        "no-weight",
    ),
    (
        "Please I cannot walk on the leg again since yesterday evening, I have to hold the wall "
        "to move around the house",
        "no-weight",
    ),
    (
        "Can't even bear to stand on the leg mate, tried to get out to the car and ended up "
        "crawling back inside",
        "no-weight",
    ),
    ("cant weight bear", "no-weight"),
    (
        "I'm 71 and since yesterday I can't get from the bed to the bathroom on that leg "
        "without my husband holding me up",
        "no-weight",
    ),
    (
        "Couldn't walk to the shop today, the leg just won't take me weight at all",
        "no-weight",
    ),
    (
        "Ja no, I can't stand on my right foot, not even for a second, I'm scooting around the "
        "office on my chair",
        "no-weight",
    ),
    (
        "I am unable to step on the leg, it cannot carry my body, I am moving with one leg only",
        "no-weight",
    ),
    # foot drop: cannot lift the foot, toes catch
    (
        "my foot is slapping down on the ground when I walk, like I can't hold the front of it up",
        "foot-drop",
    ),
    (
        "Toes keep catching on the carpet and I nearly went flying twice, the foot just sort "
        "of hangs",
        "foot-drop",
    ),
    ("I can't lift my foot up at the ankle it just flops down", "foot-drop"),
    (
        "Foot's gone floppy, I have to lift my knee right up like a pony to stop my toes "
        "scraping along the pavement",
        "foot-drop",
    ),
    (
        "Can't pull my toes up toward my shin on the right side anymore, noticed in the shower "
        "this morning",
        "foot-drop",
    ),
    ("My foot is dropping while walking, toes are dragging on floor", "foot-drop"),
    ("foot won't lift", "foot-drop"),
    (
        "When I walk my right shoe is scraping the floor, I cannot raise the front of the foot",
        "foot-drop",
    ),
    (
        "Can't work the car pedals properly, my foot won't come back up off the accelerator on "
        "its own, I have to lift the whole leg",
        "foot-drop",
    ),
    (
        "Tried walking on my heels like the physio showed me and on the left the front of the "
        "foot just flops, can't keep it up",
        "foot-drop",
    ),
    # knee locks or cannot straighten
    ("Knee's stuck bent at about 30 degrees and won't go straight no matter what", "locked"),
    (
        "Got up off the floor after playing Lego with the kids and the knee just jammed, can't "
        "straighten it",
        "locked",
    ),
    (
        "my knee is locked I can't straighten it full stop it's been like this for an hour",
        "locked",
    ),
    (
        "My knee kena stuck halfway, cannot straighten, must wiggle wiggle then it releases",
        "locked",
    ),
    ("Knee catches and jams every so often, I have to shake it loose to free it", "locked"),
    ("knee wont straighten", "locked"),
    (
        "Knee seized up halfway while I was squatting at the braai, couldn't unbend it for a "
        "good few minutes",
        "locked",
    ),
    (
        "The knee is hooking, when I bend it, it will hook and refuse to straighten again",
        "locked",
    ),
    (
        "Can't fully extend my leg, something's blocking it inside the knee, like a door stop",
        "locked",
    ),
    (
        "Knee gets stuck in the one spot, I have to jiggle it about to get it to go straight again",
        "locked",
    ),
    # knee gives way
    ("Knee buckled on the stairs again, nearly went doon on my face", "gives-way"),
    ("leg just went from under me stepping off the kerb", "gives-way"),
    ("twice today my knee gave way while I was out walking the dog", "gives-way"),
    ("Knee is giving way suddenly, I don't trust it on the stairs now", "gives-way"),
    ("Knee went on me coming down the mountain path, just folded like a deckchair", "gives-way"),
    ("knee collapsed under me getting out of the ute this arvo", "gives-way"),
    ("My knee is unstable, it gives out when I turn to the side", "gives-way"),
    ("knee keeps giving out", "gives-way"),
    (
        "Step down off the maxi taxi and the knee just fold up under me, I nearly drop in the road",
        "gives-way",
    ),
    (
        "my knee feels wobbly like it could fold at any moment and it half went twice today "
        "on the ice",
        "gives-way",
    ),
    # visible swelling
    ("knee's puffed up like a grapefruit", "swelling"),
    (
        "The outside of my knee's all swolen and puffy, cant see the kneecap properly",
        "swelling",
    ),
    ("there's a big swelling on the side of my knee the size of an egg", "swelling"),
    ("Knee bloated already, compare with the other one sure can see", "swelling"),
    ("knee's blown up, my jeans are tight on that leg now", "swelling"),
    (
        "My knee is fat and puffy since Sunday's parkrun, can't see the bony bits anymore",
        "swelling",
    ),
    ("knee swollen", "swelling"),
    ("My knee has swollen up, it is bigger than the left one", "swelling"),
    (
        "Got a squishy lump come up at the back of my knee, like a wee water balloon",
        "swelling",
    ),
    (
        "At 58 I expect a few aches but the knee looks like a cantaloupe after the long run "
        "and it's still that size today",
        "swelling",
    ),
    # pain began with a fall, twist, blow or a pop
    ("Slipped on wet leaves and went down hard on my knee, been sore since", "trauma"),
    ("Heard a loud pop when I twisted turning on the trail, knee hurts now", "trauma"),
    ("wiped out on black ice on my run, landed right on my hip", "trauma"),
    ("Went ower on my ankle in a pothole and the knee twisted wi it", "trauma"),
    (
        "Copped a cricket ball to the side of the knee on Saturday, now it hurts to run",
        "trauma",
    ),
    (
        "I fell off my bike yesterday and landed on my bad knee it's been hurting ever since",
        "trauma",
    ),
    ("I fell down the stairs at office and knee is paining since then", "trauma"),
    (
        "A boda boda knocked me on my morning run yesterday, the knee took the hit",
        "trauma",
    ),
    ("fell on it. pop. ow", "trauma"),
    (
        "Tripped over a root, knee slam into the ground and I felt something snap inside",
        "trauma",
    ),
    # night pain or pain at rest
    ("It's 3am and the knee is throbbing, can't sleep", "night-pain"),
    ("The pain wakes me up every night now, always around 2", "night-pain"),
    ("Lying in bed it aches something awful, even when I'm not moving it at all", "night-pain"),
    (
        "Aches even when I'm just sat on the sofa doing nothing, which it never used to",
        "night-pain",
    ),
    ("Night time the knee pain until cannot sleep, must take panadol", "night-pain"),
    (
        "the pain is worse at night and it keeps me awake even when I'm lying still",
        "night-pain",
    ),
    ("knee keeps me up at night", "night-pain"),
    ("The pain is disturbing my sleep, it pains me most when I'm resting", "night-pain"),
    (
        "so here's the update, ran Tuesday, felt ok, 3 out of 10 on the outside like usual, did "
        "my clams and the side bridges Wednesday, then last night I was just watching the "
        "hockey game with my legs up on the ottoman, not moving at all, and there was this deep "
        "ache in the knee the whole evening that wouldn't settle, same again this morning "
        "sitting at my desk, is that normal or should I hold off on Saturday's run, eh",
        "night-pain",
    ),
    (
        "I'm 63 and the hip is aching away in bed, have to get up and walk about the kitchen "
        "to ease it",
        "night-pain",
    ),
    # pinpoint bone pain, pain when hopping
    (
        "There's one spot on my shin bone that's super tender if I press it, like a bruise on "
        "the bone",
        "bone-pain",
    ),
    ("Hopping on that leg hurts like hell, on the bone just above the ankle", "bone-pain"),
    (
        "I tried the hop test and I can't do it it's a sharp pain in my shin every time I land",
        "bone-pain",
    ),
    (
        "One point on the outer foot bone is very painful when pressed, exactly one spot only",
        "bone-pain",
    ),
    (
        "Pushing on the top of my foot there's a single spot that makes me jump out of my skin",
        "bone-pain",
    ),
    ("hurts to hop, feels like it's in the bone not the muscle", "bone-pain"),
    ("can't hop without pain", "bone-pain"),
    (
        "There's a deep ache in my groin right on the bone that gets worse every time I land, "
        "couldn't do a single hop",
        "bone-pain",
    ),
    (
        "My shin has a small point, when I touch it with my finger it is very painful, pain "
        "of the bone itself",
        "bone-pain",
    ),
    ("Jumping on the one leg is agony, right in the heel bone", "bone-pain"),
    # numbness or tingling
    ("pins n needles down the outside of my leg into my foot", "nerve"),
    ("Toes go tingly and numb after about 2k", "nerve"),
    ("my thigh feels numb on the outside like it's asleep", "nerve"),
    ("My foot got like ants crawling feeling, then numb numb one", "nerve"),
    ("My leg is having a feeling like electric current running down to my toes", "nerve"),
    ("Bottom of my foot's gone dead, can't feel the floor properly in the shower", "nerve"),
    ("numb foot", "nerve"),
    (
        "Part of my shin has no feeling, I poked it with a fork and barely felt a thing",
        "nerve",
    ),
    ("Mi toes dem feel like dem sleeping all day, full up a pins and needles", "nerve"),
    (
        "right so I'm dictating this in the car park after the run so sorry if it comes out "
        "weird the knee was fine actually like two out of ten but the whole way round I had "
        "these weird buzzy tingles shooting from my bum down the back of the leg into my heel "
        "and it's still sort of fizzing now",
        "nerve",
    ),
)

# body talk about the runner's own leg, knee, foot, hip or back: neither ordinary ITB talk nor a
# known flag
UNSEEN3_UNPLACED: tuple[str, ...] = (
    "Sharp pain in the arch of my foot on the first steps out of bed, eases after a few minutes",
    "My Achilles is creaky and sore when I go up on my toes",
    "Front of my knee, just under the kneecap, aches going down stairs",
    "The inside edge of my shin is sore when I start running, goes off after 10 minutes",
    "Groin twinges when I lift my leg into the car",
    "Lower back is stiff and achy after sitting at my desk all day",
    "My calf very tight like rock after run, massage also pain",
    "My big toe joint is stiff and sore when I push off",
    "Bum cheek aches deep in the middle after hills",
    "The back of my knee feels tight and pulls when I lean forward to touch my toes",
    "Hamstring's twanging a bit up near the top where you sit",
    "Mi heel a hurt at the back where the shoe rub it",
    "the front of my hip clicks when I lift my knee up comma doesn't really hurt just feels weird",
    "Top of my foot aches where the laces go, even loosened them",
    "My ankle feels stiff and creaky for the first few steps of a run",
    "Knee cap is making crunching sound when I sit in squat, not much pain",
    "My inner knee is tender, on the inside bit just below the joint",
    "sore heel",
    "Shins feel tight and achy both sides after the road runs",
    "Got a cramp in my calf at 8k and had to stop and stretch it out",
)

# runners' messages that must raise no flag and not hold
UNSEEN3_EVERYDAY: tuple[str, ...] = (
    # someone else's body
    "My daughter's knee swelled up after netball, what should we put on it?",
    "Mum fell in the garden yesterday, she's ok, just shaken. Might miss my run to take her to "
    "the GP",
    "My husband can't put weight on his ankle after five-a-side so I'm on school run duty all week",
    "Had a patient today with a proper foot drop, made me grateful for my dodgy ITB lol",
    "The dog's back leg keeps giving way, vet on Thursday. Run done though, 3/10 on the outside "
    "of the knee",
    "My mate Tunde twisted his knee at five-a-side, he's limping everywhere",
    "Grandad's had his knee replaced and he's walking without a stick already, legend",
    "Client at the salon told me about her numb leg the whole appointment, wild",
    "My son's got growing pains at night in his shins, is that normal at 9?",
    "My patient had a hot red swollen knee and a temp today, sent her straight to A&E. Anyway "
    "did my run after shift, 3/10",
    "Neighbour's wee one tripped over my trainers in the hall and went flat on her face, she's "
    "fine, no tears",
    "Kid's toes went numb in the ice bath and she thought it was hilarious",
    # hypotheticals and questions
    "What if the knee swells after the long run, do I ice it or just rest?",
    "Is pins and needles ever part of ITB or is that something else?",
    "If my knee ever locked, would the plan stop straight away?",
    "What does it mean if a knee pops without any pain? Mine never has, just curious",
    # objects and figures of speech
    "The car's clutch locked up on the M4, running late for my run",
    "Laptop froze and locked up, I'll log yesterday's run later",
    "Petrol prices swelling again, running is the only cheap thing left",
    "It was a red hot day in Durban, did the walk-run at 6am to beat the heat",
    "Had a fever dream about running Comrades backwards",
    "Hopped on the bus to parkrun and then ran it, 28:40",
    "The stock market fell off a cliff so I ran it off",
    "My heart dropped when I saw the hill on the route map",
    "Our defence buckled in the second half, gutted, at least my knee held up on the run",
    "Popped to the shops after my run and picked up a new foam roller",
    "Locked out of the house, sitting on the step in my running kit waiting for my flatmate",
    "Ran in the rain in Cardiff, soaked to the bone but the knee behaved",
    "Fever pitch at work this week, barely had time for the exercises",
    "The pedal came off the spin bike at the gym so I did the treadmill instead",
    # historic, long healed
    "Broke my ankle when I was 12, totally fine now, just mentioning it for the history",
    "ACL reconstruction in 2014, all good for years, physio says it's not related",
    "Knee was swollen after my op in 2019 but that's long gone",
    # negated signs
    "No swelling, no numbness, knee doesn't give way, just the usual tight band on the outside, "
    "3/10",
    "Didn't fall, didn't twist anything, just the outside of the knee niggling at about 6k, 4/10",
    "Slept like a log, no pain at night at all this week",
    "Not hot, not red, no temperature, just a bit of tightness on the side of the thigh",
    "Physio said no bone tenderness and no instability, just ITB, happy days",
    # ordinary ITB talk with pain scores, run reports
    "Today run 5k at East Coast Park, knee outside abit tight only, pain 2/10 lah",
    "Did 40 minutes easy in Ngong forest, outer knee ache 3 out of 10, finished strong",
    "Lovely run along the prom in Aber, outside of the knee a bit grumbly towards the end, 3/10",
    "Ran round the Savannah this morning, side of the hip little tight, pain maybe 2",
    "run report comma 6 kilometres comma pain 3 out of 10 on the outside of the knee comma felt "
    "good full stop",
    "done. 2/10",
    "rest day 👍",
    "Canada Day 10k was brutal in the heat, tightness on the outside of the knee 4/10 after 8k",
    "Walk-run stage 3 done, 1 min run 1 min walk x 10, pain 1/10 on the side of the knee",
    "Sir, today I did the walk run, outside knee slight pulling, pain 3 by 10, shall I go to next "
    "stage?",
    "Glutes sore from yesterday's side planks and bridges, good sore I think",
    "Stiff on the outside of the hip first thing, loosens up after a hot shower",
    "Foam roller is absolute torture on my outer thigh but I'm sticking with it",
    "Hips don't lie but mine are tight on the outsides 😅 2/10",
    # questions about the rehab
    "How many clamshells am I supposed to be doing now, 3x15?",
    "Is it fine to foam roll before the run or only after?",
    "Can I swap Thursday's session to Friday? Work do",
    "Shoes arrived! Wide fit. Do I break them in on the short runs first?",
    "The fall marathon is in 8 weeks, am I on track or should I drop to the half?",
    "Does a treadmill run count the same as one outside?",
    # life chatter
    "Going to the Joburg Marathon expo tomorrow, so excited",
    "ok so long story but the wedding was Saturday and I was on my feet dancing till 2 which I "
    "know wasn't in the plan haha, anyway Sunday I was knackered so skipped the run, did the "
    "bridges and clams this morning before work instead, the outside of the knee is the usual "
    "2 out of 10 tightness, nothing new, my sister says hi by the way she wants to start running "
    "too, and I was wondering if I should do tomorrow's run or push it to Wednesday because the "
    "forecast is terrible and I have a dentist appointment at 8, sorry for the essay",
)
