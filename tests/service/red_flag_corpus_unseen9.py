"""The ninth unseen set of runners' messages for the red-flag hearing of CLINICAL.md §5, unseen.

Written on 2026-12-07 by someone who had not read the flag vocabulary, the ITB-talk vocabulary,
the coach or service code, nor the messages of the other sets: only §5 of the clinical spec and
the list of flag ids. The voices are English, American and Irish runners from their 20s to their
70s texting a coach: half-sentences, replies that start mid-thought, self-corrections, British
understatement, American hyperbole, Australian and Kiwi slang, Indian and Nigerian English,
parents up at 2am, and a GP, a nurse, a vet and a teacher whose messages are full of other
people's symptoms. The traps come from their clinical work (patients and animals), pregnancy and
babies, school sports days, gardening and storms, horse riding, skiing injuries long healed,
charity runs, Christmas and New Year, TV medical dramas, insurance forms about old injuries, a
relative's form about swelling after flights, running-shop fitting talk (pinching shoes, laces
re-tied after numb toes), figures of speech, objects, hypotheticals, dreams, heat and negated
signs.

The set is measured once, after the matcher is finished; until then nobody tunes on it.
(After it was measured, one message that the seventh set holds too, "knee woke me up at 3am
throbbing, couldn't get back to sleep", was made to end "after", and one the third set holds,
"groin twinges when I lift my leg into the car", to end "now", so that no message stands in two
corpora.)
"""

from __future__ import annotations

# (message about the runner's own body, the flag it must raise): 10 per flag
UNSEEN9_FLAGS: tuple[tuple[str, str], ...] = (
    (
        "knees gone hot and red overnight and ive got the shivers, 38.6 on the thermometer. skip "
        "todays run yeah?",
        "hot-red-fever",
    ),
    (
        "Ugh so my right knee is like RED red, super warm to the touch and I feel like absolute "
        "garbage, chills all afternoon. is this an ITB thing??",
        "hot-red-fever",
    ),
    (
        "sorry for the 2am message, baby finally down. my own knee is bright red and hot and im "
        "shaking under two duvets, temp 38.9",
        "hot-red-fever",
    ),
    (
        "As a GP I'd tell a patient to come in, so I suppose I should listen: my left knee is warm "
        "and red and I've been febrile since lunch. Not ideal.",
        "hot-red-fever",
    ),
    (
        "Sir my knee is paining and it is very hot and reddish since yesterday, also I am having "
        "fever and body pains. Shall I do the 4k today or rest?",
        "hot-red-fever",
    ),
    (
        "Good evening coach, my knee has been hot and red since yesterday and I am running "
        "temperature, feeling weak all over. Please what should I do?",
        "hot-red-fever",
    ),
    (
        "oh and also the knee. its gone all pink and hot round the kneecap and i feel fluey and "
        "achy, drenched in sweat last night",
        "hot-red-fever",
    ),
    (
        "knee's come up red and hot as, and I've got the chills bad. feel rubbish. was gonna do "
        "parkrun sat",
        "hot-red-fever",
    ),
    (
        "nurse here lol, did my own obs: temp 38.4, HR 104, and the knee is red, hot and tight. "
        "yes "
        "I know. just telling you why no run",
        "hot-red-fever",
    ),
    (
        "mate me knee's gone red and hot as anything and I'm crook as, shivering in 30 degree "
        "heat. "
        "reckon I give the long run a miss?",
        "hot-red-fever",
    ),
    (
        "cant put any weight on my right leg at all since this mornings run, hobbling round the "
        "kitchen holding onto the worktop",
        "no-weight",
    ),
    (
        "literally cannot walk on my left leg. like AT ALL. husband had to carry me up the stairs. "
        "this is insane",
        "no-weight",
    ),
    (
        "sorry I meant the LEFT. its the left leg I can't stand on, the right one's fine",
        "no-weight",
    ),
    (
        "can't take a single step on it, the pain is too much, using my son's old crutches from "
        "his "
        "football thing 7/10",
        "no-weight",
    ),
    (
        "I'm grand otherwise but I can't weight bear on the right leg at all since Sunday, not "
        "even "
        "to get to the loo",
        "no-weight",
    ),
    (
        "Cannot keep my foot down on the floor from morning itself, unable to walk, my brother is "
        "helping me move around the house",
        "no-weight",
    ),
    (
        "had to get the deputy head to cover my class bc i literally couldn't walk to the "
        "classroom, can't put the leg down",
        "no-weight",
    ),
    (
        "can't even stand on it to brush my teeth, balancing on the good leg at the sink. 9/10",
        "no-weight",
    ),
    (
        "funny, I'd call this non-weight-bearing lame if it was a dog. that's me now, can't put "
        "the "
        "leg down at all",
        "no-weight",
    ),
    ("pain 8/10 and i cant walk on it, had to crawl to the bathroom", "no-weight"),
    (
        "my right foot keeps slapping down when I walk, like I can't lift the front of it up. toes "
        "caught the kerb twice",
        "foot-drop",
    ),
    ("weird one - can't pull my toes up towards me on the left. the foot just flops", "foot-drop"),
    (
        "toes kept catching the ground the whole 5k, the foot just won't come up properly anymore",
        "foot-drop",
    ),
    (
        "Think I've genuinely got a foot drop. Can't dorsiflex the right ankle, I'm high-stepping "
        "to clear the floor. Started after the long run.",
        "foot-drop",
    ),
    (
        "me foot's gone floppy, can't lift it, dragging me toes like a zombie up the driveway",
        "foot-drop",
    ),
    (
        "My left foot is dragging on the floor when I walk, I cannot raise the front of the foot "
        "at "
        "all.",
        "foot-drop",
    ),
    (
        "up with the baby and noticed I'm scuffing my right foot on the carpet, can't lift the "
        "toes "
        "up, been like that since tea",
        "foot-drop",
    ),
    (
        "cant walk on my heels on the left side, the front of the foot just drops down. is that "
        "from the knee?",
        "foot-drop",
    ),
    (
        "the foot's after going all slappy, can't cock it up at all, toes dragging on the path",
        "foot-drop",
    ),
    (
        "sorry meant to say, its the FOOT that won't lift, not the knee. toes catch on every step",
        "foot-drop",
    ),
    ("knee got stuck bent halfway round and I couldnt straighten it for like 10 min", "locked"),
    ("it locked again. cant get it straight, stuck at sort of a right angle. 6/10", "locked"),
    (
        "Slight issue - the knee seems to have jammed and won't fully straighten. Bit "
        "inconvenient.",
        "locked",
    ),
    (
        "my knee literally LOCKED on the stairs, like frozen bent, had to wiggle it for ages "
        "before "
        "it let go",
        "locked",
    ),
    (
        "Knee is catching and getting stuck, I am not able to make it straight fully since morning",
        "locked",
    ),
    (
        "knee keeps locking mid-shift, had to stand at the nurses station with it bent until it "
        "clunked free",
        "locked",
    ),
    ("knee's stuck, can't straighten the thing, sitting here with it bent like a frog", "locked"),
    (
        "knee jammed up after parkrun, won't go straight. sweet as otherwise haha not really",
        "locked",
    ),
    (
        "can't get my leg fully straight anymore, there's a block at the end like something's in "
        "the way",
        "locked",
    ),
    (
        "My knee got hooked while I was squatting and it refused to straighten, I had to massage "
        "it "
        "before it released",
        "locked",
    ),
    (
        "knee buckled under me going down the stairs this morning, grabbed the bannister just in "
        "time",
        "gives-way",
    ),
    ("it's given way twice on runs this week, just goes from under me for a second", "gives-way"),
    ("Knee decided to give out on the downhill. Ungraceful.", "gives-way"),
    ("knee just went out on me like a folding chair, almost ate pavement lol", "gives-way"),
    ("knee went from under me on the footy oval, didn't go down but nearly", "gives-way"),
    (
        "the knee keeps going on me, I'd be walking along and it just gives, wobbly as anything",
        "gives-way",
    ),
    (
        "While walking my knee is suddenly collapsing and I am losing balance, happened 3 times "
        "today",
        "gives-way",
    ),
    (
        "on yard duty and my knee just folded under me, the kids thought it was hilarious. 3rd "
        "time "
        "this week",
        "gives-way",
    ),
    ("feel like i can't trust the knee anymore, it keeps buckling when I turn", "gives-way"),
    ("My knee is giving way when I climb stairs, it just shifts and I nearly go down", "gives-way"),
    ("knee's swollen up like a balloon since saturday, can't even see the kneecap", "swelling"),
    ("the whole knee is puffed up and visibly bigger than the other one", "swelling"),
    ("The knee has come up rather swollen, noticeably fatter than the good one.", "swelling"),
    ("my knee is HUGE. like grapefruit huge. just swelled right up after the 10k", "swelling"),
    ("knee is after ballooning, it's twice the size of the other one", "swelling"),
    (
        "There is swelling in my knee from yesterday, it is looking puffed up compared to other "
        "leg",
        "swelling",
    ),
    ("swolen knee again, cant get my jeans over it", "swelling"),
    ("knee's all puffed up and squishy round the cap, been like that 2 days", "swelling"),
    (
        "measured both knees because I'm that person: right is 3cm bigger around and properly "
        "puffy, fluid on the knee I reckon",
        "swelling",
    ),
    (
        "feeding the baby and just noticed my knee is swollen, like properly puffy, the dimples "
        "either side of the cap are gone",
        "swelling",
    ),
    ("fell on ice on my run this morning, landed right on the knee, hurts now", "trauma"),
    ("twisted my knee stepping off a kerb at km 3, heard a pop", "trauma"),
    ("Came a cropper on a tree root on the trail, went down hard on the knee. Bit sore.", "trauma"),
    (
        "ok so I wiped out HARD on my bike yesterday, knee smashed into the handlebar. now it "
        "hurts "
        "to run",
        "trauma",
    ),
    ("stacked it on the footpath chasing the dog, knee copped the lot", "trauma"),
    ("I went over on it at the GAA pitch and felt something go pop in the knee", "trauma"),
    (
        "Yesterday while running I slipped on the wet road and fell, my knee hit the ground hard, "
        "now it is paining",
        "trauma",
    ),
    (
        "got taken out by a year 7 in the staff relay at sports day, he clattered right into my "
        "knee, sore since",
        "trauma",
    ),
    (
        "horse spooked and I came off on Sunday, landed on my right knee, been aching since",
        "trauma",
    ),
    (
        "and also forgot to say, I banged the knee hard on the car door on tuesday, it's been "
        "worse "
        "since",
        "trauma",
    ),
    ("knee woke me up at 3am throbbing, couldn't get back to sleep after", "night-pain"),
    ("it aches even sat on the sofa doing nothing now, not just when running", "night-pain"),
    ("Knee's been nagging all night, bit of a nuisance, kept me awake.", "night-pain"),
    ("pain is worst at night, like I cannot find ANY position, lying in bed hurts", "night-pain"),
    (
        "up at 2am and it's not even the baby, it's my knee, been aching in bed for hours",
        "night-pain",
    ),
    (
        "the knee does be aching when I'm lying down, worse in bed than when I'm running",
        "night-pain",
    ),
    (
        "Pain is coming at night time when I am sleeping and also when sitting idle, not only "
        "while "
        "running",
        "night-pain",
    ),
    ("knee's sore just sitting at my desk, not moving it at all. 5/10 resting", "night-pain"),
    (
        "Rest pain now, and it wakes me. Which I would not ignore in a patient, so here I am.",
        "night-pain",
    ),
    (
        "The knee pain is disturbing my sleep, I keep waking up in the night because of it.",
        "night-pain",
    ),
    (
        "theres one spot right on my shin bone thats agony if i press it, like one fingertip point",
        "bone-pain",
    ),
    ("hopping on the right leg is agony, the left is fine", "bone-pain"),
    ("tried the hop thing and couldn't do a single hop on it, sharp pain in the bone", "bone-pain"),
    ("pressing along the shin there's one exact point on the bone that makes me yelp", "bone-pain"),
    (
        "There's a tender spot right on the bone just below the knee. Pressing it is quite "
        "unpleasant, to put it mildly.",
        "bone-pain",
    ),
    ("dude one tiny spot on my tibia hurts like CRAZY when I touch it. pinpoint.", "bone-pain"),
    ("can't hop on it at all, sharp as, feels like it's in the bone", "bone-pain"),
    (
        "When I press on one place on the thigh bone it is giving sharp pain, exactly one point",
        "bone-pain",
    ),
    (
        "got a spot on the top of my foot bone that's super tender to press, and it hurts to hop",
        "bone-pain",
    ),
    (
        "if this was a horse I'd be x-raying the cannon bone. one point on my shin is exquisitely "
        "tender to touch",
        "bone-pain",
    ),
    ("pins and needles down the outside of my leg into the foot after runs", "nerve"),
    (
        "my toes are numb on the right foot and it's not the laces, I checked, loosened them right "
        "off",
        "nerve",
    ),
    ("tingling down the side of my shin, like little electric shocks", "nerve"),
    (
        "Slightly odd: a patch on the outside of my calf has gone numb. Can't feel the pen when I "
        "poke it.",
        "nerve",
    ),
    ("getting this shooting zingy pain down my leg like I touched a live wire", "nerve"),
    ("foot's gone all tingly and dead, like it's asleep, and it won't wake up", "nerve"),
    ("I am getting numbness in my leg and burning sensation going down to the foot", "nerve"),
    ("I have been feeling like ants are crawling in my foot and it is numb small small", "nerve"),
    ("paraesthesia in my own lateral leg now. pins and needles for 2 days. not great", "nerve"),
    ("side of my foot feels numb and tingly, like after the dentist", "nerve"),
)

# the runner's own body, neither ordinary ITB talk nor a known flag: must be held and asked
UNSEEN9_UNPLACED: tuple[str, ...] = (
    "inside of my knee aches a bit after the 6k, not the outside like usual",
    "pain right under the kneecap at the front when I go downstairs, 3/10",
    "heel is sore first thing in the morning, eases after a few steps",
    "calf's been tight and achy since tuesday, left one",
    "lower back is grumbling after the long run",
    "back of my knee feels odd, sort of a pulling behind it when I walk",
    "groin twinges when I lift my leg into the car now",
    "sorry i meant the other thing, my big toe. the nail's gone a bit purple",
    "achilles is creaky and sore in the mornings, both sides",
    "shins ache along the inside after the track session, both legs",
    "leg just feels weird today. can't explain it. not pain exactly",
    "front of my hip is sore when I lift my knee up to climb into the bath",
    "arch of my foot aches after the 8k in the new shoes",
    "hamstring feels niggly at the top, near the bum",
    "Knee feels a bit 'off'. Not the usual outside bit, just sort of vaguely wrong.",
    "I am having some pain in my ankle front side after running, it is mild",
    "My thigh is paining me in the front, not the side, since the hill run",
    "knee clicks loads when I squat now, doesn't hurt, just clicks",
    "ball of my foot is sore after the road race, 3/10",
    "oh and my other knee has started aching too, the left, on the inside",
)

# no flag and nothing unplaced: must NOT be held
UNSEEN9_EVERYDAY: tuple[str, ...] = (
    "the twins both have a fever so no run tonight, I'm on calpol duty. my knee is fine, outside "
    "bit 1/10",
    "the fairy lights got so hot one of the bulbs melted lol. anyway 5k done, usual outside-knee "
    "tightness 2/10",
    "GP life: three kids with hot red swollen joints this month, all sent in. me? 6k easy, knee "
    "quiet",
    "been in a total fever about the marathon ballot all day, can't concentrate on anything",
    "absolute scorcher, 31 degrees, my face went beetroot on the 4k but the knee was grand",
    "mare came in with a hot, puffy fetlock and a temperature this morning, poor girl. my ITB "
    "2/10 after 6k",
    "the dog cut his paw and won't put any weight on it, vet tomorrow. my run was fine, 7k",
    "grandad can't walk far anymore so we pushed him round the charity 5k in his wheelchair, "
    "lovely day",
    "had a lady on the ward today who couldn't weight bear after a fall, hip fracture on the "
    "xray. made me grateful for my 8k",
    "my son couldn't walk on his ankle after sports day so 4 hrs in A&E, just a sprain. no run "
    "for me obvs",
    "can't stand the new route, all traffic. did 5k anyway, knee 1/10",
    "saw a classic foot drop in clinic today, chap who'd sat cross-legged for hours. my own "
    "leg's all good, 2/10 outside knee",
    "my toes kept catching on the old stair carpet so we finally ripped it out. DIY weekend, no "
    "run",
    "the horse was dragging a hind toe so the farrier's coming out. me, 10k, no drama",
    "can ITB ever cause foot drop? just curious, mine's fine, I read about it on a forum",
    "locked myself out again, waited 40 min in my running gear, freezing. did 5k to warm up, "
    "knee fine",
    "what do I do if my knee ever locks mid run? hasn't happened, just planning for the marathon",
    "watching Grey's and a guy's knee locked and they had him in surgery in 5 minutes lol. TV. "
    "mine's meh, 2/10",
    "the charity shop's till drawer jammed and wouldn't shut, we were stuck there an hour. run "
    "tomorrow instead",
    "the garden fence finally gave way in the storm, spent saturday fixing it instead of the "
    "long run",
    "had to give way to a tractor on the lane and lost my rhythm lol. 6k, knee 2/10",
    "my willpower gave way and I ate a whole tin of Quality Street. new year new me, 5k tomorrow",
    "mum's knee keeps buckling so she's getting it replaced in Feb, I'll be doing her shopping",
    "no buckling, nothing giving way, just the usual tight band down the outside after 7k",
    "filling in mum's form for her flight and it asks about leg swelling after long flights. she "
    "had some after Sydney in 2019. how do I answer that?",
    "I was so swollen at 38 weeks with Oscar I couldn't see my feet! he's 2 now. 5k done today, "
    "knee fine",
    "race entry prices have swelled massively, 70 quid for a half??",
    "the river was so swollen after the rain we had to turn round at the bridge. still got 8k in",
    "no swelling and no heat, just the usual ache on the outside of the knee 3/10 after intervals",
    "a kid's ankle swelled up like a golf ball at sports day, first aid tent was chaos. still "
    "ran the parents race, knee ok",
    "fell for the new shoes in the shop, pricey though. the fitter said my laces were way too "
    "tight",
    "broke my wrist skiing in Val d'Isere back in 2004 and the insurance form asked about it. "
    "knee's fine, ticked no for current injuries",
    "twisted my brain doing the tax return. 6k easy tho, ITB 1/10",
    "my daughter came off her pony today, she's fine, just a lot of tears. no run for me, "
    "shattered",
    "insurance form wants old injuries. tore ankle ligaments skiing in 1995, fine for decades "
    "since. do I need to put it?",
    "popped into the shops in my running kit then did the 4k. knee grand",
    "smashed my 10k PB!! knee barely a whisper, 1/10",
    "the baby woke up 4 times last night so skipping the run, too tired. knee fine",
    "dreamt my knee exploded at mile 20 lol, woke up in a sweat. it's fine obviously",
    "on nights this week so I'll be running at odd hours, is a 3am run ok?",
    "my knee doesn't bother me at night or sitting down at all, only from about 4k in. is that "
    "typical ITB?",
    "did the sack race at the school sports day and hopped the whole way, no pain at all!",
    "bone tired after Christmas day, 20 people for dinner. no run",
    "vet says the old dog has a bone tumour :( sorry, not running today, bit sad",
    "got a bone to pick with you, that hill session was brutal!! knee ok tho 2/10",
    "physio had me hop 20 times on each leg, no pain at all, she said no sign of a stress fracture",
    "on pins waiting for the London ballot email, can't focus on work",
    "new shoes pinched and my toes went numb in the shop, fitter re-laced them with the heel "
    "lock and no numbness since, 3 runs",
    "nerves are shot before the charity 10k on sunday!! knee's behaving",
    "half my clinic today was tingling hands, carpal tunnel epidemic. my knee's quiet",
    "that medical drama where the guy lost all feeling in his legs gave me the creeps. anyway 6k "
    "done",
    "outside of knee 2/10 after 5k, usual tightness, eased off on the walk home",
    "foam roller on the side of the thigh is brutal but it helps",
    "did the clams and side planks, glute is sore today, that normal?",
    "can I swap tuesday and thursday runs this week? work do on tues",
    "new years day 5k done in fancy dress, knee happy 1/10",
    "went 6k along the beach, bit of the usual tightness on the outside of the knee, no dramas",
    "Sir, completed 4 km today, slight tightness on outer side of knee, 2/10, otherwise fine.",
    "Good morning coach, I did the 5k, the side of my knee was a little tight near the end. God "
    "bless.",
    "chur, 7k done, ITB stiff as first thing but came right",
)
