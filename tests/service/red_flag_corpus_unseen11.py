"""The eleventh unseen set of runners' messages for the red-flag hearing of CLINICAL.md §5, unseen.

Written on 2026-12-07 by someone who had not read the flag vocabulary, the ITB-talk vocabulary,
the coach or service code, nor the messages of the other sets: only §5 of the clinical spec and
the list of flag ids. Voices: American runners from New England, the Midwest, Texas, the Pacific
Northwest, the Deep South and Hawaii (Pidgin); Canadian, Jamaican and Barbadian, Filipino
(Taglish), Malaysian and Indian English speakers; British retirees; a triathlete, a trail runner,
a parkrun volunteer, a mother running with a buggy, a school cross-country teenager texting, a
runner who writes like a formal email, and a runner who dictates by voice (homophones such as
need for knee, pane for pain, wait for weight, swill for swell, num for numb). Traps: flag words
about teammates, children, a partner, parents, a pet, a patient or client (physio, personal
trainer, massage therapist, dog groomer); weather; politics and the economy; sport on TV; video
games and films; food (dough rising, sausages swelling); cars and bikes breaking; the house (a
lock, a floor, a deck); running gear (a watch locking up, laces); old injuries long healed;
negated signs, hypotheticals and dreams.

The set is measured once, after the matcher is finished; until then nobody tunes on it.
(After it was measured, one message that the eighth set holds too, "pins and needles down the
outside of my leg into my foot since the long run", was made to end "on sunday", so that no
message stands in two corpora.)
"""

from __future__ import annotations

# (message about the runner's own body, the flag it must raise): 10 per flag
UNSEEN11_FLAGS: tuple[tuple[str, str], ...] = (
    # hot-red-fever
    (
        "Y'all my right knee is red as a tomato and hot to the touch, and I got the chills real "
        "bad "
        "tonight. Skipped my 4 miler. Should I just ice it?",
        "hot-red-fever",
    ),
    (
        "brah my knee stay all red an hot, an I feel junk, fevah since last nite. no can run tmrw "
        "ah?",
        "hot-red-fever",
    ),
    (
        "Mi knee hot an red up an mi have fever from yesterday, whole body a shiver. Mi nuh run "
        "since Sunday",
        "hot-red-fever",
    ),
    (
        "Dear Coach, I am writing to inform you that my left knee has become warm, red and swollen "
        "since Thursday, and I have developed a temperature of 38.5 with chills. Kindly advise "
        "whether Saturday's long run should be postponed. Kind regards, Margaret",
        "hot-red-fever",
    ),
    (
        "my need is hot and red and puffed up and I have a fever of 39 and feel awful full stop "
        "should I still do intervals question mark",
        "hot-red-fever",
    ),
    (
        "Coach sorry late reply, my knee is red and mainit to touch, and may lagnat ako since last "
        "night 38.2, nanginginig pa. still do the 5k ba?",
        "hot-red-fever",
    ),
    (
        "My knee very hot and red lah, swollen some more, and got fever and chills since "
        "yesterday. "
        "Sunday 10k can still go or not?",
        "hot-red-fever",
    ),
    (
        "got a bramble scratch on my kneecap on the trail sat, now the whole knee is hot, angry "
        "red "
        "and puffy and I'm sweating and shaking tonight. feel wiped out",
        "hot-red-fever",
    ),
    (
        "Bit of a worry: the knee's come up hot and red overnight and I've been feverish and off "
        "my "
        "food all day. Haven't run since Tuesday's parkrun.",
        "hot-red-fever",
    ),
    (
        "knee is red n burning hot n i have a temp, mom says i look grey. missed xc practice. "
        "is that from running??",
        "hot-red-fever",
    ),
    # no-weight
    (
        "I can't put any wait on my left leg this morning it just won't take it at all I'm "
        "holding onto the counter",
        "no-weight",
    ),
    (
        "cant even walk on my leg rn. not joking. coach made me sit out xc and my mom had to "
        "carry my bag",
        "no-weight",
    ),
    (
        "Lord, I tried to stand up outta my chair and couldn't put that foot down for nothin, "
        "hurts too much. Husband had to help me to the bathroom.",
        "no-weight",
    ),
    (
        "Ope, so I can't really walk on my right leg today, been using my brother's old crutches "
        "since I got up. Had a 6 mile tempo yesterday",
        "no-weight",
    ),
    (
        "Can't bear weight on my left leg at all, partner had to take the buggy and I'm stuck on "
        "the sofa. Did 4k with the pram on Sunday.",
        "no-weight",
    ),
    (
        "Since morning I am unable to walk on my right leg, even for going to washroom I am taking "
        "support of the wall. Kindly tell what to do",
        "no-weight",
    ),
    (
        "Something's off, eh. I can't stand on my left leg without it screaming 9/10. Not even "
        "limping, just can't walk on it.",
        "no-weight",
    ),
    (
        "Wuh, I cyan put de foot down pun de ground at all today, de leg cyan tek no weight. "
        "Had to get a drop to work",
        "no-weight",
    ),
    (
        "Had to be helped the last 200m to the trailhead, couldn't put my right foot down at all. "
        "Still can't walk on it this am.",
        "no-weight",
    ),
    (
        "Leg cannot take my weight since yesterday evening, I walk also cannot. Tomorrow got "
        "10k how?",
        "no-weight",
    ),
    # foot-drop
    (
        "my toes keep catching on the pavement like the front of my foot won't lift, nearly went "
        "flying twice on my 3 mile",
        "foot-drop",
    ),
    (
        "I can't lift the front of my foot up it just flops and slaps the ground when I walk "
        "since yesterday",
        "foot-drop",
    ),
    (
        "my foot is like floppy?? cant pull my toes up at all n it slaps when i walk. kinda freaky "
        "ngl",
        "foot-drop",
    ),
    (
        "Good afternoon. Since yesterday I have been unable to raise my right foot at the ankle; "
        "the toes drag on the floor and I must lift my knee high to avoid tripping. Please advise.",
        "foot-drop",
    ),
    (
        "My boot toe keeps draggin on the ground, can't flex my foot up no more on the right side. "
        "Started Tuesday after my 10 miler",
        "foot-drop",
    ),
    (
        "Mi foot a drag, mi cyaan lif up mi toes dem, dem a catch pon every likkle ting pon di "
        "road",
        "foot-drop",
    ),
    (
        "Bike leg fine but on the run my left foot just slaps down and I can't cock the toes up, "
        "front of the shoe scuffing every stride. 6k brick",
        "foot-drop",
    ),
    (
        "Keep catching my toe on the kerb. The foot seems to hang down and I can't bring it up "
        "properly. Wife noticed me slapping along the hallway.",
        "foot-drop",
    ),
    ("my foot stay hang down, no can lift um up, toes keep catching da sidewalk", "foot-drop"),
    (
        "My right foot cannot lift up one, walking also the toes scrape the floor. Since Monday "
        "like that",
        "foot-drop",
    ),
    # locked
    (
        "knee got stuck bent halfway round my run and I couldn't straighten it for like 10 mins, "
        "had to wiggle it till it clunked",
        "locked",
    ),
    (
        "my knee locked up on the stairs and I could not straighten it out for a good minute "
        "pain about 4 out of 10",
        "locked",
    ),
    ("knee literally wont straighten rn its stuck at like a right angle wtf", "locked"),
    (
        "Wicked weird, my knee jammed gettin outta the car this mornin and I couldn't get it "
        "straight for a few minutes. 2/10 now.",
        "locked",
    ),
    (
        "Coach my knee is stuck, I cannot straighten it since I woke up, parang may nakaharang "
        "inside",
        "locked",
    ),
    (
        "My knee is getting locked in bent position whenever I squat, then I have to move it side "
        "to side to open it",
        "locked",
    ),
    (
        "my knee keeps catching and locking, like something's wedged in the joint and I gotta "
        "jiggle it loose",
        "locked",
    ),
    (
        "can't fully straighten my right knee today, it stops about 20 degrees short like there's "
        "a "
        "block in there",
        "locked",
    ),
    (
        "Dear Coach, since Monday my left knee has been unable to extend fully; it remains "
        "slightly "
        "bent and I cannot straighten it despite effort. Would you advise rest?",
        "locked",
    ),
    (
        "The knee seized up bent while I was weeding and I had to sit on the lawn coaxing it "
        "straight. Second time this month.",
        "locked",
    ),
    # gives-way
    ("my knee buckled going down the stairs twice today, just went from under me", "gives-way"),
    ("my knee gave out on me twice on the downhill and I nearly went over", "gives-way"),
    ("knee keeps giving out at practice like randomly, i almost ate it on the track", "gives-way"),
    (
        "Knee just gave way on me in the Piggly Wiggly parking lot, had to grab hold of the cart",
        "gives-way",
    ),
    ("Mi knee just give out under mi pon di road, twice now this week", "gives-way"),
    (
        "De knee keep buckling when I going down de hill, it feel like it gine give out any minute",
        "gives-way",
    ),
    (
        "Running downhill then suddenly my knee collapse one, nearly fell, then ok again. Happen "
        "3 times already",
        "gives-way",
    ),
    (
        "Knee folded on me twice on the descent at Tiger Mountain, like the leg just quit",
        "gives-way",
    ),
    (
        "My knee has become unstable: on two occasions this week it has given way without warning "
        "when I turned.",
        "gives-way",
    ),
    (
        "Knee went wobbly and gave way pushing the buggy up the hill, just crumpled under me for a "
        "second",
        "gives-way",
    ),
    # swelling
    (
        "my knee's blown up like a grapefruit since yesterday's 10k, can't even see the kneecap",
        "swelling",
    ),
    (
        "my knee has started to swill up on the outside and it's twice the size of the other one",
        "swelling",
    ),
    ("my knee is sooo puffy rn like twice the size of my other one", "swelling"),
    (
        "Knee's swole up big as a softball after my 8 miles, no fever or nothin just fat and tight",
        "swelling",
    ),
    ("my knee stay all puff up, da buggah big already, like one coconut", "swelling"),
    (
        "There is swelling on my right knee since 2 days, it is looking bigger than left one. "
        "Should I continue 5k?",
        "swelling",
    ),
    (
        "Coach my knee is manas, really swollen after the long run, the kneecap cannot be seen na",
        "swelling",
    ),
    (
        "knee's ballooned after the 15k, puffy all round and the skin looks tight. not hot though",
        "swelling",
    ),
    (
        "Knee's come up like a pork pie after Saturday's parkrun, properly swollen, trousers are "
        "tight over it.",
        "swelling",
    ),
    ("woke up and the knee's all puffed up, fluid all round it, wicked tight", "swelling"),
    # trauma
    (
        "went flying on black ice on my 5k this morning, landed smack on the knee and now the "
        "outside hurts 6/10",
        "trauma",
    ),
    (
        "twisted my knee on a root coming down the ridge trail, heard a pop and it's been sore "
        "since",
        "trauma",
    ),
    ("got clipped by a kid at the xc meet and my knee twisted weird, been hurting since", "trauma"),
    (
        "I fell on the pavement on my run this morning and landed on my knee pane is about five "
        "out of 10",
        "trauma",
    ),
    (
        "Tripped over the dang dog leash and fell smack on my knee on the porch steps, it's "
        "throbbin'",
        "trauma",
    ),
    ("Mi drop pon mi knee when mi a run a road, by di bus stop curb. Knee a hurt mi now", "trauma"),
    (
        "Took a hockey puck right off the side of my knee at my kid's game, now it hurts when I "
        "run",
        "trauma",
    ),
    (
        "Came off the bike in the crit Sunday, smacked the knee on the tarmac, now the outside of "
        "the knee is sore on runs",
        "trauma",
    ),
    (
        "Yesterday I slipped at the longkang while running, my knee twisted and I heard something "
        "pop",
        "trauma",
    ),
    (
        "Walked into the coffee table in the dark and whacked the outside of my knee, now sore to "
        "run on. 4/10",
        "trauma",
    ),
    # night-pain
    ("knee pain woke me up at 3am, deep ache just lying there not moving", "night-pain"),
    ("the knee pane wakes me up in the night and it aches even when I'm lying still", "night-pain"),
    ("my knee hurts when im literally just lying in bed doing nothing like why", "night-pain"),
    ("Knee aches sittin on the couch, not even runnin. Been like that since Friday", "night-pain"),
    (
        "Pain is coming in the night time also, I am not able to sleep due to knee pain",
        "night-pain",
    ),
    (
        "Coach my knee aches even at rest, like nakaupo lang ako, and it wakes me up at night",
        "night-pain",
    ),
    (
        "De knee does hurt me all night, I cyan sleep, even when I ain' doing nutten it hurting",
        "night-pain",
    ),
    (
        "I have noticed that the pain in my knee persists at rest and is at its worst at night, "
        "disturbing my sleep.",
        "night-pain",
    ),
    (
        "Can't get comfy at night, the knee throbs in bed no matter how I lie. 5/10 just lying "
        "there",
        "night-pain",
    ),
    (
        "knee stay sore even wen I stay sitting down doing nothing, no can sleep, ache all nite",
        "night-pain",
    ),
    # bone-pain
    (
        "there's one spot on the bone just below the outside of my knee that's agony when I press "
        "it, fingertip size",
        "bone-pain",
    ),
    ("hurts like hell when I hop on that leg, sharp and right in the bone", "bone-pain"),
    ("shin bone has this one spot that kills when i press it and i cant hop on it", "bone-pain"),
    ("when I hop on my right leg there's a sharp pane in the bone below the knee", "bone-pain"),
    (
        "Got a spot on the bone right on the outside under my knee, press it with one finger and "
        "I about hit the ceiling",
        "bone-pain",
    ),
    (
        "The bone at side of knee very pain when I press, one small point only. Hop also cannot",
        "bone-pain",
    ),
    (
        "There's a specific tender point on the bone, I can cover it with a fingertip, and it's "
        "exquisitely sore to press.",
        "bone-pain",
    ),
    ("While jumping on one leg I am getting sharp pain in the bone below knee", "bone-pain"),
    (
        "hurts right on the bone of my heel when I squeeze it, one spot, and hopping on it is a "
        "no go",
        "bone-pain",
    ),
    (
        "Little spot on my lower shin bone is tender to the touch, like a bruise on the bone, and "
        "a single-leg hop is 7/10",
        "bone-pain",
    ),
    # nerve
    (
        "pins and needles down the outside of my leg into my foot since the long run on sunday",
        "nerve",
    ),
    ("my foot has gone num and tingly on the top since yesterday", "nerve"),
    ("my toes r all tingly n kinda numb after practice and it hasnt gone away", "nerve"),
    ("Mi leg a tingle like ants a crawl, from mi knee go dung to mi foot", "nerve"),
    (
        "got this electric zing shootin down the side of my leg to my toes, and my foot feels dead",
        "nerve",
    ),
    (
        "I am experiencing numbness over the outer lower leg and the top of the foot, which began "
        "after Sunday's run.",
        "nerve",
    ),
    ("Coach my foot is namamanhid, numb and tingly since yesterday", "nerve"),
    ("outside of my calf has gone numb like novocaine, can't feel it when I touch it", "nerve"),
    (
        "Since Thursday there's been a burning, electric-shock sort of pain running down the leg "
        "and a numb patch on the shin.",
        "nerve",
    ),
    ("De foot feel like it sleeping, pins an needles all de time", "nerve"),
)

# the runner's own body, neither ordinary ITB talk nor a known flag: must be held and asked
UNSEEN11_UNPLACED: tuple[str, ...] = (
    "inside of my knee has been aching after runs, the inner side not the outer, 3/10",
    "Achilles feels creaky first thing in the morning, 2/10, eases when I get going",
    "my shins r kinda sore after practice both legs",
    "Heel hurts like stepping on a pebble for the first few steps out of bed",
    "Lower back's been grumbling after my long runs, 12 miles Sunday",
    "something feels a bit weird in my knee, can't explain it really",
    "there's a pull at the back of my knee when I bend it all the way",
    "Groin twinges on the left when I lift my leg into the car",
    "front of my knee around the kneecap aches going down stairs",
    "Calf feels crampy and tight the last mile of every run lately",
    "ball of my foot is sore under the second toe, like a bruise, after 8k",
    "front of my hip feels pinchy when I bring my knee up high",
    "new ache deep in my right buttock, started this week",
    "there's a funny feeling in my knee I can't describe it's not really pane just off",
    "Arch of my foot aches by the end of a 10k, both sides",
    "My hamstring feels grabby on hills, left side, 3/10",
    "knee clicks going up the stairs, doesn't hurt, just noisy",
    "big toe joint is sore when I push off",
    "My ankle feels stiff and achy in the mornings since the trail race",
    "front of my thigh just above the knee is sore after the tempo",
)

# no flag and nothing unplaced: must NOT be held
UNSEEN11_EVERYDAY: tuple[str, ...] = (
    # ordinary ITB talk, questions, life news
    "outside of knee 2/10 after 5k, usual tightness, foam roller still brutal",
    "Morning stiffness on the outside of the hip, eases after a few minutes. Clamshells done.",
    "Moving house this week so my runs might be patchy, sorry in advance",
    "Side-lying leg raises made the outside of my hip sore today, normal after strength?",
    "Ran 7 miles with the buggy, outside of knee twinged at mile 5, 3/10, eased after",
    "Ran by Ala Moana 6k, outside da knee lil tight kine 2/10, no worries",
    "Did 4k walk-run in the morning, outer knee mild pain 2/10 after, doing my stretches",
    "Marshalled at parkrun instead of running today, tail walker next week. ITB quiet.",
    "Dear Coach, please find my weekly summary: three runs, 21 km total, outer knee 1/10.",
    "how many days should i rest before the next run if the outside of my knee is 3/10?",
    "Back from Penang, ran 8k along the beach, side of knee bit tight only, ok lah",
    # hot-red-fever traps
    "Hot and sticky 95 degrees in Houston, face red as a beet after, knee was fine, usual 1/10",
    "My daughter's got a fever and chills so I'm staying home with her, no run today",
    "Caught the Red Sox game on TV, fever pitch in the bar lol. 4 miles this morning, 2/10",
    "Husband's down with flu, shivering in bed, so I'm on toddler duty. Foam rolled, all good.",
    "My client's knee came up hot and red after a sports massage, sent him to his GP. "
    "I'm a massage therapist. My own knee's fine, 6k tonight",
    "Iced after the run anyway, not hot, not red, no fever. outside of knee tight 3/10",
    # no-weight traps
    "Lost 3kg since starting the plan, weight's coming off nicely. Knee 1/10.",
    "The dog's limping on her back leg and won't put any weight on it, vet tomorrow. "
    "I did 6k, knee fine.",
    "cant wait for saturday's race honestly so hyped",
    "Mum can't walk far since her hip op so I pushed her wheelchair round the parkrun course, "
    "lovely morning",
    "bestie twisted her ankle at xc lol shes on crutches and cant walk, i ran 3 miles knee fine",
    # foot-drop traps
    "Dropped my watch in the toilet so no data from today's 5k, sorry. Felt good though",
    "I'm a PT and one of my clients has foot drop after his back surgery, any tips for him? "
    "My knee's ok",
    "My laces keep catching on the other shoe and coming undone, double knots from now on",
    "Dad's toes catch on the rugs since his stroke so we took them all up. My runs are going "
    "well, 3 a week",
    # locked traps
    "Watch locked up at 3k and didn't record the rest. Still did 7k, ITB 2/10 usual",
    "my son is stuck on the same level of his video game for a week and keeps asking me. "
    "Rest day today",
    "Car door lock froze solid, minus 20 in Winnipeg, so treadmill 5k instead. knee good",
    "What if my knee locks up in the middle of the race, what do I do?",
    # gives-way traps
    "The old deck gave way under my neighbour's grill lol, nobody hurt. 5k done",
    "Had to give way to a tractor on the lane, ruined my pace, 10k in 58 anyway",
    "Bike chain snapped and the wheel buckled on my commute so I ran home, 6k, knee was fine",
    "Patient of mine has a knee that gives way, funny being on the other side. I'm a physio. "
    "My own ITB 1/10 today",
    "The kitchen floorboard gave way under the fridge, contractor coming Monday. 5k done",
    "Ran 10k today, no swelling, no numbness, knee didn't give way, just the usual outside "
    "tightness 2/10",
    # swelling traps
    "The river's swollen after all the rain, trail was flooded so I went road. knee 2/10 outside",
    "Sausages swelled up and burst on the grill, total cooking fail. Easy 5k before",
    "My sourdough's rising like crazy in this heat lol. 5k easy today, no issues",
    "Grocery prices have ballooned, eggs are crazy. knee fine, 4 miles",
    "My pregnant sister's ankles are puffy, she's asking if she should still walk, what do I "
    "tell her?",
    "Should I worry if my knee ever swelled up? It hasn't, just asking before the marathon",
    # trauma traps
    "Fall half marathon in October, should I sign up? knee's been 1/10 lately",
    "Broke my ankle skiing in 2009, fully healed, never bothers me. Just for the history form.",
    "My daughter fell off the monkey bars and twisted her wrist, we were in ER till midnight "
    "so no run today",
    "Watched the rugby, their winger took a horrible knock to the head. Anyway 6k easy, ITB 2/10",
    "The tyre popped on the highway and we waited 2 hours for the tow, no run today",
    "Groomed a spaniel today that had twisted his leg jumping off the sofa, poor boy. "
    "I'm fine, ran 5k after work",
    # night-pain traps
    "Stayed up till 2am watching the NBA finals, tired legs on this morning's 5k but knee fine",
    "My wife's back pain keeps her up at night so I'm in the spare room lol. ITB ok",
    "Dreamt my knee was killing me mid marathon and woke up totally fine haha",
    "The deadline at work is killing me, long hours, only squeezed in a 3k",
    # bone-pain traps
    "Went to a hip hop class with my daughter, legs fine, knee 1/10",
    "Hopped on the scale, down 2 lbs. Hopped on the treadmill, 5k. knee good",
    "Hopping on one leg doesn't hurt at all, tried it like you said. Outside knee 2/10 after 6k",
    "The cat jumped off the fridge and was limping, x-ray says no broken bone, phew. "
    "My 5k was fine",
    # nerve traps
    "Pins and needles waiting for my Boston qualifier to be confirmed!!",
    "Politics has me numb lately, running is my therapy. 8k today, outside of knee slightly tight",
    "My brother's a massage therapist and his hands go tingly from carpal tunnel. "
    "Knee 1/10 after 5k for me",
    "If I ever get pins and needles in my foot should I stop running straight away?",
)
