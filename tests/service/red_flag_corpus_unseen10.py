"""The tenth unseen set of runners' messages for the red-flag hearing of CLINICAL.md §5, unseen.

Written on 2026-12-07 by someone who had not read the flag vocabulary, the ITB-talk vocabulary,
the coach or service code, nor the messages of the other sets: only §5 of the clinical spec and
the list of flag ids. The voices are runners from Glasgow, Aberdeen (Doric) and elsewhere in
Scotland, Brummie and Black Country speakers, Lancashire and Cumbria, young London Multicultural
English, Ulster Scots, Newfoundland, the Australian outback, Afrikaans-influenced South African
English, Ghanaian and Kenyan English and Sri Lankan English; some write with no capitals, some in
one long paragraph, some in abbreviations, some mis-spell body words. The everyday traps put the
flag words on someone else (grandchildren, a partner being cared for, a parent after a stroke, a
patient seen by a porter or paramedic, a team-mate at GAA, a mate on a building site, a dog or a
horse at the vet), into figures of speech (bills, nerves, dragging feet, fever pitch at the
darts, a twist in the snooker), onto objects (a fence in a storm, a tyre, a steering lock, a
swollen river, a warehouse lockdown), into hypotheticals, dreams, negations and history long over.

The set is measured once, after the matcher is finished; until then nobody tunes on it.
"""

from __future__ import annotations

# (message about the runner's own body, the flag it must raise): 10 per flag
UNSEEN10_FLAGS: tuple[tuple[str, str], ...] = (
    (
        "ma knee's pure roastin an red as a tomatie, been shiverin under the duvet aw night "
        "wi a temperature, 38.6 the noo. is that the itb or whit",
        "hot-red-fever",
    ),
    (
        "alright bab, me knee's gone all red an hot to touch an I'm proper poorly with it, "
        "shakin an sweatin, thermometer says 39. skipped me 5k obviously",
        "hot-red-fever",
    ),
    (
        "outside of my knee went red and hot yesterday and today ive got the chills and feel "
        "rotten like flu coming on. should i still do the easy 3k on thursday",
        "hot-red-fever",
    ),
    (
        "ngl knee is hot n red n puffy rn and ive got a temp of 38.9, feel awful tbh, idk if "
        "its smth i ate or the knee, prob skip parkrun?",
        "hot-red-fever",
    ),
    (
        "Good morning coach. My knee has become very hot and red since Sunday and I am having "
        "fever with chills. I have not managed to go for my run. Kindly advise.",
        "hot-red-fever",
    ),
    (
        "b'y me knee is some hot and red, and I'm after havin the shivers all night with a "
        "fever, feelin wonky as anything. what do I do",
        "hot-red-fever",
    ),
    (
        "knee's red raw and hot as, had a fever and the sweats all arvo and feel crook as a "
        "dog. station's 200k from town, what do i do",
        "hot-red-fever",
    ),
    (
        "Coach, my knee is red and burning hot since two days and I am having fever also, "
        "whole body is shivering. Amma is saying to put oil and wait, what to do?",
        "hot-red-fever",
    ),
    (
        "so saturday was my cousins wedding and i danced till 2 which was amazing and the "
        "food was unreal but sunday the outside of my knee started getting warm and by last "
        "night it was red and hot and bigger than the other one and now today ive got a "
        "temperature of 38.4 and feel shivery and properly unwell, i was meant to do 6k "
        "tomorrow and honestly i dont think i can, is this my itb flaring up or something "
        "else",
        "hot-red-fever",
    ),
    (
        "fit like coach. ma knee's reid an het an sair, an I'm fair shiverin wi a fever, "
        "feelin affa nae weel. canna face the rin the day",
        "hot-red-fever",
    ),
    (
        "bruv i literally cant put my leg down, cant walk on it at all, had to hop to the bus "
        "stop and my mandem carried my bag. is this my itb or what",
        "no-weight",
    ),
    (
        "eh up, can't put any weight through me right leg since this mornin, hobblin round on "
        "me mam's old crutches. is it just me itb playin up",
        "no-weight",
    ),
    (
        "my nee wont take my weight at all, i stand on it and it just screams, 9/10, couldnt "
        "even walk to the loo without holding the wall",
        "no-weight",
    ),
    (
        "cannae walk on thon leg at all the day, hae tae grip the worktop tae get roon the "
        "kitchen, it'll no tak ma weight",
        "no-weight",
    ),
    (
        "Please coach, since yesterday I cannot stand on my right leg at all, when I try to "
        "walk the pain is too much and I have to sit down. My brother carried me to the "
        "trotro.",
        "no-weight",
    ),
    (
        "cant weight bear on L leg rn, had to get carried to the car after my 8k tbh, 8/10, "
        "wtf is this",
        "no-weight",
    ),
    (
        "Ag man, I can't walk on my leg at all now, I have to hop everywhere and the wife is "
        "making me sit. It's bad hey, what must I do?",
        "no-weight",
    ),
    (
        "leg's gone completely, can't stand on it, had to crawl up the stairs to bed last "
        "neet. was fine on me fell run sunday",
        "no-weight",
    ),
    (
        "cor walk on it ar kid, me leg just wo' tek me weight, been sat on the settee all "
        "day, the missus is fetchin me tea",
        "no-weight",
    ),
    (
        "can't put me foot to the floor at all today, hoppin around the kitchen like a "
        "one-legged gull, 8/10",
        "no-weight",
    ),
    (
        "my right foot keeps slapping down when i walk, i cant lift the front of it up and my "
        "toes catch on every kerb",
        "foot-drop",
    ),
    (
        "ma toes keep catchin the pavement, cannae lift the front o ma foot up at aw, it's "
        "jist floppin doon. walked tae the shops like a clown",
        "foot-drop",
    ),
    (
        "idk whats going on but my foot wont lift up at the ankle, toes drag on the ground "
        "when i walk, smth aint right ngl",
        "foot-drop",
    ),
    (
        "Coach my left foot is hanging down, I cannot raise it up when walking and the toes "
        "are dragging on the ground. It started on Tuesday.",
        "foot-drop",
    ),
    (
        "foot's gone floppy mate, can't pull me toes up, it just flops down and slaps the "
        "ground every step",
        "foot-drop",
    ),
    (
        "me foot's draggin, cor lift the front of it, I have to lift me knee up high like a "
        "show pony so me toes don't catch",
        "foot-drop",
    ),
    (
        "Coach, from this morning I am not able to lift my foot upwards, my slipper is "
        "falling off and toes are hitting the floor. Is it related to knee?",
        "foot-drop",
    ),
    (
        "cant pull my foot up towards me anymore, it just hangs there and i have to swing my "
        "whole leg out to the side to walk without catching my toes",
        "foot-drop",
    ),
    (
        "ma fit winna lift, the taes catch on ilka step an I'm trailin it like a deid thing, "
        "dinna ken fit's wrang wi it",
        "foot-drop",
    ),
    (
        "right so bit of an update, ran 5k monday no bother, itb was 2/10 at the end as "
        "usual, then tuesday i was at work in the warehouse and noticed my foot wasnt coming "
        "up properly, like the front of it just drops and scuffs the floor and i keep "
        "catching my toes on the pallets, its still doing it today and i cant make it lift at "
        "all when i try, should i rest it or keep going",
        "foot-drop",
    ),
    (
        "knee got stuck bent getting out the car and wouldnt straighten for ten minutes, had "
        "to wiggle it till it let go",
        "locked",
    ),
    (
        "fam my knee locked up mid squat innit, cant straighten it properly still, its stuck "
        "like half bent",
        "locked",
    ),
    (
        "me knee keeps lockin, it catches and jams and I 'ave to give it a shake to get it "
        "goin again, 4 times on me run",
        "locked",
    ),
    (
        "knee's stuck, I cannae get it straight at all, it's jammed at a bend since I got up "
        "aff the sofa",
        "locked",
    ),
    (
        "Ja, my knee locked this morning, I couldn't straighten it and it's still stuck bent "
        "a bit, can't get it flat on the bed",
        "locked",
    ),
    (
        "me knee seized up bent and I can't get it to go out straight, some stuck it is, "
        "tried everything",
        "locked",
    ),
    (
        "My knee is not straightening, it is stuck in a bent position since I got up from "
        "kneeling at church on Sunday.",
        "locked",
    ),
    (
        "knee jammed rn, wont go straight, tried 2 kick it out, nada, stuck at like 30 degrees",
        "locked",
    ),
    (
        "my nee locks up every few steps and then clicks free again, happened 4 times on my "
        "5k today",
        "locked",
    ),
    (
        "knee locked solid comin down off Helvellyn, had to sit on a wall till it'd unlock "
        "and even now it won't go fully straight",
        "locked",
    ),
    (
        "knee buckled under me twice going down the stairs at work today, no idea why",
        "gives-way",
    ),
    (
        "me knee just went from under me on the canal towpath, didn't fall but it just gave, "
        "proper frit me",
        "gives-way",
    ),
    (
        "ngl knee keeps giving way w/ no warning, nearly ate pavement on my 6k, caught myself "
        "on a lamppost",
        "gives-way",
    ),
    (
        "knee keeps goin oot fae under me, it jist collapses, nae warning, twice on the wey "
        "hame fae the shops",
        "gives-way",
    ),
    (
        "knee gave out on me halfway through the run, just folded, bit of a fright out in the "
        "middle of nowhere",
        "gives-way",
    ),
    (
        "My knee is becoming weak and bending by itself when I walk, twice it has collapsed "
        "under me but I held the wall.",
        "gives-way",
    ),
    (
        "Coach my knee is giving way suddenly while climbing the steps at the temple, I have "
        "to hold the railing",
        "gives-way",
    ),
    (
        "knee feels wobbly like its gonna give and then it actually does, happened 3 times "
        "this week, once in the shower",
        "gives-way",
    ),
    (
        "ma knee gied wye unner me twice the day, jist went like jeely, I didna faa but it "
        "wis a near thing",
        "gives-way",
    ),
    (
        "me knee keeps gooin on me, it just buckles when I turn round in the kitchen, ow'm I "
        "meant to run on that",
        "gives-way",
    ),
    (
        "knee's blown up like a melon since sunday's long run, all puffy round the kneecap",
        "swelling",
    ),
    (
        "me knee's swelled right up, can't even see me kneecap no more, it's like a pudding",
        "swelling",
    ),
    (
        "my knee is mad swollen still, like proper puffed up, way bigger than the other one, "
        "wagwan with that",
        "swelling",
    ),
    (
        "knee is swolen on the outside and my ankel has gone puffy too, cant get my trainer on",
        "swelling",
    ),
    (
        "My knee has swollen big since Tuesday, it is like there is water inside when I press "
        "it. Is this normal for ITB?",
        "swelling",
    ),
    (
        "knee's come up like a balloon, wile puffed it is, I can't get me trousers over it",
        "swelling",
    ),
    (
        "knee's puffed up like a cane toad, no joke, twice the size of the good one",
        "swelling",
    ),
    (
        "tbh knee's swollen af rn, cant get my jeans over it, did 7k yday 3/10",
        "swelling",
    ),
    (
        "My knee is so swollen now, it's double the size of the other one, I can't even see "
        "the bones anymore",
        "swelling",
    ),
    (
        "knee's some swelled up b'y, tight as a drum and puffy all round, 4/10",
        "swelling",
    ),
    (
        "slipped on black ice on my run this morning and landed right on my knee, now hurting "
        "on the outside 6/10",
        "trauma",
    ),
    (
        "went ower on ma knee at the fives last night when some big lump slid intae me, heard "
        "a pop an it's been sair since",
        "trauma",
    ),
    (
        "got clattered in the knee at Sunday league, man slid in two-footed, been hurting "
        "since fam",
        "trauma",
    ),
    (
        "went arse over kettle on the ice down by the wharf and come down hard on me knee, "
        "some sore now",
        "trauma",
    ),
    (
        "twisted my knee getting off the bus rn, felt smth pop, 5/10 and throbbing",
        "trauma",
    ),
    (
        "I fell from the scooter yesterday evening and hit my knee on the road, now it is "
        "paining on the side",
        "trauma",
    ),
    (
        "took a tumble on the scree comin off Skiddaw and bashed me knee on a rock, proper sore",
        "trauma",
    ),
    (
        "I twisted my knee badly when I stepped in a pothole during my run in the morning, it "
        "turned inwards",
        "trauma",
    ),
    (
        "fell off the stepladder doin the guttering an landed on me knee, it ay half throbbin",
        "trauma",
    ),
    (
        "I cowped on the ice gyan tae the shop an dunted ma knee aff the kerb, it's affa sair",
        "trauma",
    ),
    (
        "knee pain wakes me up at night now, 3am every night, throbbing even when im lying "
        "dead still",
        "night-pain",
    ),
    (
        "me knee aches when I'm just sat watchin telly, doin nothin, not even after a run, "
        "it's like a toothache",
        "night-pain",
    ),
    (
        "the pain is there now even lying in bed, it kept me awake till 4 this morning and i "
        "havent run since friday",
        "night-pain",
    ),
    (
        "knee 'urts at rest now, sat in me chair, nowt movin, still achin away 5/10",
        "night-pain",
    ),
    (
        "The pain is disturbing my sleep, at night it is worse and I cannot sleep at all, "
        "even without running.",
        "night-pain",
    ),
    (
        "cant sleep bc of knee rn, throbbing all night even on rest days w/ no running",
        "night-pain",
    ),
    (
        "knee's givin me curry all night, can't get comfy, wakes me up every couple of hours",
        "night-pain",
    ),
    (
        "knee's at me in the night, wakes me up, sore just lyin there doin nothin",
        "night-pain",
    ),
    (
        "At night the knee pain is coming badly, even when I am sleeping it is waking me up. "
        "Day time also paining when I am sitting.",
        "night-pain",
    ),
    (
        "Jislaaik, the knee keeps me up at night now, it aches even when I'm lying still",
        "night-pain",
    ),
    (
        "theres one spot on the bone just below my knee on the outside, press it with a "
        "finger and i nearly hit the roof",
        "bone-pain",
    ),
    (
        "did the hop test the physio showed me and hopping on the sore leg is agony, sharp "
        "right in the bone, 8/10",
        "bone-pain",
    ),
    (
        "cant hop on my right leg at all bro, like sharp pain deep in the bone every time i land",
        "bone-pain",
    ),
    (
        "there's a wee spot right on ma shin bone, press it an it's murder, like a bruise on "
        "the bone",
        "bone-pain",
    ),
    (
        "When I press on the bone at the side of the knee there is one point which is very "
        "painful, just the size of a coin.",
        "bone-pain",
    ),
    (
        "hopping = 8/10 pain tbh, pinpoint spot on the bone just under my knee, idk if thats "
        "normal",
        "bone-pain",
    ),
    (
        "there's a tender bit right on the bone, one spot, like it's bruised inside the bone, "
        "cor touch it",
        "bone-pain",
    ),
    (
        "pain in my tigh bone, one little spot near the bottom just above the knee, hurts to "
        "press and hurts to hop",
        "bone-pain",
    ),
    (
        "one spot on me shin bone is some sore to the touch, and I can't hop on that leg "
        "without yelpin",
        "bone-pain",
    ),
    (
        "pin-point pain right on the bone just under me knee, and when I hop on it it's like "
        "a nail goin in",
        "bone-pain",
    ),
    (
        "pins n needles down my shin and into my foot after my run, still tingling two hours later",
        "nerve",
    ),
    (
        "me leg's gone numb down the outside, like it's not mine, can't feel me hand on it",
        "nerve",
    ),
    (
        "my toes been tingly all day fam, like fizzing, proper weird",
        "nerve",
    ),
    (
        "numb patch on the top of my foot rn, cant feel it when i touch it, idk since when",
        "nerve",
    ),
    (
        "burnin an electric shocks down the leg, like a nerve's bein plucked, wile sore",
        "nerve",
    ),
    (
        "my foot is tingling and feels half dead, there's a funny buzzing feeling all down the leg",
        "nerve",
    ),
    (
        "there is numbness in my leg below the knee and a feeling like ants are crawling on "
        "the skin",
        "nerve",
    ),
    (
        "ma leg's gone aa pins an needles an ma taes are numb, like they're nae mine",
        "nerve",
    ),
    (
        "shooting zaps down me leg like I grabbed an electric fence, and me foot's gone tingly",
        "nerve",
    ),
    (
        "the whole outside of my calf feels numb and buzzy since saturday's long run, 14k",
        "nerve",
    ),
)

# the runner's own body, neither ordinary ITB talk nor a known flag: must be held and asked
UNSEEN10_UNPLACED: tuple[str, ...] = (
    "the inside of my knee is sore after my run today, 3/10, not the outside where the itb "
    "usually is",
    "got a dull ache behind me kneecap goin down the stairs, front of the knee not the side",
    "heel's killing me first thing in the morning, first few steps out of bed are the worst",
    "my shins are aching along the inside after my 5k, both legs",
    "calfs are really tight and sore after yesterdays hills, right one worse",
    "hammy feels tight and a bit grabby when i stretch, left one",
    "ma lower back's been stiff as a board since the long run on Sunday",
    "got a twinge in my groin on the left when I lift my leg up to put my socks on",
    "smth feels weird in my leg tbh, cant explain it, just not right",
    "The ball of my foot is paining me after the run, like I am walking on a stone",
    "achilles feels creaky and sore first thing, like a rusty gate",
    "big toenail's gone black after the half, hurts when I press on it",
    "Coach there is a pain in the front of my hip when I lift my leg to climb into the bus",
    "arch of my foot aches after a few k, right foot only",
    "I have a pain in the lower part of my calf near the ankle since Wednesday's run",
    "ankel feels stiff and creaky when i go up on my toes",
    "front of me thigh is some sore, the big muscle, since the hills on Saturday",
    "right bum cheek aches deep in when I sit on the tractor seat",
    "my kneecap clicks and grinds when I go up stairs, front of the knee, no pain on the side",
    "ma heel's affa sair at the back fan I pit ma shoe on",
)

# no flag and nothing unplaced: must NOT be held
UNSEEN10_EVERYDAY: tuple[str, ...] = (
    "outside of knee 2/10 after 4k, usual tightness, foam rolled after and it eased",
    "done me clams an side planks, hip's a bit tight on the outside, nowt new",
    "knee a bit stiff on the outside first thing, loosened off once i walked the dog round "
    "the block",
    "can i swap thurs run to sat? on a double at the warehouse b4 xmas",
    "ran 6k along the creek, zero pain, stoked",
    "foam roller lowkey violated my outer thigh lol but knee was fine on the run 1/10",
    "got the allotment at last! diggin in the afternoon so I'll run first thing, outside of "
    "knee 1/10 today",
    "Coach I did the strength exercises, my glutes are sore as expected. When should I do the "
    "next run?",
    "Ran 5km this morning before office, slight tightness outside the knee 2/10, otherwise "
    "fine. Is it ok to run in the rain?",
    "Please which is better for my ITB, running on the road or on the grass at the park?",
    "did 5k on the treadmill at the mall, itb grumbled a bit on the outside 2/10, same as ever",
    "rin 4k roon the harbour, knee wis grand, jist a bittie tight on the ootside at the end",
    "money's tight this month so no new trainers, are 600 miles on my old ones too many?",
    "proper chuffed, did 7k round Cannon Hill park, outside of me knee 2/10 at the end",
    "saw on the news about that marathon runner collapsing in the heat, scary stuff, anyway "
    "did my 5k 1/10",
    "wee yin's got a temperature an she's aw red in the face so I'm mindin her the day, nae "
    "run. knee's fine",
    "forty-three degrees today, absolute scorcher, ran at 5am before it got red hot, itb 2/10",
    "watched the darts at Ally Pally last night, the crowd was at fever pitch, what a final. "
    "knee fine",
    "the dog's paw is hot and red and swollen, vet at 4 so I'll run after, poor lad",
    "husband's got a fever and chills so I'm nursing him, might miss tomorrow's run",
    "cannae bear the weight o these bills this month, honestly, but I still got my 5k in",
    "the mare couldn't put any weight on her hind leg so the vet came out, abscess in the "
    "hoof, she's on the mend",
    "my wife can't walk on her bad leg since the op so I'm doing all the lifting, running's "
    "gone quiet this week",
    "pushed about 30 patients round the hospital today who couldn't walk, as a porter my legs "
    "are used to it, 5k tomorrow",
    "mam's foot drags since her stroke and she catches her toes on the rug, I've been round "
    "hers every night. knee's fine",
    "been dragging my feet on the DIY, shelves still aint up, at least I ran 5k",
    "the line kept catching on the rocks, lost three flies, but landed a cracking brown "
    "trout. knee fine today",
    "locked meself out after the pub and had to kip at me brother's, ran home in the morning, "
    "no bother",
    "steering lock jammed on the car, stuck in Tesco car park for two hours waiting on the AA",
    "what should I do if my knee ever locks on a long run? just curious, it never has",
    "the warehouse went into lockdown for a fire alarm, stood in the car park an hour, so no "
    "run at lunch",
    "the fence gave way in the storm last night, spent the morning propping it up, run "
    "tomorrow instead",
    "the bride's dad's voice gave out halfway through his speech, not a dry eye. knee was "
    "fine at the ceilidh",
    "our full forward's knee buckled in the county final and he was stretchered off, gutted "
    "for him",
    "gave way to a tractor on the lane and it sprayed me with muck, 5k done 2/10 outside knee",
    "knee didnt give way once on the hills today, felt strong, 8k",
    "river's swollen after the floods so ran on the road instead, outside knee 1/10",
    "the guest list has swollen to 220, the budget's in tatters, still got me run done",
    "the tyre's got a bulge on the sidewall, garage says don't drive on it, so I ran to work "
    "instead",
    "no swelling no heat no clicking, just the usual tight band on the outside 2/10 after 5k",
    "my granddaughter's ankle swelled up after a fall at nursery, x-ray clear thank god",
    "broke my ankle playing gaelic football back in 2009, pinned and fine ever since, just "
    "mentioning it for the record",
    "my mate fell off the scaffold at work today, he's okay just shook up",
    "on shift as a paramedic, had an old fella who fell and twisted his knee, made me think "
    "of mine lol. mine's fine 1/10",
    "what a twist in the snooker final, came back from 8 down, I was off me seat",
    "popped to the shops after my run for bread and a paper, knee grand",
    "signed up for the fall half in St. John's, can't wait b'y",
    "what if I slip on the ice? should I switch to the treadmill when it snows",
    "up half the night with the grandkids, the wee one had a nightmare, knee fine though",
    "on nights as a porter this week so I'll run at 2pm, is that ok for the plan?",
    "storm kept me awake all night rattlin the windows, did my 5k anyway 2/10 outside knee",
    "had a mad dream my knee locked mid-race and I had to crawl over the line, woke up "
    "laughing, it's grand",
    "no pain at night or when I'm sitting, just a bit tight on the outside after runs",
    "bone tired after the double shift at the site but did my clams",
    "did hopscotch with the grandkids in the yard, hopped on both legs no bother, no pain at all",
    "my nerves are shot waiting on the mortgage letter, ran 5k to clear my head, knee fine",
    "the whole family's on pins and needles till the baby comes, due any day, knee's fine",
    "my nan's fingers go numb in the cold so I knitted her mittens, ran 4k this morning 1/10",
    "no numbness or tingling anywhere, just the usual outside knee tightness 2/10",
    "the news about the floods left me numb, those poor families. 5k done",
)
