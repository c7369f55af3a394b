"""Demo content for Broadsheet International.

Everything in this module was written for the Broadsheet project. The network,
people, companies, towns and events are fictional; real countries and cities
appear only as settings for invented stories.
"""

from __future__ import annotations

SECTIONS = [
    {
        "slug": "world",
        "title": "World",
        "intro": (
            "Reporting from capitals, borderlands and everywhere in between, with context on the "
            "stories shaping international affairs."
        ),
    },
    {
        "slug": "business",
        "title": "Business",
        "intro": (
            "Markets, companies, trade and the economic forces that decide how people earn, "
            "spend and build."
        ),
    },
    {
        "slug": "science",
        "title": "Science",
        "intro": (
            "Discoveries, research and the people behind them, from the deep ocean to low Earth "
            "orbit."
        ),
    },
    {
        "slug": "culture",
        "title": "Culture",
        "intro": (
            "Film, music, books and the arts, covered by critics and correspondents around the "
            "world."
        ),
    },
    {
        "slug": "sport",
        "title": "Sport",
        "intro": (
            "Results, rising stars and the stories off the pitch that give international sport "
            "its meaning."
        ),
    },
    {
        "slug": "opinion",
        "title": "Opinion",
        "intro": (
            "Columns and arguments from Broadsheet International writers, clearly labelled and "
            "open to challenge."
        ),
    },
]

AUTHORS = [
    {
        "slug": "amara-okafor",
        "name": "Amara Okafor",
        "role": "Diplomatic correspondent",
        "bio": (
            "Amara Okafor covers summits, treaties and the quieter negotiations that happen "
            "around them. She previously reported from Abuja, Nairobi and Brussels and studied "
            "international law in Geneva."
        ),
    },
    {
        "slug": "lukas-brenner",
        "name": "Lukas Brenner",
        "role": "Business editor",
        "bio": (
            "Lukas Brenner leads Broadsheet International's coverage of companies, markets and "
            "trade. Before joining the network he spent a decade reporting on European industry "
            "from Frankfurt and Rotterdam."
        ),
    },
    {
        "slug": "priya-raman",
        "name": "Priya Raman",
        "role": "Science correspondent",
        "bio": (
            "Priya Raman writes about research in space, health and the natural world. She "
            "trained as a marine biologist in Chennai before turning to journalism."
        ),
    },
    {
        "slug": "mateo-alvarez",
        "name": "Mateo Álvarez",
        "role": "Culture correspondent",
        "bio": (
            "Mateo Álvarez reports on film, music and books from a base in Mexico City. He has "
            "covered festivals on four continents and once spent a year as a touring musician."
        ),
    },
    {
        "slug": "hana-sato",
        "name": "Hana Sato",
        "role": "Asia-Pacific correspondent",
        "bio": (
            "Hana Sato reports on politics, business and society across East and Southeast Asia "
            "from Tokyo. She joined Broadsheet International from a regional newspaper in Osaka."
        ),
    },
    {
        "slug": "tomasz-wisniewski",
        "name": "Tomasz Wiśniewski",
        "role": "Sport correspondent",
        "bio": (
            "Tomasz Wiśniewski has covered five Olympic Games and more football finals than he "
            "can remember. He is based in Warsaw and still plays in a Sunday league."
        ),
    },
    {
        "slug": "leila-haddad",
        "name": "Leila Haddad",
        "role": "Opinion editor",
        "bio": (
            "Leila Haddad edits Broadsheet International's opinion pages and writes a weekly "
            "column on cities, schools and public life. She grew up in Beirut and Marseille and "
            "previously worked as a policy researcher."
        ),
    },
    {
        "slug": "samuel-mensah",
        "name": "Samuel Mensah",
        "role": "Climate and energy correspondent",
        "bio": (
            "Samuel Mensah reports on climate science, energy systems and the people living with "
            "a changing environment. He is based in Accra and has a background in civil "
            "engineering."
        ),
    },
]

TAGS = [
    "climate",
    "elections",
    "energy",
    "trade",
    "technology",
    "health",
    "diplomacy",
    "migration",
    "markets",
    "space",
    "oceans",
    "film",
    "music",
    "books",
    "football",
    "athletics",
    "cities",
    "agriculture",
    "education",
    "transport",
]

ARTICLES = [
    {
        "section": "world",
        "kind": "news",
        "headline": (
            "Central Asian ministers agree draft water-sharing framework after Geneva talks"
        ),
        "social_title": "Water-sharing framework drafted in Geneva",
        "standfirst": (
            "Five governments commit to joint monitoring of river flows and a seasonal release "
            "schedule, though the text still needs approval at home."
        ),
        "authors": ["amara-okafor"],
        "tags": ["diplomacy", "agriculture", "climate"],
        "image_caption": "Delegates arrive for the closing session of the water talks in Geneva",
        "image_credit": "© Elise Fournier; Broadsheet Pictures",
        "paragraphs": [
            (
                "Water ministers from five Central Asian states agreed a draft framework on "
                "Thursday for sharing the flow of the region’s two great rivers, ending four "
                "days of talks in Geneva that officials described as the most productive in a "
                "decade. The text sets out a seasonal release schedule for upstream reservoirs "
                "and commits all parties to a shared monitoring system."
            ),
            (
                "The agreement must still be approved by each government before it takes effect, "
                "a process negotiators expect to take at least six months. Previous attempts at "
                "a regional deal have stalled at the same stage, often over how much water "
                "should be held back in winter for hydropower and how much released in summer "
                "for irrigation."
            ),
            (
                "“For the first time we will all be looking at the same numbers at the same "
                "time,” said Dilnoza Karimova, who led one of the technical delegations. “Most "
                "of our disputes have started with somebody accusing somebody else of hiding "
                "data. This takes that argument off the table.”"
            ),
            (
                "Under the draft, automated gauges would be installed at every major dam and at "
                "a dozen points along the main channels, with readings published online every "
                "hour. A small joint secretariat, funded equally by the five states, would run "
                "the network and issue a forecast before each growing season."
            ),
            (
                "Farmers’ groups in the lower basin welcomed the outcome but said the real test "
                "would come in a dry year. Cotton and wheat growers downstream have repeatedly "
                "complained that late releases from upstream reservoirs leave their crops short "
                "of water at the moment they need it most."
            ),
            (
                "“A schedule on paper is a good start, but we have had promises before,” said "
                "Rustam Alimov, who chairs a growers’ association in the lower reaches of the "
                "basin. “What matters to my members is whether the water actually arrives in "
                "June, not what was signed in Switzerland.”"
            ),
            (
                "Officials from the upstream states, which depend heavily on hydropower for "
                "winter heating, said the framework included compensation for the energy they "
                "would forgo by releasing more water in summer. The details of that arrangement, "
                "including who would pay and at what price, have been handed to a working group."
            ),
            (
                "The talks were hosted by a neutral facilitation team and supported by several "
                "development banks, which have signalled they could help fund the monitoring "
                "equipment. Negotiators are due to meet again in Almaty in the spring to review "
                "progress on ratification and on the technical annexes."
            ),
        ],
        "subheading": "Sensors on every major dam",
        "quote": {
            "text": (
                "For the first time we will all be looking at the same numbers at the same time."
            ),
            "attribution": "Dilnoza Karimova, technical delegation lead",
        },
        "read_more": None,
    },
    {
        "section": "business",
        "kind": "news",
        "headline": "Castellan Logistics orders 140 hydrogen locomotives in bet on cleaner freight",
        "social_title": "",
        "standfirst": (
            "The Milan-based rail freight operator says the order, its largest ever, will "
            "replace most of its diesel fleet on non-electrified lines by the end of the decade."
        ),
        "authors": ["lukas-brenner"],
        "tags": ["transport", "energy", "trade"],
        "image_caption": "A Castellan freight train waits at a sidings yard outside Verona at dawn",
        "image_credit": "© Sofia Marchetti; Northlight Agency",
        "paragraphs": [
            (
                "Castellan Logistics, one of southern Europe’s largest private rail freight "
                "operators, has ordered 140 hydrogen-powered locomotives in a deal worth an "
                "estimated 1.6 billion euros. The company said the trains would replace most of "
                "its diesel fleet on routes that lack overhead electric lines, particularly in "
                "the Alpine foothills and across the Balkans."
            ),
            (
                "The locomotives will be built by a consortium led by Vantor Rail Systems at "
                "plants in Italy and Slovenia, with the first deliveries expected in two years. "
                "Castellan said it had negotiated options for a further 60 units if the initial "
                "fleet meets performance targets during its first winter in service."
            ),
            (
                "“Our customers are asking us to prove their goods moved cleanly, and diesel "
                "cannot do that,” said Giulia Ferrante, the company’s chief executive. "
                "“Electrifying every branch line would take decades. Hydrogen lets us "
                "decarbonise the routes we actually run today, without waiting for "
                "infrastructure that may never come.”"
            ),
            (
                "Analysts said the order was a significant vote of confidence in a technology "
                "that has so far been tested mainly on short passenger routes. Freight trains "
                "are heavier and run longer distances, placing greater demands on fuel storage "
                "and on the fuel cells that turn hydrogen into electricity."
            ),
            (
                "The biggest uncertainty is supply. Castellan has signed a preliminary agreement "
                "with an energy company to build refuelling depots at four of its main yards, "
                "but the hydrogen they dispense will initially be produced partly from natural "
                "gas, which critics say undermines the climate case for the switch."
            ),
            (
                "“The locomotive is the easy part,” said Henrik Aaltonen, a transport analyst at "
                "the consultancy Nordvik Partners. “The question is whether there will be enough "
                "genuinely low-carbon hydrogen available at a price that lets a freight company "
                "compete with road haulage. Right now nobody can promise that.”"
            ),
            (
                "Ferrante said the company expected the share of hydrogen made with renewable "
                "electricity to rise steadily as new electrolysis plants come online in northern "
                "Italy. She declined to give a target date for running the fleet entirely on "
                "green hydrogen but said contracts had been written to favour it."
            ),
            (
                "Shares in Castellan rose 3.4 percent in Milan following the announcement. Rival "
                "operators in Austria and Germany are running their own hydrogen trials, and "
                "industry groups expect further orders if the first fleets perform reliably "
                "through a full year of heavy service."
            ),
        ],
        "subheading": "Fuel supply is the bottleneck",
        "quote": {
            "text": (
                "Our customers are asking us to prove their goods moved cleanly, and diesel "
                "cannot do that."
            ),
            "attribution": "Giulia Ferrante, chief executive of Castellan Logistics",
        },
        "read_more": None,
    },
    {
        "section": "science",
        "kind": "news",
        "headline": "Deep-sea survey off the Azores finds 30 species previously unknown to science",
        "social_title": "30 new species found off the Azores",
        "standfirst": (
            "A six-week expedition to underwater mountains in the North Atlantic recorded "
            "corals, sponges and fish that researchers say have never been described."
        ),
        "authors": ["priya-raman"],
        "tags": ["oceans", "climate"],
        "image_caption": (
            "A remotely operated vehicle is lowered from the research ship Arquipélago into the "
            "Atlantic"
        ),
        "image_credit": "© Tiago Meneses; Meridian Photo",
        "paragraphs": [
            (
                "Scientists exploring a chain of underwater mountains south-west of the Azores "
                "have identified around 30 species they believe are new to science, including a "
                "bioluminescent sea cucumber and a sponge that grows in spiral columns more than "
                "a metre tall. The findings come from a six-week expedition that ended last "
                "month."
            ),
            (
                "The team used a remotely operated vehicle to film and sample the slopes of five "
                "seamounts at depths of up to 3,000 metres. Specimens have been sent to museums "
                "in Lisbon, Bergen and Plymouth, where taxonomists will spend the coming year "
                "confirming which animals have never been formally described."
            ),
            (
                "“Every dive turned up something we could not put a name to,” said Dr Marta "
                "Quintal, the expedition’s chief scientist, from the University of the Azores. "
                "“We went expecting a handful of new species. Instead we had to start rationing "
                "the sample jars by the third week.”"
            ),
            (
                "Seamounts are known to host rich communities of life because currents sweeping "
                "up their sides bring nutrients from the deep. Yet fewer than one percent of the "
                "world’s estimated tens of thousands of seamounts have been studied in any "
                "detail, leaving large gaps in knowledge of deep-ocean biodiversity."
            ),
            (
                "The researchers also documented extensive cold-water coral gardens, some of "
                "which appeared to be centuries old. On two seamounts they found evidence of "
                "damage from lost fishing gear, including tangled lines and broken coral "
                "branches near the summits, where fishing pressure tends to be heaviest."
            ),
            (
                "“These are slow-growing ecosystems that take hundreds of years to recover,” "
                "said Dr Oskar Lindahl, a marine ecologist at a Norwegian research institute who "
                "was not involved in the expedition. “Surveys like this are exactly the evidence "
                "regional authorities need before they decide where protection should go.”"
            ),
            (
                "The regional government of the Azores has said it will consider the results as "
                "it reviews the boundaries of its network of marine protected areas. Quintal "
                "said the team would share its seabed maps and video footage publicly so that "
                "other researchers and policymakers could use them."
            ),
            (
                "The expedition was funded by a European research programme and a private ocean "
                "foundation. A second voyage, planned for the autumn, will revisit two of the "
                "seamounts to install instruments that record temperature and oxygen levels over "
                "several years, helping scientists understand how warming waters may affect the "
                "ecosystems."
            ),
        ],
        "subheading": "Life on the slopes of seamounts",
        "quote": {
            "text": "Every dive turned up something we could not put a name to.",
            "attribution": "Dr Marta Quintal, expedition chief scientist",
        },
        "read_more": None,
    },
    {
        "section": "culture",
        "kind": "news",
        "headline": (
            "Lagos film festival opens with record slate of debut features from across Africa"
        ),
        "social_title": "",
        "standfirst": (
            "Organisers say more than half of this year’s competition titles are first films, "
            "reflecting a surge in low-budget production from Accra to Kinshasa."
        ),
        "authors": ["mateo-alvarez"],
        "tags": ["film", "cities"],
        "image_caption": (
            "Guests gather on the red carpet outside the festival’s main venue on Victoria Island"
        ),
        "image_credit": "© Chidi Nwosu; Northlight Agency",
        "paragraphs": [
            (
                "The Eko Screen Festival opened in Lagos on Friday with its largest programme to "
                "date, featuring 48 feature films from 19 countries. Organisers said 26 of the "
                "titles were debut features, a record for the event, and that submissions had "
                "risen by almost 40 percent compared with the previous year."
            ),
            (
                "The opening night film, a family drama set during a single rainy weekend in the "
                "Nigerian city of Ibadan, was written and directed by 27-year-old Tunde Bakare. "
                "It was shot in 18 days on a budget that Bakare described as “less than the "
                "catering bill on a Hollywood set”."
            ),
            (
                "“A young director with a phone and a good story can now get in front of an "
                "international jury,” said Folake Adeyemi, the festival director. “Ten years ago "
                "most of these films would never have been finished, let alone shown. The tools "
                "have become cheap, and the talent was always here.”"
            ),
            (
                "The surge reflects wider changes in African filmmaking, where falling equipment "
                "costs and the growth of streaming platforms have created new routes to "
                "audiences. Several of the debut features in competition were financed partly "
                "through online crowdfunding and partly through small grants from regional "
                "cultural bodies."
            ),
            (
                "Festival programmers said the strongest entries came from Ghana, Kenya and the "
                "Democratic Republic of Congo, with a notable number of films in local languages "
                "rather than English or French. A documentary about a women’s football team in "
                "Kinshasa drew a standing ovation at its press screening."
            ),
            (
                "Not everyone is convinced the boom is sustainable. Producers attending an "
                "industry forum on the festival’s first day warned that few debut directors "
                "manage to raise money for a second film, and that distribution deals remain "
                "scarce outside a handful of large streaming services."
            ),
            (
                "“Getting into a festival is the beginning, not the end,” said Kwabena Ofori, a "
                "producer based in Accra. “What we need are cinemas, broadcasters and "
                "distributors who will actually pay for these films, so that people can make a "
                "living and not just a calling card.”"
            ),
            (
                "The festival runs for nine days across six venues in Lagos, including two "
                "outdoor screens in public parks. Prizes will be awarded on the closing night, "
                "with the winner of the best debut feature receiving a development grant for a "
                "second project and a place at a co-production market in Europe."
            ),
        ],
        "subheading": "Phones, laptops and ambition",
        "quote": {
            "text": (
                "A young director with a phone and a good story can now get in front of an "
                "international jury."
            ),
            "attribution": "Folake Adeyemi, festival director",
        },
        "read_more": None,
    },
    {
        "section": "sport",
        "kind": "news",
        "headline": "Kenyan schoolgirl Wanjiru Kamau breaks world junior 5,000m record in Nairobi",
        "social_title": "",
        "standfirst": (
            "The 17-year-old from the Rift Valley ran alone for most of the race at altitude and "
            "finished more than nine seconds inside the previous mark."
        ),
        "authors": ["tomasz-wisniewski"],
        "tags": ["athletics", "education"],
        "image_caption": (
            "Wanjiru Kamau crosses the finish line at the Nyayo National Stadium in Nairobi"
        ),
        "image_credit": "© Daniel Osei; Northlight Agency",
        "paragraphs": [
            (
                "Wanjiru Kamau, a 17-year-old secondary school student from the Rift Valley, "
                "broke the world junior record for 5,000 metres on Saturday at a national trials "
                "meeting in Nairobi. Her time was more than nine seconds faster than the "
                "previous best, and she achieved it at an altitude of around 1,700 metres."
            ),
            (
                "Kamau took the lead shortly after the first kilometre and ran alone for the "
                "remaining ten laps, lapping half the field before the bell. Officials confirmed "
                "the time after checking the electronic timing system, and said the record would "
                "be submitted for ratification in the usual way."
            ),
            (
                "“I was only thinking about my school exams next week, so I ran fast to get "
                "home,” Kamau told reporters afterwards, laughing. “My coach told me to be "
                "patient in the middle of the race, but I felt strong and I did not want to wait "
                "for anybody.”"
            ),
            (
                "Kamau attends a boarding school near the town of Iten, where the timetable has "
                "been adjusted to allow her to train twice a day. Her coach, Joseph Kiprono, "
                "said the school had been crucial to her development because it insisted that "
                "she keep up with her studies while competing."
            ),
            (
                "“People think talent is the whole story, but structure is what makes it last,” "
                "Kiprono said. “She goes to class, she does her homework, she runs, she sleeps. "
                "We are not in a hurry. She can be a great athlete at 25 and at 30 if we look "
                "after her now.”"
            ),
            (
                "Kenyan athletics officials said Kamau would be selected for the world under-20 "
                "championships later this year, but that no decision had been made about "
                "entering her in senior competitions. Several former champions have warned "
                "against rushing teenage runners into heavy racing schedules."
            ),
            (
                "The run capped a strong weekend for Kenyan distance running, with national "
                "records also falling in the women’s steeplechase and the men’s 10,000 metres. "
                "Crowds at the stadium were larger than usual for a trials event, with many fans "
                "travelling from the Rift Valley to watch."
            ),
            (
                "Kamau said she planned to return to school on Monday and had no interest in "
                "turning professional until she finished her exams. Asked about the Olympic "
                "Games, she smiled and said she wanted to go one day, but that for now her "
                "biggest ambition was to pass chemistry."
            ),
        ],
        "subheading": "Running between lessons",
        "quote": {
            "text": (
                "I was only thinking about my school exams next week, so I ran fast to get home."
            ),
            "attribution": "Wanjiru Kamau",
        },
        "read_more": None,
    },
    {
        "section": "opinion",
        "kind": "opinion",
        "headline": "Our cities cannot cool themselves with pledges alone",
        "social_title": "",
        "standfirst": (
            "Heat is now the deadliest weather hazard in many cities, yet most urban climate "
            "plans still treat shade and trees as decoration rather than infrastructure."
        ),
        "authors": ["leila-haddad"],
        "tags": ["climate", "cities", "health"],
        "image_caption": (
            "Residents shelter from the afternoon sun beneath a single tree in a concrete square "
            "in Marseille"
        ),
        "image_credit": "© Camille Roux; Broadsheet Pictures",
        "paragraphs": [
            (
                "Every summer, city halls across the world publish the same kind of "
                "announcement. A new heat plan, a target to plant a million trees, a map of "
                "cooling centres. Then the heat arrives and the people most at risk, the "
                "elderly, outdoor workers and those in small flats under hot roofs, discover how "
                "little has changed on their street."
            ),
            (
                "The problem is not a lack of knowledge. We know that shaded streets can be "
                "several degrees cooler than exposed ones, that light-coloured roofs reflect "
                "heat, and that green space helps neighbourhoods recover at night. What we lack "
                "is the willingness to treat these things as essential infrastructure, with "
                "budgets and maintenance schedules to match."
            ),
            (
                "I spent a morning last summer with Nadia Belkacem, who runs a residents’ "
                "association in a high-rise estate on the edge of my home city. She pointed to a "
                "row of saplings planted two years earlier, most of them dead. “They came with "
                "cameras to plant them,” she said. “Nobody came back with water.”"
            ),
            (
                "A tree that is planted but never watered is a press release, not a policy. "
                "Urban forestry needs permanent staff, irrigation and a plan for the first five "
                "years of a tree’s life, when it is most vulnerable. Those costs are modest "
                "compared with roads or drainage, yet they are the first to be cut when budgets "
                "tighten."
            ),
            (
                "The same logic applies to buildings. Retrofitting insulation and external "
                "shutters in public housing would protect tenants in both winter and summer. "
                "Some cities have begun to do this at scale, but many still prioritise showcase "
                "projects in central districts over the neighbourhoods where heat actually kills."
            ),
            (
                "Public health officials have been making this argument for years. “We count the "
                "deaths after every heatwave and then we start again from zero,” said Dr Maarten "
                "Vos, an epidemiologist who has studied heat mortality in European cities. “If "
                "any other hazard killed this many people, we would have rebuilt the system long "
                "ago.”"
            ),
            (
                "None of this is glamorous. Shade sails over bus stops, drinking fountains that "
                "work, parks that stay open late on hot nights and schools with cooled rooms for "
                "vulnerable neighbours will not win design awards. But they are the difference "
                "between a plan that reads well and one that keeps people alive."
            ),
            (
                "Mayors should be judged not on the number of trees they announce but on the "
                "number still standing five years later, and on whether the poorest districts "
                "are cooler than they were. Anything less is a pledge made to the weather, and "
                "the weather is not listening."
            ),
        ],
        "subheading": "Shade is infrastructure",
        "quote": {
            "text": "A tree that is planted but never watered is a press release, not a policy.",
            "attribution": "Leila Haddad",
        },
        "read_more": None,
    },
    {
        "section": "world",
        "kind": "news",
        "headline": (
            "Chile’s central coast braces for water rationing as reservoirs fall to record lows"
        ),
        "social_title": "",
        "standfirst": (
            "Authorities in the Valparaíso region say rotating supply cuts could begin next "
            "month unless autumn rains arrive early."
        ),
        "authors": ["samuel-mensah"],
        "tags": ["climate", "cities", "agriculture"],
        "image_caption": (
            "A nearly empty reservoir bed stretches towards the hills east of Valparaíso"
        ),
        "image_credit": "© Rafael Quispe; Meridian Photo",
        "paragraphs": [
            (
                "Water authorities in Chile’s Valparaíso region have warned that rotating supply "
                "cuts could begin within weeks, after the main reservoirs serving the coastal "
                "cities fell to their lowest levels since records began. The region is entering "
                "what meteorologists describe as a second consecutive year of severe drought."
            ),
            (
                "Under the contingency plan, neighbourhoods would lose mains pressure for up to "
                "12 hours at a time on a rotating schedule, with hospitals, schools and care "
                "homes exempt. Officials said tanker trucks would be deployed to hillside "
                "districts where supplies are already intermittent during peak demand."
            ),
            (
                "“We are asking everybody to behave as if the rain will not come, because it may "
                "not,” said Claudia Fuenzalida, the regional water commissioner. “Every litre "
                "saved now is a litre we will not have to ration later. Households, businesses "
                "and farms all need to play their part.”"
            ),
            (
                "The drought has renewed debate over the use of water in agriculture, which "
                "accounts for the majority of consumption in the region. Large avocado and "
                "citrus plantations on the surrounding hillsides rely on irrigation, and "
                "residents of several rural towns have accused growers of drawing down wells "
                "that also supply drinking water."
            ),
            (
                "“My family has lived in this valley for four generations and we have never "
                "bought water in bottles before,” said Ernesto Valdivia, a resident of a farming "
                "village inland from the coast. “Now the trucks come twice a week and the "
                "orchards on the hill are still green. People are angry.”"
            ),
            (
                "Growers’ associations say they have invested heavily in drip irrigation and "
                "have already cut consumption by a third over the past decade. They argue that "
                "agriculture supports tens of thousands of jobs and that the solution lies in "
                "new infrastructure, including desalination plants and better storage for winter "
                "rainfall."
            ),
            (
                "The national government is reviewing proposals for two desalination plants on "
                "the central coast, though neither would be ready for several years. In the "
                "meantime, the regional authority has launched a campaign urging residents to "
                "take shorter showers, fix leaks and avoid watering gardens during the day."
            ),
            (
                "Climate scientists say that rainfall in central Chile has declined over several "
                "decades and that dry years are becoming more frequent. Forecasters give a "
                "moderate chance of above-average rain this winter, but officials stressed that "
                "even a wet season would not fully refill reservoirs depleted over two years."
            ),
        ],
        "subheading": "Avocado growers under scrutiny",
        "quote": {
            "text": (
                "We are asking everybody to behave as if the rain will not come, because it may "
                "not."
            ),
            "attribution": "Claudia Fuenzalida, regional water commissioner",
        },
        "read_more": 0,
    },
    {
        "section": "business",
        "kind": "analysis",
        "headline": "Why container shipping rates are rising again, and who ends up paying",
        "social_title": "Why shipping costs are climbing again",
        "standfirst": (
            "Longer routes, tighter schedules and a wave of delayed new ships have pushed "
            "freight prices back up. Here is what is driving the increase and where it lands."
        ),
        "authors": ["lukas-brenner", "hana-sato"],
        "tags": ["trade", "markets", "transport"],
        "image_caption": "Stacked containers await loading at a terminal in the port of Busan",
        "image_credit": "© Yuki Tanabe; Northlight Agency",
        "paragraphs": [
            (
                "The cost of moving a standard container between Asia and Europe has roughly "
                "doubled since the start of the year, according to industry indices, reversing a "
                "long slide that had brought prices back towards pre-pandemic levels. The rise "
                "has been less dramatic than the spike of a few years ago, but it is broad and "
                "persistent."
            ),
            (
                "Several forces are at work. Security concerns along some sea lanes have pushed "
                "carriers onto longer routes, adding days to voyages and effectively removing "
                "ships from circulation. At the same time, congestion at a handful of "
                "transshipment hubs has disrupted schedules, leaving vessels waiting at anchor "
                "instead of carrying cargo."
            ),
            (
                "The result is a market that is tighter than the headline numbers suggest. "
                "“There are more ships in the world than ever, but they are spending more time "
                "at sea to do the same job,” said Ingrid Solheim, a shipping analyst in Oslo. "
                "“Capacity on paper and capacity in practice are two very different things.”"
            ),
            (
                "A large wave of new container ships ordered during the boom years is arriving, "
                "which would normally drag prices down. But many deliveries have been delayed by "
                "shipyard backlogs, and some carriers have chosen to scrap older vessels rather "
                "than add to capacity, keeping supply more balanced than many expected."
            ),
            (
                "For consumers, the impact depends heavily on what is being shipped. Freight "
                "costs make up only a tiny fraction of the price of high-value goods such as "
                "electronics or clothing. For bulky, cheap products, from furniture to canned "
                "food, a doubling of shipping rates can meaningfully change what appears on the "
                "shelf."
            ),
            (
                "“Freight is a small share of the price of a television but a big share of the "
                "price of a bag of rice,” said Dr Arun Mehta, a trade economist in Singapore. "
                "“That is why the poorest importing countries tend to feel these swings first "
                "and hardest, long before anyone in Europe notices.”"
            ),
            (
                "Retailers have so far absorbed much of the increase, helped by contracts signed "
                "when rates were lower. Those contracts will be renegotiated over the coming "
                "months, and companies that import on tight margins, particularly smaller firms "
                "without long-term deals, are the most likely to pass costs on to customers."
            ),
            (
                "What happens next hinges on factors that are hard to predict. If shipping lanes "
                "return to normal and congestion eases, the glut of new vessels could send rates "
                "tumbling again. If disruption persists, analysts expect prices to stay elevated "
                "well into next year, adding a modest but stubborn pressure to inflation."
            ),
        ],
        "subheading": "From the quay to the checkout",
        "quote": {
            "text": (
                "Freight is a small share of the price of a television but a big share of the "
                "price of a bag of rice."
            ),
            "attribution": "Dr Arun Mehta, trade economist",
        },
        "read_more": 1,
    },
    {
        "section": "science",
        "kind": "feature",
        "headline": (
            "The night shift: inside a desert observatory hunting for asteroids before they find us"
        ),
        "social_title": "Inside the asteroid hunters’ night shift",
        "standfirst": (
            "High in Chile’s Atacama, a small team scans the sky for near-Earth objects. Most "
            "nights bring nothing alarming. That is exactly the point."
        ),
        "authors": ["priya-raman"],
        "tags": ["space", "technology"],
        "image_caption": (
            "The dome of the Cerro Vigía survey telescope opens as the sun sets over the Atacama"
        ),
        "image_credit": "© Rafael Quispe; Meridian Photo",
        "paragraphs": [
            (
                "At eight in the evening, as the last orange light drains from the Atacama, the "
                "dome of the Cerro Vigía survey telescope creaks open. Inside a control room a "
                "few hundred metres away, Dr Lucía Paredes pours a coffee, checks the weather "
                "feed and settles in for a night she hopes will be uneventful."
            ),
            (
                "The telescope is one of a handful around the world dedicated to finding "
                "near-Earth asteroids, rocks whose orbits bring them close to our planet’s path "
                "around the sun. Its wide camera photographs the same patches of sky several "
                "times each night, and software compares the images, looking for points of light "
                "that shift against the fixed stars."
            ),
            (
                "“Ninety-nine nights out of a hundred, my job is to prove that something is "
                "harmless,” Paredes says, scrolling through a list of candidate detections. “We "
                "find a moving dot, we measure it, other observatories measure it, and within a "
                "day or two we can usually say it will miss us by a very comfortable margin.”"
            ),
            (
                "The work is painstaking. Many candidates turn out to be satellites, noise in "
                "the camera or known objects already in the catalogue. Each genuine new asteroid "
                "must be observed repeatedly so that its orbit can be calculated, and the data "
                "is sent to an international clearing house that coordinates follow-up from "
                "telescopes on other continents."
            ),
            (
                "The site was chosen for its extraordinary skies. At 2,600 metres, in one of the "
                "driest places on Earth, there are more than 300 clear nights a year and almost "
                "no light pollution. The nearest town is a two-hour drive away along a gravel "
                "road, and the staff sleep in prefabricated dormitories between shifts."
            ),
            (
                "Tomás Ibarra, a software engineer who joined the team three years ago, has "
                "spent most of that time teaching the detection system to ignore the growing "
                "number of satellites crossing its field of view. “Some nights there are "
                "hundreds of trails in the images,” he says. “Every one is a false alarm we have "
                "to filter out before we can see the rocks.”"
            ),
            (
                "Around three in the morning, a new candidate appears: a faint dot, moving "
                "quickly. Paredes flags it and sends the coordinates to a partner observatory in "
                "Australia, where the sky is still dark. By breakfast, the measurements are in. "
                "The object is about 40 metres across and will pass several million kilometres "
                "from Earth next month."
            ),
            (
                "It is, in other words, a good night. Paredes logs the discovery, closes the "
                "dome against the rising sun and walks back to the dormitory. “People imagine we "
                "are waiting for the big one,” she says. “Really we are building a map, so that "
                "if a dangerous rock ever exists, we will have seen it years in advance.”"
            ),
        ],
        "subheading": "Dots that move",
        "quote": {
            "text": (
                "Ninety-nine nights out of a hundred, my job is to prove that something is "
                "harmless."
            ),
            "attribution": "Dr Lucía Paredes, survey operations lead",
        },
        "read_more": None,
    },
    {
        "section": "culture",
        "kind": "news",
        "headline": "Vienna opera house commissions its first opera from a video game composer",
        "social_title": "",
        "standfirst": (
            "Kaito Morishima, whose scores for fantasy games have been streamed hundreds of "
            "millions of times, will write a full-length work for the 2027 season."
        ),
        "authors": ["mateo-alvarez"],
        "tags": ["music", "technology"],
        "image_caption": (
            "Kaito Morishima at a rehearsal piano in the opera house’s practice rooms in Vienna"
        ),
        "image_credit": "© Mira Kowalczyk; Meridian Photo",
        "paragraphs": [
            (
                "A leading Vienna opera house has commissioned a full-length opera from the "
                "Japanese composer Kaito Morishima, best known for his orchestral scores for "
                "fantasy video games. The work, provisionally titled The Lantern Keeper, will "
                "premiere in the 2027 season and will be sung in German with a libretto by the "
                "Austrian poet Verena Hollitsch."
            ),
            (
                "Morishima, 44, has written music for more than a dozen games, and his "
                "soundtracks have been streamed hundreds of millions of times. Concert tours of "
                "his game music regularly sell out symphony halls in Asia and Europe, often to "
                "audiences who rarely attend classical performances."
            ),
            (
                "“Opera was the blockbuster entertainment of its day. Games are that now,” "
                "Morishima said at a press conference in Vienna. “Both tell big emotional "
                "stories with music at the centre, and I don’t feel I am crossing into a foreign "
                "country so much as visiting a distant relative.”"
            ),
            (
                "The house’s artistic director, Dr Ferdinand Weisskopf, said the commission was "
                "part of a deliberate effort to reach younger audiences. Ticket data shows that "
                "the average age of the company’s subscribers has risen steadily, and that "
                "first-time visitors are far less likely to return than they were two decades "
                "ago."
            ),
            (
                "“We are not commissioning a game soundtrack with singers. We are commissioning "
                "an opera from a serious composer who happens to have a very large audience,” "
                "Weisskopf said. “If some of those listeners walk through our doors for the "
                "first time because of his name, that is a wonderful thing.”"
            ),
            (
                "The announcement drew a mixed reaction among critics. Some welcomed it as "
                "overdue recognition of a genre that has produced some of the most widely heard "
                "orchestral music of recent decades. Others questioned whether a composer "
                "trained largely in writing for loops and interactive cues could sustain a "
                "three-hour dramatic structure."
            ),
            (
                "Morishima said he had studied composition in Tokyo before moving into games and "
                "had long wanted to write for the stage. The story, about a woman who keeps a "
                "lighthouse on a remote island during a century of change, has been in "
                "development with Hollitsch for two years."
            ),
            (
                "The opera house said it would also stage a series of free concerts of "
                "Morishima’s game music in a Vienna park next summer. The aim, it said, is to "
                "introduce his existing fans to the company’s orchestra and chorus well before "
                "the opera’s premiere."
            ),
        ],
        "subheading": "A new audience in the stalls",
        "quote": {
            "text": "Opera was the blockbuster entertainment of its day. Games are that now.",
            "attribution": "Kaito Morishima",
        },
        "read_more": None,
    },
    {
        "section": "sport",
        "kind": "news",
        "headline": (
            "Montevideo’s Atlético Rambla reach continental final after penalty shootout drama"
        ),
        "social_title": "",
        "standfirst": (
            "The unfancied Uruguayan club saved three spot kicks in La Paz to set up the first "
            "continental final in its 96-year history."
        ),
        "authors": ["tomasz-wisniewski"],
        "tags": ["football", "cities"],
        "image_caption": (
            "Atlético Rambla players celebrate in front of their travelling supporters after the "
            "shootout"
        ),
        "image_credit": "© Martín Ocampo; Meridian Photo",
        "paragraphs": [
            (
                "Atlético Rambla, a modest club from Montevideo’s seafront district, reached the "
                "final of South America’s second-tier continental club competition on Wednesday "
                "night after beating Club Illimani 4-2 on penalties in La Paz. The semi-final "
                "had finished 1-1 on aggregate after two tense legs."
            ),
            (
                "The match was played at more than 3,600 metres above sea level, a notorious "
                "challenge for visiting sides. Rambla spent much of the second half defending "
                "deep as the home team pressed for a winner, and their reserve goalkeeper, "
                "21-year-old Facundo Olmedo, made several crucial saves after coming on for the "
                "injured captain."
            ),
            (
                "Olmedo then saved three of Illimani’s four penalties in the shootout, diving to "
                "his right each time. “I watched their penalties on video for two days, but in "
                "the end I just followed my feeling,” he said. “I have waited a long time on the "
                "bench for a night like this.”"
            ),
            (
                "The club, founded by dock workers in 1929, has never won a major trophy and "
                "plays in a stadium that holds fewer than 10,000 people. Its budget is a "
                "fraction of those of the big Montevideo sides, and several of its starting "
                "players combine football with part-time jobs."
            ),
            (
                "“I told the boys that nobody remembers the altitude if you win,” said the "
                "coach, Horacio Benítez, a former defender who has been in charge for three "
                "seasons. “We suffered, we breathed when we could, and we believed. This is for "
                "the people of the Rambla, who never stopped coming.”"
            ),
            (
                "Thousands of supporters gathered along the seafront promenade in Montevideo to "
                "watch the shootout on giant screens set up by local businesses. Celebrations "
                "continued into the early hours, with car horns sounding across the city and "
                "fans singing outside the club’s small headquarters."
            ),
            (
                "Rambla will face Sport Recife Atlântico, a Brazilian side with a far larger "
                "budget, in a one-off final in Asunción next month. The winner earns a place in "
                "the continent’s premier club competition next season, along with prize money "
                "that would transform Rambla’s finances."
            ),
            (
                "Benítez said his players would enjoy the moment but return to training on "
                "Friday. “Tonight we dream, tomorrow we work,” he said. “We are not favourites "
                "for the final, and we never have been. That has never stopped us before.”"
            ),
        ],
        "subheading": "Altitude, nerves and a reserve goalkeeper",
        "quote": {
            "text": "I told the boys that nobody remembers the altitude if you win.",
            "attribution": "Horacio Benítez, Atlético Rambla coach",
        },
        "read_more": None,
    },
    {
        "section": "world",
        "kind": "analysis",
        "headline": "Explained: why Ghana’s cocoa farmers are planting something else",
        "social_title": "Explained: Ghana’s cocoa crossroads",
        "standfirst": (
            "Ageing trees, disease, erratic rains and the lure of quicker cash crops are pushing "
            "growers to rethink a crop that has defined rural life for a century."
        ),
        "authors": ["amara-okafor", "samuel-mensah"],
        "tags": ["agriculture", "trade", "climate"],
        "image_caption": (
            "A farmer inspects young cocoa pods on a smallholding in Ghana’s Western Region"
        ),
        "image_credit": "© Kwame Asante; Broadsheet Pictures",
        "paragraphs": [
            (
                "Ghana is one of the world’s largest cocoa producers, and the crop has long been "
                "the backbone of its rural economy. But across the main growing regions, a "
                "growing number of smallholders are cutting back on cocoa or abandoning it "
                "altogether. This explainer looks at why, and what it could mean for farmers and "
                "for the global chocolate supply."
            ),
            (
                "The first problem is age. Many cocoa trees in Ghana were planted decades ago "
                "and are now well past their most productive years. Replanting is expensive and "
                "slow, because a new tree takes three to five years to bear a meaningful crop, "
                "leaving a family with little income from that plot in the meantime."
            ),
            (
                "Disease has made the situation worse. A virus spread by tiny insects has "
                "infected large areas of farmland, and the only reliable cure is to cut down "
                "affected trees. “My grandfather planted these trees. I am not sure my son will "
                "want them,” said Abena Owusu, who farms four hectares near the town of Sefwi "
                "Asawinso."
            ),
            (
                "Weather is the third pressure. Growers and agronomists report less predictable "
                "rainy seasons, with longer dry spells at crucial moments in the growing cycle. "
                "Cocoa is a shade-loving tree that thrives in stable humidity, and it is "
                "sensitive to both heat stress and heavy downpours during flowering."
            ),
            (
                "Against that backdrop, other crops look attractive. Rubber, oil palm and food "
                "crops such as cassava and plantain can deliver income faster and are sold "
                "through more flexible channels. In some districts, land has also been lost to "
                "small-scale gold mining, which offers quick money but often leaves soil and "
                "rivers badly damaged."
            ),
            (
                "Prices matter too. Cocoa in Ghana is sold through a state-regulated system that "
                "sets a fixed farm-gate price for each season. That offers stability, but when "
                "world prices rise sharply, farmers can feel they are missing out. “The price on "
                "the radio and the price in my hand are different stories,” Owusu said."
            ),
            (
                "Officials say a replanting programme, subsidised fertiliser and efforts to "
                "tackle the virus will help restore output over the coming years. Economists say "
                "more could be done to give farmers a larger share of the value of their beans, "
                "through processing in Ghana rather than exporting raw cocoa for grinding "
                "elsewhere."
            ),
            (
                "For chocolate makers, lower output from West Africa, which supplies most of the "
                "world’s cocoa, means higher and more volatile costs. For farming families, the "
                "question is more basic: whether a crop that shaped generations can still "
                "provide a living, or whether the next generation will grow something else "
                "entirely."
            ),
        ],
        "subheading": "The economics of a slow crop",
        "quote": {
            "text": "My grandfather planted these trees. I am not sure my son will want them.",
            "attribution": "Abena Owusu, cocoa farmer",
        },
        "read_more": None,
    },
    {
        "section": "world",
        "kind": "news",
        "headline": (
            "Record share of Estonians vote online in municipal elections as turnout climbs"
        ),
        "social_title": "",
        "standfirst": (
            "Electoral officials say more than half of all ballots were cast over the internet, "
            "with the sharpest rise among voters over 65."
        ),
        "authors": ["amara-okafor"],
        "tags": ["elections", "technology"],
        "image_caption": "A voter casts a paper ballot at a polling station in Tallinn’s old town",
        "image_credit": "© Erik Lindqvist; Northlight Agency",
        "paragraphs": [
            (
                "More than half of the ballots in Estonia’s municipal elections were cast "
                "online, according to preliminary figures released by the national electoral "
                "commission on Monday. Overall turnout rose by four percentage points compared "
                "with the previous local elections, reversing a decline that had worried "
                "officials for several years."
            ),
            (
                "Estonia has allowed internet voting since the mid-2000s, and the system has "
                "become a routine part of national life. Voters identify themselves using a "
                "digital identity card or mobile authentication and can change their online vote "
                "as many times as they wish during the advance voting period, with only the last "
                "one counted."
            ),
            (
                "The sharpest increase in online voting this year came among people aged over "
                "65, a group that had previously preferred polling stations. “My grandchildren "
                "showed me once, and now I vote from my kitchen table,” said Maie Tamm, a "
                "retired teacher in the university city of Tartu. “It takes less time than "
                "making coffee.”"
            ),
            (
                "Election officials attributed part of the rise to a campaign that sent "
                "volunteers into libraries and community centres to help older residents set up "
                "digital identification. They also pointed to improvements in the mobile "
                "identification system, which no longer requires a card reader attached to a "
                "computer."
            ),
            (
                "“Convenience is important, but trust is what really matters,” said Kristjan "
                "Lepp, who heads the commission’s technical team. “We publish our source code, "
                "we invite independent observers to audit the process and we make it very easy "
                "for anyone to verify that their vote was recorded correctly.”"
            ),
            (
                "Critics of internet voting, including some computer security researchers, argue "
                "that no online system can be made fully secure against determined attackers. "
                "They have called for more independent testing and for a paper trail that could "
                "be used to check results if doubts ever arose."
            ),
            (
                "The commission said no significant technical incidents had been recorded during "
                "this year’s voting period. A small number of voters reported difficulties "
                "logging in on the final day, which officials attributed to heavy demand and "
                "which were resolved within an hour."
            ),
            (
                "Final results are expected later this week. In Tallinn, the capital, a "
                "coalition of local civic groups appeared on course to win a larger share of "
                "seats on the city council, campaigning on public transport, housing costs and "
                "green space in the expanding suburbs."
            ),
        ],
        "subheading": "Older voters lead the shift",
        "quote": {
            "text": "My grandchildren showed me once, and now I vote from my kitchen table.",
            "attribution": "Maie Tamm, voter in Tartu",
        },
        "read_more": None,
    },
    {
        "section": "business",
        "kind": "news",
        "headline": "Japanese robotics maker Hoshida to build 600-job factory in Monterrey",
        "social_title": "",
        "standfirst": (
            "The Nagoya-based company says Mexico’s proximity to North American carmakers "
            "outweighs higher costs elsewhere in its supply chain."
        ),
        "authors": ["hana-sato"],
        "tags": ["technology", "trade"],
        "image_caption": (
            "Engineers test an industrial robot arm at Hoshida’s research centre in Nagoya"
        ),
        "image_credit": "© Yuki Tanabe; Northlight Agency",
        "paragraphs": [
            (
                "Hoshida Robotics, a Japanese maker of industrial robot arms, will build a "
                "factory near the Mexican city of Monterrey that is expected to employ around "
                "600 people when it reaches full production. The company said the plant would "
                "cost about 280 million dollars and begin operating in 2027."
            ),
            (
                "The factory will assemble welding and painting robots used mainly on car "
                "production lines. Hoshida currently ships most of its machines to North America "
                "from Japan and said moving assembly closer to customers would cut delivery "
                "times from several weeks to a few days."
            ),
            (
                "“Our customers want their suppliers within a day’s drive, not a month’s "
                "voyage,” said Kenji Hoshida, the company’s president and a grandson of its "
                "founder. “The last few years taught everyone that long supply chains can break. "
                "We want to be there when a line stops and a customer needs help.”"
            ),
            (
                "Mexico’s northern industrial belt has attracted a wave of investment from Asian "
                "and European manufacturers seeking to supply the United States and Canada under "
                "regional trade rules. Monterrey in particular has become a hub for automotive "
                "and electronics suppliers, drawing on a large pool of trained engineers."
            ),
            (
                "The state government said it had offered tax incentives and would help fund a "
                "training centre alongside the plant. “These are skilled jobs, the kind our "
                "young engineers usually have to leave the state to find,” said Mariana Treviño, "
                "the state’s economic development secretary."
            ),
            (
                "Some economists have warned that the rush of investment is putting pressure on "
                "water, power and housing in the region. Business groups in Monterrey have "
                "called for faster expansion of the electricity grid, saying several new "
                "factories have been forced to delay opening while they wait for connections."
            ),
            (
                "Hoshida said its plant would run partly on solar panels installed on the "
                "factory roof and would recycle most of the water used in its painting process. "
                "The company also plans to source motors and cables from local suppliers, though "
                "key components will still be imported from Japan."
            ),
            (
                "Shares in Hoshida rose slightly in Tokyo following the announcement. The "
                "company, which employs about 4,000 people worldwide, has reported strong demand "
                "from carmakers retooling plants to build electric vehicles, which require new "
                "production equipment for battery packs and lighter car bodies."
            ),
        ],
        "subheading": "Following the carmakers",
        "quote": {
            "text": (
                "Our customers want their suppliers within a day’s drive, not a month’s voyage."
            ),
            "attribution": "Kenji Hoshida, president of Hoshida Robotics",
        },
        "read_more": None,
    },
    {
        "section": "science",
        "kind": "news",
        "headline": (
            "Solar-powered fridges keep vaccines cold in remote Malawi clinics, study finds"
        ),
        "social_title": "Solar fridges boost vaccine reach in Malawi",
        "standfirst": (
            "A two-year trial in the country’s north found fewer wasted doses and more children "
            "fully vaccinated where clinics swapped gas fridges for solar units."
        ),
        "authors": ["priya-raman"],
        "tags": ["health", "energy", "technology"],
        "image_caption": (
            "A nurse takes vaccine vials from a solar-powered fridge at a rural clinic in "
            "northern Malawi"
        ),
        "image_credit": "© Fatou Ndiaye; Broadsheet Pictures",
        "paragraphs": [
            (
                "Clinics in northern Malawi that replaced gas-powered vaccine fridges with "
                "solar-powered units saw a sharp fall in wasted doses and a rise in the number "
                "of children completing their routine immunisations, according to a study "
                "published this week. The two-year trial covered 64 rural health centres in "
                "three districts."
            ),
            (
                "Vaccines must be kept within a narrow temperature range from the factory to the "
                "patient, a requirement known as the cold chain. In places without reliable "
                "electricity, clinics have traditionally relied on fridges powered by bottled "
                "gas or kerosene, which can fail when fuel deliveries are late or the equipment "
                "breaks down."
            ),
            (
                "“Before, if the gas ran out on a Friday, we lost the whole weekend’s vaccines,” "
                "said Chimwemwe Banda, a nurse at a health centre near the town of Rumphi. "
                "“Mothers would walk for two hours with their babies and we would have to send "
                "them home. Now the fridge just works.”"
            ),
            (
                "The solar fridges used in the study store the sun’s energy in blocks of ice "
                "rather than in batteries, allowing them to stay cold for several days without "
                "sunshine. Researchers found that the proportion of vaccine doses discarded "
                "because of temperature problems fell by more than two-thirds at the clinics "
                "using them."
            ),
            (
                "Over the same period, the share of children in the study areas who received all "
                "their recommended childhood vaccines by their first birthday rose by about 11 "
                "percentage points, compared with a smaller increase at clinics that kept their "
                "old equipment. The authors said other factors may have contributed, but the "
                "difference was consistent across districts."
            ),
            (
                "“The fridge is not glamorous, but it is the point where the whole system either "
                "holds or breaks,” said Dr Grace Mwale, a public health researcher who led the "
                "study. “You can have the best vaccines in the world, and if they are warm when "
                "they reach the child they are worthless.”"
            ),
            (
                "The units cost more to buy than gas fridges, but the study estimated that they "
                "paid for themselves within four years through savings on fuel and reduced "
                "waste. Malawi’s health ministry has said it will use the findings to guide the "
                "replacement of older equipment across the country."
            ),
            (
                "The researchers cautioned that solar equipment still requires maintenance, and "
                "that several units in the trial were out of action for weeks while spare parts "
                "were sourced. They recommended training local technicians and keeping a stock "
                "of common parts in each district to avoid long delays."
            ),
        ],
        "subheading": "No more waiting for the gas",
        "quote": {
            "text": "Before, if the gas ran out on a Friday, we lost the whole weekend’s vaccines.",
            "attribution": "Chimwemwe Banda, clinic nurse",
        },
        "read_more": 44,
    },
    {
        "section": "culture",
        "kind": "feature",
        "headline": "Ink, lead and patience: the last letterpress printers of Lisbon",
        "social_title": "",
        "standfirst": (
            "In a handful of cramped workshops, printers who learned their trade from their "
            "fathers are finding an unlikely new clientele among poets, designers and couples "
            "planning weddings."
        ),
        "authors": ["mateo-alvarez"],
        "tags": ["books", "cities"],
        "image_caption": (
            "Type compositor Aurélio Pinto sets metal letters by hand in his workshop in "
            "Lisbon’s Graça district"
        ),
        "image_credit": "© Ines Carvalho; Broadsheet Pictures",
        "paragraphs": [
            (
                "The workshop of Aurélio Pinto occupies what was once a coal store at the bottom "
                "of a steep street in Lisbon’s Graça district. It is barely wider than a "
                "corridor, and most of the space is taken by two cast-iron printing presses, a "
                "wall of wooden cabinets filled with metal type and a radio that plays fado from "
                "morning to night."
            ),
            (
                "Pinto, 71, started work here at 14, sweeping floors for the man who taught him "
                "to print. He has set the text for wedding invitations, funeral notices, "
                "restaurant menus and, for a brief period in the 1980s, a small literary "
                "magazine that he still keeps in a drawer. “A machine that is a hundred years "
                "old does not forgive you, but it also never lies,” he says."
            ),
            (
                "For decades, letterpress printing seemed destined to disappear. Offset presses "
                "and then digital printers made it faster and cheaper to produce almost anything "
                "on paper. One by one, the small print shops that once filled the lower streets "
                "of the old city closed, their presses sold for scrap or shipped abroad to "
                "collectors."
            ),
            (
                "Yet in the past ten years, something unexpected has happened. Designers and "
                "artists, tired of the perfect flatness of digital print, have rediscovered the "
                "slight impression that metal type leaves in paper, a texture you can feel with "
                "a fingertip. Small publishers have begun commissioning short runs of poetry "
                "pamphlets, and couples seek out hand-printed wedding invitations."
            ),
            (
                "Inês Valadares, 32, a graphic designer, spent a year as Pinto’s apprentice "
                "after seeing his work in a bookshop window. She now runs a second press in the "
                "workshop two days a week. “Every letter is a physical object that you choose "
                "and place,” she says. “It slows you down, and it makes you think about every "
                "word.”"
            ),
            (
                "The revival has its limits. There are only a handful of active letterpress "
                "workshops left in the city, and the knowledge needed to repair the machines is "
                "held by a shrinking group of elderly mechanics. Spare parts often have to be "
                "made by hand or salvaged from presses that no longer run."
            ),
            (
                "Rising rents present another threat. Much of central Lisbon has been "
                "transformed by tourism, and several neighbouring workshops have been converted "
                "into holiday apartments. Pinto’s landlord has so far resisted offers to sell, "
                "but the printer says he thinks about the future every time a new lock box "
                "appears on a door along his street."
            ),
            (
                "For now, the presses keep turning, and on a recent afternoon Pinto and "
                "Valadares were printing a collection of poems by a young writer from the Cape "
                "Verdean community in the city’s outskirts. Pinto pulled the first sheet from "
                "the press, held it to the light and nodded. “It is good,” he said, “and it will "
                "still be good in a hundred years.”"
            ),
        ],
        "subheading": "A craft rediscovered",
        "quote": {
            "text": (
                "A machine that is a hundred years old does not forgive you, but it also never "
                "lies."
            ),
            "attribution": "Aurélio Pinto, printer",
        },
        "read_more": None,
    },
    {
        "section": "sport",
        "kind": "feature",
        "headline": (
            "Where champions are made: the highland town that keeps producing distance runners"
        ),
        "social_title": "The highland town of distance runners",
        "standfirst": (
            "In a farming community in Ethiopia’s central highlands, running is a way of life, a "
            "career plan and, for some families, a way out. We spent a week on its red-earth "
            "trails."
        ),
        "authors": ["tomasz-wisniewski"],
        "tags": ["athletics", "health"],
        "image_caption": (
            "Young runners train at first light on a forest trail above the town of Mesketa"
        ),
        "image_credit": "© Daniel Osei; Northlight Agency",
        "paragraphs": [
            (
                "At five in the morning, the eucalyptus forest above the town of Mesketa is "
                "already full of runners. They move in silent lines through the mist, dozens at "
                "a time, some in expensive shoes and some in worn trainers held together with "
                "thread. By sunrise, several hundred will have passed along the red-earth trails "
                "that wind across the hillside."
            ),
            (
                "Mesketa, a farming town of about 30,000 people at an altitude of roughly 2,500 "
                "metres, has produced a remarkable number of international distance runners over "
                "the past three decades. Local officials count more than 40 athletes from the "
                "area who have represented the country at global championships, including "
                "several medallists."
            ),
            (
                "Girma Tadesse has coached in Mesketa for 22 years and now runs a training group "
                "of about 60 athletes, most of them teenagers. “Here, a child does not ask if "
                "they will run. They ask how far,” he says, watching a group complete hill "
                "repetitions. “They see the houses that runners have built, and they want that "
                "for their families.”"
            ),
            (
                "The reasons for the town’s success are debated. Altitude helps, by forcing the "
                "body to produce more red blood cells. So does a childhood spent walking and "
                "running long distances to school and to fetch water. But coaches insist that "
                "the deepest factor is culture: a shared belief that running is a respectable "
                "profession with a clear path to success."
            ),
            (
                "That path is narrow. For every runner who signs with a foreign management "
                "company and earns prize money on the international road circuit, dozens never "
                "progress beyond regional races. Many train for years while living in rented "
                "rooms, surviving on small stipends and the hope of a breakthrough performance."
            ),
            (
                "Meseret Alemu, 19, trains twice a day and spends the rest of her time helping "
                "her mother sell vegetables at the market. She finished sixth at a regional half "
                "marathon last month and hopes to be invited to a race abroad. “If I can race in "
                "Europe once, everything changes,” she says. “I think about it every time I run.”"
            ),
            (
                "Health workers in the town have begun to pay closer attention to young runners’ "
                "nutrition, after coaches noticed injuries and fatigue among athletes training "
                "hard on limited diets. A small clinic now offers free check-ups and advice on "
                "eating enough protein and iron, funded by a former champion who grew up nearby."
            ),
            (
                "As the morning mist lifts, the runners drift back down the hill towards town, "
                "past fields of barley and teff. Tadesse stays behind to collect the cones "
                "marking his training course. “Not all of them will become champions, but all of "
                "them will know what it means to work for something,” he says. “That is not "
                "nothing.”"
            ),
        ],
        "subheading": "The forest at dawn",
        "quote": {
            "text": "Here, a child does not ask if they will run. They ask how far.",
            "attribution": "Girma Tadesse, coach",
        },
        "read_more": None,
    },
    {
        "section": "opinion",
        "kind": "opinion",
        "headline": "Free school meals are the cheapest education reform we are not making",
        "social_title": "",
        "standfirst": (
            "Governments spend fortunes on curriculum overhauls and new technology. A hot lunch "
            "for every child would do more for learning at a fraction of the cost."
        ),
        "authors": ["leila-haddad"],
        "tags": ["education", "health", "agriculture"],
        "image_caption": (
            "Children queue for lunch in the canteen of a primary school in northern France"
        ),
        "image_credit": "© Camille Roux; Broadsheet Pictures",
        "paragraphs": [
            (
                "Every few years, education ministers unveil another reform. New curricula, new "
                "tests, a tablet for every pupil. Some of these ideas have merit. But few of "
                "them tackle the most basic obstacle to learning that many teachers see every "
                "day in their classrooms, which is that a significant number of children arrive "
                "at school hungry."
            ),
            (
                "Sandrine Morel, who runs a primary school in a former mining town in northern "
                "France, put it to me plainly. “You cannot teach fractions to a child who is "
                "thinking about food,” she said. Her school offers breakfast before lessons and "
                "a subsidised lunch, and she says the change in concentration on the days that "
                "follow a holiday is visible."
            ),
            (
                "The evidence from many countries points the same way. Universal school meal "
                "programmes, in which every child eats regardless of family income, tend to "
                "improve attendance and attention, and they remove the stigma that comes with "
                "means-tested schemes, where children entitled to free food sometimes go without "
                "rather than be singled out."
            ),
            (
                "Critics object that universal programmes waste money on families who could "
                "afford to pay. But means testing carries its own costs, in paperwork and in the "
                "children who fall through the gaps because their parents never filled in the "
                "form. Making meals free for everyone is simpler, and simplicity is itself a "
                "kind of efficiency."
            ),
            (
                "There is also an opportunity that most governments are missing. Schools buy "
                "enormous quantities of food, and they could use that purchasing power to "
                "support local farmers. Several regions in Europe and Latin America already "
                "require a share of school food to come from nearby producers, keeping money in "
                "rural economies."
            ),
            (
                "“A school contract gives a small farm something it almost never has, which is a "
                "guaranteed buyer for the whole year,” Jorge Aguirre, who grows vegetables for a "
                "network of schools in southern Spain, told me. “It means I can plan, hire "
                "someone and invest in the land.”"
            ),
            (
                "Nothing about this is technically difficult. It requires kitchens, staff and a "
                "budget line that cannot be raided when finances are tight. Compared with the "
                "cost of remedial teaching, special support and the long-term consequences of "
                "poor nutrition, a daily meal is remarkably good value."
            ),
            (
                "We often talk about education as if it were mainly a matter of ideas: better "
                "teaching methods, smarter assessment, more ambitious standards. Those things "
                "matter. But learning also happens in bodies, and bodies need feeding. Any "
                "government serious about raising standards should start with the lunch queue."
            ),
        ],
        "subheading": "Hunger is a learning problem",
        "quote": {
            "text": "You cannot teach fractions to a child who is thinking about food.",
            "attribution": "Sandrine Morel, primary school head teacher",
        },
        "read_more": None,
    },
    {
        "section": "world",
        "kind": "news",
        "headline": "Floods displace tens of thousands in north-eastern Bangladesh as rivers crest",
        "social_title": "",
        "standfirst": (
            "Relief agencies say shelters in the Sylhet division are overcrowded after days of "
            "heavy rain upstream sent rivers over their banks."
        ),
        "authors": ["samuel-mensah", "amara-okafor"],
        "tags": ["climate", "migration"],
        "image_caption": (
            "Families wade through floodwater towards a school being used as a shelter near Sylhet"
        ),
        "image_credit": "© Arif Chowdhury; Meridian Photo",
        "paragraphs": [
            (
                "Tens of thousands of people have been forced from their homes in north-eastern "
                "Bangladesh after days of torrential rain in the hills upstream sent rivers "
                "surging over their banks. Local officials said water levels at several "
                "monitoring points had risen above danger marks and were expected to stay high "
                "for at least another week."
            ),
            (
                "The worst-hit areas lie in low-lying districts of the Sylhet division, where "
                "rivers fed by the hills to the north can rise with little warning. Roads to "
                "several towns have been cut, and boats have become the only means of reaching "
                "some villages surrounded by water."
            ),
            (
                "“The water came in the night. We took the children and the goat and nothing "
                "else,” said Rahima Begum, who is sheltering with her family in a secondary "
                "school building. “Our house is under water up to the roof. I don’t know when we "
                "can go back or what will be left.”"
            ),
            (
                "Relief agencies said many of the schools and community buildings serving as "
                "shelters were far over capacity, with limited access to clean water and "
                "toilets. Health workers warned of the risk of diarrhoeal disease and said they "
                "were distributing water purification tablets and oral rehydration salts."
            ),
            (
                "“Our biggest concern in the coming days is drinking water,” said Tanvir Hasan, "
                "who coordinates emergency response for a national aid organisation. “Wells and "
                "hand pumps are submerged. If families start drinking floodwater, we will see a "
                "second emergency on top of the first one.”"
            ),
            (
                "The government has deployed army and coast guard teams to help with "
                "evacuations, and district authorities have opened additional shelters in higher "
                "areas. Officials said food rations were being distributed, but acknowledged "
                "that some remote villages had not yet been reached."
            ),
            (
                "Flooding is a regular part of life in Bangladesh, but residents and experts say "
                "the floods in the north-east have become more frequent and less predictable. "
                "Many families in the region have already moved to cities such as Dhaka and "
                "Sylhet after losing land or crops in previous years."
            ),
            (
                "Forecasters expect further heavy rain in the hills over the coming days. Aid "
                "groups have appealed for funding to provide temporary housing and seeds so that "
                "farmers can replant rice once the water recedes, warning that many families "
                "have lost their entire harvest and their savings."
            ),
        ],
        "subheading": "Shelters stretched to capacity",
        "quote": {
            "text": (
                "The water came in the night. We took the children and the goat and nothing else."
            ),
            "attribution": "Rahima Begum, displaced resident",
        },
        "read_more": 6,
    },
    {
        "section": "business",
        "kind": "news",
        "headline": "Copper hits two-year high after flooding halts Zambia’s Kansenga mine",
        "social_title": "",
        "standfirst": (
            "The outage at one of Africa’s largest copper mines has tightened supply just as "
            "demand from grid and electric-vehicle projects accelerates."
        ),
        "authors": ["lukas-brenner"],
        "tags": ["markets", "trade", "energy"],
        "image_caption": (
            "Trucks carrying copper cathodes leave a processing plant in Zambia’s Copperbelt"
        ),
        "image_credit": "© Kwame Asante; Broadsheet Pictures",
        "paragraphs": [
            (
                "Copper prices rose to their highest level in two years on Tuesday after "
                "flooding forced the suspension of operations at the Kansenga mine in Zambia, "
                "one of the largest copper producers in Africa. Benchmark prices on the London "
                "market climbed more than 4 percent during the session before easing slightly at "
                "the close."
            ),
            (
                "The mine’s operator, Kansenga Copper Holdings, said heavy rainfall had caused "
                "water to enter part of its underground workings over the weekend. All workers "
                "were evacuated safely, and the company said it was pumping water out but could "
                "not yet say when production would resume."
            ),
            (
                "“The market was already running with very little spare capacity. Any disruption "
                "now shows up in the price within hours,” said Nadia Kowalski, a commodities "
                "strategist at a European bank. “Investors are nervous because new mines take a "
                "decade to develop, while demand keeps moving up.”"
            ),
            (
                "Copper is essential to electricity networks, renewable power projects and "
                "electric vehicles, which use several times more of the metal than conventional "
                "cars. Analysts expect demand to grow steadily over the next decade as countries "
                "upgrade grids and expand charging networks, even as new supply has been slow to "
                "come online."
            ),
            (
                "Zambia’s government said it was monitoring the situation closely and expected "
                "the mine to return to full output within weeks. Copper accounts for the "
                "majority of the country’s export earnings, and any prolonged disruption would "
                "weigh on government revenue and the exchange rate."
            ),
            (
                "“Every week the mine is closed, we feel it in town,” said Bwalya Mutale, who "
                "runs a hardware store near the mine’s main entrance. “The workers are still "
                "being paid for now, but the contractors have stopped and the trucks have "
                "stopped. Everyone is waiting for good news.”"
            ),
            (
                "Shares in several other copper miners rose on the news, while manufacturers "
                "that rely on the metal warned of higher costs. A cable maker in Germany said it "
                "had already raised prices twice this year and would review contracts again if "
                "copper remained at current levels."
            ),
            (
                "Some analysts cautioned that the rally could prove short-lived if the mine "
                "restarts quickly and if economic growth in major economies slows. Others said "
                "the episode highlighted how concentrated global copper supply had become, with "
                "a handful of large mines able to move prices across the world."
            ),
        ],
        "subheading": "Cables, cars and constraints",
        "quote": {
            "text": (
                "The market was already running with very little spare capacity. Any disruption "
                "now shows up in the price within hours."
            ),
            "attribution": "Nadia Kowalski, commodities strategist",
        },
        "read_more": None,
    },
    {
        "section": "science",
        "kind": "news",
        "headline": (
            "Satellite built by Nairobi university students reaches orbit and sends first signal"
        ),
        "social_title": "Student-built satellite reaches orbit",
        "standfirst": (
            "The shoebox-sized spacecraft, designed to monitor crop health across East Africa, "
            "was launched as part of a batch of small satellites and made contact within hours."
        ),
        "authors": ["priya-raman"],
        "tags": ["space", "education", "technology"],
        "image_caption": (
            "Students gather around a laptop in the ground station at their Nairobi campus as "
            "the first signal arrives"
        ),
        "image_credit": "© Daniel Osei; Northlight Agency",
        "paragraphs": [
            (
                "A small satellite designed and built by engineering students at a university in "
                "Nairobi has reached orbit and transmitted its first signals to a ground station "
                "on the campus roof. The spacecraft, about the size of a shoebox, was launched "
                "on Sunday alongside dozens of other small satellites on a commercial rocket."
            ),
            (
                "Named Mbegu, meaning seed in Swahili, the satellite carries a compact camera "
                "that will photograph farmland across East Africa in several wavelengths of "
                "light. Scientists can use the images to estimate crop health, soil moisture and "
                "the early signs of drought, information that can help farmers and planners "
                "respond sooner."
            ),
            (
                "“We heard the beep and the whole room just stood up. Three years of work, and "
                "it was talking to us,” said Achieng Otieno, a final-year engineering student "
                "who led the team responsible for the radio system. “Some of us had never "
                "touched a circuit board before we joined the project.”"
            ),
            (
                "More than 40 students from engineering, computer science and agriculture "
                "departments worked on the satellite, supported by a small group of lecturers. "
                "Parts of the structure were manufactured in the university’s own workshops, "
                "while components such as the solar panels and flight computer were bought from "
                "specialist suppliers."
            ),
            (
                "The project cost a fraction of a conventional satellite, with funding from the "
                "university, a national research fund and a partnership with a European space "
                "agency programme that offers free launch opportunities to universities. "
                "Engineers from the programme reviewed the design and helped test it before "
                "launch."
            ),
            (
                "“The real value is not only the images, it is the people,” said Professor "
                "Samuel Njoroge, who supervised the project. “These students now know how to "
                "design, test and operate a spacecraft. Some will go into industry, some will "
                "start companies, and some will build the next satellite here.”"
            ),
            (
                "Over the coming weeks, the team will check the satellite’s systems and "
                "calibrate its camera before beginning regular observations. Images will be "
                "shared with agricultural researchers at the university and with a regional "
                "drought monitoring centre, which has agreed to test whether the data can "
                "improve its early warnings for pastoralists and smallholder farmers."
            ),
            (
                "The students are already planning a successor, which they hope will carry a "
                "more powerful camera and a system to relay data from weather stations in remote "
                "areas. Small satellites typically operate for only a few years before their "
                "orbits decay and they burn up in the atmosphere."
            ),
        ],
        "subheading": "A ground station on the roof",
        "quote": {
            "text": (
                "We heard the beep and the whole room just stood up. Three years of work, and it "
                "was talking to us."
            ),
            "attribution": "Achieng Otieno, engineering student",
        },
        "read_more": 8,
    },
    {
        "section": "culture",
        "kind": "news",
        "headline": "Georgian novelist Nino Abashidze wins Halden Prize for translated fiction",
        "social_title": "",
        "standfirst": (
            "Her novel about three generations of a family scattered between Tbilisi, Athens and "
            "Lyon was praised by judges for its humour and its restraint."
        ),
        "authors": ["mateo-alvarez"],
        "tags": ["books", "migration"],
        "image_caption": (
            "Nino Abashidze and her translator, Paul Whitcombe, receive the Halden Prize at a "
            "ceremony in Edinburgh"
        ),
        "image_credit": "© Mira Kowalczyk; Meridian Photo",
        "paragraphs": [
            (
                "The Georgian writer Nino Abashidze has won this year’s Halden Prize for "
                "translated fiction for The Summer Kitchen, a novel that follows three "
                "generations of a family divided between Tbilisi, Athens and Lyon. The award, "
                "worth 50,000 euros, is split equally between the author and her English "
                "translator, Paul Whitcombe."
            ),
            (
                "The novel, Abashidze’s third, centres on a grandmother who refuses to leave her "
                "house in Tbilisi while her children and grandchildren build lives abroad. Much "
                "of the story unfolds during a single summer, when the family gathers for the "
                "first time in a decade to decide what to do with the house."
            ),
            (
                "“Every family has a suitcase that is never fully unpacked. I wanted to write "
                "about that suitcase,” Abashidze said after receiving the prize at a ceremony in "
                "Edinburgh. “This is a Georgian story, but I have heard the same story from "
                "readers in Poland, Morocco and the Philippines.”"
            ),
            (
                "The chair of the judging panel, the critic Harriet Oyelaran, said the book "
                "stood out among more than 140 submissions for its warmth and its refusal to "
                "sentimentalise migration. “It is funny in a way that is rare in serious "
                "fiction, and it trusts the reader to feel the sadness without being told,” she "
                "said."
            ),
            (
                "Whitcombe, who learned Georgian while working as a teacher in Kutaisi, spent "
                "two years on the translation. He said one of the hardest challenges had been "
                "rendering the family’s jokes and arguments, which shift between Georgian, "
                "Greek, French and Russian, into an English that still carried those layers."
            ),
            (
                "The prize is one of several awards created in recent years to encourage "
                "publishers to take risks on fiction from smaller languages. Translated fiction "
                "still accounts for a small share of the English-language book market, though "
                "sales have grown as readers seek out stories from beyond the usual literary "
                "centres."
            ),
            (
                "Abashidze’s publisher said it would increase the print run of the English "
                "edition following the win, and that rights had already been sold in nine other "
                "languages. A stage adaptation is being developed by a theatre company in "
                "Tbilisi, where the original Georgian edition became a bestseller."
            ),
            (
                "Abashidze, who teaches literature at a university in Tbilisi, said she planned "
                "to use part of her prize money to fund a translation workshop for young "
                "Georgian writers. “The world only knows us if someone carries our words "
                "across,” she said. “Translators are the bridges, and we need many more of them.”"
            ),
        ],
        "subheading": "A shared prize for author and translator",
        "quote": {
            "text": (
                "Every family has a suitcase that is never fully unpacked. I wanted to write "
                "about that suitcase."
            ),
            "attribution": "Nino Abashidze",
        },
        "read_more": None,
    },
    {
        "section": "sport",
        "kind": "news",
        "headline": (
            "Brazil hand first call-up to Fortaleza midfielder Davi Nogueira after injury comeback"
        ),
        "social_title": "",
        "standfirst": (
            "The 20-year-old missed almost a year with a knee injury but has been one of the "
            "standout players in Brazil’s top division this season."
        ),
        "authors": ["tomasz-wisniewski"],
        "tags": ["football", "health"],
        "image_caption": "Davi Nogueira controls the ball during a league match in Fortaleza",
        "image_credit": "© Martín Ocampo; Meridian Photo",
        "paragraphs": [
            (
                "Brazil’s national team coach has handed a first senior call-up to Davi "
                "Nogueira, a 20-year-old midfielder from a Fortaleza club, for next month’s "
                "friendly matches in Europe. Nogueira was one of four uncapped players in a "
                "26-man squad announced in Rio de Janeiro on Thursday."
            ),
            (
                "The selection caps a remarkable recovery for Nogueira, who tore knee ligaments "
                "in a league match two seasons ago and spent almost a year out of action. "
                "Doctors at the time warned that he might not return to the same level, and his "
                "club considered loaning him out when he first came back."
            ),
            (
                "“There were days when I could not walk to the kitchen. Now I am going to wear "
                "the yellow shirt,” Nogueira said in a video posted by his club. “I want to "
                "thank the physiotherapists, my family and everyone who kept telling me to be "
                "patient when I did not want to be.”"
            ),
            (
                "Since returning, Nogueira has established himself as one of the most creative "
                "players in the league, known for his passing range and his ability to find "
                "space between the lines. He has contributed eight goals and eleven assists this "
                "season, drawing interest from clubs in Portugal and Spain."
            ),
            (
                "His club’s head of medical services, Dr Renata Falcão, said his rehabilitation "
                "had included months of strength work, swimming and gradual return-to-play "
                "testing. “We were very careful not to rush him. The temptation is always to "
                "bring a talented player back early, and that is how careers end,” she said."
            ),
            (
                "The national team coach said Nogueira had been monitored for several months and "
                "that his fitness data had been reviewed by the federation’s medical staff "
                "before the decision was made. The squad also includes three other players from "
                "clubs outside the traditional powerhouses of Rio de Janeiro and São Paulo."
            ),
            (
                "In Fortaleza, news of the call-up prompted celebrations outside the club’s "
                "training ground, where supporters gathered with drums and flags. Nogueira grew "
                "up in a neighbourhood near the city’s beachfront and joined the club’s academy "
                "at the age of 11."
            ),
            (
                "Brazil will play two friendlies in Europe during the international break as "
                "part of their preparations for qualifying matches later in the year. The coach "
                "said he would use the games to assess new players and that nobody should read "
                "too much into who starts."
            ),
        ],
        "subheading": "A year in rehabilitation",
        "quote": {
            "text": (
                "There were days when I could not walk to the kitchen. Now I am going to wear "
                "the yellow shirt."
            ),
            "attribution": "Davi Nogueira",
        },
        "read_more": 10,
    },
    {
        "section": "opinion",
        "kind": "opinion",
        "headline": "Trade deals should be written for the people who actually move the goods",
        "social_title": "",
        "standfirst": (
            "Negotiators obsess over tariffs and quotas. The truck drivers, sailors and "
            "warehouse workers who keep supply chains running barely get a mention."
        ),
        "authors": ["leila-haddad"],
        "tags": ["trade", "transport", "migration"],
        "image_caption": (
            "Lorry drivers wait in a queue at a border crossing on a cold winter morning"
        ),
        "image_credit": "© Erik Lindqvist; Northlight Agency",
        "paragraphs": [
            (
                "When a new trade agreement is signed, the photographs are always the same. "
                "Ministers in dark suits, a long table, a pen passed from hand to hand. The text "
                "that follows runs to hundreds of pages, filled with tariff schedules, rules of "
                "origin and dispute mechanisms. What is almost entirely absent is the people who "
                "will actually carry the goods across borders."
            ),
            (
                "They are not hard to find. On any given night, thousands of lorry drivers sleep "
                "in their cabs at border crossings, waiting for paperwork to clear. Sailors "
                "spend months at sea with limited shore leave. Warehouse staff work shifts "
                "dictated by algorithms designed to squeeze every minute out of a delivery "
                "schedule."
            ),
            (
                "Many of these workers are migrants, often from poorer neighbouring countries, "
                "and their conditions are governed by a patchwork of national rules that rarely "
                "line up. A driver from one country may be paid under one system, employed "
                "through an agency in a second and spend most of the week in a third."
            ),
            (
                "I spoke to Viktor Melnyk, who has driven freight across Europe for 18 years. "
                "“They talk about frictionless trade, but I still spend six hours at some "
                "borders, with no toilet and no hot water,” he said. “The goods are "
                "frictionless, maybe, but the people are not.”"
            ),
            (
                "Every agreement is celebrated in a hotel ballroom. Nobody celebrates it at the "
                "border post. Yet trade deals could do far more to improve conditions. They "
                "could include commitments on rest facilities, on mutual recognition of driving "
                "qualifications, on shore leave for seafarers and on the right of workers to "
                "organise."
            ),
            (
                "Some recent agreements have included labour chapters, but these tend to be "
                "vague and difficult to enforce. “The labour provisions are usually the last "
                "thing negotiated and the first thing forgotten,” said Dr Ana Kostić, a "
                "researcher who studies trade policy. “Tariffs have enforcement. Workers’ rights "
                "have aspirations.”"
            ),
            (
                "There is a practical argument as well as a moral one. Many countries face "
                "shortages of drivers and seafarers, precisely because the work has become so "
                "unattractive. A trade deal that makes it easier to move goods but harder to "
                "find anyone willing to move them is not much of a deal."
            ),
            (
                "The next time governments gather to sign a new agreement, they should invite a "
                "driver, a sailor and a warehouse worker to the table. Not as a gesture, but as "
                "negotiators with a stake in the outcome. Trade, after all, does not happen on "
                "paper. It happens on the road."
            ),
        ],
        "subheading": "The people in the queue",
        "quote": {
            "text": (
                "Every agreement is celebrated in a hotel ballroom. Nobody celebrates it at the "
                "border post."
            ),
            "attribution": "Leila Haddad",
        },
        "read_more": None,
    },
    {
        "section": "world",
        "kind": "feature",
        "headline": "The village where everyone has a cousin abroad",
        "social_title": "The village where everyone has a cousin abroad",
        "standfirst": (
            "In Lunca Verde, in northern Moldova, half the working-age population lives "
            "overseas. Those who remain are learning to build a community around absence."
        ),
        "authors": ["amara-okafor"],
        "tags": ["migration", "agriculture"],
        "image_caption": (
            "An elderly woman tends her vegetable garden in front of a house in Lunca Verde "
            "built with money sent from Italy"
        ),
        "image_credit": "© Andrei Rusu; Meridian Photo",
        "paragraphs": [
            (
                "The houses of Lunca Verde tell the story before anyone says a word. Along the "
                "main road, old cottages with blue-painted shutters sit beside new two-storey "
                "villas with red tiled roofs and wrought-iron gates. Many of the new houses are "
                "empty for most of the year, built with money earned on building sites in Italy, "
                "care homes in Germany and farms in Portugal."
            ),
            (
                "Lunca Verde, a village of about 1,800 registered residents in northern Moldova, "
                "has seen roughly half its working-age population leave over the past two "
                "decades. Most send money home, and those remittances have paved roads, rebuilt "
                "the church roof and kept the village shop open through long winters."
            ),
            (
                "“In summer the village is full. In winter I can count the lit windows on two "
                "hands,” said Valentina Ciobanu, the mayor, who has held the job for eleven "
                "years. “We have beautiful houses and nobody to live in them. The money comes, "
                "but the people do not.”"
            ),
            (
                "The absence is felt most sharply in the school, which once had more than 300 "
                "pupils and now has fewer than 90. Many children are raised by grandparents "
                "while their parents work abroad, speaking to them on video calls in the "
                "evening. Teachers say the arrangement works for some families and leaves others "
                "struggling."
            ),
            (
                "Agriculture, once the backbone of the village, has also changed. Fields that "
                "were farmed by families for generations are now leased to a handful of larger "
                "operators who grow sunflowers and wheat with modern machinery and few workers. "
                "Some villagers still keep vegetable plots and a cow, but few make a living from "
                "the land alone."
            ),
            (
                "Some are coming back, among them Ion Munteanu, 38, who spent nine years working "
                "in construction in Bologna before returning to open a small workshop that makes "
                "wooden window frames. “I saved enough to start something here, and I wanted my "
                "son to grow up where I grew up,” he said. “It is not easy, though, because my "
                "customers are mostly the people who are still abroad.”"
            ),
            (
                "The mayor’s office has begun a modest programme to encourage returns, offering "
                "small grants for people who start businesses in the village and organising a "
                "festival each August when many emigrants visit. A broadband connection "
                "installed two years ago has allowed a few residents to work remotely for "
                "companies in the capital, Chișinău."
            ),
            (
                "On a quiet afternoon, Ciobanu walks past the newly renovated community centre, "
                "where a group of pensioners are playing cards, and stops to look at a "
                "noticeboard covered with photographs of weddings held abroad. “These are our "
                "children, and they live in many countries now,” she said. “But when they write "
                "their address on a form, many of them still write Lunca Verde.”"
            ),
        ],
        "subheading": "Houses built by remittances",
        "quote": {
            "text": (
                "In summer the village is full. In winter I can count the lit windows on two hands."
            ),
            "attribution": "Valentina Ciobanu, village mayor",
        },
        "read_more": None,
    },
    {
        "section": "business",
        "kind": "news",
        "headline": "Indian lending app Kavya Pay raises $210m to expand in smaller cities",
        "social_title": "",
        "standfirst": (
            "The Bengaluru-based start-up says demand for small digital loans is growing fastest "
            "outside India’s largest metropolitan areas."
        ),
        "authors": ["hana-sato"],
        "tags": ["technology", "markets"],
        "image_caption": (
            "A shopkeeper scans a payment code at a grocery stall in the city of Indore"
        ),
        "image_credit": "© Ravi Menon; Northlight Agency",
        "paragraphs": [
            (
                "Kavya Pay, an Indian start-up that provides small loans to shopkeepers and "
                "consumers through a mobile app, has raised 210 million dollars in new funding "
                "led by a group of international investors. The company said the money would be "
                "used to expand into more than 200 smaller cities and towns over the next two "
                "years."
            ),
            (
                "Founded five years ago in Bengaluru, the company offers short-term credit to "
                "small businesses based on their digital payment records rather than traditional "
                "collateral. It says it has lent to more than four million customers, most of "
                "whom had never before borrowed from a formal lender."
            ),
            (
                "“The shopkeeper in Indore has the same ambitions as the shopkeeper in Mumbai. "
                "He just had fewer places to borrow,” said Kavya Iyer, the company’s co-founder "
                "and chief executive. “Digital payments created a record of his business. We use "
                "that record to give him credit in minutes instead of months.”"
            ),
            (
                "India’s digital payment systems have expanded rapidly over the past decade, "
                "with hundreds of millions of people now paying for everyday purchases with "
                "their phones. That growth has created a large pool of data that lenders can use "
                "to assess creditworthiness, attracting a wave of technology-driven finance "
                "companies."
            ),
            (
                "Regulators have also grown more cautious. India’s central bank has tightened "
                "rules on digital lending in recent years, requiring clearer disclosure of "
                "interest rates and fees and restricting how apps can collect data. Some smaller "
                "lenders were found to have used aggressive collection practices, prompting "
                "complaints from borrowers."
            ),
            (
                "Iyer said the company operated under a partnership with licensed banks and "
                "complied fully with the new rules. “We want to be the boring, trustworthy "
                "option,” she said. “Our customers come back because they feel they were treated "
                "fairly the first time, not because they have no choice.”"
            ),
            (
                "Analysts said the funding round valued Kavya Pay at about 1.4 billion dollars, "
                "according to people familiar with the terms. “Investors are still willing to "
                "back fintech in India, but they are much more selective now,” said Rohan Desai, "
                "a venture capital analyst in Mumbai. “They want to see profits, not just "
                "growth.”"
            ),
            (
                "Kavya Pay said it expected to become profitable within the next financial year. "
                "The company employs about 1,200 people and plans to hire several hundred more, "
                "mainly in customer service and risk management roles, in regional offices "
                "across the country."
            ),
        ],
        "subheading": "Credit for the corner shop",
        "quote": {
            "text": (
                "The shopkeeper in Indore has the same ambitions as the shopkeeper in Mumbai. He "
                "just had fewer places to borrow."
            ),
            "attribution": "Kavya Iyer, co-founder of Kavya Pay",
        },
        "read_more": None,
    },
    {
        "section": "science",
        "kind": "analysis",
        "headline": "Explained: what it would mean to overshoot 1.5C and then come back down",
        "social_title": "Explained: the 1.5C overshoot question",
        "standfirst": (
            "Scientists increasingly discuss a world that briefly passes a key warming threshold "
            "before returning below it. What does that involve, and what would be lost along the "
            "way?"
        ),
        "authors": ["samuel-mensah", "priya-raman"],
        "tags": ["climate", "energy", "oceans"],
        "image_caption": "Meltwater streams across the surface of a glacier in southern Iceland",
        "image_credit": "© Erik Lindqvist; Northlight Agency",
        "paragraphs": [
            (
                "For years, the goal of limiting global warming to 1.5C above pre-industrial "
                "levels has framed international climate talks. As emissions have continued to "
                "rise, scientists have begun to discuss a scenario in which the world "
                "temporarily exceeds that level before bringing temperatures back down. This is "
                "known as an overshoot. Here is what it means."
            ),
            (
                "In an overshoot scenario, global temperatures rise above 1.5C for a period of "
                "years or decades. To bring them back down, humanity would need to reach net "
                "zero emissions and then go further, removing more carbon dioxide from the "
                "atmosphere than it emits. That would require large-scale reforestation, changes "
                "in land use and technologies that capture carbon."
            ),
            (
                "The first question is whether such removal is possible at the scale required. "
                "Current technologies remove only a tiny fraction of what would be needed, and "
                "scaling them up would demand enormous amounts of energy and land. “Nobody has "
                "yet shown that this can work at the size we are talking about,” said Dr Helena "
                "Vogt, a climate scientist in Hamburg."
            ),
            (
                "The second question is what happens during the overshoot itself. Some "
                "consequences of warming may reverse as temperatures fall, such as certain "
                "extremes of heat. Others may not. Ice sheets that lose mass may take centuries "
                "to rebuild, and sea levels will continue to rise long after temperatures "
                "stabilise."
            ),
            (
                "“You can bring the temperature back down. You cannot bring back a reef that has "
                "already died,” Vogt said. Ecosystems such as tropical coral reefs are highly "
                "sensitive to prolonged ocean heat, and scientists warn that even a temporary "
                "overshoot could cause widespread, lasting losses."
            ),
            (
                "There are also questions of fairness. The countries least responsible for "
                "emissions are often among the most exposed to the harm caused during an "
                "overshoot, from stronger storms to failing harvests. Many of them are also "
                "poorly placed to pay for, or benefit from, the removal technologies that would "
                "be needed to reverse it."
            ),
            (
                "Energy researchers stress that the overshoot debate should not distract from "
                "cutting emissions now. “Every tonne we do not emit is a tonne we do not have to "
                "remove later, at a much higher cost,” said Dr Kofi Boateng, an energy systems "
                "researcher in Accra. “Removal is a supplement, not a substitute.”"
            ),
            (
                "The concept of overshoot is likely to feature prominently in future climate "
                "negotiations, as governments update their national plans. For many scientists, "
                "the key message is simple: the smaller and shorter any overshoot, the less "
                "damage is done, and the less the world will have to rely on uncertain "
                "technologies to repair it."
            ),
        ],
        "subheading": "Not every change is reversible",
        "quote": {
            "text": (
                "You can bring the temperature back down. You cannot bring back a reef that has "
                "already died."
            ),
            "attribution": "Dr Helena Vogt, climate scientist",
        },
        "read_more": None,
    },
    {
        "section": "culture",
        "kind": "news",
        "headline": "Senegalese sculptor unveils bronze tide installation on Dakar’s seafront",
        "social_title": "",
        "standfirst": (
            "Awa Diallo’s work, made from recycled fishing boat fittings, will be slowly "
            "submerged and revealed by the Atlantic with every tide."
        ),
        "authors": ["mateo-alvarez"],
        "tags": ["cities", "oceans"],
        "image_caption": (
            "Visitors walk among Awa Diallo’s bronze figures on the shoreline of the Corniche in "
            "Dakar at low tide"
        ),
        "image_credit": "© Fatou Ndiaye; Broadsheet Pictures",
        "paragraphs": [
            (
                "A large public artwork by the Senegalese sculptor Awa Diallo was unveiled on "
                "Saturday on the shoreline of Dakar’s Corniche, the coastal road that curves "
                "around the city. The installation, called Marée, consists of 21 bronze figures "
                "standing in the shallows that are covered and revealed by the Atlantic tides."
            ),
            (
                "The figures, each slightly larger than life, represent fishermen, fish traders "
                "and children, arranged so that some appear to walk into the sea while others "
                "walk out of it. At high tide only their heads and shoulders are visible above "
                "the water, while at low tide visitors can walk among them on the rocks."
            ),
            (
                "“The ocean gives this city its food, its work and its fear. I wanted a piece "
                "that the ocean itself would complete,” Diallo said at the unveiling. “Every day "
                "the sculpture is different, depending on the moon and the weather. Nobody will "
                "ever see it the same way twice.”"
            ),
            (
                "Diallo made the figures partly from brass and bronze fittings salvaged from "
                "decommissioned wooden fishing boats, known as pirogues, which she collected "
                "from harbours along the coast over three years. The metal was melted down at a "
                "foundry in Thiès and cast into the figures."
            ),
            (
                "The work addresses the changing fortunes of Senegal’s artisanal fishing "
                "communities, which face declining catches and competition from industrial "
                "fleets. Many young men from these communities have left for Europe by sea, a "
                "journey that has cost many lives, and Diallo said several figures were "
                "dedicated to families who had lost sons."
            ),
            (
                "The installation was commissioned by the city as part of a broader plan to "
                "improve public spaces along the Corniche. “We want the seafront to belong to "
                "everyone, not only to hotels and private clubs,” said Ousmane Sarr, the city’s "
                "deputy mayor for culture. “Art is one way to invite people back to the water.”"
            ),
            (
                "Marine engineers worked with the artist to anchor the figures securely to the "
                "rocks and to choose a bronze alloy that will resist corrosion. Over time, the "
                "sculptures are expected to develop a green patina and may attract algae and "
                "small marine creatures, which Diallo said she welcomed."
            ),
            (
                "Crowds gathered on the Corniche throughout the weekend to photograph the "
                "figures as the tide came in. The city plans to install information panels in "
                "French, Wolof and English explaining the work, and local schools have been "
                "invited to organise visits at low tide."
            ),
        ],
        "subheading": "Made from the fishing fleet",
        "quote": {
            "text": (
                "The ocean gives this city its food, its work and its fear. I wanted a piece "
                "that the ocean itself would complete."
            ),
            "attribution": "Awa Diallo, sculptor",
        },
        "read_more": None,
    },
    {
        "section": "sport",
        "kind": "news",
        "headline": "Casablanca to host first pan-African football festival for under-17 girls",
        "social_title": "Casablanca to host girls’ football festival",
        "standfirst": (
            "Teams from 16 countries will take part in a two-week event that organisers say will "
            "combine competition with coaching courses and schooling."
        ),
        "authors": ["tomasz-wisniewski"],
        "tags": ["football", "cities", "education"],
        "image_caption": (
            "Young players warm up on a training pitch in Casablanca ahead of the festival"
        ),
        "image_credit": "© Youssef Benali; Meridian Photo",
        "paragraphs": [
            (
                "Casablanca will host the first pan-African football festival for girls under "
                "the age of 17 this summer, bringing together teams from 16 countries for two "
                "weeks of matches, training and education. The event was announced on Tuesday by "
                "a consortium of national football associations and a sports development "
                "foundation."
            ),
            (
                "Organisers said the festival would be held at a newly renovated sports complex "
                "in the city, with matches open to the public free of charge. Each team will "
                "play at least five games, and the tournament will be followed by a final "
                "featuring the two best teams from the group stage."
            ),
            (
                "“For many of these girls, this is the first time anyone has taken their "
                "football seriously,” said Salma Berrada, the festival director and a former "
                "Moroccan international. “We want them to go home feeling like athletes, with "
                "new skills, new friends and the sense that there is a future for them in the "
                "game.”"
            ),
            (
                "Alongside the matches, players will attend daily classes in English and French "
                "and workshops on nutrition, injury prevention and careers in sport. Coaches "
                "accompanying the teams will take part in a certification course run by "
                "experienced instructors from several countries."
            ),
            (
                "Women’s football has grown rapidly across Africa in recent years, with record "
                "crowds at some international tournaments and increasing investment in domestic "
                "leagues. But coaches say girls still face obstacles, including a lack of "
                "pitches, equipment and safe transport to training sessions."
            ),
            (
                "“The talent is there in every country on the continent,” said Beatrice Wairimu, "
                "who coaches a youth team in Kisumu, Kenya, that has been selected to take part. "
                "“What has been missing is the chance to play against other countries at this "
                "age. This festival gives them something to aim for.”"
            ),
            (
                "City officials in Casablanca said the event would help develop local "
                "facilities, with the renovated pitches to be handed over to community clubs "
                "afterwards. Hotels and schools in the city have been asked to provide "
                "accommodation for players and staff."
            ),
            (
                "The organisers hope to make the festival an annual event, rotating between host "
                "cities across the continent. Scouts from several European and African clubs are "
                "expected to attend, although organisers said the priority would be on "
                "development rather than recruitment."
            ),
        ],
        "subheading": "Classrooms alongside the pitches",
        "quote": {
            "text": (
                "For many of these girls, this is the first time anyone has taken their football "
                "seriously."
            ),
            "attribution": "Salma Berrada, festival director",
        },
        "read_more": None,
    },
    {
        "section": "opinion",
        "kind": "opinion",
        "headline": "Space is getting crowded, and nobody is really in charge",
        "social_title": "",
        "standfirst": (
            "Thousands of new satellites are launched each year under rules written for a "
            "handful of superpowers. It is time to agree on traffic rules for orbit before a "
            "crash makes the decision for us."
        ),
        "authors": ["priya-raman"],
        "tags": ["space", "diplomacy", "technology"],
        "image_caption": (
            "Satellite trails streak across a long-exposure photograph of the night sky over the "
            "Atacama"
        ),
        "image_credit": "© Rafael Quispe; Meridian Photo",
        "paragraphs": [
            (
                "When I started writing about space, a satellite launch was an event. Today, "
                "rockets carry dozens at a time, and several thousand new spacecraft reach orbit "
                "each year. Most are small, cheap and built to serve enormous networks that beam "
                "internet access, photograph the Earth or track ships and aircraft."
            ),
            (
                "This is, in many ways, wonderful. Students in Nairobi can build a satellite for "
                "a fraction of what a government programme once spent. Farmers get better "
                "weather data, and remote communities can get online. But the orbits closest to "
                "Earth are becoming congested, and the rules that govern them have not kept up."
            ),
            (
                "The basic treaties governing space were written decades ago, when only a few "
                "countries could launch anything at all. They establish important principles, "
                "such as the idea that no nation can claim territory in space, but they say very "
                "little about traffic management, debris removal or what happens when two "
                "operators’ satellites are on a collision course."
            ),
            (
                "“We have a highway with no speed limits, no lanes and no police, and traffic is "
                "doubling every few years,” Dr Amaru Condori, who studies orbital debris, told "
                "me. Operators increasingly rely on automated systems to dodge one another, but "
                "those systems depend on voluntary sharing of data."
            ),
            (
                "The danger is not only to satellites. A serious collision could create "
                "thousands of fragments, each capable of damaging other spacecraft and making "
                "some orbits hazardous for years. Astronomers, meanwhile, are already struggling "
                "with the trails that bright satellites leave across their images."
            ),
            (
                "A few countries have introduced national rules, such as requirements to deorbit "
                "satellites within a set period after their missions end. That is a start, but "
                "space does not respect borders. “Every operator can follow its own regulator "
                "perfectly and we could still end up with a mess,” said Lena Hartmann, a space "
                "policy researcher in Berlin."
            ),
            (
                "What is needed is an international framework for space traffic, similar to the "
                "bodies that coordinate civil aviation and shipping. It should require operators "
                "to share their satellites’ positions, set common standards for collision "
                "avoidance and create an obligation to clean up after missions end, with "
                "penalties for those who fail to do so."
            ),
            (
                "None of this will be easy. Space is tied up with national security and "
                "commercial competition, and agreements move slowly. But the alternative is to "
                "wait for a catastrophic collision to force the issue. By then, the damage may "
                "be done, and the orbits we rely on may be far harder to use."
            ),
        ],
        "subheading": "Traffic rules for orbit",
        "quote": {
            "text": (
                "We have a highway with no speed limits, no lanes and no police, and traffic is "
                "doubling every few years."
            ),
            "attribution": "Dr Amaru Condori, orbital debris researcher",
        },
        "read_more": None,
    },
    {
        "section": "world",
        "kind": "news",
        "headline": (
            "Canada and Norway sign Arctic search-and-rescue pact as shipping traffic grows"
        ),
        "social_title": "",
        "standfirst": (
            "The agreement commits both countries to shared patrols, joint exercises and faster "
            "coordination when ships or aircraft get into trouble in polar waters."
        ),
        "authors": ["amara-okafor"],
        "tags": ["diplomacy", "oceans", "climate"],
        "image_caption": (
            "A coast guard icebreaker moves through broken sea ice during a training exercise in "
            "the Arctic"
        ),
        "image_credit": "© Erik Lindqvist; Northlight Agency",
        "paragraphs": [
            (
                "Canada and Norway signed an agreement on Wednesday to cooperate more closely on "
                "search and rescue in the Arctic, where melting sea ice has opened up longer "
                "shipping seasons and brought more cruise ships, cargo vessels and research "
                "expeditions into remote waters. The pact was signed by the two countries’ "
                "defence and fisheries ministers at a ceremony in Tromsø."
            ),
            (
                "Under the agreement, the two countries will share information from their rescue "
                "coordination centres in real time, hold joint exercises at least twice a year "
                "and allow each other’s ships and aircraft to use designated ports and airstrips "
                "in emergencies. They will also develop common procedures for evacuating large "
                "numbers of passengers."
            ),
            (
                "“In the Arctic, help is usually days away. This agreement is about turning days "
                "into hours,” said Commander Sigrid Haugland of Norway’s northern rescue "
                "coordination centre. “Distances are huge, the weather changes in minutes and "
                "the water is cold enough to kill within an hour. We cannot afford to work "
                "separately.”"
            ),
            (
                "Ship traffic in Arctic waters has increased significantly over the past decade "
                "as the summer ice retreats. Cruise operators now offer voyages through passages "
                "that were once navigable only by icebreakers, and cargo ships increasingly use "
                "northern routes during the ice-free months."
            ),
            (
                "Rescue experts have long warned that a serious accident involving a large "
                "passenger vessel could overwhelm the limited resources available in the region. "
                "“A cruise ship with 2,000 people on board in trouble in a remote fjord is the "
                "scenario that keeps us awake at night,” said Captain Marc Tremblay of the "
                "Canadian coast guard."
            ),
            (
                "Both countries are members of a regional intergovernmental forum that has "
                "previously agreed on broad principles for Arctic search and rescue. Officials "
                "said the new bilateral pact went further by setting out practical steps, "
                "including shared training for helicopter crews and a joint database of "
                "available vessels."
            ),
            (
                "Indigenous communities in northern Canada welcomed the agreement but called for "
                "a greater role in rescue operations. Local hunters and boat operators are often "
                "the first to respond to emergencies in their areas and have detailed knowledge "
                "of ice conditions and coastlines."
            ),
            (
                "The first joint exercise under the new agreement is planned for late summer in "
                "waters between Greenland and Svalbard. Officials from both countries said they "
                "hoped other Arctic nations would join similar arrangements, building a network "
                "of practical cooperation across the region."
            ),
        ],
        "subheading": "Longer seasons, longer distances",
        "quote": {
            "text": (
                "In the Arctic, help is usually days away. This agreement is about turning days "
                "into hours."
            ),
            "attribution": "Commander Sigrid Haugland, Norwegian rescue coordination centre",
        },
        "read_more": None,
    },
    {
        "section": "business",
        "kind": "feature",
        "headline": "The coffee growers who bought the roaster",
        "social_title": "The coffee growers who bought the roaster",
        "standfirst": (
            "A cooperative of smallholders in Colombia’s Huila department decided it was tired "
            "of selling green beans cheaply. So it started roasting, packing and exporting its "
            "own coffee."
        ),
        "authors": ["lukas-brenner"],
        "tags": ["agriculture", "trade"],
        "image_caption": (
            "Members of the Cooperativa Montaña Alta sort freshly roasted beans at their plant "
            "in Huila"
        ),
        "image_credit": "© Rafael Quispe; Meridian Photo",
        "paragraphs": [
            (
                "The roasting plant of the Cooperativa Montaña Alta sits on a hillside above a "
                "small town in Colombia’s Huila department, surrounded by the coffee farms of "
                "its members. Inside, a gleaming drum roaster turns beans from pale green to "
                "deep brown, filling the building with a smell that drifts down the valley."
            ),
            (
                "Five years ago, the cooperative’s 340 members sold almost all of their coffee "
                "as unroasted green beans to exporters, who shipped it to roasters in Europe, "
                "North America and Asia. The price they received was tied to global commodity "
                "markets, and in bad years it barely covered the cost of picking the cherries."
            ),
            (
                "“For thirty years we sold the raw material and watched someone else sell the "
                "flavour,” said Luz Marina Calderón, the cooperative’s president, who grows "
                "coffee on three hectares of steep land. “We decided that if we could grow some "
                "of the best coffee in the world, we could also learn to roast it.”"
            ),
            (
                "The decision was not easy. Buying the roaster, packaging machines and a small "
                "warehouse required a loan of around 1.2 million dollars, backed by a regional "
                "development bank and a foreign foundation. Some members feared the cooperative "
                "would collapse under the debt if the venture failed."
            ),
            (
                "The first two years were difficult. The cooperative had to learn about roasting "
                "profiles, food safety certification, packaging design and export paperwork, "
                "skills that had little to do with farming. Several early shipments were "
                "delayed, and one batch was rejected by a buyer in South Korea because the "
                "labels did not meet local rules."
            ),
            (
                "Gradually, the business found its feet. Montaña Alta now sells roasted coffee "
                "to cafés and shops in Bogotá and Medellín and exports bags to speciality "
                "retailers in Canada, Japan and the Netherlands. Roasted coffee currently "
                "accounts for about 30 percent of its revenue, and that share is growing every "
                "year."
            ),
            (
                "“The important thing is that the extra money goes back to the farms,” said "
                "Andrés Vargas, the cooperative’s general manager, a former agronomist. “Members "
                "get a bonus based on how much roasted coffee we sell. For a small farmer, that "
                "can mean the difference between staying on the land and moving to the city.”"
            ),
            (
                "Challenges remain, because competition in speciality coffee is intense and "
                "warmer temperatures across the region are encouraging pests and disease. But "
                "Calderón says the cooperative has no plans to go back. “Now, when someone "
                "drinks our coffee in Tokyo, they know our name, and that alone was worth the "
                "risk,” she said."
            ),
        ],
        "subheading": "Capturing the value",
        "quote": {
            "text": (
                "For thirty years we sold the raw material and watched someone else sell the "
                "flavour."
            ),
            "attribution": "Luz Marina Calderón, cooperative president",
        },
        "read_more": None,
    },
    {
        "section": "science",
        "kind": "news",
        "headline": "Delft engineers test floating solar farm built to withstand North Sea storms",
        "social_title": "",
        "standfirst": (
            "The offshore pilot, anchored between wind turbines, survived waves of more than six "
            "metres during its first winter and produced more power than expected."
        ),
        "authors": ["samuel-mensah"],
        "tags": ["energy", "oceans", "technology"],
        "image_caption": (
            "Rows of solar panels ride the swell on a floating platform in the North Sea"
        ),
        "image_credit": "© Joost van Dalen; Northlight Agency",
        "paragraphs": [
            (
                "A floating solar farm developed by engineers in Delft has come through its "
                "first winter in the North Sea intact, with its panels producing more "
                "electricity than the team had predicted. The pilot installation sits among the "
                "turbines of an existing offshore wind farm about 15 kilometres off the Dutch "
                "coast."
            ),
            (
                "Floating solar panels are increasingly common on lakes and reservoirs, but the "
                "open sea presents a much tougher environment. Waves, salt spray and strong "
                "winds can damage equipment, and the constant motion places stress on the "
                "connections between panels and on the anchors that hold them in place."
            ),
            (
                "“If the panels survive a North Sea winter, they will survive almost anywhere,” "
                "said Dr Femke de Wit, the engineer who leads the project at a Delft research "
                "institute. “We designed the system to move with the waves rather than fight "
                "them, like a raft rather than a wall.”"
            ),
            (
                "The installation consists of a series of linked, flexible platforms covering an "
                "area of roughly one hectare. During the winter, the site experienced several "
                "storms with waves of more than six metres. Sensors recorded some damage to "
                "cables and fixings, which the team said had been repaired during routine "
                "maintenance visits without any need to bring sections ashore."
            ),
            (
                "Placing solar panels between wind turbines allows operators to share underwater "
                "cables and grid connections, reducing costs. The two sources also complement "
                "each other, because the sea is often sunny on calm days when the wind is weak, "
                "smoothing out the flow of power to the shore."
            ),
            (
                "“The real prize is using the same infrastructure twice,” said Bram Hoekstra, an "
                "energy analyst who has followed the project. “Cables and substations are a huge "
                "part of the cost of offshore energy. If solar can squeeze more power out of "
                "them, that changes the economics considerably.”"
            ),
            (
                "Marine biologists are also monitoring the effect of the platforms on sea life. "
                "Early observations suggest that mussels and seaweed are colonising the floats "
                "and anchor lines, attracting small fish, although the team said more data was "
                "needed to assess any impact on light levels beneath the platforms."
            ),
            (
                "The project will continue for another two years, after which the developers "
                "hope to build a larger commercial installation. Several European countries with "
                "crowded coastlines and limited land for solar farms have expressed interest in "
                "the technology, as have island states in Asia."
            ),
        ],
        "subheading": "Sharing space with turbines",
        "quote": {
            "text": "If the panels survive a North Sea winter, they will survive almost anywhere.",
            "attribution": "Dr Femke de Wit, project lead",
        },
        "read_more": None,
    },
    {
        "section": "culture",
        "kind": "news",
        "headline": "Seoul’s independent cinemas band together to survive rising rents",
        "social_title": "",
        "standfirst": (
            "Eleven small screens across the South Korean capital are launching a shared "
            "membership card, joint programming and a campaign for public support."
        ),
        "authors": ["hana-sato", "mateo-alvarez"],
        "tags": ["film", "cities"],
        "image_caption": (
            "Audience members queue for a late-night screening at an independent cinema in "
            "Seoul’s Mapo district"
        ),
        "image_credit": "© Ji-woo Han; Northlight Agency",
        "paragraphs": [
            (
                "Eleven independent cinemas in Seoul have formed an alliance to share costs, "
                "coordinate programming and lobby for public support, as rising rents and "
                "changing viewing habits threaten their survival. The group announced on Monday "
                "that it would launch a shared membership card giving access to all of its "
                "screens."
            ),
            (
                "The cinemas, most with fewer than 100 seats, specialise in art-house films, "
                "documentaries and retrospectives that rarely appear on the large commercial "
                "multiplex chains. Several have been in operation for more than two decades and "
                "have helped launch the careers of well-known South Korean directors."
            ),
            (
                "“Alone, each of us is a small room with a projector. Together, we are a "
                "network,” said Park Min-seo, who runs a 68-seat cinema in the Mapo district. "
                "“We can buy films together, share staff and offer members something the big "
                "chains cannot, which is a real community of people who love cinema.”"
            ),
            (
                "Audience numbers at independent cinemas have not fully recovered since the "
                "pandemic, as many viewers have shifted to streaming services. At the same time, "
                "rents in popular neighbourhoods have risen sharply, pushing some venues to the "
                "edge of closure. Two independent cinemas in the city shut last year."
            ),
            (
                "The alliance is asking the city government to provide rent support and to "
                "consider designating some venues as cultural heritage sites, which could "
                "protect them from redevelopment. It has also proposed a fund to help cinemas "
                "upgrade their projection and sound equipment."
            ),
            (
                "“Independent cinemas are where young filmmakers find their first audiences,” "
                "said Lee Jae-hoon, a director whose debut feature was first screened at one of "
                "the alliance’s venues. “If they disappear, the next generation of Korean cinema "
                "will be much poorer for it.”"
            ),
            (
                "The shared membership card will cost about the same as two streaming "
                "subscriptions per year and will include discounts on tickets and invitations to "
                "special events. The group also plans joint festivals, including a season of "
                "restored South Korean classics later this year."
            ),
            (
                "City officials said they were reviewing the proposals and recognised the role "
                "of independent venues in Seoul’s cultural life. Similar alliances of small "
                "cinemas have been formed in other cities, including Paris and Buenos Aires, "
                "with varying degrees of success."
            ),
        ],
        "subheading": "One card, eleven screens",
        "quote": {
            "text": (
                "Alone, each of us is a small room with a projector. Together, we are a network."
            ),
            "attribution": "Park Min-seo, cinema owner",
        },
        "read_more": 3,
    },
    {
        "section": "sport",
        "kind": "news",
        "headline": "Norwegian crew wins Southern Ocean leg of round-the-world race into Cape Town",
        "social_title": "",
        "standfirst": (
            "Team Nordlys crossed the line after 24 days at sea, edging a French rival by less "
            "than two hours after a tense final approach around the Cape."
        ),
        "authors": ["tomasz-wisniewski"],
        "tags": ["oceans", "technology"],
        "image_caption": (
            "Team Nordlys crosses the finish line in Table Bay as spectators watch from the "
            "harbour wall"
        ),
        "image_credit": "© Thandiwe Mokoena; Broadsheet Pictures",
        "paragraphs": [
            (
                "Team Nordlys of Norway won the third leg of a round-the-world sailing race on "
                "Saturday, crossing the finish line in Cape Town’s Table Bay after 24 days at "
                "sea. The crew beat their closest rivals, a French team, by one hour and 47 "
                "minutes after a tactical battle along the South African coast."
            ),
            (
                "The leg, which began in South America, took the fleet deep into the Southern "
                "Ocean, where crews faced freezing temperatures, waves of more than ten metres "
                "and the constant risk of ice. Race organisers had set an exclusion zone to keep "
                "boats away from the areas where icebergs are most common."
            ),
            (
                "“We broke things, we fixed things and we never stopped pushing,” said Kari "
                "Solberg, the team’s skipper, as she stepped onto the dock. “There was a night "
                "when the wind hit 50 knots and we lost a sail batten, and I thought we had lost "
                "the race. The crew had it repaired in an hour.”"
            ),
            (
                "The boats in the race are built to a single design, meaning that the outcome "
                "depends on crew skill, navigation and the ability to repair equipment at sea. "
                "Each team carries an onboard reporter who sends back video and photographs but "
                "is not allowed to help sail the boat."
            ),
            (
                "Team Nordlys have invested heavily in weather analysis, working with a "
                "meteorologist based in Bergen who sends updated forecasts twice a day. The "
                "team’s navigator, Henrik Dahl, said the key moment came three days from the "
                "finish, when they chose a northern route to avoid a weakening high-pressure "
                "system."
            ),
            (
                "“It was a gamble, and for twelve hours it looked like the wrong decision,” Dahl "
                "said. “Then the wind filled in from the west and we were suddenly making two "
                "knots more than everyone else. That is ocean racing: long periods of doubt "
                "followed by a few hours of joy.”"
            ),
            (
                "The French crew, who had led for much of the leg, congratulated the Norwegians "
                "on the dock. A third team, from New Zealand, arrived about seven hours later "
                "after suffering damage to their rudder system in the final week, which forced "
                "them to sail more conservatively through the last big storm."
            ),
            (
                "The win moves Team Nordlys into second place in the overall standings with "
                "three legs remaining. The fleet will spend two weeks in Cape Town for repairs "
                "and in-port racing before setting off on the next leg across the Indian Ocean."
            ),
        ],
        "subheading": "Icebergs and broken battens",
        "quote": {
            "text": "We broke things, we fixed things and we never stopped pushing.",
            "attribution": "Kari Solberg, skipper of Team Nordlys",
        },
        "read_more": None,
    },
    {
        "section": "opinion",
        "kind": "opinion",
        "headline": "Football’s crowded calendar is a health warning the sport keeps ignoring",
        "social_title": "",
        "standfirst": (
            "Elite players are being asked to play more matches, travel further and rest less. "
            "The injuries are piling up, and it is time the governing bodies listened."
        ),
        "authors": ["tomasz-wisniewski"],
        "tags": ["football", "health"],
        "image_caption": (
            "A physiotherapist treats a player on the touchline during a mid-week cup match"
        ),
        "image_credit": "© Sofia Marchetti; Northlight Agency",
        "paragraphs": [
            (
                "I have covered football for more than 20 years, and I have never seen so many "
                "players limping off the pitch. Hamstrings, knees, ankles, muscles that simply "
                "give out in the 70th minute of the third match in eight days. It has become so "
                "normal that commentators barely remark on it."
            ),
            (
                "The reason is not mysterious. The calendar has become bloated. New competitions "
                "have been added, existing tournaments expanded and pre-season tours stretched "
                "across continents. A leading player at a top club can now play 60 or more "
                "matches a season, plus international fixtures that often involve long-haul "
                "flights."
            ),
            (
                "“We are asking human beings to perform like machines, and then we act surprised "
                "when they break,” Dr Lars Engström, a sports physician who has worked with "
                "several professional clubs, told me. He argues that players need a guaranteed "
                "break of several weeks each summer and a minimum number of days between matches."
            ),
            (
                "Players’ unions have been making the same point for years. Surveys of "
                "professionals show high levels of fatigue, concern about long-term injuries and "
                "worries about mental health. Some of the game’s biggest stars have spoken "
                "publicly about feeling exhausted by the demands placed on them."
            ),
            (
                "The governing bodies respond that they consult widely and that clubs are free "
                "to rotate their squads. But rotation is a luxury available mainly to the "
                "wealthiest clubs, and even they struggle when injuries mount. Smaller clubs "
                "with thin squads have no such option."
            ),
            (
                "There is an obvious conflict of interest. The organisations that set the "
                "calendar are the same ones that profit from adding matches, through "
                "broadcasting rights and sponsorship. “Every new tournament is announced as a "
                "celebration of the game,” said Sanne Verhoeven, a former international now "
                "working for a players’ union. “Nobody announces the injuries.”"
            ),
            (
                "The fix is not complicated. Set a maximum number of matches per player per "
                "season, enforce mandatory rest periods and give medical staff, not commercial "
                "departments, the final say on player welfare. Fans, who pay to see the best "
                "players, have an interest in this too."
            ),
            (
                "Football’s greatest asset is its players. Treating them as a renewable "
                "resource, to be run until they break and then replaced, is bad for their health "
                "and bad for the sport. The warning signs are there every weekend, on stretchers "
                "and in treatment rooms. It is time someone in charge took notice."
            ),
        ],
        "subheading": "Bodies are not a renewable resource",
        "quote": {
            "text": (
                "We are asking human beings to perform like machines, and then we act surprised "
                "when they break."
            ),
            "attribution": "Dr Lars Engström, sports physician",
        },
        "read_more": 22,
    },
    {
        "section": "world",
        "kind": "news",
        "headline": "Philippine coast guard rescues 43 fishers after typhoon scatters fleet",
        "social_title": "",
        "standfirst": (
            "The crews of eight small boats were found clinging to wreckage and drifting in open "
            "water two days after the storm passed through the Visayas."
        ),
        "authors": ["hana-sato"],
        "tags": ["oceans", "climate"],
        "image_caption": (
            "Rescued fishers are helped ashore from a coast guard vessel in the port of Tacloban"
        ),
        "image_credit": "© Marco dela Cruz; Meridian Photo",
        "paragraphs": [
            (
                "The Philippine coast guard has rescued 43 fishers who were lost at sea after a "
                "typhoon swept through the central Visayas region, officials said on Friday. The "
                "men, from eight small outrigger boats, were found drifting in open water about "
                "80 kilometres from the coast, many of them clinging to overturned hulls."
            ),
            (
                "The typhoon, which made landfall earlier in the week, brought winds of more "
                "than 150 kilometres per hour and heavy rain to several islands. The fishers had "
                "set out before the storm’s path shifted and were caught in rough seas far from "
                "shelter."
            ),
            (
                "“We tied ourselves to the hull and prayed. When we saw the helicopter, we cried "
                "like children,” said Rogelio Santos, 52, who was found with four crewmates on "
                "the second day of the search. “We had no food and very little water. I thought "
                "I would never see my grandchildren again.”"
            ),
            (
                "The search involved coast guard vessels, navy aircraft and a helicopter, "
                "supported by local fishing boats that joined once the weather improved. "
                "Rescuers used information from mobile phone signals, satellite imagery and "
                "reports from families to narrow down a search area that initially covered "
                "thousands of square kilometres."
            ),
            (
                "“Our teams worked through the night in very difficult conditions,” said "
                "Commodore Elena Villanueva, who directed the operation from the coast guard’s "
                "regional headquarters. “Every person we bring home alive is a victory. We will "
                "keep searching until everyone is accounted for.”"
            ),
            (
                "At least six other fishers remain missing, and the search will continue over "
                "the weekend. Officials urged small boat operators to heed weather warnings and "
                "to carry basic safety equipment, including life jackets and waterproof radios, "
                "which several of the rescued crews had lacked."
            ),
            (
                "The typhoon also damaged homes, roads and crops across several provinces, with "
                "thousands of people spending nights in evacuation centres. Authorities said "
                "electricity had been restored to most affected areas, but some remote villages "
                "were still cut off by landslides and fallen trees blocking the only roads."
            ),
            (
                "The Philippines is hit by around 20 typhoons and tropical storms each year, and "
                "fishing communities are among the most exposed. Small-scale fishers often have "
                "little choice but to go out in marginal conditions, as missing a day at sea can "
                "mean going without income."
            ),
        ],
        "subheading": "Two days adrift",
        "quote": {
            "text": (
                "We tied ourselves to the hull and prayed. When we saw the helicopter, we cried "
                "like children."
            ),
            "attribution": "Rogelio Santos, rescued fisher",
        },
        "read_more": None,
    },
    {
        "section": "business",
        "kind": "news",
        "headline": (
            "Aldermann Werke to cut 2,000 jobs as it shifts to battery component production"
        ),
        "social_title": "Aldermann to cut 2,000 jobs in battery shift",
        "standfirst": (
            "The German automotive supplier says demand for its traditional engine parts is "
            "falling faster than expected as carmakers move to electric models."
        ),
        "authors": ["lukas-brenner"],
        "tags": ["energy", "technology", "markets"],
        "image_caption": (
            "Workers leave the main gate of Aldermann Werke’s plant in Saxony at the end of a shift"
        ),
        "image_credit": "© Jonas Keller; Northlight Agency",
        "paragraphs": [
            (
                "Aldermann Werke, a German supplier of engine and exhaust components, said on "
                "Tuesday that it would cut around 2,000 jobs over the next three years as it "
                "restructures its business towards parts for electric vehicle batteries. The "
                "company employs about 14,000 people worldwide, most of them in Germany."
            ),
            (
                "The cuts will fall mainly at two plants in Saxony and Bavaria that produce "
                "parts for combustion engines. The company said it expected demand for those "
                "components to fall by about a third by the end of the decade as carmakers shift "
                "production towards electric models."
            ),
            (
                "“We are not closing the factory. We are changing what it makes, and not every "
                "job can make that journey,” said Dr Ulrike Sommer, the chief executive. “We "
                "will do everything we can to retrain our people, but it would be dishonest to "
                "pretend that every position can be saved.”"
            ),
            (
                "Aldermann plans to invest around 600 million euros in new production lines for "
                "battery housings, cooling systems and thermal management components. The "
                "company said it had already secured contracts with two European carmakers for "
                "the new products, with production scheduled to begin next year."
            ),
            (
                "Trade union representatives said they would resist compulsory redundancies and "
                "called for a stronger commitment to retraining. “Our members have built this "
                "company for generations,” said Matthias Krause, a works council representative "
                "at the plant in Saxony. “They are ready to learn new skills, but they need time "
                "and support.”"
            ),
            (
                "The company said it would offer early retirement packages and voluntary "
                "redundancy schemes, and that it hoped to place many affected workers in new "
                "roles. It is also working with regional authorities on training programmes in "
                "electrical engineering and battery technology."
            ),
            (
                "Germany’s automotive industry is undergoing a profound transition, with "
                "suppliers particularly exposed because many of their products are specific to "
                "combustion engines. Analysts said Aldermann’s announcement was likely to be "
                "followed by similar moves at other firms, particularly mid-sized family-owned "
                "companies with limited capital to invest."
            ),
            (
                "Shares in Aldermann rose 2.8 percent in Frankfurt after the announcement, as "
                "investors welcomed the company’s plans to cut costs and move into growth "
                "markets. The company reported a slight fall in quarterly revenue and said it "
                "expected conditions to remain difficult for the rest of the year."
            ),
        ],
        "subheading": "Retraining, not only redundancies",
        "quote": {
            "text": (
                "We are not closing the factory. We are changing what it makes, and not every "
                "job can make that journey."
            ),
            "attribution": "Dr Ulrike Sommer, chief executive of Aldermann Werke",
        },
        "read_more": 1,
    },
    {
        "section": "science",
        "kind": "feature",
        "headline": "Saving the seeds: inside the high Andean potato bank guarding 1,400 varieties",
        "social_title": "",
        "standfirst": (
            "In the mountains above Cusco, farmers and scientists are working together to "
            "protect a genetic treasure that could help the world’s food crops adapt to a hotter "
            "climate."
        ),
        "authors": ["priya-raman"],
        "tags": ["agriculture", "climate"],
        "image_caption": (
            "A farmer holds a handful of colourful native potatoes in a field above Cusco, Peru"
        ),
        "image_credit": "© Rafael Quispe; Meridian Photo",
        "paragraphs": [
            (
                "At nearly 4,000 metres above sea level, in a valley an hour’s drive from Cusco, "
                "the fields look like a patchwork quilt. Potatoes of every shape and colour grow "
                "side by side: purple, yellow, red, long and thin, round and knobbly. Some are "
                "no bigger than a marble, others as large as a fist."
            ),
            (
                "This is one of several community-run potato parks in the Peruvian Andes, where "
                "farmers cultivate hundreds of native varieties that have been grown in the "
                "region for centuries. Together with a seed bank managed by scientists in Lima, "
                "the parks hold around 1,400 distinct types of potato."
            ),
            (
                "“Every potato here has a name, a story and a family that has grown it for "
                "generations,” said Eusebia Huamán, a farmer who serves as one of the park’s "
                "seed guardians. She walks between the rows, pointing to varieties her "
                "grandmother planted and others traded with neighbouring villages at festivals."
            ),
            (
                "Scientists value this diversity because it contains genetic traits that could "
                "help potatoes cope with heat, drought, frost and disease. Modern commercial "
                "potatoes are bred from a relatively narrow range of varieties, making them "
                "vulnerable to pests and to shifts in climate."
            ),
            (
                "“The traits we need for the future may already exist somewhere in these "
                "fields,” said Dr Javier Mamani, a plant geneticist who works with the "
                "communities. “Native varieties have survived centuries of unpredictable "
                "mountain weather. That resilience is written into their genes, and we are only "
                "beginning to read it.”"
            ),
            (
                "Climate change is already being felt in the high Andes. Farmers report that "
                "they must plant potatoes higher up the mountains than their parents did, as "
                "warmer temperatures at lower altitudes encourage pests. Frosts and hailstorms "
                "have also become less predictable, damaging crops at crucial moments."
            ),
            (
                "The seed bank works alongside the farmers, storing samples of each variety in "
                "cold rooms and as tissue cultures in test tubes. When a community loses a "
                "variety to disease or bad weather, the bank can return healthy seed. The "
                "arrangement is governed by agreements that recognise the communities as the "
                "custodians of the varieties."
            ),
            (
                "As the afternoon light fades, Huamán gathers a basket of freshly dug potatoes "
                "to cook for dinner. She says she hopes her grandchildren will continue the "
                "work. “The mountain gave us these seeds, and we must give them back to our "
                "children,” she said. “If we lose them, we lose part of who we are.”"
            ),
        ],
        "subheading": "Fields as living libraries",
        "quote": {
            "text": (
                "Every potato here has a name, a story and a family that has grown it for "
                "generations."
            ),
            "attribution": "Eusebia Huamán, farmer and seed guardian",
        },
        "read_more": None,
    },
    {
        "section": "culture",
        "kind": "analysis",
        "headline": "Explained: why vinyl records keep selling in the age of streaming",
        "social_title": "Explained: the vinyl revival",
        "standfirst": (
            "Physical music was supposed to vanish when everything moved online. Instead, record "
            "sales have grown for years. We look at who is buying, and why."
        ),
        "authors": ["mateo-alvarez"],
        "tags": ["music", "markets", "technology"],
        "image_caption": (
            "A customer browses record crates at a second-hand music shop in Mexico City’s Roma "
            "neighbourhood"
        ),
        "image_credit": "© Lucía Herrera; Broadsheet Pictures",
        "paragraphs": [
            (
                "When music streaming services became mainstream, many in the industry assumed "
                "that physical formats would fade away. CDs largely did. But vinyl records, once "
                "considered a relic, have enjoyed a long revival, with sales in many countries "
                "growing for more than a decade. Here is what is behind it."
            ),
            (
                "The first factor is the desire to own something tangible. Streaming gives "
                "listeners access to tens of millions of songs for a monthly fee, but nothing "
                "that they can hold. A record, with its large sleeve, artwork and liner notes, "
                "feels like a possession in a way a playlist does not."
            ),
            (
                "“Streaming is where I discover music. Vinyl is how I tell an artist I love "
                "them,” said Daniela Ríos, 24, browsing crates at a shop in Mexico City. Surveys "
                "suggest that many vinyl buyers also use streaming services, and that a "
                "significant share of records are bought by people who rarely play them."
            ),
            (
                "The second factor is artists themselves. Streaming pays musicians very little "
                "per play, so physical sales and merchandise have become a crucial source of "
                "income. Many artists now release special editions on coloured vinyl or with "
                "exclusive artwork, aimed squarely at dedicated fans willing to pay more."
            ),
            (
                "Record labels have embraced the trend, but it has created bottlenecks. There "
                "are relatively few pressing plants in the world, and many use decades-old "
                "machinery. During peak periods, independent musicians have complained of "
                "waiting months to get their records manufactured, while major releases take "
                "priority."
            ),
            (
                "“There is real demand, but the supply chain is fragile,” said Gustavo Lara, who "
                "runs a small pressing plant near Guadalajara. “Spare parts for presses are hard "
                "to find, the raw materials have become more expensive and skilled operators are "
                "retiring. Every new plant helps, but it takes years to build one.”"
            ),
            (
                "Critics point out that vinyl is not the most environmentally friendly format, "
                "as records are made from plastic and shipped around the world. Some "
                "manufacturers are experimenting with recycled materials and alternative "
                "compounds, though audiophiles debate whether these affect sound quality."
            ),
            (
                "Whether the boom can last is uncertain. Prices have risen sharply, and some "
                "analysts think sales will plateau. But for now, vinyl occupies a comfortable "
                "niche: not a rival to streaming, but a companion to it, serving listeners who "
                "want music to be something they can touch as well as hear."
            ),
        ],
        "subheading": "Owning versus accessing",
        "quote": {
            "text": (
                "Streaming is where I discover music. Vinyl is how I tell an artist I love them."
            ),
            "attribution": "Daniela Ríos, record buyer",
        },
        "read_more": 9,
    },
    {
        "section": "sport",
        "kind": "feature",
        "headline": (
            "Whistles and patience: inside the Accra academy training Africa’s next referees"
        ),
        "social_title": "Inside Accra’s academy for referees",
        "standfirst": (
            "As football across the continent grows richer and more scrutinised, a small school "
            "in Ghana’s capital is trying to raise the standard of the people in the middle."
        ),
        "authors": ["tomasz-wisniewski", "amara-okafor"],
        "tags": ["football", "education"],
        "image_caption": (
            "Trainee referees practise positioning drills on a pitch at the academy in Accra"
        ),
        "image_credit": "© Kwame Asante; Broadsheet Pictures",
        "paragraphs": [
            (
                "On a dusty pitch on the edge of Accra, twenty young men and women in black "
                "shirts sprint between cones, stop, turn and raise imaginary flags. A coach with "
                "a stopwatch shouts corrections. Nobody is kicking a ball. This is a training "
                "session for referees, and the lesson of the morning is where to stand."
            ),
            (
                "The academy, founded six years ago by a group of former international "
                "officials, offers a two-year programme combining fitness training, laws of the "
                "game, video analysis and psychology. Its graduates now referee in leagues "
                "across West Africa, and several have officiated at continental youth "
                "tournaments."
            ),
            (
                "“A good referee is invisible for ninety minutes and then makes the one decision "
                "everyone remembers,” said Ebenezer Quaye, the academy’s director, who refereed "
                "international matches for more than a decade. “We teach them to be in the right "
                "place, to see clearly and to be brave enough to decide.”"
            ),
            (
                "The need is obvious. As African football has attracted more broadcasting money "
                "and more attention, refereeing decisions have come under intense scrutiny. "
                "Controversial calls can spark protests, and officials in some leagues have "
                "faced threats and violence from angry supporters."
            ),
            (
                "The academy places heavy emphasis on mental resilience. Trainees take part in "
                "sessions where they officiate practice matches while recorded crowd noise and "
                "abuse are played through loudspeakers. They also study footage of their own "
                "decisions in detail, discussing what they saw and what they missed."
            ),
            (
                "Akosua Darko, 24, one of eight women in the current intake, started refereeing "
                "at school after her own playing career was ended by injury. “At first the "
                "players laughed when they saw a woman with the whistle,” she said. “After ten "
                "minutes they stop laughing, and then they just argue with me like they would "
                "with any referee.”"
            ),
            (
                "Funding remains a challenge. The academy relies on fees, small grants from "
                "football associations and donations from former players, and it cannot yet "
                "afford video-assisted refereeing equipment of the kind used in top leagues. "
                "Students practise instead with footage recorded on phones and donated cameras."
            ),
            (
                "As the session ends, Quaye gathers the trainees in a circle and asks each of "
                "them in turn to name one mistake they made that morning. “The day you stop "
                "admitting mistakes is the day you should stop refereeing,” he tells them. “The "
                "players are allowed to be angry, but you are not.”"
            ),
        ],
        "subheading": "Learning to be unpopular",
        "quote": {
            "text": (
                "A good referee is invisible for ninety minutes and then makes the one decision "
                "everyone remembers."
            ),
            "attribution": "Ebenezer Quaye, academy director",
        },
        "read_more": None,
    },
    {
        "section": "opinion",
        "kind": "opinion",
        "headline": "Let the public library be the last free room in town",
        "social_title": "",
        "standfirst": (
            "Libraries are often the only indoor places where nobody expects you to buy "
            "anything. Cutting their hours and budgets is a false economy that hits the poorest "
            "first."
        ),
        "authors": ["leila-haddad"],
        "tags": ["books", "cities", "education"],
        "image_caption": (
            "Students and older readers share tables in the reading room of a public library in "
            "Lyon"
        ),
        "image_credit": "© Camille Roux; Broadsheet Pictures",
        "paragraphs": [
            (
                "Think about the indoor spaces in your town where you can spend an afternoon "
                "without paying. Not a café, where you need to buy a coffee. Not a shopping "
                "centre, where security may move you on. For many people, the honest answer is "
                "just one place: the public library."
            ),
            (
                "Libraries have quietly become something far larger than book lenders. They are "
                "study halls for students without a quiet room at home, offices for job seekers "
                "without a computer and warm rooms for older people living alone. They host "
                "language classes, homework clubs and help sessions for people filling in "
                "official forms."
            ),
            (
                "Hélène Girard, who has worked in public libraries for 25 years, described the "
                "change to me during a visit to her branch. “People come in for the radiator and "
                "leave with a book. That is not a failure of our mission. It is our mission,” "
                "she said, gesturing towards a table crowded with teenagers revising for exams."
            ),
            (
                "Yet libraries are often among the first services to face cuts when local "
                "budgets are squeezed. Opening hours are reduced, staff are replaced by "
                "volunteers and branches are merged or closed. Each decision can seem small on "
                "its own, but together they remove a piece of public life that is very hard to "
                "rebuild."
            ),
            (
                "The arguments for cutting them tend to rest on the idea that everything is now "
                "online. This misunderstands who uses libraries and why. Having a phone is not "
                "the same as having a quiet desk, a reliable printer or a trained person to help "
                "you navigate a complicated website."
            ),
            (
                "Some cities are moving in the opposite direction, investing in new libraries "
                "designed as civic centres, with long opening hours and spaces for community "
                "groups. “Our busiest times are evenings and weekends, when everything else is "
                "closed or costs money,” said Marco Bellini, who manages a recently expanded "
                "library in northern Italy."
            ),
            (
                "Keeping libraries open is not expensive compared with most public services. The "
                "cost of staffing a branch for an extra evening a week is tiny compared with the "
                "benefits it brings to students, job seekers and lonely people. Reducing hours "
                "saves a little money and loses a lot of value."
            ),
            (
                "A town that closes its library is telling its residents that public space is a "
                "luxury. It should be the other way round. In an age of rising rents and "
                "shrinking common ground, the library may be the last free room in town. We "
                "should fight to keep its doors open as long as possible."
            ),
        ],
        "subheading": "More than books",
        "quote": {
            "text": (
                "People come in for the radiator and leave with a book. That is not a failure of "
                "our mission. It is our mission."
            ),
            "attribution": "Hélène Girard, librarian",
        },
        "read_more": 15,
    },
    {
        "section": "world",
        "kind": "news",
        "headline": "European and African unions agree to double student exchange places by 2030",
        "social_title": "",
        "standfirst": (
            "The expanded programme will fund tens of thousands of university and vocational "
            "students to study on the other continent, with new emphasis on engineering and "
            "health."
        ),
        "authors": ["amara-okafor"],
        "tags": ["education", "diplomacy", "migration"],
        "image_caption": (
            "Students from several countries attend an orientation day at a university in Addis "
            "Ababa"
        ),
        "image_credit": "© Daniel Osei; Northlight Agency",
        "paragraphs": [
            (
                "The European Union and the African Union agreed on Thursday to double the "
                "number of student exchange places between the two continents by 2030, in a deal "
                "announced at a joint ministerial meeting in Addis Ababa. The expanded programme "
                "will fund tens of thousands of students to spend between six months and two "
                "years studying abroad."
            ),
            (
                "For the first time, the programme will include vocational and technical "
                "training as well as university study. Officials said there would be a "
                "particular focus on engineering, health care, agriculture and renewable energy, "
                "fields where both continents face shortages of skilled workers."
            ),
            (
                "“Exchange should not be a one-way street. Europe has as much to learn from "
                "Africa as the other way round,” said Dr Aisha Bello, who led the African "
                "Union’s negotiating team on education. “We want European students in Lagos and "
                "Nairobi, not only African students in Paris and Berlin.”"
            ),
            (
                "Under the current arrangements, far more students travel from Africa to Europe "
                "than in the opposite direction. The new agreement sets a target for at least a "
                "third of places to be taken by European students studying at African "
                "institutions, supported by new scholarships and language courses."
            ),
            (
                "The deal also includes measures intended to address concerns about the loss of "
                "skilled graduates from African countries. Participating students will be "
                "encouraged to return home after their studies, and universities will receive "
                "funding to create joint research projects that allow graduates to continue "
                "their work in their home countries."
            ),
            (
                "“We cannot stop people from moving, and we should not try,” said Anders Falk, a "
                "European Commission official who worked on the agreement. “But we can make sure "
                "that exchange strengthens universities on both continents, rather than draining "
                "talent from one to the other.”"
            ),
            (
                "Student organisations welcomed the agreement but said visa procedures needed to "
                "be simplified. Several groups have complained that African students often face "
                "long delays and high costs when applying for European visas, causing some to "
                "miss the start of their courses."
            ),
            (
                "The programme will be funded jointly by both unions, with contributions from "
                "individual member states and private foundations. Officials said the first "
                "expanded intake would begin in the next academic year, with applications "
                "opening in the autumn and a dedicated office in Addis Ababa handling enquiries "
                "from institutions on both continents."
            ),
        ],
        "subheading": "Vocational training included for the first time",
        "quote": {
            "text": (
                "Exchange should not be a one-way street. Europe has as much to learn from "
                "Africa as the other way round."
            ),
            "attribution": "Dr Aisha Bello, education official",
        },
        "read_more": None,
    },
    {
        "section": "business",
        "kind": "news",
        "headline": (
            "Danish turbine maker Havbrise wins record order for Vietnam offshore wind farm"
        ),
        "social_title": "",
        "standfirst": (
            "The contract for 96 turbines is the company’s largest ever and one of the biggest "
            "offshore wind deals yet signed in Southeast Asia."
        ),
        "authors": ["lukas-brenner"],
        "tags": ["energy", "trade", "oceans"],
        "image_caption": (
            "Blades for offshore wind turbines are stored at Havbrise’s port facility in Esbjerg"
        ),
        "image_credit": "© Joost van Dalen; Northlight Agency",
        "paragraphs": [
            (
                "Havbrise, a Danish manufacturer of wind turbines, has won an order to supply 96 "
                "offshore turbines for a wind farm off the coast of southern Vietnam, the "
                "largest contract in the company’s history. The project, developed by a "
                "consortium of Vietnamese and Japanese investors, will have a capacity of about "
                "1.4 gigawatts when completed."
            ),
            (
                "The turbines will be installed in waters about 30 kilometres offshore, with "
                "construction expected to begin in two years. Havbrise said it would assemble "
                "some components at a facility in Vietnam, creating several hundred local jobs, "
                "while the blades and generators will be shipped from Europe."
            ),
            (
                "“Southeast Asia has wind, coastline and a huge appetite for power. What it "
                "needed was a first big project to prove the model,” said Mette Kjærgaard, "
                "Havbrise’s chief executive. “This order shows that offshore wind is becoming a "
                "global industry, not only a European one.”"
            ),
            (
                "Vietnam has set ambitious targets for expanding renewable energy as electricity "
                "demand grows rapidly with the economy. The country has already built a large "
                "amount of onshore solar and wind capacity, but offshore projects have been "
                "slowed by regulatory uncertainty and questions about grid connections."
            ),
            (
                "Analysts said the order was a significant boost for Havbrise, which has faced "
                "pressure from rising costs and competition from larger rivals. “This gives them "
                "a foothold in a market that could be worth tens of billions over the next two "
                "decades,” said Søren Holt, an energy analyst in Copenhagen."
            ),
            (
                "The project’s developers said it would supply electricity to around three "
                "million homes and help reduce Vietnam’s reliance on coal. The wind farm will "
                "connect to the national grid through a new substation being built on the coast, "
                "which grid operators say will also strengthen supply to nearby industrial zones."
            ),
            (
                "Local fishing communities have raised concerns about access to fishing grounds "
                "during construction and operation. The developers said they had carried out "
                "consultations and would work with fishermen to designate routes and "
                "compensation arrangements, though some groups said the process had been too "
                "limited."
            ),
            (
                "Shares in Havbrise rose more than 7 percent in Copenhagen following the "
                "announcement. The company said the order would help secure employment at its "
                "Danish factories for several years and that it was in talks about further "
                "projects in the Philippines and South Korea."
            ),
        ],
        "subheading": "A new market for offshore wind",
        "quote": {
            "text": (
                "Southeast Asia has wind, coastline and a huge appetite for power. What it "
                "needed was a first big project to prove the model."
            ),
            "attribution": "Mette Kjærgaard, chief executive of Havbrise",
        },
        "read_more": 32,
    },
    {
        "section": "science",
        "kind": "news",
        "headline": "Helsinki to track antibiotic resistance city-wide through its sewers",
        "social_title": "",
        "standfirst": (
            "Researchers will sample wastewater from 30 points across the Finnish capital every "
            "week, building an early-warning map of drug-resistant bacteria."
        ),
        "authors": ["priya-raman"],
        "tags": ["health", "cities", "technology"],
        "image_caption": (
            "A researcher collects a wastewater sample from a treatment plant on the outskirts "
            "of Helsinki"
        ),
        "image_credit": "© Erik Lindqvist; Northlight Agency",
        "paragraphs": [
            (
                "Helsinki will become one of the first cities in the world to monitor antibiotic "
                "resistance across its entire sewer network, researchers announced on Wednesday. "
                "Samples will be collected weekly from 30 locations and analysed for genes that "
                "allow bacteria to survive common antibiotic treatments."
            ),
            (
                "Wastewater monitoring became widely known during the pandemic, when cities used "
                "it to track the spread of the coronavirus. Scientists say the same approach can "
                "be used to detect other health threats, including bacteria that have become "
                "resistant to the drugs used to treat them."
            ),
            (
                "“The sewer does not lie and does not need an appointment. It tells us what is "
                "circulating before people end up in hospital,” said Dr Anu Virtanen, a "
                "microbiologist at a Helsinki university who leads the project. “If we see a new "
                "resistance gene appearing in one part of the city, we can alert doctors early.”"
            ),
            (
                "Antibiotic resistance is considered one of the most serious threats to global "
                "health. When bacteria become resistant, infections that were once easy to treat "
                "can become dangerous, and doctors may have to use stronger drugs with more side "
                "effects, or run out of effective options altogether."
            ),
            (
                "The project will use genetic sequencing to identify resistance genes in the "
                "samples, producing a weekly map that shows which areas have higher levels. The "
                "data will be shared with hospitals and public health authorities, who can use "
                "it to guide prescribing practices and infection control."
            ),
            (
                "Privacy experts consulted during the design of the project said the sampling "
                "points were chosen to cover large enough areas that no individual or household "
                "could be identified. “It is population-level information, like weather data for "
                "infections,” said Mikko Laine, who advised the city on data protection."
            ),
            (
                "The project builds on a pilot carried out over two years in three districts of "
                "the city, which found that resistance gene levels in wastewater rose and fell "
                "in line with hospital infection data. In several cases the wastewater signal "
                "appeared weeks before the rise was seen in hospital laboratories."
            ),
            (
                "Researchers hope the system can eventually be adopted by other cities and "
                "linked into a wider international network. Several European cities have "
                "expressed interest, and the team said it would publish its methods openly to "
                "make it easier for others to follow."
            ),
        ],
        "subheading": "What the sewers can tell us",
        "quote": {
            "text": (
                "The sewer does not lie and does not need an appointment. It tells us what is "
                "circulating before people end up in hospital."
            ),
            "attribution": "Dr Anu Virtanen, microbiologist",
        },
        "read_more": None,
    },
    {
        "section": "culture",
        "kind": "news",
        "headline": "Buenos Aires tango archive digitises 40,000 forgotten recordings",
        "social_title": "40,000 tango recordings saved online",
        "standfirst": (
            "Shellac discs, radio transcriptions and private tapes, many unheard for decades, "
            "are being made freely available online after a six-year preservation project."
        ),
        "authors": ["mateo-alvarez"],
        "tags": ["music", "technology"],
        "image_caption": (
            "An archivist cleans a shellac record before digitising it at the tango archive in "
            "Buenos Aires"
        ),
        "image_credit": "© Martín Ocampo; Meridian Photo",
        "paragraphs": [
            (
                "A tango archive in Buenos Aires has completed a six-year project to digitise "
                "around 40,000 recordings, many of which have not been heard publicly for "
                "decades. The collection, which includes shellac discs, radio transcriptions and "
                "private reel-to-reel tapes, is now available free of charge through an online "
                "portal."
            ),
            (
                "The archive was founded in the 1970s by a group of collectors who feared that "
                "the city’s tango heritage was being lost as old records were thrown away. It "
                "holds material dating back to the early twentieth century, including "
                "performances by orchestras and singers who never achieved wider fame."
            ),
            (
                "“Some of these singers were famous for one summer in one neighbourhood. Now the "
                "whole world can hear them,” said Graciela Montero, the archive’s director. “We "
                "have recordings from dance halls that no longer exist, made by musicians whose "
                "names survive only on a faded label.”"
            ),
            (
                "The digitisation was carried out by a small team of archivists and audio "
                "engineers working with specialised turntables and tape machines. Many discs "
                "were cracked, warped or covered in dust, and each had to be cleaned by hand "
                "before it could be played and recorded at high resolution."
            ),
            (
                "“Every record is a small rescue,” said Julián Ferraro, an audio engineer who "
                "worked on the project from the beginning. “Sometimes you play a disc and there "
                "is so much noise you think it is lost. Then, slowly, a voice comes through, and "
                "it feels like meeting someone.”"
            ),
            (
                "The online portal allows users to search by performer, composer, orchestra and "
                "year, and includes scans of original labels and sleeves where available. The "
                "archive has also worked with tango historians to write short biographies of "
                "lesser-known artists, piecing together their lives from newspaper cuttings, "
                "dance hall posters and interviews with surviving relatives."
            ),
            (
                "The project was funded by the city’s culture department, a national arts "
                "foundation and donations from tango enthusiasts around the world. Montero said "
                "the archive would continue to acquire and digitise new material, as families "
                "continue to discover old recordings in their homes."
            ),
            (
                "Musicians and dancers have welcomed the release. Several contemporary tango "
                "orchestras have already begun performing arrangements of long-forgotten pieces "
                "found in the collection, and dance schools in Europe and Asia have been using "
                "the archive to teach the history of the genre."
            ),
        ],
        "subheading": "Voices from the dance halls",
        "quote": {
            "text": (
                "Some of these singers were famous for one summer in one neighbourhood. Now the "
                "whole world can hear them."
            ),
            "attribution": "Graciela Montero, archive director",
        },
        "read_more": None,
    },
    {
        "section": "sport",
        "kind": "news",
        "headline": "Seville marathon moves start to dawn as organisers respond to rising heat",
        "social_title": "Seville marathon to start at dawn",
        "standfirst": (
            "Race officials say the earlier start, combined with extra water stations and "
            "cooling zones, is needed to protect runners as spring temperatures climb."
        ),
        "authors": ["tomasz-wisniewski"],
        "tags": ["athletics", "climate", "health"],
        "image_caption": (
            "Runners pass the cathedral in Seville during last year’s marathon as temperatures rose"
        ),
        "image_credit": "© Sofia Marchetti; Northlight Agency",
        "paragraphs": [
            (
                "The Seville marathon will start at dawn next year, organisers announced on "
                "Monday, moving the race forward by more than two hours in response to rising "
                "temperatures. The decision follows last year’s edition, when several dozen "
                "runners required medical treatment for heat-related illness."
            ),
            (
                "The race, which attracts more than 12,000 participants and is known as one of "
                "the fastest courses in Europe, traditionally takes place in late winter. In "
                "recent years, however, temperatures on race day have frequently been well above "
                "the seasonal average, making the final kilometres hazardous for slower runners."
            ),
            (
                "“We can change the clock. We cannot change the weather,” said Rafael Montoya, "
                "the race director. “Our priority is that everyone who starts finishes safely. "
                "If that means asking people to wake up very early, we think most runners will "
                "understand.”"
            ),
            (
                "In addition to the earlier start, organisers will increase the number of water "
                "stations and add cooling zones with misting fans along the second half of the "
                "course. Medical tents will be expanded, and runners will receive guidance on "
                "hydration and recognising the symptoms of heat stroke."
            ),
            (
                "Sports medicine experts have warned that endurance events are increasingly at "
                "risk from extreme heat. “Marathon runners generate a huge amount of body heat, "
                "and when the air temperature is high, they cannot shed it fast enough,” said Dr "
                "Paula Serrano, a sports physician who advises the race."
            ),
            (
                "Elite athletes will also benefit from cooler conditions, potentially improving "
                "the chances of fast times. The course record has been broken twice in the past "
                "decade, both times in unusually cool weather, and the race’s agents say several "
                "leading runners have already asked about entering."
            ),
            (
                "Other major races around the world have made similar changes. Several marathons "
                "have moved their dates or start times, and some organisers have introduced heat "
                "policies that allow them to shorten or cancel races if temperatures exceed "
                "certain thresholds. Runners’ groups have generally supported the changes, "
                "although some have complained about travel costs when dates move."
            ),
            (
                "Registration for next year’s race opens in September. Organisers said they "
                "would monitor the effects of the new arrangements and consider further changes, "
                "including shifting the race to an earlier date in the calendar, if temperatures "
                "continue to rise. Montoya said the race’s future depended on runners trusting "
                "that it would be safe."
            ),
        ],
        "subheading": "Cooling zones and medical tents",
        "quote": {
            "text": "We can change the clock. We cannot change the weather.",
            "attribution": "Rafael Montoya, race director",
        },
        "read_more": None,
    },
    {
        "section": "world",
        "kind": "feature",
        "headline": "Words in the booth: a day with the interpreters who keep diplomacy talking",
        "social_title": "",
        "standfirst": (
            "At the United Nations in Geneva, interpreters translate speeches in real time, "
            "often without notes. As machine translation improves, they say their work is more "
            "human than ever."
        ),
        "authors": ["amara-okafor"],
        "tags": ["diplomacy", "technology"],
        "image_caption": (
            "Interpreters work in glass booths overlooking a conference room at the Palais des "
            "Nations in Geneva"
        ),
        "image_credit": "© Elise Fournier; Broadsheet Pictures",
        "paragraphs": [
            (
                "The booths are small, dimly lit and lined with soundproofing. Through the "
                "glass, rows of delegates sit around a horseshoe table in the conference room "
                "below. In each booth, two interpreters sit side by side with headphones and "
                "microphones, waiting for the chair to open the session."
            ),
            (
                "When the first speaker begins, Sophie Lambert leans forward and starts talking "
                "in French, her voice steady and fluent, just a fraction of a second behind the "
                "English she hears in her ears. Her colleague makes notes, ready to take over "
                "after half an hour. The strain of simultaneous interpretation is such that "
                "nobody works alone for long."
            ),
            (
                "“You are listening, understanding, translating and speaking at the same time. "
                "Your brain is running four marathons at once,” Lambert said during a break, "
                "rubbing her temples. She has worked as an interpreter for 22 years and speaks "
                "five languages, three of which she interprets from professionally."
            ),
            (
                "The work demands more than linguistic skill. Interpreters must know the "
                "technical vocabulary of trade, health, disarmament and human rights, and must "
                "prepare thoroughly before each meeting. They also need to convey tone and "
                "intent, recognising when a diplomat is being deliberately vague or subtly "
                "signalling a concession."
            ),
            (
                "Machine translation has advanced rapidly, and some organisations now use "
                "automated tools for written documents. Interpreters say their role is not under "
                "immediate threat, but the technology is changing the profession. Some meetings "
                "are now accompanied by automatic transcripts, and younger interpreters use "
                "software to prepare glossaries."
            ),
            (
                "“A machine can translate the words. It cannot yet hear that a delegate has just "
                "softened his position, or that a joke was meant to break tension,” said Yusuf "
                "Karaman, who interprets from Arabic and Turkish. “In diplomacy, the most "
                "important thing is often what was not said directly.”"
            ),
            (
                "Mistakes are rare but memorable. Interpreters tell stories of idioms "
                "mistranslated, numbers reversed and the occasional microphone left on during a "
                "private remark. Each booth has a mute button, known informally as the cough "
                "button, which interpreters use to clear their throats or consult a colleague."
            ),
            (
                "By late afternoon the session ends, and Lambert takes off her headphones and "
                "stretches. Tomorrow she will interpret a meeting on maritime law, and tonight "
                "she will read the background documents. “People only notice us when something "
                "goes wrong,” she said, “and when we do our job well, it is as if we were never "
                "there.”"
            ),
        ],
        "subheading": "Half a second behind the speaker",
        "quote": {
            "text": (
                "You are listening, understanding, translating and speaking at the same time. "
                "Your brain is running four marathons at once."
            ),
            "attribution": "Sophie Lambert, senior interpreter",
        },
        "read_more": None,
    },
    {
        "section": "world",
        "kind": "news",
        "headline": "Mexico City reopens flagship metro line after 18-month overhaul",
        "social_title": "",
        "standfirst": (
            "The renovated line, which carries around 400,000 passengers a day, has new trains, "
            "signalling and accessibility features, though delays to the project drew criticism."
        ),
        "authors": ["mateo-alvarez"],
        "tags": ["transport", "cities", "elections"],
        "image_caption": (
            "Passengers board a new train at a renovated station on Mexico City’s metro"
        ),
        "image_credit": "© Lucía Herrera; Broadsheet Pictures",
        "paragraphs": [
            (
                "Mexico City reopened one of the busiest lines on its metro network on Saturday "
                "after an 18-month renovation that replaced trains, tracks and signalling "
                "equipment. The line carries around 400,000 passengers on a typical weekday, "
                "linking working-class neighbourhoods in the east of the city with the historic "
                "centre."
            ),
            (
                "The overhaul included the installation of a modern signalling system that "
                "allows trains to run more frequently, as well as new lifts and ramps at "
                "stations that had previously been inaccessible to wheelchair users. City "
                "officials said waiting times at peak hours would fall to under two minutes."
            ),
            (
                "“For a year and a half my journey took twice as long. Today it felt like a new "
                "city,” said Verónica Salinas, who commutes from the eastern borough of "
                "Iztapalapa to an office in the centre. “The trains are clean and quiet. I hope "
                "they stay like this.”"
            ),
            (
                "During the closure, the city provided replacement bus services along the route, "
                "but passengers complained of long queues and overcrowding. The project, "
                "initially planned to take a year, was delayed by problems with the delivery of "
                "new trains and by the discovery of structural issues in a tunnel section."
            ),
            (
                "“We understand the frustration, and we apologise for the delays,” said "
                "Alejandro Cruz, the director of the metro system. “But we were not willing to "
                "reopen the line until we were certain that it was safe. This investment will "
                "serve the city for the next forty years.”"
            ),
            (
                "The renovation is part of a wider programme to modernise the Mexico City metro, "
                "one of the largest in the Americas, which carries millions of passengers a day. "
                "Much of the network was built decades ago and has suffered from underinvestment."
            ),
            (
                "Transport experts said the reopening was a welcome step but that the city "
                "needed to maintain funding to avoid future deterioration. “The problem with "
                "metros is that they are very expensive to fix and very easy to neglect,” said "
                "Dr Paola Medina, an urban transport researcher."
            ),
            (
                "The reopening comes months before the city’s mayoral election, and opposition "
                "candidates have already seized on the delays as a campaign issue. The city said "
                "it would publish data on punctuality and passenger numbers during the line’s "
                "first weeks. Work on a second line is scheduled to begin next year, with "
                "officials promising a shorter closure."
            ),
        ],
        "subheading": "New trains, old frustrations",
        "quote": {
            "text": (
                "For a year and a half my journey took twice as long. Today it felt like a new "
                "city."
            ),
            "attribution": "Verónica Salinas, commuter",
        },
        "read_more": None,
    },
    {
        "section": "business",
        "kind": "news",
        "headline": (
            "Chocolate makers raise prices for the second time this year as cocoa costs bite"
        ),
        "social_title": "Chocolate prices rise again",
        "standfirst": (
            "Confectioners say record bean prices leave them no choice, while some shrink bar "
            "sizes or change recipes to keep shelf prices down."
        ),
        "authors": ["lukas-brenner"],
        "tags": ["markets", "agriculture", "trade"],
        "image_caption": "Chocolate bars on display at a supermarket in Brussels",
        "image_credit": "© Jonas Keller; Northlight Agency",
        "paragraphs": [
            (
                "Several of Europe’s largest chocolate makers have announced price increases for "
                "the second time this year, blaming a prolonged surge in the cost of cocoa "
                "beans. The increases, ranging from 5 to 12 percent, will take effect in shops "
                "over the coming weeks."
            ),
            (
                "Cocoa prices have risen sharply over the past two years as poor harvests in "
                "West Africa, where most of the world’s cocoa is grown, have reduced supply. "
                "Disease, ageing trees and unpredictable weather have all contributed to lower "
                "output in the main producing countries."
            ),
            (
                "“We have absorbed as much as we can. There is no magic ingredient that replaces "
                "cocoa,” said Pieter Claes, chief executive of Maison Verhaegen, a Belgian "
                "chocolate maker. “Our customers will see higher prices, and we regret that, but "
                "the alternative would be to compromise on quality.”"
            ),
            (
                "Some manufacturers have taken other approaches, reducing the size of bars while "
                "keeping prices the same, a practice known as shrinkflation. Others have "
                "adjusted recipes, increasing the proportion of ingredients such as nuts, "
                "biscuit or caramel and reducing the cocoa content."
            ),
            (
                "Consumer groups have criticised these tactics, saying shoppers are often "
                "unaware that they are getting less for their money. “If a product changes, "
                "people should be told clearly on the front of the pack,” said Anneke Smit, a "
                "spokesperson for a Dutch consumer association."
            ),
            (
                "Retailers have pushed back against some of the price increases, and several "
                "supermarket chains have been involved in disputes with suppliers over pricing. "
                "Analysts said the tensions reflected the difficulty of passing on costs in a "
                "market where consumers are already under pressure from higher food and energy "
                "bills, and where own-brand products offer a cheaper alternative."
            ),
            (
                "Sales volumes of chocolate have fallen slightly in some European countries, "
                "according to market research data, although premium and dark chocolate have "
                "been more resilient. Companies said they expected demand to hold up during key "
                "seasonal periods such as Easter and the end-of-year holidays, when chocolate is "
                "bought as a gift."
            ),
            (
                "Industry groups have called for greater investment in cocoa farming to improve "
                "yields and farmers’ incomes in producing countries. Several large companies "
                "have announced programmes to support replanting and training, though critics "
                "say these efforts remain small compared with the scale of the problem."
            ),
        ],
        "subheading": "Smaller bars, new recipes",
        "quote": {
            "text": (
                "We have absorbed as much as we can. There is no magic ingredient that replaces "
                "cocoa."
            ),
            "attribution": "Pieter Claes, chief executive of Maison Verhaegen",
        },
        "read_more": 11,
    },
    {
        "section": "science",
        "kind": "news",
        "headline": "European lunar rover prototype completes month of desert trials in Morocco",
        "social_title": "",
        "standfirst": (
            "Engineers drove the six-wheeled vehicle across rock fields and sand slopes chosen "
            "to mimic the terrain near the Moon’s south pole."
        ),
        "authors": ["priya-raman"],
        "tags": ["space", "technology"],
        "image_caption": (
            "The Selene rover prototype climbs a rocky slope during field trials in southern "
            "Morocco"
        ),
        "image_credit": "© Youssef Benali; Meridian Photo",
        "paragraphs": [
            (
                "A prototype lunar rover developed by a consortium of European research "
                "institutes and companies has completed a month of field trials in the desert of "
                "southern Morocco. Engineers tested the vehicle’s ability to navigate rough "
                "terrain, operate autonomously and withstand extreme temperature swings between "
                "day and night."
            ),
            (
                "The six-wheeled rover, known as Selene, is designed to explore the region "
                "around the Moon’s south pole, where scientists believe water ice may be trapped "
                "in permanently shadowed craters. Such ice could one day supply drinking water, "
                "oxygen and rocket fuel for future missions."
            ),
            (
                "“The desert is the closest thing we have to the Moon that you can reach by "
                "car,” said Dr Clara Weber, who managed the trials for the consortium. “The rock "
                "fields, the fine dust and the slopes are all very similar to what we expect "
                "near the lunar pole. What we cannot reproduce is the low gravity and the "
                "vacuum.”"
            ),
            (
                "During the trials, the team operated the rover from a control centre several "
                "hundred kilometres away, introducing an artificial delay to simulate the time "
                "it takes for signals to travel between the Earth and the Moon. The rover also "
                "drove itself for long stretches using cameras and laser sensors to avoid "
                "obstacles."
            ),
            (
                "The tests revealed problems with dust getting into the wheel motors, an issue "
                "that has troubled lunar missions since the Apollo era. Engineers said they had "
                "redesigned the seals during the trial and would carry out further tests in a "
                "vacuum chamber later this year."
            ),
            (
                "“You learn more from one day of things going wrong in the field than from a "
                "month of simulations,” said Youssef Amrani, a Moroccan engineer who joined the "
                "team from a university in Rabat. “Every failure here is one that will not "
                "happen on the Moon.”"
            ),
            (
                "The consortium hopes to secure funding for a flight version of the rover that "
                "could be launched on a commercial lander before the end of the decade. Several "
                "space agencies are planning missions to the lunar south pole, making it one of "
                "the most closely studied places beyond Earth."
            ),
            (
                "The trials also served as training for the operations team, who practised "
                "planning routes and responding to unexpected situations under time pressure. "
                "The data gathered will be made available to other research groups working on "
                "planetary exploration and robotics, including several university teams in North "
                "Africa that hope to build instruments for future missions."
            ),
        ],
        "subheading": "Driving with a delay",
        "quote": {
            "text": (
                "The desert is the closest thing we have to the Moon that you can reach by car."
            ),
            "attribution": "Dr Clara Weber, trials manager",
        },
        "read_more": None,
    },
    {
        "section": "culture",
        "kind": "feature",
        "headline": "The library that floats: bringing books to the river towns of the Amazon",
        "social_title": "The floating library of the Amazon",
        "standfirst": (
            "Every six weeks, a converted riverboat loaded with 8,000 books sets out from "
            "Iquitos to visit communities that have no road, no bookshop and sometimes no school."
        ),
        "authors": ["mateo-alvarez"],
        "tags": ["books", "education", "transport"],
        "image_caption": (
            "Children climb aboard the library boat Yacu Rimay at a riverside village downstream "
            "from Iquitos"
        ),
        "image_credit": "© Rafael Quispe; Meridian Photo",
        "paragraphs": [
            (
                "The riverboat Yacu Rimay is easy to recognise from a distance. Its hull is "
                "painted bright yellow, and the words Floating Library are stencilled in large "
                "blue letters along the side. Inside, where cargo once sat, wooden shelves hold "
                "around 8,000 books, from picture books to novels, farming manuals and "
                "dictionaries."
            ),
            (
                "Every six weeks, the boat leaves the Peruvian city of Iquitos and spends three "
                "weeks travelling along the Amazon and its tributaries, stopping at more than 30 "
                "villages. Most of these communities can only be reached by water, and few have "
                "libraries or bookshops. Some have a single teacher responsible for children of "
                "all ages."
            ),
            (
                "“When we arrive, the children run to the bank before the boat has even "
                "stopped,” said Rosa Tamani, one of the two librarians who travel with the boat. "
                "“Some of them have read every book we left last time, twice. They want to know "
                "what new stories we have brought.”"
            ),
            (
                "The project was started a decade ago by a group of teachers in Iquitos and is "
                "now run by a small non-profit organisation with funding from donors and a "
                "regional education authority. Books are lent for six weeks, and each village "
                "has a volunteer who keeps them safe until the boat returns."
            ),
            (
                "The collection includes books in Spanish and in several Indigenous languages "
                "spoken along the river, some of which were printed especially for the project "
                "with the help of local storytellers. The librarians also organise reading "
                "sessions, writing workshops and, when the generator allows, film screenings on "
                "a sheet hung from the deck."
            ),
            (
                "Dionisio Arirama, a village teacher on a tributary of the Amazon, said the "
                "visits had changed how his pupils approached reading. “Before, books were "
                "something only for school, and we had very few,” he said. “Now the children "
                "read for pleasure. They borrow books for their parents, too.”"
            ),
            (
                "The journey is not without difficulties. During the dry season, low water "
                "levels can make some villages unreachable, and the boat has to navigate around "
                "sandbanks and fallen trees. Fuel costs have risen, and the organisation is "
                "constantly searching for funds to keep the boat running."
            ),
            (
                "As the Yacu Rimay pulls away from a village one late afternoon, a group of "
                "children stands on the bank, each clutching a book. Tamani waves from the deck "
                "until they disappear behind a bend in the river. “Six weeks is a long time for "
                "a child,” she said. “We try never to be late.”"
            ),
        ],
        "subheading": "Story hour on the riverbank",
        "quote": {
            "text": (
                "When we arrive, the children run to the bank before the boat has even stopped."
            ),
            "attribution": "Rosa Tamani, librarian aboard Yacu Rimay",
        },
        "read_more": None,
    },
    {
        "section": "sport",
        "kind": "news",
        "headline": (
            "Norwegian second-tier clubs launch their own streaming service for league matches"
        ),
        "social_title": "",
        "standfirst": (
            "Sixteen clubs say a shared platform will bring them more revenue and more control "
            "than selling rights to a broadcaster, though analysts warn the model is untested."
        ),
        "authors": ["tomasz-wisniewski"],
        "tags": ["football", "markets", "technology"],
        "image_caption": (
            "Supporters watch a second-division match from the terraces of a small stadium in "
            "western Norway"
        ),
        "image_credit": "© Erik Lindqvist; Northlight Agency",
        "paragraphs": [
            (
                "Sixteen clubs in Norway’s second division have launched their own streaming "
                "service to broadcast every league match live, in a move they say will give them "
                "greater control over their media rights and a larger share of revenue. The "
                "service will be available by subscription from the start of the new season."
            ),
            (
                "The clubs have formed a jointly owned company to run the platform, which will "
                "produce broadcasts using a combination of fixed cameras at each stadium and a "
                "small team of commentators. Subscribers will be able to watch all matches live "
                "or on demand, along with highlights and interviews."
            ),
            (
                "“We were being paid very little for our rights, and our fans were paying a lot "
                "to watch. Something did not add up,” said Torbjørn Eide, who chairs the clubs’ "
                "broadcasting company. “By doing it ourselves, we can keep prices low and still "
                "earn more than we did from the old deal.”"
            ),
            (
                "Until now, the league’s matches were broadcast under a rights agreement with a "
                "commercial channel, which showed only a selection of games each round. Clubs "
                "complained that many matches were never televised, making it difficult to "
                "attract sponsors who wanted their names seen beyond the few thousand people "
                "inside the ground."
            ),
            (
                "Analysts said the model could work for lower divisions with dedicated fan bases "
                "but warned that building a subscriber base was difficult. “The technology is "
                "the easy part now. The hard part is persuading enough people to pay every "
                "month,” said Kristine Holm, a sports media consultant in Oslo. “Supporters will "
                "pay for a while out of loyalty, but they will leave quickly if the picture "
                "keeps freezing.”"
            ),
            (
                "The clubs said they needed around 25,000 subscribers to break even and were "
                "confident of reaching that number within two seasons. Revenue will be shared "
                "equally among the clubs, with a portion set aside for youth development and for "
                "improving the camera positions and internet connections at smaller grounds."
            ),
            (
                "Similar initiatives have been tried in other countries with mixed results. Some "
                "leagues have built successful platforms that complement traditional "
                "broadcasting, while others have struggled to attract enough viewers and "
                "returned to selling rights. Organisers in Norway said they had studied both "
                "kinds of example closely before committing."
            ),
            (
                "Supporters’ groups welcomed the move. “For years we have listened to away games "
                "on a crackling radio stream,” said Siri Nakken, who runs a fan club in Bergen. "
                "“If this works, my brother in Canada can finally watch our team every week.”"
            ),
        ],
        "subheading": "Clubs take control of their broadcasts",
        "quote": {
            "text": (
                "We were being paid very little for our rights, and our fans were paying a lot "
                "to watch. Something did not add up."
            ),
            "attribution": "Torbjørn Eide, chair of the clubs’ broadcasting company",
        },
        "read_more": 28,
    },
    {
        "section": "world",
        "kind": "analysis",
        "headline": "Explained: why Pacific island states are racing to fix their maritime borders",
        "social_title": "Explained: fixing borders against rising seas",
        "standfirst": (
            "Rising seas could shift coastlines and, under some readings of the law, shrink the "
            "ocean zones on which small island nations depend. Here is what they are doing about "
            "it."
        ),
        "authors": ["amara-okafor", "hana-sato"],
        "tags": ["diplomacy", "oceans", "climate"],
        "image_caption": "Waves break over a low sea wall on an atoll in the central Pacific",
        "image_credit": "© Marco dela Cruz; Meridian Photo",
        "paragraphs": [
            (
                "For small island states in the Pacific, the ocean is not only a source of food "
                "and income but the foundation of their territory. Under international law, "
                "countries can claim zones of sea extending up to 200 nautical miles from their "
                "coasts. As sea levels rise, some governments fear those zones could shrink. "
                "Here is what is at stake."
            ),
            (
                "Maritime zones are measured from baselines, usually the low-water line along a "
                "country’s coast. If rising seas move that line inland, or if small islands "
                "disappear altogether, the starting point for measuring the zone could change. "
                "For nations made up of scattered atolls, the effect could be dramatic."
            ),
            (
                "The zones matter enormously. They give countries exclusive rights to fish, to "
                "extract minerals from the seabed and to regulate activity in the area. For many "
                "Pacific states, fees from foreign fishing fleets are among the largest sources "
                "of government revenue."
            ),
            (
                "“Our land may shrink, but our rights must not shrink with it,” said Losana "
                "Vuki, a legal adviser who has worked with several Pacific governments on the "
                "issue. “We did not cause this problem. It would be deeply unjust if the "
                "consequences of other people’s emissions included the loss of our ocean.”"
            ),
            (
                "Pacific leaders have agreed a shared position that maritime boundaries, once "
                "established and published, should remain fixed regardless of changes in the "
                "physical coastline. Many have been working to survey and formally register "
                "their baselines and boundaries with the United Nations."
            ),
            (
                "The legal question is not fully settled. International law was written before "
                "sea-level rise was widely understood, and it does not explicitly address what "
                "happens when coastlines move. A number of countries have expressed support for "
                "the Pacific position, and international legal bodies have been studying the "
                "issue."
            ),
            (
                "“The trend is clearly towards stability,” said Dr Mikael Strand, an expert in "
                "the law of the sea. “States want certainty, and nobody benefits from a world "
                "where borders at sea move every time a storm reshapes a beach. But formal "
                "clarity would still be valuable.”"
            ),
            (
                "For now, the work continues on the ground and on paper. Survey teams travel to "
                "remote islands to take precise measurements, and officials prepare charts and "
                "legal documents. It is slow, technical work, but for island communities it is "
                "about preserving their future as nations."
            ),
        ],
        "subheading": "Lines on the water",
        "quote": {
            "text": "Our land may shrink, but our rights must not shrink with it.",
            "attribution": "Losana Vuki, Pacific legal adviser",
        },
        "read_more": None,
    },
    {
        "section": "world",
        "kind": "feature",
        "headline": "The last ferry: Hebridean islanders fight to keep their lifeline afloat",
        "social_title": "",
        "standfirst": (
            "On a small island off Scotland’s west coast, an ageing ferry carries everything "
            "from schoolchildren to coffins. When it breaks down, the island stops."
        ),
        "authors": ["leila-haddad"],
        "tags": ["transport", "migration", "elections"],
        "image_caption": (
            "The ferry approaches the slipway on a grey morning as islanders wait with their cars"
        ),
        "image_credit": "© Callum MacRae; Broadsheet Pictures",
        "paragraphs": [
            (
                "At seven in the morning, a line of vehicles waits at the slipway on the island "
                "of Eilean Dubh: a builder’s van, a delivery lorry, a car carrying a family to a "
                "hospital appointment on the mainland. Out in the bay, the ferry emerges from "
                "the mist, its hull streaked with rust, and turns slowly towards the pier."
            ),
            (
                "The vessel is more than 35 years old and has spent weeks out of service in each "
                "of the past three years. When it breaks down, the island’s 600 residents are "
                "cut off, with only an occasional passenger boat to link them to the mainland. "
                "Deliveries stop, tourists cancel and patients miss appointments."
            ),
            (
                "“The ferry is our road, our ambulance and our supermarket delivery. Without it, "
                "we are not an island, we are a prison,” said Morag Campbell, who chairs the "
                "community council. “People on the mainland would never accept a bridge that "
                "closed for a month every year. That is what we live with.”"
            ),
            (
                "The island’s population has been shrinking for decades, as young people leave "
                "for education and work. Campbell and others fear that unreliable transport will "
                "accelerate that decline, discouraging families from moving in and businesses "
                "from investing. Ahead of next year’s elections, every candidate for the local "
                "seat has been asked to state a date for a new ferry."
            ),
            (
                "Some have tried to reverse the trend. Duncan MacLeod and his partner moved to "
                "the island five years ago, running a small bakery and guesthouse. “We came "
                "because we love it here, but every breakdown costs us money and customers,” he "
                "said. “It is hard to build a business when you can’t promise anyone they will "
                "be able to arrive.”"
            ),
            (
                "A replacement ferry was promised several years ago, but construction has been "
                "delayed by rising costs and disputes over the design. Transport authorities say "
                "new vessels are on the way and that they are working to improve maintenance of "
                "the existing fleet."
            ),
            (
                "For islanders, the wait feels endless. The community has formed a campaign "
                "group, lobbied politicians and even explored the possibility of running its own "
                "ferry. Several residents have made the trip to the parliament in Edinburgh to "
                "present a petition signed by almost every adult on the island."
            ),
            (
                "As the ferry pulls away from the slipway, Campbell watches it cross the bay. It "
                "is running today, and that is enough for now. “We are not asking for anything "
                "special,” she said. “We are asking for a boat that works, so that our children "
                "have a reason to stay.”"
            ),
        ],
        "subheading": "When the boat does not come",
        "quote": {
            "text": (
                "The ferry is our road, our ambulance and our supermarket delivery. Without it, "
                "we are not an island, we are a prison."
            ),
            "attribution": "Morag Campbell, community council chair",
        },
        "read_more": None,
    },
    {
        "section": "business",
        "kind": "feature",
        "headline": "Night trains are back in Europe. Can they pay their way?",
        "social_title": "Can Europe’s night trains pay their way?",
        "standfirst": (
            "Sleeper services are returning to routes abandoned decades ago, driven by "
            "travellers seeking alternatives to flying. Making them profitable is another matter."
        ),
        "authors": ["lukas-brenner", "samuel-mensah"],
        "tags": ["transport", "climate", "markets"],
        "image_caption": "Passengers board a sleeper train at Vienna’s main station in the evening",
        "image_credit": "© Mira Kowalczyk; Meridian Photo",
        "paragraphs": [
            (
                "At nine in the evening, the platform at Vienna’s main station fills with "
                "travellers dragging suitcases towards a long blue train. Some are heading to "
                "Paris, others to Amsterdam or Rome. By morning, they will have crossed several "
                "borders while sleeping in narrow bunks, arriving in the heart of a city without "
                "a single security queue."
            ),
            (
                "After decades of decline, night trains are enjoying a revival in Europe. "
                "Operators have reopened routes that were abandoned in the 2000s, and new "
                "companies have entered the market. Demand is driven partly by travellers who "
                "want to reduce their carbon footprint and partly by those simply tired of "
                "airports."
            ),
            (
                "But running night trains is notoriously difficult. “A night train is "
                "essentially a hotel that travels at 120 kilometres an hour. That is a very "
                "expensive hotel to run,” said Dr Matthias Berger, a rail economist at a "
                "university in Munich. “You need staff, bedding, cleaning and specialised "
                "carriages that are used only once a day.”"
            ),
            (
                "The carriages are a particular problem. Sleeper cars are expensive to build, "
                "and few manufacturers produce them. Many operators rely on old rolling stock "
                "that has been refurbished, which can be unreliable. New carriages ordered by "
                "several operators have been delayed, limiting the ability to expand services."
            ),
            (
                "Track access charges, paid to infrastructure managers in each country, add to "
                "costs, and night trains often have to wait for slots between freight and "
                "maintenance work. Crossing borders involves dealing with different rules, "
                "signalling systems and sometimes different electrical standards."
            ),
            (
                "Some governments have stepped in with subsidies, arguing that night trains help "
                "meet climate targets. Others have been reluctant to support services that may "
                "benefit only a small number of travellers. “The question is whether we see them "
                "as a business or as public infrastructure,” said Elena Novak, a transport "
                "policy researcher in Prague."
            ),
            (
                "Passengers, meanwhile, are often enthusiastic but sensitive to price. A sleeper "
                "berth can cost more than a low-cost flight, and many travellers choose seats or "
                "couchettes rather than private compartments. Operators are experimenting with "
                "new designs, including compact pod-style cabins for solo travellers."
            ),
            (
                "Despite the challenges, operators say they are optimistic. Several new routes "
                "are planned over the next few years, and ticket sales on existing services "
                "remain strong, particularly in summer. Whether night trains become a lasting "
                "part of European travel will depend on investment, policy and the willingness "
                "of travellers to pay for the experience."
            ),
        ],
        "subheading": "Beds are expensive to move",
        "quote": {
            "text": (
                "A night train is essentially a hotel that travels at 120 kilometres an hour. "
                "That is a very expensive hotel to run."
            ),
            "attribution": "Dr Matthias Berger, rail economist",
        },
        "read_more": None,
    },
    {
        "section": "science",
        "kind": "feature",
        "headline": (
            "Listening to the ice: the scientists recording the sound of Greenland’s glaciers"
        ),
        "social_title": "",
        "standfirst": (
            "Underwater microphones placed near a calving glacier are helping researchers "
            "measure how fast ice is melting into the sea, using sound rather than sight."
        ),
        "authors": ["priya-raman", "samuel-mensah"],
        "tags": ["climate", "oceans", "technology"],
        "image_caption": (
            "A researcher lowers a hydrophone into the water from a small boat near a glacier "
            "front in western Greenland"
        ),
        "image_credit": "© Erik Lindqvist; Northlight Agency",
        "paragraphs": [
            (
                "In a fjord on Greenland’s west coast, a small research boat drifts among "
                "floating chunks of ice. Dr Astrid Sørensen leans over the side and lowers a "
                "hydrophone, an underwater microphone, on a long cable. In her headphones comes "
                "a noise like rain on a tin roof, punctuated by cracks and deep rumbles."
            ),
            (
                "The fizzing sound is produced by tiny bubbles of air, trapped in the ice "
                "thousands of years ago, escaping as the glacier melts into the sea. The cracks "
                "and rumbles are icebergs breaking away from the glacier front. Together, they "
                "form an acoustic record of how quickly the ice is being lost."
            ),
            (
                "“The glacier is always talking. We are just learning to understand what it "
                "says,” Sørensen said. She and her colleagues have spent several summers "
                "recording the sounds of glaciers in Greenland, building a library of acoustic "
                "data that they compare with satellite images and direct measurements."
            ),
            (
                "Studying glaciers is difficult. Their fronts are dangerous to approach, as "
                "falling ice can create large waves. Satellite images can be blocked by clouds, "
                "and instruments placed near the ice are often destroyed. Sound, by contrast, "
                "travels well underwater, allowing hydrophones to be placed safely at a distance."
            ),
            (
                "The researchers have found that the intensity of the fizzing sound increases "
                "when the water is warmer and melting faster. They hope to use these recordings "
                "to estimate melt rates continuously, through the dark winter months when other "
                "observation methods are limited."
            ),
            (
                "“If we can turn sound into numbers, we can monitor glaciers all year round at "
                "relatively low cost,” said Rasmus Lynge, an acoustic engineer on the team. “A "
                "single hydrophone moored in a fjord can listen for months and tell us things we "
                "could never see from above.”"
            ),
            (
                "Greenland’s ice sheet is losing mass, contributing to rising sea levels around "
                "the world. Understanding exactly how and when glaciers lose ice to the ocean is "
                "one of the key uncertainties in projections of future sea-level rise, making "
                "new methods of measurement particularly valuable."
            ),
            (
                "Back on the boat, Sørensen removes her headphones as a large piece of ice "
                "breaks away from the glacier in the distance, sending a wave rolling across the "
                "fjord. She checks that the recording has captured it. “That one was loud,” she "
                "said, smiling. “The data will be good.”"
            ),
        ],
        "subheading": "The fizz of ancient air",
        "quote": {
            "text": (
                "The glacier is always talking. We are just learning to understand what it says."
            ),
            "attribution": "Dr Astrid Sørensen, glaciologist",
        },
        "read_more": 26,
    },
    {
        "section": "culture",
        "kind": "news",
        "headline": "Kraków film school graduates sweep European short film awards",
        "social_title": "",
        "standfirst": (
            "Three of the five prizes at this year’s awards went to films made by recent alumni "
            "of a single school, which credits a programme of small grants and mentoring."
        ),
        "authors": ["mateo-alvarez"],
        "tags": ["film", "education"],
        "image_caption": (
            "Director Zofia Nowicka holds her award on stage at the European short film awards "
            "ceremony"
        ),
        "image_credit": "© Mira Kowalczyk; Meridian Photo",
        "paragraphs": [
            (
                "Graduates of a film school in Kraków won three of the five main prizes at this "
                "year’s European short film awards, held in Lyon on Saturday. The winning films "
                "included a documentary about a family running a roadside café, an animated "
                "fable and a drama set in a hospital laundry."
            ),
            (
                "The top award for best short film went to Zofia Nowicka, 26, for Steam, which "
                "follows a young woman working night shifts in the laundry of a large hospital. "
                "The jury praised the film’s precise camera work and the way it found beauty in "
                "repetitive, overlooked labour."
            ),
            (
                "“I worked in a laundry like this for two summers to pay for my studies,” "
                "Nowicka said after receiving the prize. “I wanted to show the people who keep "
                "hospitals running but whom nobody ever thanks. This award is for them as much "
                "as for me.”"
            ),
            (
                "The school offers graduates a programme of small grants, access to equipment "
                "and mentoring from established filmmakers for up to two years after they finish "
                "their studies. Several alumni have gone on to direct feature films and "
                "television series, and the school’s graduates now teach at film schools in "
                "Warsaw, Prague and Vilnius."
            ),
            (
                "“We give them very little money and a lot of freedom. It seems to be the right "
                "combination,” said Professor Andrzej Kowal, who heads the school’s directing "
                "department. “Short films are where young directors learn to tell stories with "
                "economy. Many of the best features begin as short films.”"
            ),
            (
                "The other winners included Filip Mazur, for an animated film about a fox that "
                "moves to the city, and Kinga Lewandowska, for her documentary about a roadside "
                "café run by three generations of women on a busy highway. Both films were made "
                "on budgets of less than 20,000 euros, much of it raised from friends and family."
            ),
            (
                "European short film awards are often seen as a launching pad for emerging "
                "talent, with previous winners going on to compete at major international "
                "festivals. The prizes include financial support for the winners’ next projects, "
                "along with invitations to a co-production market where young directors can meet "
                "producers and broadcasters."
            ),
            (
                "The school said it would use the attention to expand its graduate programme, "
                "with plans to offer places to filmmakers from other countries in central and "
                "eastern Europe. Applications for next year’s intake are expected to rise "
                "significantly, and the school is seeking partners to help fund additional "
                "grants."
            ),
        ],
        "subheading": "Small budgets, big ambitions",
        "quote": {
            "text": (
                "We give them very little money and a lot of freedom. It seems to be the right "
                "combination."
            ),
            "attribution": "Professor Andrzej Kowal, head of directing",
        },
        "read_more": None,
    },
    {
        "section": "business",
        "kind": "analysis",
        "headline": "Explained: what the rush for lithium means for Bolivia’s salt flats",
        "social_title": "Explained: Bolivia’s lithium gamble",
        "standfirst": (
            "Bolivia holds some of the world’s largest lithium resources but has produced little "
            "so far. Here is why, and what could change as demand for batteries grows."
        ),
        "authors": ["lukas-brenner", "mateo-alvarez"],
        "tags": ["energy", "markets", "technology"],
        "image_caption": (
            "Evaporation ponds stretch across the white expanse of a salt flat in south-western "
            "Bolivia"
        ),
        "image_credit": "© Rafael Quispe; Meridian Photo",
        "paragraphs": [
            (
                "Lithium is a key ingredient in the batteries that power electric vehicles and "
                "store renewable energy. As demand has soared, attention has turned to the salt "
                "flats of South America, which hold much of the world’s known lithium resources. "
                "Bolivia’s share is among the largest, yet its production remains small. Here is "
                "why."
            ),
            (
                "Lithium in Bolivia is found in brine beneath vast salt flats in the south-west "
                "of the country. Extracting it traditionally involves pumping the brine into "
                "large ponds and letting the sun evaporate the water over many months, leaving "
                "concentrated lithium salts behind. The process is slow and requires huge "
                "amounts of space."
            ),
            (
                "Bolivia’s brine has a chemical makeup that makes this process more difficult "
                "than in neighbouring countries. It contains relatively high levels of "
                "magnesium, which must be separated from the lithium. The country’s high "
                "altitude and rainy season also slow evaporation, reducing efficiency."
            ),
            (
                "“Having the resource is the beginning of the story, not the end. The hard part "
                "is getting it out responsibly and profitably,” said Dr Carolina Arce, a mining "
                "economist in La Paz. “Bolivia has struggled with both the technology and the "
                "investment needed to build an industry.”"
            ),
            (
                "Successive governments have insisted that lithium be developed under state "
                "control, with a strong emphasis on keeping the benefits within Bolivia. That "
                "has made some foreign investors cautious, though several international "
                "companies have signed agreements to test newer technologies that extract "
                "lithium directly from the brine."
            ),
            (
                "Direct extraction methods promise to be faster and to use less land, but they "
                "are relatively unproven at large scale. They also raise questions about water "
                "use, an issue of particular concern in an arid region where Indigenous "
                "communities depend on scarce water supplies for farming and herding."
            ),
            (
                "“People here are not against lithium, but they want to know what will happen to "
                "their water and their land,” said Teodoro Choque, a community leader from a "
                "village near the salt flats. “We have seen mining come and go before. This time "
                "we want to be part of the decisions.”"
            ),
            (
                "The outcome matters beyond Bolivia. If the country can develop its resources, "
                "it could become a major supplier to the global battery industry, easing "
                "concerns about shortages. If not, the lithium may stay in the ground, and the "
                "promise of a new source of prosperity may remain unfulfilled."
            ),
        ],
        "subheading": "Water, technology and sovereignty",
        "quote": {
            "text": (
                "Having the resource is the beginning of the story, not the end. The hard part "
                "is getting it out responsibly and profitably."
            ),
            "attribution": "Dr Carolina Arce, mining economist",
        },
        "read_more": None,
    },
    {
        "section": "science",
        "kind": "news",
        "headline": "Drought-tolerant sorghum variety approved for farmers in central Tanzania",
        "social_title": "",
        "standfirst": (
            "Developed over 12 years by plant breeders in Dodoma, the new variety produced "
            "higher yields than existing seed during three consecutive dry seasons in field "
            "trials."
        ),
        "authors": ["samuel-mensah"],
        "tags": ["agriculture", "climate"],
        "image_caption": "A farmer inspects heads of sorghum in a trial plot near Dodoma, Tanzania",
        "image_credit": "© Daniel Osei; Northlight Agency",
        "paragraphs": [
            (
                "A new drought-tolerant variety of sorghum has been approved for use by farmers "
                "in central Tanzania, after field trials showed it produced significantly higher "
                "yields than existing varieties during dry seasons. The variety was developed "
                "over 12 years by plant breeders at an agricultural research institute in Dodoma."
            ),
            (
                "Sorghum is a staple cereal for millions of people in semi-arid parts of Africa, "
                "valued for its ability to grow in poor soils and with limited water. But "
                "erratic rainfall in recent years has reduced harvests, and farmers have been "
                "looking for varieties better suited to shorter and less predictable rainy "
                "seasons."
            ),
            (
                "The new variety matures about two weeks earlier than the most common local "
                "types, allowing it to complete its growth before the rains end. In trials over "
                "three dry seasons, it produced yields around 30 percent higher on average than "
                "existing varieties grown alongside it."
            ),
            (
                "“When the rains fail, this sorghum still gives us something to harvest. That "
                "can mean the difference between eating and not eating,” said Neema Mollel, a "
                "farmer who took part in the trials near the town of Kondoa. “My neighbours saw "
                "my field last season and now they all want the seed.”"
            ),
            (
                "The breeders used conventional methods, crossing local varieties with "
                "drought-tolerant lines collected from other parts of Africa and selecting the "
                "best-performing plants over many generations. Farmers were involved throughout, "
                "helping to evaluate the plants for taste, cooking quality and resistance to "
                "birds."
            ),
            (
                "“A variety can look wonderful in a research plot and fail completely if farmers "
                "don’t like the way it tastes or how long it takes to cook,” said Dr Baraka "
                "Mushi, who led the breeding programme. “That is why we put farmers at the "
                "centre of the process from the beginning.”"
            ),
            (
                "The institute is working with seed companies and farmer cooperatives to "
                "multiply seed so that it can be widely distributed. Officials said they hoped "
                "to make enough available for tens of thousands of farmers within two seasons, "
                "with priority given to districts that suffered the worst losses in recent "
                "droughts."
            ),
            (
                "Researchers cautioned that drought-tolerant seed alone cannot solve the "
                "problems facing farmers in dry regions. Water harvesting, soil conservation and "
                "access to markets are also essential, they said, particularly as temperatures "
                "continue to rise across East Africa. The breeders are already working on a "
                "successor variety with better resistance to pests."
            ),
        ],
        "subheading": "Bred for short rains",
        "quote": {
            "text": (
                "When the rains fail, this sorghum still gives us something to harvest. That can "
                "mean the difference between eating and not eating."
            ),
            "attribution": "Neema Mollel, farmer",
        },
        "read_more": 38,
    },
]
