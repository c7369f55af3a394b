"""Broadsheet International demo edition: French (fr)."""

EDITION = {
    "language": "fr",
    "site_name": "Broadsheet International",
    "home_title": "Broadsheet International – Édition française",
    "sections": {
        "world": {
            "title": "Monde",
            "intro": (
                "Des reportages depuis les capitales, les régions frontalières et partout "
                "ailleurs, avec le contexte des événements qui façonnent l’actualité "
                "internationale."
            ),
        },
        "business": {
            "title": "Économie",
            "intro": (
                "Marchés, entreprises, commerce et forces économiques qui déterminent la façon "
                "dont chacun gagne sa vie, dépense et construit."
            ),
        },
        "science": {
            "title": "Sciences",
            "intro": (
                "Découvertes, recherche et les femmes et les hommes qui les portent, des "
                "grands fonds marins à l’orbite terrestre basse."
            ),
        },
        "culture": {
            "title": "Culture",
            "intro": (
                "Cinéma, musique, livres et arts, couverts par nos critiques et correspondants "
                "dans le monde entier."
            ),
        },
        "sport": {
            "title": "Sport",
            "intro": (
                "Résultats, étoiles montantes et histoires en marge du terrain qui donnent "
                "tout son sens au sport international."
            ),
        },
        "opinion": {
            "title": "Opinions",
            "intro": (
                "Chroniques et tribunes des plumes de Broadsheet International, clairement "
                "identifiées et ouvertes à la contradiction."
            ),
        },
    },
    "authors": {
        "amara-okafor": {
            "name": "Amara Okafor",
            "role": "Correspondante diplomatique",
            "bio": (
                "Amara Okafor couvre les sommets, les traités et les négociations plus "
                "discrètes qui les entourent. Elle a auparavant été en poste à Abuja, Nairobi "
                "et Bruxelles, et a étudié le droit international à Genève."
            ),
        },
        "lukas-brenner": {
            "name": "Lukas Brenner",
            "role": "Chef du service Économie",
            "bio": (
                "Lukas Brenner dirige la couverture des entreprises, des marchés et du "
                "commerce à Broadsheet International. Avant de rejoindre le réseau, il a suivi "
                "pendant dix ans l’industrie européenne depuis Francfort et Rotterdam."
            ),
        },
        "priya-raman": {
            "name": "Priya Raman",
            "role": "Correspondante scientifique",
            "bio": (
                "Priya Raman écrit sur la recherche spatiale, la santé et le monde naturel. "
                "Biologiste marine de formation, elle a étudié à Chennai avant de se tourner "
                "vers le journalisme."
            ),
        },
        "mateo-alvarez": {
            "name": "Mateo Álvarez",
            "role": "Correspondant culture",
            "bio": (
                "Mateo Álvarez couvre le cinéma, la musique et les livres depuis Mexico. Il a "
                "suivi des festivals sur quatre continents et a passé un jour une année "
                "entière en tournée comme musicien."
            ),
        },
        "hana-sato": {
            "name": "Hana Sato",
            "role": "Correspondante Asie-Pacifique",
            "bio": (
                "Hana Sato couvre depuis Tokyo la politique, l’économie et la société en Asie "
                "de l’Est et du Sud-Est. Elle a rejoint Broadsheet International après avoir "
                "travaillé pour un quotidien régional d’Osaka."
            ),
        },
        "tomasz-wisniewski": {
            "name": "Tomasz Wiśniewski",
            "role": "Correspondant sport",
            "bio": (
                "Tomasz Wiśniewski a couvert cinq Jeux olympiques et plus de finales de "
                "football qu’il ne saurait en compter. Il est basé à Varsovie et joue toujours "
                "dans une ligue du dimanche."
            ),
        },
        "leila-haddad": {
            "name": "Leila Haddad",
            "role": "Responsable des pages Opinions",
            "bio": (
                "Leila Haddad dirige les pages Opinions de Broadsheet International et signe "
                "une chronique hebdomadaire sur les villes, l’école et la vie publique. Elle a "
                "grandi à Beyrouth et à Marseille et a auparavant travaillé comme chercheuse "
                "en politiques publiques."
            ),
        },
        "samuel-mensah": {
            "name": "Samuel Mensah",
            "role": "Correspondant climat et énergie",
            "bio": (
                "Samuel Mensah couvre la science du climat, les systèmes énergétiques et "
                "celles et ceux qui vivent avec un environnement en mutation. Basé à Accra, il "
                "est ingénieur civil de formation."
            ),
        },
    },
    "privacy_title": "Politique de confidentialité",
    "privacy_body": (
        "<h2>Les données que nous collectons</h2><p>La lecture de Broadsheet International ne "
        "nécessite aucun compte et ne dépose aucun cookie. Si vous créez un compte, nous "
        "conservons votre adresse e-mail, votre mot de passe (sous forme hachée) et les "
        "articles que vous enregistrez.</p><h2>Cookies</h2><p>Nous déposons un cookie "
        "uniquement pour maintenir votre connexion, pour protéger les formulaires contre la "
        "falsification et, si vous l’acceptez, pour mémoriser votre choix en matière de "
        "consentement. Nous n’utilisons aucun cookie publicitaire ni de traçage.</p><h2>Vos "
        "droits</h2><p>Vous pouvez à tout moment, depuis la page de votre compte, télécharger "
        "l’ensemble des données que nous détenons à votre sujet ou supprimer votre compte.</p>"
    ),
    "articles": {
        0: {
            "headline": (
                "Les ministres d’Asie centrale s’accordent sur un projet de partage de l’eau à "
                "l’issue des pourparlers de Genève"
            ),
            "social_title": "Un projet de partage de l’eau rédigé à Genève",
            "standfirst": (
                "Cinq gouvernements s’engagent à surveiller ensemble le débit des fleuves et à "
                "suivre un calendrier saisonnier de lâchers d’eau, mais le texte doit encore "
                "être approuvé dans chaque pays."
            ),
            "image_caption": (
                "Des délégués arrivent pour la séance de clôture des pourparlers sur l’eau à Genève"
            ),
            "subheading": "Des capteurs sur chaque grand barrage",
            "quote": {
                "text": (
                    "Pour la première fois, nous regarderons tous les mêmes chiffres au même "
                    "moment."
                ),
                "attribution": "Dilnoza Karimova, cheffe d’une délégation technique",
            },
            "paragraphs": [
                (
                    "Les ministres de l’Eau de cinq États d’Asie centrale se sont accordés "
                    "jeudi sur un projet d’accord-cadre pour le partage du débit des deux "
                    "grands fleuves de la région, au terme de quatre jours de pourparlers à "
                    "Genève que des responsables ont qualifiés de plus fructueux depuis une "
                    "décennie. Le texte fixe un calendrier saisonnier de lâchers d’eau pour "
                    "les réservoirs situés en amont et engage toutes les parties à mettre en "
                    "place un système de surveillance commun."
                ),
                (
                    "L’accord doit encore être approuvé par chaque gouvernement avant d’entrer "
                    "en vigueur, un processus qui devrait prendre au moins six mois selon les "
                    "négociateurs. Les précédentes tentatives d’accord régional avaient "
                    "achoppé au même stade, souvent sur la question de savoir quelle quantité "
                    "d’eau retenir en hiver pour l’hydroélectricité et quelle quantité lâcher "
                    "en été pour l’irrigation."
                ),
                (
                    "« Pour la première fois, nous regarderons tous les mêmes chiffres au même "
                    "moment », a déclaré Dilnoza Karimova, qui dirigeait l’une des délégations "
                    "techniques. « La plupart de nos différends ont commencé par quelqu’un "
                    "accusant quelqu’un d’autre de dissimuler des données. Cet argument-là n’a "
                    "désormais plus lieu d’être. »"
                ),
                (
                    "Aux termes du projet, des stations de mesure automatiques seraient "
                    "installées sur chaque grand barrage et en une douzaine de points le long "
                    "des principaux cours d’eau, avec des relevés publiés en ligne toutes les "
                    "heures. Un petit secrétariat commun, financé à parts égales par les cinq "
                    "États, gérerait le réseau et publierait une prévision avant chaque saison "
                    "de culture."
                ),
                (
                    "Les organisations d’agriculteurs du bassin inférieur ont salué ce "
                    "résultat, tout en estimant que la véritable épreuve viendrait lors d’une "
                    "année sèche. Les producteurs de coton et de blé situés en aval se "
                    "plaignent régulièrement que les lâchers tardifs des réservoirs d’amont "
                    "privent leurs cultures d’eau au moment précis où elles en ont le plus "
                    "besoin."
                ),
                (
                    "« Un calendrier sur le papier, c’est un bon début, mais nous avons déjà "
                    "eu des promesses », a souligné Rustam Alimov, qui préside une association "
                    "de producteurs dans la partie inférieure du bassin. « Ce qui compte pour "
                    "mes adhérents, c’est de savoir si l’eau arrive vraiment en juin, pas ce "
                    "qui a été signé en Suisse. »"
                ),
                (
                    "Des responsables des États d’amont, qui dépendent fortement de "
                    "l’hydroélectricité pour le chauffage en hiver, ont indiqué que "
                    "l’accord-cadre prévoyait une compensation pour l’énergie à laquelle ils "
                    "renonceraient en lâchant davantage d’eau en été. Les modalités de ce "
                    "mécanisme, notamment la question de savoir qui paierait et à quel prix, "
                    "ont été confiées à un groupe de travail."
                ),
                (
                    "Les pourparlers étaient organisés par une équipe de facilitation neutre "
                    "et soutenus par plusieurs banques de développement, qui ont fait savoir "
                    "qu’elles pourraient contribuer au financement des équipements de "
                    "surveillance. Les négociateurs doivent se retrouver au printemps à Almaty "
                    "pour faire le point sur la ratification et sur les annexes techniques."
                ),
            ],
        },
        1: {
            "headline": (
                "Castellan Logistics commande 140 locomotives à hydrogène et mise sur un fret "
                "plus propre"
            ),
            "social_title": "",
            "standfirst": (
                "L’opérateur de fret ferroviaire milanais affirme que cette commande, la plus "
                "importante de son histoire, remplacera d’ici la fin de la décennie "
                "l’essentiel de sa flotte diesel sur les lignes non électrifiées."
            ),
            "image_caption": (
                "Un train de marchandises Castellan attend à l’aube sur une voie de garage "
                "près de Vérone"
            ),
            "subheading": "L’approvisionnement, point de blocage",
            "quote": {
                "text": (
                    "Nos clients nous demandent de prouver que leurs marchandises ont été "
                    "transportées proprement, et le diesel ne le permet pas."
                ),
                "attribution": "Giulia Ferrante, directrice générale de Castellan Logistics",
            },
            "paragraphs": [
                (
                    "Castellan Logistics, l’un des plus grands opérateurs privés de fret "
                    "ferroviaire d’Europe du Sud, a commandé 140 locomotives à hydrogène, un "
                    "contrat estimé à 1,6 milliard d’euros. Selon l’entreprise, ces trains "
                    "remplaceront l’essentiel de sa flotte diesel sur les lignes dépourvues de "
                    "caténaires, en particulier dans les contreforts des Alpes et dans les "
                    "Balkans."
                ),
                (
                    "Les locomotives seront construites par un consortium mené par Vantor Rail "
                    "Systems dans des usines en Italie et en Slovénie, les premières "
                    "livraisons étant attendues d’ici deux ans. Castellan indique avoir "
                    "négocié des options pour 60 unités supplémentaires si la première flotte "
                    "atteint ses objectifs de performance lors de son premier hiver en "
                    "service."
                ),
                (
                    "« Nos clients nous demandent de prouver que leurs marchandises ont été "
                    "transportées proprement, et le diesel ne le permet pas », a expliqué "
                    "Giulia Ferrante, directrice générale de l’entreprise. « Électrifier "
                    "chaque ligne secondaire prendrait des décennies. L’hydrogène nous permet "
                    "de décarboner les lignes que nous exploitons réellement aujourd’hui, sans "
                    "attendre des infrastructures qui ne verront peut-être jamais le jour. »"
                ),
                (
                    "Pour les analystes, cette commande constitue un important vote de "
                    "confiance envers une technologie jusqu’ici testée surtout sur de courtes "
                    "lignes de voyageurs. Les trains de marchandises sont plus lourds et "
                    "parcourent de plus longues distances, ce qui impose davantage de "
                    "contraintes au stockage du carburant et aux piles à combustible qui "
                    "transforment l’hydrogène en électricité."
                ),
                (
                    "La principale incertitude concerne l’approvisionnement. Castellan a signé "
                    "un accord préliminaire avec un énergéticien pour construire des stations "
                    "de ravitaillement sur quatre de ses principaux sites, mais l’hydrogène "
                    "qui y sera distribué sera d’abord produit en partie à partir de gaz "
                    "naturel, ce qui, selon les détracteurs, affaiblit l’intérêt climatique de "
                    "la transition."
                ),
                (
                    "« La locomotive, c’est la partie facile », estime Henrik Aaltonen, "
                    "analyste transport au cabinet de conseil Nordvik Partners. « La question "
                    "est de savoir s’il y aura suffisamment d’hydrogène réellement bas carbone "
                    "disponible, à un prix qui permette à une entreprise de fret de rivaliser "
                    "avec le transport routier. Aujourd’hui, personne ne peut le garantir. »"
                ),
                (
                    "Giulia Ferrante a indiqué que l’entreprise s’attendait à ce que la part "
                    "d’hydrogène produit à partir d’électricité renouvelable augmente "
                    "régulièrement à mesure que de nouvelles usines d’électrolyse entreront en "
                    "service dans le nord de l’Italie. Elle s’est refusée à fixer une date "
                    "pour une flotte fonctionnant entièrement à l’hydrogène vert, mais a "
                    "précisé que les contrats avaient été rédigés pour le favoriser."
                ),
                (
                    "L’action Castellan a gagné 3,4 % à la Bourse de Milan après l’annonce. "
                    "Des opérateurs concurrents en Autriche et en Allemagne mènent leurs "
                    "propres essais d’hydrogène, et les organisations professionnelles "
                    "s’attendent à d’autres commandes si les premières flottes se montrent "
                    "fiables pendant une année complète d’exploitation intensive."
                ),
            ],
        },
        2: {
            "headline": (
                "Une campagne en eaux profondes au large des Açores découvre 30 espèces "
                "inconnues de la science"
            ),
            "social_title": "30 nouvelles espèces découvertes au large des Açores",
            "standfirst": (
                "Une expédition de six semaines sur des montagnes sous-marines de l’Atlantique "
                "Nord a recensé des coraux, des éponges et des poissons qui, selon les "
                "chercheurs, n’ont jamais été décrits."
            ),
            "image_caption": (
                "Un robot sous-marin téléguidé est mis à l’eau depuis le navire de recherche "
                "Arquipélago dans l’Atlantique"
            ),
            "subheading": "La vie sur les flancs des monts sous-marins",
            "quote": {
                "text": (
                    "Chaque plongée nous a fait découvrir quelque chose que nous ne savions "
                    "pas nommer."
                ),
                "attribution": "Marta Quintal, cheffe scientifique de l’expédition",
            },
            "paragraphs": [
                (
                    "Des scientifiques qui exploraient une chaîne de montagnes sous-marines au "
                    "sud-ouest des Açores ont identifié une trentaine d’espèces qu’ils pensent "
                    "nouvelles pour la science, dont une holothurie bioluminescente et une "
                    "éponge qui pousse en colonnes spiralées de plus d’un mètre de haut. Ces "
                    "découvertes sont issues d’une expédition de six semaines qui s’est "
                    "achevée le mois dernier."
                ),
                (
                    "L’équipe a utilisé un robot sous-marin téléguidé pour filmer et "
                    "échantillonner les flancs de cinq monts sous-marins jusqu’à 3 000 mètres "
                    "de profondeur. Les spécimens ont été envoyés à des musées de Lisbonne, "
                    "Bergen et Plymouth, où des taxonomistes passeront l’année à déterminer "
                    "quels animaux n’ont jamais été formellement décrits."
                ),
                (
                    "« Chaque plongée nous a fait découvrir quelque chose que nous ne savions "
                    "pas nommer », raconte Marta Quintal, de l’université des Açores, cheffe "
                    "scientifique de l’expédition. « Nous nous attendions à une poignée de "
                    "nouvelles espèces. Au lieu de cela, dès la troisième semaine, nous avons "
                    "dû rationner les bocaux à échantillons. »"
                ),
                (
                    "Les monts sous-marins sont connus pour abriter une vie foisonnante, car "
                    "les courants qui remontent le long de leurs flancs apportent des "
                    "nutriments venus des profondeurs. Pourtant, moins de 1 % des dizaines de "
                    "milliers de monts sous-marins que compterait la planète ont été étudiés "
                    "en détail, ce qui laisse d’importantes lacunes dans la connaissance de la "
                    "biodiversité des grands fonds."
                ),
                (
                    "Les chercheurs ont également documenté de vastes jardins de coraux d’eau "
                    "froide, dont certains semblent vieux de plusieurs siècles. Sur deux "
                    "monts, ils ont relevé des dégâts causés par des engins de pêche perdus, "
                    "notamment des lignes emmêlées et des branches de corail brisées près des "
                    "sommets, là où la pression de pêche est généralement la plus forte."
                ),
                (
                    "« Ce sont des écosystèmes à croissance lente, qui mettent des centaines "
                    "d’années à se rétablir », souligne Oskar Lindahl, écologue marin dans un "
                    "institut de recherche norvégien, qui n’a pas participé à l’expédition. "
                    "« Des inventaires comme celui-ci sont exactement les éléments dont les "
                    "autorités régionales ont besoin avant de décider où placer les "
                    "protections. »"
                ),
                (
                    "Le gouvernement régional des Açores a indiqué qu’il tiendrait compte de "
                    "ces résultats lors de la révision des limites de son réseau d’aires "
                    "marines protégées. Marta Quintal a précisé que l’équipe rendrait "
                    "publiques ses cartes des fonds marins et ses images vidéo afin que "
                    "d’autres chercheurs et les décideurs puissent s’en servir."
                ),
                (
                    "L’expédition a été financée par un programme de recherche européen et une "
                    "fondation privée consacrée aux océans. Une deuxième campagne, prévue à "
                    "l’automne, retournera sur deux des monts pour y installer des instruments "
                    "qui enregistreront la température et le taux d’oxygène pendant plusieurs "
                    "années, afin d’aider les scientifiques à comprendre comment le "
                    "réchauffement des eaux pourrait affecter ces écosystèmes."
                ),
            ],
        },
        3: {
            "headline": (
                "Le festival du film de Lagos s’ouvre sur un nombre record de premiers longs "
                "métrages venus de toute l’Afrique"
            ),
            "social_title": "",
            "standfirst": (
                "Selon les organisateurs, plus de la moitié des films en compétition cette "
                "année sont des premiers films, signe d’un essor de la production à petit "
                "budget d’Accra à Kinshasa."
            ),
            "image_caption": (
                "Des invités se rassemblent sur le tapis rouge devant le principal lieu du "
                "festival, sur Victoria Island"
            ),
            "subheading": "Des téléphones, des ordinateurs portables et de l’ambition",
            "quote": {
                "text": (
                    "Un jeune réalisateur avec un téléphone et une bonne histoire peut "
                    "désormais se présenter devant un jury international."
                ),
                "attribution": "Folake Adeyemi, directrice du festival",
            },
            "paragraphs": [
                (
                    "L’Eko Screen Festival s’est ouvert vendredi à Lagos avec la programmation "
                    "la plus riche de son histoire : 48 longs métrages venus de 19 pays. Selon "
                    "les organisateurs, 26 d’entre eux sont des premiers films, un record pour "
                    "la manifestation, et le nombre de candidatures a augmenté de près de 40 % "
                    "par rapport à l’an dernier."
                ),
                (
                    "Le film d’ouverture, un drame familial qui se déroule le temps d’un seul "
                    "week-end pluvieux dans la ville nigériane d’Ibadan, a été écrit et "
                    "réalisé par Tunde Bakare, 27 ans. Il a été tourné en 18 jours avec un "
                    "budget que le cinéaste décrit comme « inférieur à la facture du traiteur "
                    "sur un plateau hollywoodien »."
                ),
                (
                    "« Un jeune réalisateur avec un téléphone et une bonne histoire peut "
                    "désormais se présenter devant un jury international », explique Folake "
                    "Adeyemi, directrice du festival. « Il y a dix ans, la plupart de ces "
                    "films n’auraient jamais été achevés, et encore moins projetés. Les outils "
                    "sont devenus bon marché, et le talent a toujours été là. »"
                ),
                (
                    "Cet essor reflète des changements plus larges dans le cinéma africain, où "
                    "la baisse du coût du matériel et le développement des plateformes de "
                    "streaming ont ouvert de nouvelles voies vers le public. Plusieurs des "
                    "premiers films en compétition ont été financés en partie par du "
                    "financement participatif en ligne et en partie par de petites subventions "
                    "d’organismes culturels régionaux."
                ),
                (
                    "Selon les programmateurs du festival, les meilleures propositions "
                    "viennent du Ghana, du Kenya et de la République démocratique du Congo, "
                    "avec un nombre remarquable de films tournés en langues locales plutôt "
                    "qu’en anglais ou en français. Un documentaire sur une équipe de football "
                    "féminine de Kinshasa a été longuement ovationné lors de sa projection de "
                    "presse."
                ),
                (
                    "Tout le monde n’est pas convaincu que ce boom soit durable. Lors d’un "
                    "forum professionnel organisé le premier jour du festival, des producteurs "
                    "ont averti que peu de réalisateurs parviennent à réunir les fonds "
                    "nécessaires à un deuxième film, et que les contrats de distribution "
                    "restent rares en dehors d’une poignée de grandes plateformes de "
                    "streaming."
                ),
                (
                    "« Être sélectionné dans un festival, c’est le début, pas la fin », "
                    "rappelle Kwabena Ofori, producteur installé à Accra. « Ce qu’il nous "
                    "faut, ce sont des salles, des chaînes et des distributeurs qui paient "
                    "réellement pour ces films, pour que les gens puissent en vivre et pas "
                    "seulement s’en servir comme carte de visite. »"
                ),
                (
                    "Le festival se tient pendant neuf jours dans six lieux de Lagos, dont "
                    "deux écrans en plein air dans des parcs publics. Les prix seront remis "
                    "lors de la soirée de clôture ; le lauréat du meilleur premier film "
                    "recevra une aide au développement pour un deuxième projet et une place "
                    "sur un marché de la coproduction en Europe."
                ),
            ],
        },
        4: {
            "headline": (
                "La lycéenne kényane Wanjiru Kamau bat le record du monde junior du 5 000 m à "
                "Nairobi"
            ),
            "social_title": "",
            "standfirst": (
                "À 17 ans, la jeune athlète de la vallée du Rift a couru seule la majeure "
                "partie de la course, en altitude, et a amélioré l’ancienne marque de plus de "
                "neuf secondes."
            ),
            "image_caption": (
                "Wanjiru Kamau franchit la ligne d’arrivée au stade national Nyayo de Nairobi"
            ),
            "subheading": "Courir entre deux cours",
            "quote": {
                "text": (
                    "Je ne pensais qu’à mes examens de la semaine prochaine, alors j’ai couru "
                    "vite pour rentrer à la maison."
                ),
                "attribution": "Wanjiru Kamau",
            },
            "paragraphs": [
                (
                    "Wanjiru Kamau, lycéenne de 17 ans originaire de la vallée du Rift, a "
                    "battu samedi le record du monde junior du 5 000 mètres lors des "
                    "sélections nationales à Nairobi. Son temps est inférieur de plus de neuf "
                    "secondes à l’ancienne meilleure marque, et elle l’a réalisé à une "
                    "altitude d’environ 1 700 mètres."
                ),
                (
                    "Kamau a pris la tête peu après le premier kilomètre et a couru seule les "
                    "dix tours restants, prenant un tour à la moitié du peloton avant la "
                    "cloche. Les officiels ont confirmé le temps après vérification du "
                    "chronométrage électronique et ont indiqué que le record serait soumis à "
                    "homologation selon la procédure habituelle."
                ),
                (
                    "« Je ne pensais qu’à mes examens de la semaine prochaine, alors j’ai "
                    "couru vite pour rentrer à la maison », a confié Kamau aux journalistes "
                    "après la course, en riant. « Mon entraîneur m’avait dit d’être patiente "
                    "au milieu de la course, mais je me sentais forte et je ne voulais "
                    "attendre personne. »"
                ),
                (
                    "Kamau est pensionnaire dans un établissement proche de la ville d’Iten, "
                    "où l’emploi du temps a été aménagé pour lui permettre de s’entraîner deux "
                    "fois par jour. Son entraîneur, Joseph Kiprono, estime que l’école a joué "
                    "un rôle crucial dans sa progression, car elle a exigé qu’elle poursuive "
                    "ses études tout en participant aux compétitions."
                ),
                (
                    "« Les gens pensent que le talent fait tout, mais c’est la structure qui "
                    "le fait durer », affirme Kiprono. « Elle va en cours, elle fait ses "
                    "devoirs, elle court, elle dort. Nous ne sommes pas pressés. Elle peut "
                    "être une grande athlète à 25 ans et à 30 ans si nous prenons soin d’elle "
                    "maintenant. »"
                ),
                (
                    "Les responsables de l’athlétisme kényan ont indiqué que Kamau serait "
                    "sélectionnée pour les championnats du monde des moins de 20 ans plus tard "
                    "dans l’année, mais qu’aucune décision n’avait été prise quant à sa "
                    "participation à des compétitions seniors. Plusieurs anciens champions ont "
                    "mis en garde contre la tentation d’imposer trop tôt des calendriers de "
                    "courses chargés aux adolescents."
                ),
                (
                    "Cette course a couronné un excellent week-end pour le demi-fond et le "
                    "fond kényans, avec des records nationaux également tombés sur le 3 000 "
                    "mètres steeple féminin et le 10 000 mètres masculin. Le public était plus "
                    "nombreux qu’à l’accoutumée pour des sélections, de nombreux supporters "
                    "ayant fait le déplacement depuis la vallée du Rift."
                ),
                (
                    "Kamau a déclaré qu’elle comptait retourner en classe lundi et qu’elle "
                    "n’avait aucune intention de passer professionnelle avant d’avoir terminé "
                    "ses examens. Interrogée sur les Jeux olympiques, elle a souri et répondu "
                    "qu’elle voulait y aller un jour, mais que pour l’instant sa plus grande "
                    "ambition était de réussir en chimie."
                ),
            ],
        },
        5: {
            "headline": "Les promesses ne suffiront pas à rafraîchir nos villes",
            "social_title": "",
            "standfirst": (
                "La chaleur est désormais le phénomène météorologique le plus meurtrier dans "
                "de nombreuses villes, et pourtant la plupart des plans climat urbains "
                "traitent encore l’ombre et les arbres comme de la décoration plutôt que comme "
                "une infrastructure."
            ),
            "image_caption": (
                "Des habitants s’abritent du soleil de l’après-midi sous un arbre isolé, sur "
                "une place bétonnée de Marseille"
            ),
            "subheading": "L’ombre est une infrastructure",
            "quote": {
                "text": (
                    "Un arbre planté mais jamais arrosé, c’est un communiqué de presse, pas "
                    "une politique."
                ),
                "attribution": "Leila Haddad",
            },
            "paragraphs": [
                (
                    "Chaque été, les mairies du monde entier publient le même type d’annonce : "
                    "un nouveau plan canicule, l’objectif de planter un million d’arbres, une "
                    "carte des lieux rafraîchis. Puis la chaleur arrive, et les plus "
                    "vulnérables – les personnes âgées, ceux qui travaillent en extérieur, les "
                    "habitants de petits appartements sous des toits brûlants – découvrent à "
                    "quel point peu de choses ont changé dans leur rue."
                ),
                (
                    "Le problème n’est pas un manque de connaissances. Nous savons que les "
                    "rues ombragées peuvent être plus fraîches de plusieurs degrés que les "
                    "rues exposées, que les toits clairs renvoient la chaleur et que les "
                    "espaces verts aident les quartiers à se rafraîchir la nuit. Ce qui nous "
                    "manque, c’est la volonté de traiter ces éléments comme des "
                    "infrastructures essentielles, avec les budgets et les plans d’entretien "
                    "qui vont avec."
                ),
                (
                    "L’été dernier, j’ai passé une matinée avec Nadia Belkacem, qui préside "
                    "une association de locataires dans une cité de tours en périphérie de ma "
                    "ville natale. Elle m’a montré une rangée de jeunes arbres plantés deux "
                    "ans plus tôt, pour la plupart morts. « Ils sont venus avec des caméras "
                    "pour les planter, m’a-t-elle dit. Personne n’est revenu avec de l’eau. »"
                ),
                (
                    "Un arbre planté mais jamais arrosé, c’est un communiqué de presse, pas "
                    "une politique. La foresterie urbaine a besoin de personnel permanent, "
                    "d’irrigation et d’un plan pour les cinq premières années de la vie d’un "
                    "arbre, lorsqu’il est le plus fragile. Ces coûts sont modestes comparés à "
                    "ceux des routes ou de l’assainissement, et pourtant ce sont les premiers "
                    "sacrifiés quand les budgets se resserrent."
                ),
                (
                    "La même logique s’applique aux bâtiments. Isoler et équiper de volets "
                    "extérieurs les logements sociaux protégerait les locataires en hiver "
                    "comme en été. Certaines villes ont commencé à le faire à grande échelle, "
                    "mais beaucoup privilégient encore des projets vitrines dans les quartiers "
                    "centraux plutôt que les quartiers où la chaleur tue réellement."
                ),
                (
                    "Les responsables de santé publique défendent cet argument depuis des "
                    "années. « Après chaque canicule, nous comptons les morts, puis nous "
                    "repartons de zéro », déplore Maarten Vos, épidémiologiste qui a étudié la "
                    "mortalité liée à la chaleur dans les villes européennes. « Si n’importe "
                    "quel autre danger tuait autant de monde, nous aurions reconstruit le "
                    "système depuis longtemps. »"
                ),
                (
                    "Rien de tout cela n’est glamour. Des voiles d’ombrage au-dessus des "
                    "arrêts de bus, des fontaines à boire qui fonctionnent, des parcs ouverts "
                    "tard les nuits de forte chaleur et des écoles dotées de salles "
                    "rafraîchies pour les voisins vulnérables ne remporteront aucun prix "
                    "d’architecture. Mais c’est toute la différence entre un plan qui se lit "
                    "bien et un plan qui maintient les gens en vie."
                ),
                (
                    "Les maires devraient être jugés non pas sur le nombre d’arbres qu’ils "
                    "annoncent, mais sur le nombre de ceux qui sont encore debout cinq ans "
                    "plus tard, et sur le fait que les quartiers les plus pauvres soient "
                    "devenus plus frais. Tout le reste n’est qu’une promesse faite à la météo, "
                    "et la météo n’écoute pas."
                ),
            ],
        },
        6: {
            "headline": (
                "Le littoral central du Chili se prépare à un rationnement de l’eau, les "
                "réservoirs au plus bas"
            ),
            "social_title": "",
            "standfirst": (
                "Les autorités de la région de Valparaíso préviennent que des coupures "
                "tournantes pourraient commencer le mois prochain si les pluies d’automne "
                "n’arrivent pas tôt."
            ),
            "image_caption": (
                "Le lit presque asséché d’un réservoir s’étend vers les collines à l’est de "
                "Valparaíso"
            ),
            "subheading": "Les producteurs d’avocats sur la sellette",
            "quote": {
                "text": (
                    "Nous demandons à chacun de se comporter comme si la pluie n’allait pas "
                    "venir, parce qu’elle pourrait ne pas venir."
                ),
                "attribution": "Claudia Fuenzalida, commissaire régionale à l’eau",
            },
            "paragraphs": [
                (
                    "Les autorités de l’eau de la région chilienne de Valparaíso ont averti "
                    "que des coupures tournantes pourraient commencer d’ici quelques semaines, "
                    "après que les principaux réservoirs alimentant les villes côtières sont "
                    "tombés à leur plus bas niveau depuis le début des relevés. Selon les "
                    "météorologues, la région entre dans une deuxième année consécutive de "
                    "sécheresse sévère."
                ),
                (
                    "Le plan d’urgence prévoit que les quartiers soient privés de pression "
                    "dans le réseau jusqu’à 12 heures d’affilée selon un calendrier tournant, "
                    "les hôpitaux, les écoles et les maisons de retraite étant exemptés. Des "
                    "camions-citernes seraient déployés dans les quartiers des collines, où "
                    "l’approvisionnement est déjà irrégulier aux heures de pointe, selon les "
                    "responsables."
                ),
                (
                    "« Nous demandons à chacun de se comporter comme si la pluie n’allait pas "
                    "venir, parce qu’elle pourrait ne pas venir », a déclaré Claudia "
                    "Fuenzalida, commissaire régionale à l’eau. « Chaque litre économisé "
                    "aujourd’hui est un litre que nous n’aurons pas à rationner demain. Les "
                    "ménages, les entreprises et les exploitations agricoles doivent tous "
                    "prendre leur part. »"
                ),
                (
                    "La sécheresse a relancé le débat sur l’usage de l’eau dans l’agriculture, "
                    "qui représente l’essentiel de la consommation dans la région. Les grandes "
                    "plantations d’avocatiers et d’agrumes sur les coteaux environnants "
                    "dépendent de l’irrigation, et les habitants de plusieurs communes rurales "
                    "accusent les producteurs d’épuiser des puits qui servent aussi à l’eau "
                    "potable."
                ),
                (
                    "« Ma famille vit dans cette vallée depuis quatre générations et nous "
                    "n’avions jamais acheté d’eau en bouteille », témoigne Ernesto Valdivia, "
                    "habitant d’un village agricole situé dans l’arrière-pays. « Maintenant, "
                    "les camions passent deux fois par semaine et les vergers sur la colline "
                    "sont toujours verts. Les gens sont en colère. »"
                ),
                (
                    "Les associations de producteurs affirment avoir massivement investi dans "
                    "l’irrigation au goutte-à-goutte et avoir déjà réduit leur consommation "
                    "d’un tiers au cours de la dernière décennie. Elles font valoir que "
                    "l’agriculture fait vivre des dizaines de milliers d’emplois et que la "
                    "solution passe par de nouvelles infrastructures, notamment des usines de "
                    "dessalement et un meilleur stockage des pluies d’hiver."
                ),
                (
                    "Le gouvernement chilien étudie des projets de deux usines de dessalement "
                    "sur le littoral central, mais aucune ne serait opérationnelle avant "
                    "plusieurs années. En attendant, l’autorité régionale a lancé une campagne "
                    "invitant les habitants à prendre des douches plus courtes, à réparer les "
                    "fuites et à éviter d’arroser leur jardin pendant la journée."
                ),
                (
                    "Selon les climatologues, les précipitations dans le centre du Chili "
                    "diminuent depuis plusieurs décennies et les années sèches deviennent plus "
                    "fréquentes. Les prévisionnistes jugent modérément probable une "
                    "pluviométrie supérieure à la normale cet hiver, mais les responsables ont "
                    "souligné que même une saison humide ne suffirait pas à remplir "
                    "complètement des réservoirs vidés en deux ans."
                ),
            ],
        },
        7: {
            "headline": (
                "Pourquoi les tarifs du transport par conteneurs repartent à la hausse, et qui "
                "finit par payer"
            ),
            "social_title": "Pourquoi le fret maritime coûte de nouveau plus cher",
            "standfirst": (
                "Des routes plus longues, des calendriers plus serrés et une vague de nouveaux "
                "navires livrés en retard ont fait remonter les prix du fret. Ce qui alimente "
                "la hausse, et qui la supporte."
            ),
            "image_caption": (
                "Des conteneurs empilés attendent d’être chargés dans un terminal du port de Busan"
            ),
            "subheading": "Du quai à la caisse",
            "quote": {
                "text": (
                    "Le fret pèse peu dans le prix d’un téléviseur, mais beaucoup dans celui "
                    "d’un sac de riz."
                ),
                "attribution": "Arun Mehta, économiste spécialiste du commerce",
            },
            "paragraphs": [
                (
                    "Le coût du transport d’un conteneur standard entre l’Asie et l’Europe a à "
                    "peu près doublé depuis le début de l’année, selon les indices du secteur, "
                    "mettant fin à une longue baisse qui avait ramené les prix vers leurs "
                    "niveaux d’avant la pandémie. La hausse est moins spectaculaire que la "
                    "flambée d’il y a quelques années, mais elle est générale et persistante."
                ),
                (
                    "Plusieurs facteurs sont à l’œuvre. Des inquiétudes sécuritaires sur "
                    "certaines routes maritimes ont poussé les armateurs vers des itinéraires "
                    "plus longs, ce qui allonge les traversées de plusieurs jours et retire de "
                    "fait des navires de la circulation. Dans le même temps, l’engorgement de "
                    "quelques grands ports de transbordement a perturbé les calendriers, "
                    "laissant des navires au mouillage au lieu de transporter des "
                    "marchandises."
                ),
                (
                    "Résultat : un marché plus tendu que ne le laissent penser les chiffres "
                    "mis en avant. « Il y a plus de navires dans le monde que jamais, mais ils "
                    "passent plus de temps en mer pour accomplir le même travail », explique "
                    "Ingrid Solheim, analyste du transport maritime à Oslo. « La capacité sur "
                    "le papier et la capacité réelle sont deux choses très différentes. »"
                ),
                (
                    "Une importante vague de nouveaux porte-conteneurs commandés pendant les "
                    "années fastes arrive sur le marché, ce qui devrait normalement faire "
                    "baisser les prix. Mais de nombreuses livraisons ont été retardées par "
                    "l’engorgement des chantiers navals, et certains armateurs ont choisi de "
                    "démanteler des navires anciens plutôt que d’augmenter leur capacité, ce "
                    "qui maintient l’offre plus équilibrée que beaucoup ne l’avaient prévu."
                ),
                (
                    "Pour les consommateurs, l’impact dépend beaucoup de la nature des "
                    "marchandises. Le fret ne représente qu’une infime fraction du prix des "
                    "produits à forte valeur comme l’électronique ou les vêtements. Pour les "
                    "produits encombrants et bon marché, des meubles aux conserves, un "
                    "doublement des tarifs de transport peut changer sensiblement ce que l’on "
                    "trouve en rayon."
                ),
                (
                    "« Le fret pèse peu dans le prix d’un téléviseur, mais beaucoup dans celui "
                    "d’un sac de riz », résume Arun Mehta, économiste spécialiste du commerce "
                    "à Singapour. « C’est pourquoi les pays importateurs les plus pauvres "
                    "ressentent généralement ces variations les premiers et le plus durement, "
                    "bien avant que quiconque en Europe ne s’en aperçoive. »"
                ),
                (
                    "Les distributeurs ont jusqu’ici absorbé une grande partie de la hausse, "
                    "grâce à des contrats signés lorsque les tarifs étaient plus bas. Ces "
                    "contrats seront renégociés dans les mois à venir, et les entreprises qui "
                    "importent avec des marges serrées, en particulier les plus petites, sans "
                    "accords à long terme, sont les plus susceptibles de répercuter les coûts "
                    "sur leurs clients."
                ),
                (
                    "La suite dépend de facteurs difficiles à prévoir. Si les routes maritimes "
                    "redeviennent normales et que l’engorgement se résorbe, l’afflux de "
                    "nouveaux navires pourrait de nouveau faire chuter les tarifs. Si les "
                    "perturbations persistent, les analystes s’attendent à ce que les prix "
                    "restent élevés jusque tard l’an prochain, exerçant sur l’inflation une "
                    "pression modeste mais tenace."
                ),
            ],
        },
        8: {
            "headline": (
                "Le quart de nuit : dans un observatoire du désert qui traque les astéroïdes "
                "avant qu’ils ne nous trouvent"
            ),
            "social_title": "Une nuit avec les chasseurs d’astéroïdes",
            "standfirst": (
                "Sur les hauteurs de l’Atacama chilien, une petite équipe scrute le ciel à la "
                "recherche d’objets géocroiseurs. La plupart des nuits n’apportent rien "
                "d’inquiétant. C’est justement le but."
            ),
            "image_caption": (
                "La coupole du télescope de surveillance de Cerro Vigía s’ouvre tandis que le "
                "soleil se couche sur l’Atacama"
            ),
            "subheading": "Des points qui bougent",
            "quote": {
                "text": (
                    "Quatre-vingt-dix-neuf nuits sur cent, mon travail consiste à prouver que "
                    "quelque chose est inoffensif."
                ),
                "attribution": "Lucía Paredes, responsable des opérations d’observation",
            },
            "paragraphs": [
                (
                    "À huit heures du soir, alors que les dernières lueurs orangées "
                    "s’éteignent sur l’Atacama, la coupole du télescope de surveillance de "
                    "Cerro Vigía s’ouvre en grinçant. Dans une salle de contrôle située à "
                    "quelques centaines de mètres, Lucía Paredes se sert un café, consulte les "
                    "données météo et s’installe pour une nuit qu’elle espère sans histoire."
                ),
                (
                    "Le télescope fait partie de la poignée d’instruments dans le monde "
                    "consacrés à la recherche d’astéroïdes géocroiseurs, ces rochers dont "
                    "l’orbite les amène près de la trajectoire de notre planète autour du "
                    "Soleil. Sa caméra grand champ photographie plusieurs fois par nuit les "
                    "mêmes portions de ciel, et un logiciel compare les images à la recherche "
                    "de points lumineux qui se déplacent par rapport aux étoiles fixes."
                ),
                (
                    "« Quatre-vingt-dix-neuf nuits sur cent, mon travail consiste à prouver "
                    "que quelque chose est inoffensif », explique Lucía Paredes en faisant "
                    "défiler une liste de détections candidates. « Nous trouvons un point qui "
                    "bouge, nous le mesurons, d’autres observatoires le mesurent, et en un "
                    "jour ou deux nous pouvons généralement dire qu’il nous manquera avec une "
                    "marge très confortable. »"
                ),
                (
                    "Le travail est minutieux. De nombreux candidats se révèlent être des "
                    "satellites, du bruit de la caméra ou des objets déjà répertoriés dans le "
                    "catalogue. Chaque véritable nouvel astéroïde doit être observé à "
                    "plusieurs reprises pour que son orbite puisse être calculée, et les "
                    "données sont transmises à un centre international qui coordonne les "
                    "observations de suivi par des télescopes situés sur d’autres continents."
                ),
                (
                    "Le site a été choisi pour son ciel exceptionnel. À 2 600 mètres "
                    "d’altitude, dans l’un des endroits les plus secs de la planète, on compte "
                    "plus de 300 nuits claires par an et quasiment aucune pollution lumineuse. "
                    "La ville la plus proche est à deux heures de route par une piste de "
                    "gravier, et le personnel dort dans des dortoirs préfabriqués entre deux "
                    "quarts."
                ),
                (
                    "Tomás Ibarra, ingénieur logiciel arrivé dans l’équipe il y a trois ans, a "
                    "passé l’essentiel de ce temps à apprendre au système de détection à "
                    "ignorer le nombre croissant de satellites qui traversent son champ de "
                    "vision. « Certaines nuits, il y a des centaines de traînées sur les "
                    "images, raconte-t-il. Chacune est une fausse alerte qu’il faut filtrer "
                    "avant de pouvoir voir les rochers. »"
                ),
                (
                    "Vers trois heures du matin, un nouveau candidat apparaît : un point "
                    "faible, qui se déplace vite. Lucía Paredes le signale et envoie les "
                    "coordonnées à un observatoire partenaire en Australie, où il fait encore "
                    "nuit. À l’heure du petit-déjeuner, les mesures sont arrivées. L’objet "
                    "mesure environ 40 mètres et passera à plusieurs millions de kilomètres de "
                    "la Terre le mois prochain."
                ),
                (
                    "C’est, en d’autres termes, une bonne nuit. Lucía Paredes consigne la "
                    "découverte, referme la coupole face au soleil levant et regagne le "
                    "dortoir à pied. « Les gens imaginent que nous attendons le grand impact, "
                    "dit-elle. En réalité, nous dressons une carte, pour que si un rocher "
                    "dangereux existe un jour, nous l’ayons repéré des années à l’avance. »"
                ),
            ],
        },
        9: {
            "headline": (
                "Un opéra de Vienne commande pour la première fois une œuvre à un compositeur "
                "de jeux vidéo"
            ),
            "social_title": "",
            "standfirst": (
                "Kaito Morishima, dont les musiques de jeux de fantasy ont été écoutées en "
                "streaming des centaines de millions de fois, composera une œuvre complète "
                "pour la saison 2027."
            ),
            "image_caption": (
                "Kaito Morishima au piano de répétition, dans les salles de travail de l’opéra "
                "à Vienne"
            ),
            "subheading": "Un nouveau public au parterre",
            "quote": {
                "text": (
                    "L’opéra était le divertissement à grand spectacle de son époque. "
                    "Aujourd’hui, ce sont les jeux."
                ),
                "attribution": "Kaito Morishima",
            },
            "paragraphs": [
                (
                    "Une grande maison d’opéra viennoise a commandé un opéra complet au "
                    "compositeur japonais Kaito Morishima, surtout connu pour ses partitions "
                    "orchestrales de jeux vidéo de fantasy. L’œuvre, provisoirement intitulée "
                    "Le Gardien de la lanterne, sera créée lors de la saison 2027 et chantée "
                    "en allemand, sur un livret de la poétesse autrichienne Verena Hollitsch."
                ),
                (
                    "À 44 ans, Kaito Morishima a écrit la musique de plus d’une douzaine de "
                    "jeux, et ses bandes originales ont été écoutées en streaming des "
                    "centaines de millions de fois. Les tournées de concerts consacrées à sa "
                    "musique de jeux affichent régulièrement complet dans les salles "
                    "symphoniques d’Asie et d’Europe, souvent devant un public qui fréquente "
                    "rarement les concerts classiques."
                ),
                (
                    "« L’opéra était le divertissement à grand spectacle de son époque. "
                    "Aujourd’hui, ce sont les jeux », a déclaré Kaito Morishima lors d’une "
                    "conférence de presse à Vienne. « Les deux racontent de grandes histoires "
                    "chargées d’émotion avec la musique au centre, et j’ai moins l’impression "
                    "d’entrer dans un pays étranger que de rendre visite à un parent "
                    "éloigné. »"
                ),
                (
                    "Le directeur artistique de la maison, Ferdinand Weisskopf, a expliqué que "
                    "cette commande s’inscrivait dans un effort délibéré pour toucher un "
                    "public plus jeune. Les données de billetterie montrent que l’âge moyen "
                    "des abonnés n’a cessé d’augmenter et que les spectateurs venus pour la "
                    "première fois reviennent bien moins souvent qu’il y a vingt ans."
                ),
                (
                    "« Nous ne commandons pas une bande originale de jeu avec des chanteurs. "
                    "Nous commandons un opéra à un compositeur sérieux qui se trouve avoir un "
                    "très large public », a précisé Ferdinand Weisskopf. « Si certains de ces "
                    "auditeurs franchissent nos portes pour la première fois grâce à son nom, "
                    "c’est une chose merveilleuse. »"
                ),
                (
                    "L’annonce a suscité des réactions contrastées chez les critiques. "
                    "Certains y ont vu la reconnaissance tardive d’un genre qui a produit "
                    "certaines des musiques orchestrales les plus écoutées de ces dernières "
                    "décennies. D’autres se sont demandé si un compositeur formé en grande "
                    "partie à l’écriture de boucles et de séquences interactives saurait tenir "
                    "une structure dramatique de trois heures."
                ),
                (
                    "Kaito Morishima a indiqué avoir étudié la composition à Tokyo avant de se "
                    "tourner vers le jeu vidéo et nourrir depuis longtemps le désir d’écrire "
                    "pour la scène. L’histoire, celle d’une femme qui garde un phare sur une "
                    "île isolée au fil d’un siècle de bouleversements, est en cours "
                    "d’élaboration avec Verena Hollitsch depuis deux ans."
                ),
                (
                    "L’opéra a également annoncé une série de concerts gratuits consacrés à la "
                    "musique de jeux de Kaito Morishima dans un parc viennois l’été prochain. "
                    "L’objectif, selon la maison, est de faire découvrir son orchestre et son "
                    "chœur aux admirateurs du compositeur bien avant la création de l’opéra."
                ),
            ],
        },
        10: {
            "headline": (
                "L’Atlético Rambla de Montevideo en finale continentale au terme d’une séance "
                "de tirs au but haletante"
            ),
            "social_title": "",
            "standfirst": (
                "Le modeste club uruguayen a arrêté trois tirs au but à La Paz et disputera la "
                "première finale continentale de ses 96 ans d’histoire."
            ),
            "image_caption": (
                "Les joueurs de l’Atlético Rambla célèbrent la qualification devant leurs "
                "supporters après la séance de tirs au but"
            ),
            "subheading": "L’altitude, les nerfs et un gardien remplaçant",
            "quote": {
                "text": (
                    "J’ai dit aux gars que personne ne se souvient de l’altitude quand on gagne."
                ),
                "attribution": "Horacio Benítez, entraîneur de l’Atlético Rambla",
            },
            "paragraphs": [
                (
                    "L’Atlético Rambla, modeste club du quartier du front de mer de "
                    "Montevideo, s’est qualifié mercredi soir pour la finale de la deuxième "
                    "compétition continentale sud-américaine des clubs en s’imposant aux tirs "
                    "au but (4-2) face au Club Illimani à La Paz. La demi-finale s’était "
                    "soldée par un score cumulé de 1-1 après deux manches tendues."
                ),
                (
                    "Le match se jouait à plus de 3 600 mètres d’altitude, un défi redouté des "
                    "équipes visiteuses. Rambla a passé une grande partie de la seconde "
                    "période à défendre très bas face aux assauts des locaux, en quête du but "
                    "de la victoire, et son gardien remplaçant, Facundo Olmedo, 21 ans, entré "
                    "en jeu à la place du capitaine blessé, a réalisé plusieurs arrêts "
                    "décisifs."
                ),
                (
                    "Olmedo a ensuite arrêté trois des quatre tirs au but d’Illimani, en "
                    "plongeant à chaque fois sur sa droite. « J’ai regardé leurs penalties en "
                    "vidéo pendant deux jours, mais au bout du compte j’ai simplement suivi "
                    "mon instinct, a-t-il raconté. J’ai attendu longtemps sur le banc une "
                    "soirée comme celle-ci. »"
                ),
                (
                    "Le club, fondé par des dockers en 1929, n’a jamais remporté de titre "
                    "majeur et joue dans un stade de moins de 10 000 places. Son budget ne "
                    "représente qu’une fraction de celui des grands clubs de Montevideo, et "
                    "plusieurs de ses titulaires concilient le football avec un emploi à temps "
                    "partiel."
                ),
                (
                    "« J’ai dit aux gars que personne ne se souvient de l’altitude quand on "
                    "gagne », a confié l’entraîneur Horacio Benítez, ancien défenseur à la "
                    "tête de l’équipe depuis trois saisons. « Nous avons souffert, nous avons "
                    "respiré quand nous le pouvions, et nous y avons cru. C’est pour les gens "
                    "de la Rambla, qui n’ont jamais cessé de venir. »"
                ),
                (
                    "Des milliers de supporters se sont rassemblés le long de la promenade du "
                    "front de mer de Montevideo pour suivre la séance de tirs au but sur des "
                    "écrans géants installés par des commerçants du quartier. La fête s’est "
                    "prolongée jusqu’au petit matin, au son des klaxons dans toute la ville et "
                    "des chants des supporters devant le modeste siège du club."
                ),
                (
                    "Rambla affrontera le Sport Recife Atlântico, club brésilien au budget "
                    "bien plus important, lors d’une finale sur un seul match à Asunción le "
                    "mois prochain. Le vainqueur obtiendra une place dans la plus prestigieuse "
                    "compétition de clubs du continent la saison prochaine, ainsi qu’une "
                    "dotation qui transformerait les finances de Rambla."
                ),
                (
                    "Horacio Benítez a indiqué que ses joueurs allaient savourer ce moment, "
                    "mais qu’ils reprendraient l’entraînement vendredi. « Ce soir, on rêve ; "
                    "demain, on travaille, a-t-il lancé. Nous ne sommes pas favoris pour la "
                    "finale, et nous ne l’avons jamais été. Cela ne nous a jamais arrêtés. »"
                ),
            ],
        },
        11: {
            "headline": (
                "Décryptage : pourquoi les producteurs de cacao ghanéens se tournent vers "
                "d’autres cultures"
            ),
            "social_title": "Décryptage : le cacao ghanéen à la croisée des chemins",
            "standfirst": (
                "Vieillissement des arbres, maladies, pluies irrégulières et attrait de "
                "cultures plus vite rentables poussent les planteurs à repenser une culture "
                "qui façonne la vie rurale depuis un siècle."
            ),
            "image_caption": (
                "Un agriculteur examine de jeunes cabosses de cacao sur une petite "
                "exploitation de la région Ouest du Ghana"
            ),
            "subheading": "L’économie d’une culture lente",
            "quote": {
                "text": (
                    "C’est mon grand-père qui a planté ces arbres. Je ne suis pas sûre que mon "
                    "fils en voudra."
                ),
                "attribution": "Abena Owusu, productrice de cacao",
            },
            "paragraphs": [
                (
                    "Le Ghana est l’un des premiers producteurs mondiaux de cacao, et cette "
                    "culture constitue depuis longtemps la colonne vertébrale de son économie "
                    "rurale. Mais dans les principales régions productrices, un nombre "
                    "croissant de petits exploitants réduisent leur production de cacao, voire "
                    "l’abandonnent complètement. Ce décryptage en explique les raisons et ce "
                    "que cela pourrait signifier pour les agriculteurs comme pour "
                    "l’approvisionnement mondial en chocolat."
                ),
                (
                    "Le premier problème est l’âge. De nombreux cacaoyers ghanéens ont été "
                    "plantés il y a plusieurs décennies et ont largement dépassé leurs années "
                    "les plus productives. Replanter est coûteux et lent, car un jeune arbre "
                    "met trois à cinq ans à donner une récolte significative, ce qui laisse "
                    "entre-temps une famille presque sans revenu sur cette parcelle."
                ),
                (
                    "Les maladies ont aggravé la situation. Un virus propagé par de minuscules "
                    "insectes a infecté de vastes superficies, et le seul remède fiable "
                    "consiste à abattre les arbres touchés. « C’est mon grand-père qui a "
                    "planté ces arbres. Je ne suis pas sûre que mon fils en voudra », confie "
                    "Abena Owusu, qui cultive quatre hectares près de la ville de Sefwi "
                    "Asawinso."
                ),
                (
                    "La météo constitue la troisième contrainte. Planteurs et agronomes font "
                    "état de saisons des pluies moins prévisibles, avec des périodes sèches "
                    "plus longues à des moments clés du cycle de croissance. Le cacaoyer est "
                    "un arbre d’ombre qui prospère dans une humidité stable, et il est "
                    "sensible à la fois au stress thermique et aux fortes averses pendant la "
                    "floraison."
                ),
                (
                    "Dans ce contexte, d’autres cultures paraissent attrayantes. L’hévéa, le "
                    "palmier à huile et les cultures vivrières comme le manioc et la banane "
                    "plantain rapportent plus vite et se vendent par des circuits plus "
                    "souples. Dans certains districts, des terres ont également été perdues au "
                    "profit de l’orpaillage artisanal, qui rapporte de l’argent rapidement "
                    "mais laisse souvent les sols et les rivières gravement endommagés."
                ),
                (
                    "Les prix comptent aussi. Au Ghana, le cacao est vendu dans le cadre d’un "
                    "système encadré par l’État, qui fixe pour chaque campagne un prix garanti "
                    "au producteur. Cela offre de la stabilité, mais lorsque les cours "
                    "mondiaux s’envolent, les agriculteurs peuvent avoir le sentiment de "
                    "passer à côté. « Le prix annoncé à la radio et le prix que je touche, ce "
                    "sont deux histoires différentes », résume Abena Owusu."
                ),
                (
                    "Les autorités affirment qu’un programme de replantation, des engrais "
                    "subventionnés et la lutte contre le virus permettront de rétablir la "
                    "production dans les années à venir. Des économistes estiment qu’on "
                    "pourrait faire davantage pour donner aux agriculteurs une plus grande "
                    "part de la valeur de leurs fèves, en les transformant au Ghana plutôt "
                    "qu’en exportant du cacao brut pour qu’il soit broyé ailleurs."
                ),
                (
                    "Pour les chocolatiers, une baisse de la production en Afrique de l’Ouest, "
                    "qui fournit l’essentiel du cacao mondial, signifie des coûts plus élevés "
                    "et plus volatils. Pour les familles d’agriculteurs, la question est plus "
                    "fondamentale : une culture qui a façonné des générations peut-elle encore "
                    "faire vivre, ou la prochaine génération cultivera-t-elle tout autre "
                    "chose ?"
                ),
            ],
        },
    },
}
