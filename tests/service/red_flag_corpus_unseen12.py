"""The twelfth unseen set of runners' messages for the red-flag hearing of CLINICAL.md §5, unseen.

Written on 2026-12-07 by someone who had not read the flag vocabulary, the ITB-talk vocabulary,
the coach or service code, nor the messages of the other sets: only §5 of the clinical spec and
the list of flag ids. Voices: Shetland, Bajan, Fijian, Nepali, Welsh, Louisiana, Maori, Jamaican,
Geordie, Scots, Irish, Singlish, Nigerian, Indian and Australian English; runners from school age
to their late seventies; hurried phone texts with typos and autocorrect slips, careful formal
notes, understaters and exaggerators, corrections of an earlier message, very short messages, and
reports mixed with questions or life news. Traps: flag words about children, parents, cousins and
grandparents; figures of speech (swollen egos and rivers, buckled willpower, nerves, pins and
needles, chilled to the bone, red-hot teams); objects and places (shelves, gates, bridges, cars,
trail drop-offs); hypotheticals; negated signs; old healed injuries; fever dreams and hot weather;
hip hop, hopping on trains and other senses.

The set is measured once, after the matcher is finished; until then nobody tunes on it.
"""

from __future__ import annotations

# (message about the runner's own body, the flag it must raise): 10 per flag
UNSEEN12_FLAGS: tuple[tuple[str, str], ...] = (
    (
        "knee's gone aa red an hot ta touch, an A'm shiverin under twa blankets wi a "
        "temperature o 38.6. dunna ken whit ta dö",
        "hot-red-fever",
    ),
    (
        "wunna my knee hot hot and red like a pepper and I got fever since last night, chills "
        "and ting, cyan even eat",
        "hot-red-fever",
    ),
    (
        "knee red n burnin hot, feel rly ill, temp 39 shiverin",
        "hot-red-fever",
    ),
    (
        "Good evening. My right knee has become warm, red and puffy since yesterday, and this "
        "afternoon I developed a fever and the shakes. I am 74. Should I still do Thursday's "
        "walk-run?",
        "hot-red-fever",
    ),
    (
        "bit under the weather today tbh, temp of 38 and the knee is a bit red and warm to the "
        "touch. not ideal",
        "hot-red-fever",
    ),
    (
        "bula coach, my knee is red and very hot since Sunday and I have the fever with cold "
        "sweats, not feeling well at all, can I just rest only?",
        "hot-red-fever",
    ),
    (
        "cher my knee done swole up red and hot as a crawfish boil, and I got the chills and "
        "feel plumb sick all day",
        "hot-red-fever",
    ),
    (
        "knee's all red n hot eh, and im feelin real crook, hot n cold sweats all night",
        "hot-red-fever",
    ),
    (
        "my knee is rlly red and hot and i have a fever, mum says 38.9. can i still go to "
        "training sat",
        "hot-red-fever",
    ),
    (
        "sorry I meant the KNEE is hot and red, not the hip. and yes I've got a temperature, "
        "flu-ish and achey all over",
        "hot-red-fever",
    ),
    (
        "cant put any weight on my right leg at all since this morning, shuffling round the "
        "flat holding the walls",
        "no-weight",
    ),
    (
        "Can't walk on the leg at all now, tamping I am, had to get Dai to carry me from the "
        "car into the house",
        "no-weight",
    ),
    (
        "cannae stand on ma left leg, it just willnae take ma weight, crawled up the stairs on "
        "ma hands",
        "no-weight",
    ),
    (
        "leg is COMPLETELY useless, literally cannot stand on it, worst pain of my entire life "
        "10/10",
        "no-weight",
    ),
    (
        "I'm not able to put the foot to the ground at all, the leg won't hold me, I'm on the "
        "sofa with the old crutches from the attic",
        "no-weight",
    ),
    (
        "coach my leg cannot step on it one, every time I stand up the leg cannot take the "
        "weight, how?",
        "no-weight",
    ),
    (
        "slightly awkward: can't actually walk on the left leg since this afternoon's 6k. knee "
        "8/10 when I try to stand",
        "no-weight",
    ),
    (
        "cant bare any weight on my left leg since the run, even standing to brush my teeth is "
        "impossible",
        "no-weight",
    ),
    (
        "I am unable to walk on my right leg this morning. My husband had to fetch the "
        "wheelchair we kept from his hip operation.",
        "no-weight",
    ),
    (
        "mi cyaan walk pon di leg at all, it nah hold mi up, been so since mi come in from di run",
        "no-weight",
    ),
    (
        "my toes keep catching the ground when I walk, I cant lift the front of my foot up, it "
        "just flops",
        "foot-drop",
    ),
    (
        "me right fit is slappin da grund whan A walk, canna lift da toes up at aa",
        "foot-drop",
    ),
    (
        "foot's gone floppy man, cannot pull it up, keep trippin on me own toes on the pavement",
        "foot-drop",
    ),
    (
        "Since Tuesday I have been unable to raise my left foot at the ankle; it slaps down "
        "with each step and I must lift my knee high to avoid scuffing.",
        "foot-drop",
    ),
    (
        "my foot just dangles?? like i cant point my toes up at all and i tripped on the curb "
        "twice",
        "foot-drop",
    ),
    (
        "reckon somethin's wrong, my foot's draggin, can't cock it up, toes scuffin the "
        "footpath every step",
        "foot-drop",
    ),
    (
        "My foot won't come up at the front, see, it's just hanging there and catching on the "
        "step, now I'm worried",
        "foot-drop",
    ),
    (
        "Sir the front portion of my foot is not lifting up, while walking it is dragging and "
        "slapping, started after yesterday long run.",
        "foot-drop",
    ),
    (
        "cant lift foot up toes drag on floor wtf started this morning",
        "foot-drop",
    ),
    (
        "my foot's not lifting at the front since Monday and I keep catching my toes on the "
        "kerb, flapping along like a seal",
        "foot-drop",
    ),
    (
        "knee locked stuck bent at about 30 degrees and I can't straighten it no matter what I do",
        "locked",
    ),
    (
        "de knee get stuck bent and cyan straighten it out, had to wiggle it ten minutes before "
        "it let go",
        "locked",
    ),
    (
        "knee jammed on me halfway up the stairs, couldn't get it straight for a good while, "
        "then it clicked and freed up",
        "locked",
    ),
    (
        "Cannot fully straighten my right knee since last night - about a hand's width short. "
        "Not painful so much as blocked.",
        "locked",
    ),
    (
        "my knee is stuck, cannot make it straight, it stays bent only, what to do coach?",
        "locked",
    ),
    (
        "knee keeps lockin up on me bro, gets stuck bent n I gotta shake it loose",
        "locked",
    ),
    (
        "minor thing, knee got stuck in the bent position getting out of the car and wouldnt "
        "unbend for a few min",
        "locked",
    ),
    (
        "kneee locks when i squat down cant get it strait again for ages",
        "locked",
    ),
    (
        "ma knee's stuck, cannae straighten it oot, been like this since PE",
        "locked",
    ),
    (
        "Knee is catching and locking sir, sometimes I cannot open it straight, it stays folded.",
        "locked",
    ),
    (
        "knee buckled under me twice on the downhill, just went from under me",
        "gives-way",
    ),
    (
        "knee gied wey on me comin doon da brae, near landed on me face",
        "gives-way",
    ),
    (
        "Knee gave out going down the steps at chapel, nearly went head first, dodgy it is",
        "gives-way",
    ),
    (
        "My knee has given way on three occasions this week, most recently when I turned to "
        "answer the door.",
        "gives-way",
    ),
    (
        "knee keeps givin out randomly, went down in the middle of tesco lol",
        "gives-way",
    ),
    (
        "my knee just quit on me walkin to the truck, folded like a lawn chair",
        "gives-way",
    ),
    (
        "knee suddenly go soft and I almost fall down, happen twice already during the run",
        "gives-way",
    ),
    (
        "mi knee jus buckle when mi step off di curb, it weak and collapse under mi",
        "gives-way",
    ),
    (
        "knee felt a bit unreliable today, sort of collapsed once going downstairs, no biggie?",
        "gives-way",
    ),
    (
        "sorry I meant it gave WAY not gave me. autocorrect. the knee gave way on the stairs "
        "this morning",
        "gives-way",
    ),
    (
        "knee's blown up like a grapefruit, cant even see the kneecap anymore",
        "swelling",
    ),
    (
        "knee swell up big big, like a breadfruit, de jeans cyan go over it",
        "swelling",
    ),
    (
        "knee is realy swolen this morn, puffy all round the cap",
        "swelling",
    ),
    (
        "knee's pure ballooned, twice the size o the other one",
        "swelling",
    ),
    (
        "There is visible swelling around my left knee this evening; it looks puffy compared "
        "with the right and my leggings feel tight over it.",
        "swelling",
    ),
    (
        "my knee is big today, swollen up round the side and the front, is it normal?",
        "swelling",
    ),
    (
        "Knee has become fat and puffy since morning, both sides of the cap, no fever.",
        "swelling",
    ),
    (
        "knee's all puffed up eh, like a rugby ball, my cuz reckons it's fluid",
        "swelling",
    ),
    (
        "my knee is ENORMOUS, actually like a watermelon, I can't get it into my jeans",
        "swelling",
    ),
    (
        "did 5k, 3/10, but the knee has gone visibly puffy and fat since I got home, ice or heat?",
        "swelling",
    ),
    (
        "slipped on ice on the canal path and twisted my knee badly, felt a pop",
        "trauma",
    ),
    (
        "cowped ower a wire fence at da hill an cracked me knee aff a stane",
        "trauma",
    ),
    (
        "went flyin over a dog lead on the quayside, landed knee first on the cobbles",
        "trauma",
    ),
    (
        "Tripped on the kerb by the Co-op and landed smack on the knee, I did, it's been sore "
        "since",
        "trauma",
    ),
    (
        "heard a loud pop when i pivoted at netball and the knee hurts loads now",
        "trauma",
    ),
    (
        "my nephew's four wheeler clipped me in the yard, caught me square on the knee",
        "trauma",
    ),
    (
        "I fall off de bike on de highway and lash up de knee on de road",
        "trauma",
    ),
    (
        "went over on the knee stepping off the bus, twisted it right round, and there was a crack",
        "trauma",
    ),
    (
        "got tackled in football and my knee bent the wrong way, hurts a lot 7/10",
        "trauma",
    ),
    (
        "bit of a tumble on the trail this morning, knee took a knock off a rock, probably fine?",
        "trauma",
    ),
    (
        "knee woke me at 3am throbbing, couldn't get comfy again",
        "night-pain",
    ),
    (
        "Aching in bed all night, the knee is, just lying there, kept me up until half four",
        "night-pain",
    ),
    (
        "pain even when im sat doing nothing, aches on the sofa all evening",
        "night-pain",
    ),
    (
        "At night time the knee pain is coming strongly and I am not sleeping, also in resting "
        "position it pains",
        "night-pain",
    ),
    (
        "pain comes in the night when I'm lying down and wakes me up, isa",
        "night-pain",
    ),
    (
        "knee's nippin aw night, cannae sleep wi it, even lyin still",
        "night-pain",
    ),
    (
        "The knee now aches constantly when I am resting in the chair, and it has woken me "
        "every night this week.",
        "night-pain",
    ),
    (
        "keeps waking me up at nite the knee pain, not even doing anything",
        "night-pain",
    ),
    (
        "lying in bed the knee is gnawing at me, not from running, just lying still, like a "
        "toothache",
        "night-pain",
    ),
    (
        "sorry i meant the ache is at REST not after the run, it's there just sitting at my "
        "desk and in bed",
        "night-pain",
    ),
    (
        "there's one spot on the bone just below the knee that's agony when i press it, like "
        "one fingertip",
        "bone-pain",
    ),
    (
        "hurts like hell to hop on that leg, tried it in the kitchen, sharp in the bone",
        "bone-pain",
    ),
    (
        "got one point on the shin bone very pain when I press, and when I jump on one leg also "
        "pain",
        "bone-pain",
    ),
    (
        "a peerie spot on da bone at da side o me knee is sair sair whan A press it",
        "bone-pain",
    ),
    (
        "I can put my finger on a single tender point on the bone of my lower thigh; pressing "
        "it makes me wince. Hopping is impossible.",
        "bone-pain",
    ),
    (
        "pinpoint sore on the bony bit at the top of me shin, hoppin on it makes me yelp",
        "bone-pain",
    ),
    (
        "when I hop on my right leg there's a sharp pain deep in the bone eh",
        "bone-pain",
    ),
    (
        "Coach there's a particular spot on my bone that pains me seriously when I touch it, "
        "like a bruise inside the bone",
        "bone-pain",
    ),
    (
        "tried the hop test from the video and it really hurt in the bone 8/10",
        "bone-pain",
    ),
    (
        "i swear theres a NAIL in my shin bone, one tiny spot and if i touch it i scream",
        "bone-pain",
    ),
    (
        "pins and needles down the outside of my leg into my foot since yesterday",
        "nerve",
    ),
    (
        "my foot feel dead dead, numb like it sleepin, and it tinglin up to de knee",
        "nerve",
    ),
    (
        "tingly toes on the right foot after every run now, lasts hours",
        "nerve",
    ),
    (
        "leg's buzzin like a june bug on a screen, electric zaps down the side",
        "nerve",
    ),
    (
        "Numb down the side of the shin I am, like after the dentist, can't feel my socks",
        "nerve",
    ),
    (
        "I have patches of numbness on the top of my foot and an electric, shooting pain from "
        "the knee to the ankle.",
        "nerve",
    ),
    (
        "my leg got the tingling and burning like ants crawling, from the knee down to the foot",
        "nerve",
    ),
    (
        "From knee to toes there is tingling and numbness, like electric current passing sir",
        "nerve",
    ),
    (
        "numb patch side of knee cant feel it when I touch it weird",
        "nerve",
    ),
    (
        "there's a shooting zing down the leg like I hit my funny bone, and the toes are half "
        "asleep",
        "nerve",
    ),
)

# the runner's own body, neither ordinary ITB talk nor a known flag: must be held and asked
UNSEEN12_UNPLACED: tuple[str, ...] = (
    "sharp pain on the inside of my knee going up the stairs, 4/10",
    "me heel is sair first thing in da morning, eases aff efter a start",
    "my shins are aching after the 10k, both legs, down the front of the shin",
    "de back of my knee feelin tight tight like a rope, is that normal?",
    "groin twinge when i lift my leg into the car",
    "Lower back is stiff as a board after the run, now in a minute I'll stretch it",
    "my calf feels weird idk like tight and crampy",
    "arch of my foot hurts when I first step outta bed cher",
    "pain behind the kneecap when I sit long time, front of the knee",
    "achilles is a bit grumpy eh, sore at the back of the heel on the uphill",
    "Sir, there is a pain in my buttock, deep inside, when I sit on the bus",
    "I have developed a dull ache at the front of my hip when I lift my leg to put my trousers on.",
    "big toe feels bruised after parkrun, new shoes?",
    "somethin's no right wi ma left leg, cannae put ma finger on it, just feels aff",
    "My ankle is paining on the inner side after yesterday 8km, no fall nothing",
    "slightly achey hamstring, back of the thigh, not the knee. 2/10",
    "kneecap clicks and grinds on the stairs, front of the knee, not pain really just odd",
    "sorry I meant the pain's on the INSIDE of the knee not the outside, inner side, 3/10 "
    "getting out of the car",
    "mi belly cramp up every time mi run past 5k",
    "the ball of my left foot aches on the long runs, right under the second toe",
)

# no flag and nothing unplaced: must NOT be held
UNSEEN12_EVERYDAY: tuple[str, ...] = (
    "outside of my knee was tight again around 6k, 2/10, eased off by the time I got home",
    "did da 5k roond da voe, usual tightness on da ootside o da knee, 2/10",
    "foam roller on the side of my thigh hurts like mad but knee felt good on the run",
    "ran 4k this morning, outside knee just little bit tight, 1/10, vinaka coach",
    "can I swap Tuesday's run to Wednesday, work's mental",
    "clamshells done, glutes sore from yesterday's strength session",
    "how many days rest between de runs? I does want to do de 10k in December",
    "Ran 3km on the rooftop circuit, outside knee little stiff in morning only, now fine",
    "stiff on the outside of the hip first thing, loosened up after walking the dog",
    "done 5k, 1/10",
    "rest day today",
    "all good coach",
    "Went up Pen y Fan on Sunday, lush it was, outside of the knee a bit tight on the way down "
    "2/10",
    "back from the cruise, ready to start again, what stage am I on?",
    "Good morning. Walk-run completed, 25 minutes, the outer knee a little tight at the end. I "
    "am 79 and delighted.",
    "my daughter's got a temperature of 38.5 so I'm staying in with her, no run today",
    "hot as blazes out here cher, red in the face after 3 miles but the knee's fine",
    "had the weirdest fever dream about running a marathon in carpet slippers",
    "the lads are red hot this season, watching the match tonight instead of running",
    "the chilli sauce at the food truck was so hot my ears went red lol. 5k done, knee 1/10",
    "my mum can't put weight on her foot after her bunion op so I'm doing the school run all week",
    "can't bear the weight of this exam season, three more to go. knee fine, 4k easy",
    "da auld brig ower da burn canna tak da weight o da quad so we walked roond",
    "I can't walk past a bakery without stopping, that's my real weakness",
    "my dad has a foot drop since his stroke, he's got a splint now, just telling you why I "
    "missed Sunday",
    "the drop-off on the trail is steep, any tips for downhills with a tight ITB?",
    "been dragging my feet about going out in this rain tbh",
    "locked myself out of the car at parkrun, had to run home for the spare key, bonus 3k",
    "the gate at the rec was locked so I did laps of the car park instead, 5k, 2/10 outside knee",
    "knee straightens fine, no locking or catching, just the usual tight band down the side",
    "the shelf in the garage gave way and my running shoes are buried under paint tins",
    "Mam's knee gave out at bingo, she's fine, stubborn as anything. I did my 5k.",
    "gave way to a tractor on the lane and lost my rhythm, 6k in 36 min",
    "my willpower buckled and I ate the whole cheesecake",
    "what if my knee gives way during the race? is that a thing with ITB in general?",
    "the river's swollen after all the rain so took the road route",
    "my ego's swollen after a PB at parkrun, 24:10!",
    "my cousin's ankle is swollen from the rugby, taking him to the clinic after my run",
    "no swelling, no heat, just the usual tightness on the outside 2/10",
    "the dough swelled up lovely overnight, carb loading sorted",
    "broke my wrist skiing in 2015, fully healed, just mentioning it for the form",
    "fell asleep on the sofa before my run, oops, going now",
    "fell behind at work so only 3k today",
    "popped to the shops on the way back, 4k total, knee 1/10",
    "ma peerie boy fell aff his bike an cut his knee, so I ran him ta da nurse",
    "my uncle took a tumble out the pirogue, he's fine, I still ran my 5 mile",
    "hurt my pride more than anything when a granny overtook me on the hill",
    "couldn't sleep last night for the thunderstorm, knee fine, tired though",
    "the baby woke me at 3am again, knee no bother at all",
    "no pain at night or sitting, only the outside of the knee after about 5k",
    "my grandad's hip keeps him up at night, any tips I can pass on to him?",
    "the night shifts are killing me, running in the afternoons now",
    "hip hop playlist got me through 8k!",
    "hopped on the train to Wellington for the weekend, ran the waterfront 6k, sweet as",
    "bunny hops with the kids at the park, no bother at all, knee happy",
    "chilled to the bone after a 10k in the sleet but knee was only 1/10",
    "pins and needles all week waiting for my marathon ballot result",
    "my gran's got neuropathy in her feet, numb and tingly all day, poor thing",
    "no numbness or tingling, outside of the knee just tight as usual after 7k",
    "this treadmill is getting on my last nerve, back outside tomorrow",
)
