"""A fourth set of runners' messages for the red-flag hearing of CLINICAL.md §5, unseen.

Written on 2026-12-07 by someone who had not read the flag vocabulary
(``protocols/red_flags.yaml``, beyond its list of flag ids), the ITB-talk vocabulary, the coach or
service code, nor the messages of the other sets: only §5 of the clinical spec, the list of flag
ids and the format of an earlier set. The messages are invented the way runners of many
backgrounds text: the American South and Midwest, Hong Kong, the Philippines, Ghana, Pakistan,
Malta, Jamaica, Scotland, Tyneside and London; parents texting on the go, teenagers, marathoners
and trail runners; voice-dictated and autocorrected slips ("wait" for weight, "hope" for hop);
very short and very long messages, and reports mixed with something else. Descriptions mostly
avoid the textbook word and say how it feels and what the runner cannot do.

It is measured once, after the matcher is finished; nobody has tuned on it.
"""

from __future__ import annotations

# (message about the runner's own body, the flag it must raise): 10 per flag
UNSEEN4_FLAGS: tuple[tuple[str, str], ...] = (
    # hot, red or swollen knee with fever, chills or feeling unwell
    (
        "y'all my knee is red as a beet and hot to the touch, and I been runnin a fever "
        "since last night, 101 and change",
        "hot-red-fever",
    ),
    ("Knee warm warm and red lah, whole day feverish, got chills also", "hot-red-fever"),
    (
        "sorry late reply po. my knee is red and mainit, and I'm having fever and chills since "
        "yesterday",
        "hot-red-fever",
    ),
    (
        "Please my knee has become red and hot and I am having fever and shivering small small "
        "since morning",
        "hot-red-fever",
    ),
    (
        "Knee's pure roastin and bright red, an I'm shiverin under two duvets wi a temperature",
        "hot-red-fever",
    ),
    (
        "knee is read and hot and I have a temperature of thirty nine I feel awful",
        "hot-red-fever",
    ),
    (
        "quick one kids in the car - my knee is hot & red & puffy and I've got the chills, "
        "thermometer says 38.6. school run then what?",
        "hot-red-fever",
    ),
    (
        "Ran fine Sunday, Monday the outside of the knee ached as usual, but since last night the "
        "whole front has gone red and it's hot like a radiator, and this morning I've a fever "
        "and ache all over like flu",
        "hot-red-fever",
    ),
    (
        "knee's all red an' burnin' up, an' I feel rough as old boots, "
        "sweats and shivers all night",
        "hot-red-fever",
    ),
    ("Knee red and hot, and I have fever, mela I feel very very sick", "hot-red-fever"),
    # cannot bear weight / cannot walk on the leg
    ("Mi cyaan put mi foot dung at all, di leg cyaan tek mi weight", "no-weight"),
    (
        "Ope, so I can't put any weight on my left leg at all, had to hop to the bathroom "
        "holding the wall",
        "no-weight",
    ),
    (
        "cant even walk on it lol not lol actually, mum had to carry my bag "
        "and i hopped to the car",
        "no-weight",
    ),
    (
        "I am unable to stand on my right leg since morning, I have to lean on my brother to go "
        "to washroom",
        "no-weight",
    ),
    (
        "had to be piggybacked off the trail, couldnt take a single step on the left leg",
        "no-weight",
    ),
    ("I can't put wait on my right leg it just won't hold me up", "no-weight"),
    (
        "Cannae stand on it. Tried tae get oot the bed an ma leg just wouldnae take me",
        "no-weight",
    ),
    (
        "can't put me foot to the floor, been crawlin up the apples and pears on me hands",
        "no-weight",
    ),
    (
        "Cannot step on the leg at all, I use my umbrella as stick but still cannot walk",
        "no-weight",
    ),
    (
        "The leg cannot carry me at all, I am using my uncle's crutches to move around the house",
        "no-weight",
    ),
    # foot drop: cannot lift the foot, toes catch
    (
        "my foot's just floppin, can't pick the front of it up, I'm slappin it down on the floor "
        "like a flipper",
        "foot-drop",
    ),
    (
        "toes keep catching the carpet and I can't raise my foot up towards my shin on the right",
        "foot-drop",
    ),
    (
        "My foot cannot lift up po, it drags when I walk, I almost tripped on the sidewalk "
        "many times",
        "foot-drop",
    ),
    ("ma toes keep catchin the kerb, foot just hings there, cannae lift it", "foot-drop"),
    (
        "my foot wont go up?? like i try to point my toes up at the ceiling and nothing happens, "
        "it just hangs",
        "foot-drop",
    ),
    (
        "I can't lift the front of my foot, I keep tipping over my toes on the way to the shop",
        "foot-drop",
    ),
    (
        "me foot's slappin the pavement, can't get the toes up, caught them on every step hyem",
        "foot-drop",
    ),
    (
        "Last 5k of the long run the left foot started slapping and now I cannot flex it up at "
        "all, the toes scuff the ground",
        "foot-drop",
    ),
    (
        "My right foot is not coming up when I walk, my chappal keeps slipping off and the toes "
        "hit the floor",
        "foot-drop",
    ),
    (
        "Mela, my foot won't lift, I have to lift my knee high like a horse so I don't trip",
        "foot-drop",
    ),
    # knee locks or cannot straighten
    ("Mi knee stick up an mi cyaan straighten it out, it ben an it nah move", "locked"),
    (
        "knee got stuck half bent getting out of the truck and I couldn't unbend it for like "
        "ten minutes",
        "locked",
    ),
    (
        "The knee jam and cannot straighten, must wiggle wiggle then suddenly it release with "
        "a click",
        "locked",
    ),
    (
        "knee's stuck, cannae get it straight, been like this since I stood up fae the settee",
        "locked",
    ),
    ("me knee's jammed, won't go straight, I'm walkin about like Quasimodo", "locked"),
    (
        "my knee keeps catching and getting stock and I can't straighten my leg until I shake it",
        "locked",
    ),
    (
        "My knee will not straighten again, it is hooked bent since I got up from kneeling "
        "in church",
        "locked",
    ),
    (
        "sorry been at swimming lessons - knee has seized half bent, can't get it straight, "
        "sat in the car with the leg bent",
        "locked",
    ),
    (
        "coming down the scree my knee got wedged at an angle and now I can't get the last bit "
        "of straight, like something's in the way",
        "locked",
    ),
    (
        "my knee keeps freezing bent in class and i have to jiggle it loose, cant get it all "
        "the way straight",
        "locked",
    ),
    # knee gives way
    (
        "knee just plumb quit on me goin down the porch steps, buckled right under me",
        "gives-way",
    ),
    (
        "My knee suddenly bends by itself when I go downstairs, like it loses its power",
        "gives-way",
    ),
    ("knee keeps gannin from under us on the stairs, had to grab the banister twice", "gives-way"),
    (
        "While walking in the bazaar my knee just collapsed, it is not trustworthy anymore, "
        "it bends suddenly",
        "gives-way",
    ),
    (
        "Knee folded under me twice today, once in the pastizzeria queue, once on the stairs",
        "gives-way",
    ),
    (
        "keeps going wobbly and folding on me when I pivot, like the hinge isn't holding",
        "gives-way",
    ),
    ("my knee gave weigh on the stairs twice today and I nearly went down", "gives-way"),
    ("knee went jelly and gave out in PE, couldnt trust it after", "gives-way"),
    (
        "Knee suddenly no strength and bend when I go down MTR stairs, almost fall",
        "gives-way",
    ),
    (
        "Knee has started going out from under me on the camber, three times on today's easy 10, "
        "each time a sudden buckle",
        "gives-way",
    ),
    # visible swelling
    ("Mi knee swell up big big, it puff up like a breadfruit", "swelling"),
    ("knee's pure ballooned, cannae see the bone at the side anymore", "swelling"),
    ("knee's swole up fat as a ham since yesterday", "swelling"),
    (
        "knee become very puffy, compare with other side bigger a lot, my jeans very tight",
        "swelling",
    ),
    (
        "knee's puffed up like a pillow, can't get my jeans over it, kids think it's hilarious",
        "swelling",
    ),
    ("my knee has swallowed up since the run, its twice the size of the other one", "swelling"),
    (
        "The knee has gotten fat and puffed, the skin is tight and shiny, but no fever",
        "swelling",
    ),
    ("knee's blown up summat rotten, looks like a grapefruit", "swelling"),
    (
        "post-race the knee filled up with fluid, squishy both sides of the kneecap, can't see "
        "the dimples any more",
        "swelling",
    ),
    ("me knee's come up like a bleedin' football", "swelling"),
    # pain began with a fall, twist, blow or a pop
    (
        "slipped on black ice on my run and landed right on the knee, heard a crunch, pain's way "
        "different from the ITB thing",
        "trauma",
    ),
    (
        "I was hit by a tricycle while crossing and my knee hit the bumper, now it hurts a lot",
        "trauma",
    ),
    (
        "went ower ma ankle on a tree root and felt somethin go in the knee, twisted right round",
        "trauma",
    ),
    ("took a digger on the descent, knee smacked a rock, pain is different now", "trauma"),
    ("got tackled in footy and my knee went sideways, heard a snap thing", "trauma"),
    (
        "While playing cricket I slipped in the outfield and my knee turned, there was a pop sound",
        "trauma",
    ),
    ("Mi drop off di bus step an mi knee twist, from dat it a hurt mi bad", "trauma"),
    ("I fell of my bike on the way to the track and banged my knee on the curb", "trauma"),
    (
        "My neighbour's dog ran into my leg on the promenade and I went down hard on the knee",
        "trauma",
    ),
    ("stacked it on the quayside cobbles, knee first, felt a proper pop", "trauma"),
    # night pain or pain at rest
    (
        "knee pain wakes me up every night bout 3am, can't get comfy no matter how I lay",
        "night-pain",
    ),
    ("Night time the knee very pain, cannot sleep, even lying flat still pain", "night-pain"),
    ("The pain does not allow me to sleep at night, I am turning and turning", "night-pain"),
    ("can't get a wink, knee's throbbin all night in bed even when I ain't movin", "night-pain"),
    (
        "up with the baby at 2 and realised the knee was aching just lying still, it's been doing "
        "that every night this week",
        "night-pain",
    ),
    ("knee hurts when im just lying in bed doing nothing, cant sleep", "night-pain"),
    ("the pain keeps me a wake at night even when I'm not moving", "night-pain"),
    (
        "The knee aches even sitting at the desk doing nothing, and at night it is worse",
        "night-pain",
    ),
    (
        "it's nippin even when a'm sat still watchin the telly, and it wakens me at night",
        "night-pain",
    ),
    (
        "in taper and the knee aches at rest now, deep throb on the couch, worse when I lie down",
        "night-pain",
    ),
    # pinpoint bone pain or pain when hopping
    (
        "there's one spot on my shin bone, like the size of a dime, press it and I about hit "
        "the ceiling",
        "bone-pain",
    ),
    (
        "There is a very specific point on the bone below my knee po, when I press it it's super "
        "sakit, and jumping is impossible",
        "bone-pain",
    ),
    (
        "One likkle spot pon di bone a hurt mi, when mi hop it feel like it a go bruk",
        "bone-pain",
    ),
    (
        "tried a wee hop on it and the bone lit up, one spot on the shin, sair as anything",
        "bone-pain",
    ),
    (
        "There is pain exactly on one point of bone above ankle, hopping I cannot do, very sharp",
        "bone-pain",
    ),
    (
        "theres a spot on my shin that kills if i poke it and i cant do the jumps in PE at all",
        "bone-pain",
    ),
    (
        "front of the hip bone, one spot, hurts to land on that leg, can't do a single-leg hop",
        "bone-pain",
    ),
    ("there's pain when I hope on that leg, right on the bone of the shin", "bone-pain"),
    (
        "one spot on me shin's killin, like someone's stabbin the bone, and hoppin's a no-go",
        "bone-pain",
    ),
    (
        "One point on top of the foot bone very pain when I press, and I cannot jump",
        "bone-pain",
    ),
    # numbness or tingling
    (
        "got pins and needles runnin down the outside of my leg clear to my little toes",
        "nerve",
    ),
    ("My leg got numb numb feeling on the outer side, like electric", "nerve"),
    ("My foot is sleeping and will not wake up, there is tingling also", "nerve"),
    ("me leg's gone all fizzy, like a dead leg that won't go off", "nerve"),
    (
        "numb patch on the outside of my shin, can't feel it when I wipe the toddler's yoghurt "
        "off my leg",
        "nerve",
    ),
    ("My toes are manhid po, no feeling, like there's ants crawling", "nerve"),
    ("outside o ma shin's gone deid, cannae feel it when I touch it", "nerve"),
    ("I have tinkling in my toes and the foot feels dead since the run", "nerve"),
    (
        "My shin feels like it has electricity running, and the big toe I cannot feel much",
        "nerve",
    ),
    (
        "Burning buzzy feeling on the outside of the calf since mile 18, the skin feels like it "
        "belongs to someone else",
        "nerve",
    ),
)

# body talk about the runner's own leg, knee, foot, hip or back that is neither ordinary ITB
# talk nor a known flag: the coach must hold and ask the safety screen
UNSEEN4_UNPLACED: tuple[str, ...] = (
    "bottom of my heel is killin me first steps out of bed, then it eases off",
    "My calf feel hard like stone since Sunday, I cannot stretch it",
    "sharp twang up high in the groin, y'know, every time I swing my leg into the pickup",
    "my kneecap clicks like a ratchet on the stairs, doesnt hurt tho",
    "the front of my knee under the kneecap aches after sitting through a whole movie",
    "Achilles is creaky and thick in the mornings, sounds like rice krispies",
    "got a blister on my big toe that's gone a funny colour",
    "my toenail has gone black and it's lifting off, is that me done for the week?",
    "hamstring feels like a guitar string about to ping",
    "both shins ache along the inside edge after every run, even short ones",
    "Inside of the knee sore, not the outside like before, the opposite side",
    "my bum aches when I sit on the jeepney for long",
    "lower back is stiff as a board after yesterday's long run",
    "hip makes a clunk when I swing my leg out to the side",
    "there's a weird ache deep in my thigh, hard to say where exactly",
    "Ball of my foot feels bruised, like walking on a marble",
    "Mi foot arch a hurt mi, it feel flat flat",
    "me ankle's dead creaky on the stairs, and it's clickin",
    "sorry typing on the bus, my hip feels weird and achey in the groove at the front",
    "the back of my knee feels full and tight when I bend it all the way",
)

# everyday messages that must raise no flag and no hold
UNSEEN4_EVERYDAY: tuple[str, ...] = (
    # someone else's body
    (
        "my daughter's knee swelled up after netball and she can't put weight on it, I'm taking "
        "her to A&E, so no run tonight"
    ),
    "the wee one has a fever and chills so I'm on nurse duty, skipping the strength session",
    "Mi granny fall down di step yesterday, she alright now, mi did mi run after",
    (
        "my husband twisted his knee playing 5-a-side and heard a pop, he's icing it. "
        "me? 3k easy, felt fine"
    ),
    "dog's back leg keeps giving way on walks, vet on Thursday. I'm ok, did my clams",
    (
        "patient today had foot drop after a hip replacement, made me grateful for my dumb ITB "
        "lol. 2/10 today"
    ),
    "My mum has numbness in her toes from the diabetes, I'm taking her to clinic tomorrow",
    "my son's knee locked at football practice, coach says it's probably a growth thing",
    "teammate went over on her ankle at parkrun, I stayed with her so didn't finish",
    "Abba have night pain in his back, I massage him before I go for my run",
    # hypotheticals and questions
    "what if my knee swells up after the long run, ice or heat?",
    "Should I stop if I get pins and needles, or is that a shoe thing?",
    "how would I know if it was a stress fracture and not the ITB?",
    "if the knee ever gives way on me do I ring you or the physio first",
    "is it normal for it to hurt at night or should that worry me? asking before it happens",
    # objects and figures of speech
    "the cap on my water bottle popped off and soaked my shorts",
    "red hot day in Accra today, ran at 5am to beat the heat",
    "prices swelling at the running shop, 180 quid for trainers, mad",
    "I was locked out of the house after the run, had to wait for my wife in my sweaty kit",
    "Fell asleep on the sofa after the run, legend behaviour",
    "popped to the shops for bananas after my run",
    "that marathon nearly broke my spirit not my leg haha",
    "ran past a hip hop class in the park, they were having more fun than me",
    "this weather is giving me chills but in a good way, autumn running is the best",
    "the trail was numbingly boring today, same loop five times",
    # historic, long healed
    "broke my ankle in 2015 playing basketball, all healed, just so you know for your notes",
    "had a torn meniscus years ago, fixed, no trouble since",
    "my knee swelled up once when I was a teenager but nothing since then",
    # negated signs
    "no swelling, no redness, just the usual tightness on the outside, about 3/10",
    "didn't give way at all on the descent today, happy with that",
    "Not numb, no tingling, only the band is tight after sitting long in the car",
    "knee not hot, not swollen, slept through the night for once",
    "No pain at night, only when I run downhill",
    "I can walk fine, can hop fine, just the side of the knee niggles on runs",
    # ordinary ITB talk with pain scores
    "outside of the knee tight at mile 3, maybe a 4 out of 10, walked a bit and it eased",
    "foam roller absolutely brutal on the side of the thigh today",
    "hip a bit stiff in the morning, loosens up after I walk to the bus",
    "glutes sore from the side planks yesterday, good sore I think",
    "pain 2/10 lateral knee after the run, gone by dinner",
    "the ITB flared a bit on the downhill bit, 5/10 for a minute then settled",
    # run reports
    "4x1 min run 1 min walk done, 1/10, felt like a new man",
    "did 6 miles on the trail, no knee pain at all, first time in a month",
    "run done ✅ 20 mins, 0 pain, bring on the next level",
    "Ran 5k along the harbour, 3/10 in last k, fine after stretching",
    "treadmill at the gym today cos of the rain, 25 mins, knee stayed quiet",
    "parkrun 27:40, knee grumbled at 4k but nothing major, 3 out of ten",
    # rehab questions
    "how many sets of the side lying leg raises again?",
    "can I swap the clamshells for the band walks when I'm travelling?",
    "when do I get to add hills back in",
    "is it ok to do the strength stuff the day after a long run or rest?",
    "Should I foam roll before or after the run, my coach says before",
    "can I still do my spin class or is that too much for the band",
    # life chatter and mixes
    "away in Lahore for a wedding this week, might miss a couple of sessions, sorry",
    "exams all week so i'll be slow replying, did my exercises tho 3/10",
    "ok so the kids are finally asleep, did the clams on the living room floor, 1/10",
    (
        "just back from Gozo, ran along the cliffs twice, knee totally fine, also the ferry "
        "was late both ways which was annoying"
    ),
    "new shoes arrived!! did a 2k test jog, bit tight on the outside of the knee, 2/10",
    (
        "Right so long message sorry. Work's been mental, the baby's teething, I've barely "
        "slept but that's the baby not the knee. Did my run on Tuesday, 30 min, 2/10 on the "
        "outside of the knee at the end, strength yesterday, glutes sore today. Marathon's "
        "in 14 weeks, am I still on track?"
    ),
    "happy new year from Kingston! run this morning, 0/10, sea was lovely",
    "Ey up, did me 3 mile, knee grand, off to the chippy",
)
