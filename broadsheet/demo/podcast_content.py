"""Demo podcasts: two shows of six episodes, written for Broadsheet. Each episode's
``script`` is what espeak-ng reads aloud and, line by line, its transcript."""

SHOWS = [
    {
        "slug": "the-morning-dispatch",
        "title": "The Morning Dispatch",
        "description": (
            "Ten minutes that set up your day: the stories our correspondents are following, "
            "what changed overnight and what to watch for before the evening news. Presented "
            "by the Broadsheet International newsroom, every weekday morning."
        ),
        "author": "Broadsheet International",
        "category": "News > Daily News",
        "hosts": ["amara-okafor", "lukas-brenner"],
        "palette": ((23, 42, 84), (233, 132, 84), (248, 203, 124)),
        "transcript": "vtt",
        "episodes": [
            {
                "title": "Harbour towns count the cost of the spring tides",
                "summary": "Flood defences held in most places, but three towns want answers.",
                "guests": ["priya-raman"],
                "script": [
                    "Good morning, and welcome to The Morning Dispatch.",
                    "The spring tides peaked overnight along the northern coast.",
                    "Most of the new sea walls held, but three harbour towns report flooded "
                    "streets.",
                    "Our science correspondent explains why this year's tides ran so high.",
                    "That is the Dispatch for today. Thanks for listening.",
                ],
            },
            {
                "title": "A budget with fewer surprises than promised",
                "summary": "The finance minister kept the big changes for next year.",
                "guests": [],
                "script": [
                    "Good morning. This is The Morning Dispatch.",
                    "The budget landed yesterday, and the headline is what it left out.",
                    "Income tax bands stay where they are for another twelve months.",
                    "Councils get a modest rise for road repairs and school buildings.",
                    "We will follow the debate in parliament all week.",
                ],
            },
            {
                "title": "Night trains return to the mountain line",
                "summary": "Sleeper services restart after eleven years, with a new timetable.",
                "guests": ["mateo-alvarez"],
                "script": [
                    "Welcome to The Morning Dispatch.",
                    "For the first time in eleven years, a sleeper train left the capital last "
                    "night.",
                    "Bookings for the first month sold out within a day.",
                    "Operators say two more routes could follow if demand holds.",
                    "Our business reporter rode the first train and joins us later this week.",
                ],
            },
            {
                "title": "What the new data law means for your phone",
                "summary": "Apps must ask before sharing location data, from the first of June.",
                "guests": [],
                "script": [
                    "Good morning, this is The Morning Dispatch.",
                    "A new data law takes effect at the start of June.",
                    "Apps will need your clear permission before they share where you are.",
                    "Fines for breaking the rule can reach four percent of yearly turnover.",
                    "Check your phone's privacy settings this weekend, and see what changed.",
                ],
            },
            {
                "title": "Farmers and the long dry spring",
                "summary": "Reservoirs are at their lowest in April since records began.",
                "guests": ["hana-sato"],
                "script": [
                    "This is The Morning Dispatch.",
                    "It has been the driest spring in the south for more than forty years.",
                    "Reservoir levels are low, and water companies have asked for care.",
                    "Farmers are planting crops that need less water, and sowing them earlier.",
                    "We will be back tomorrow morning with the weekend forecast.",
                ],
            },
            {
                "title": "Trailer: The Morning Dispatch",
                "summary": "What to expect from our weekday news podcast.",
                "episode_type": "trailer",
                "guests": [],
                "script": [
                    "The Morning Dispatch is Broadsheet International's daily news podcast.",
                    "Every weekday, in about ten minutes, we bring you the stories that matter.",
                    "Subscribe in your podcast app, and start your morning with us.",
                ],
            },
        ],
    },
    {
        "slug": "field-notes",
        "title": "Field Notes",
        "description": (
            "A science podcast from the places where research happens: glaciers, salt "
            "marshes, observatories and city rooftops. Each episode follows one question "
            "from the field to the lab and back."
        ),
        "author": "Broadsheet International Science Desk",
        "category": "Science > Earth Sciences",
        "hosts": ["priya-raman"],
        "palette": ((20, 60, 40), (120, 170, 90), (230, 230, 170)),
        "transcript": "text",
        "episodes": [
            {
                "title": "Listening to a glacier",
                "summary": "Microphones in the ice pick up the sound of meltwater.",
                "guests": ["lukas-brenner"],
                "script": [
                    "This is Field Notes.",
                    "Today we are on a glacier, where researchers have buried microphones in "
                    "the ice.",
                    "The recordings reveal the crackle of meltwater moving through hidden "
                    "channels.",
                    "More sound means faster melt, and this summer the ice has been loud.",
                ],
            },
            {
                "title": "The salt marsh that eats carbon",
                "summary": "Coastal wetlands store more carbon per hectare than forests.",
                "guests": [],
                "script": [
                    "Welcome to Field Notes.",
                    "Salt marshes look like empty mud flats, but they are very busy places.",
                    "Their soils lock away carbon for centuries, if they are left alone.",
                    "We meet the team planting grasses to bring an old marsh back to life.",
                ],
            },
            {
                "title": "Counting bees on city rooftops",
                "summary": "Volunteers logged forty species of bee on one street of roofs.",
                "guests": ["leila-haddad"],
                "script": [
                    "This is Field Notes, on a rooftop in the middle of the city.",
                    "Green roofs were planted here to keep buildings cool in summer.",
                    "They turned out to be home to forty different species of bee.",
                    "Volunteers count them every Saturday morning, and you can join in.",
                ],
            },
            {
                "title": "Why the comet turned green",
                "summary": "A short visit from a comet, and the chemistry of its colour.",
                "guests": [],
                "script": [
                    "Welcome to Field Notes.",
                    "Last month a comet passed close enough to see with binoculars.",
                    "Its green glow comes from carbon molecules broken apart by sunlight.",
                    "The comet will not return for about fifty thousand years.",
                ],
            },
            {
                "title": "Bonus: questions from listeners",
                "summary": "Priya answers your questions about ice, marshes and bees.",
                "episode_type": "bonus",
                "guests": [],
                "script": [
                    "This is a bonus episode of Field Notes.",
                    "Many of you asked how microphones survive inside a glacier.",
                    "The answer is careful packing, and batteries that like the cold.",
                    "Keep sending your questions, and we will answer more next month.",
                ],
            },
            {
                "title": "The oldest tree in the valley",
                "summary": "Tree rings tell the story of four hundred years of weather.",
                "guests": ["tomasz-wisniewski"],
                "script": [
                    "This is Field Notes, in a quiet valley at the edge of the forest.",
                    "The oldest oak here began growing about four hundred years ago.",
                    "Its rings record wet years, dry years and one very cold winter.",
                    "Scientists compare the rings with old diaries to check the dates.",
                ],
            },
        ],
    },
]

INDEX_TITLE = "All podcasts"
INDEX_INTRO = "Shows from the Broadsheet International newsroom. Listen here or subscribe."
OWNER_NAME = "Broadsheet International Podcasts"
OWNER_EMAIL = "podcasts@example.com"
