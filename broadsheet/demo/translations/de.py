"""Broadsheet International demo edition: German (de)."""

EDITION = {
    "language": "de",
    "site_name": "Broadsheet International",
    "home_title": "Broadsheet International – Deutsche Ausgabe",
    "sections": {
        "world": {
            "title": "Welt",
            "intro": (
                "Berichte aus Hauptstädten, Grenzregionen und von überall dazwischen – mit "
                "Hintergründen zu den Geschichten, die das internationale Geschehen prägen."
            ),
        },
        "business": {
            "title": "Wirtschaft",
            "intro": (
                "Märkte, Unternehmen, Handel und die wirtschaftlichen Kräfte, die bestimmen, "
                "wie Menschen verdienen, ausgeben und aufbauen."
            ),
        },
        "science": {
            "title": "Wissenschaft",
            "intro": (
                "Entdeckungen, Forschung und die Menschen dahinter – von der Tiefsee bis in "
                "die erdnahe Umlaufbahn."
            ),
        },
        "culture": {
            "title": "Kultur",
            "intro": (
                "Film, Musik, Bücher und Kunst, begleitet von Kritikern und Korrespondenten in "
                "aller Welt."
            ),
        },
        "sport": {
            "title": "Sport",
            "intro": (
                "Ergebnisse, aufstrebende Talente und die Geschichten abseits des Spielfelds, "
                "die dem internationalen Sport seine Bedeutung geben."
            ),
        },
        "opinion": {
            "title": "Meinung",
            "intro": (
                "Kolumnen und Standpunkte von Autorinnen und Autoren von Broadsheet "
                "International – klar gekennzeichnet und offen für Widerspruch."
            ),
        },
    },
    "authors": {
        "amara-okafor": {
            "name": "Amara Okafor",
            "role": "Diplomatische Korrespondentin",
            "bio": (
                "Amara Okafor berichtet über Gipfeltreffen, Verträge und die leiseren "
                "Verhandlungen, die sie begleiten. Zuvor war sie als Reporterin in Abuja, "
                "Nairobi und Brüssel tätig; in Genf studierte sie Völkerrecht."
            ),
        },
        "lukas-brenner": {
            "name": "Lukas Brenner",
            "role": "Wirtschaftsredakteur",
            "bio": (
                "Lukas Brenner leitet die Berichterstattung von Broadsheet International über "
                "Unternehmen, Märkte und Handel. Bevor er zum Netzwerk kam, berichtete er ein "
                "Jahrzehnt lang aus Frankfurt und Rotterdam über die europäische Industrie."
            ),
        },
        "priya-raman": {
            "name": "Priya Raman",
            "role": "Wissenschaftskorrespondentin",
            "bio": (
                "Priya Raman schreibt über Forschung zu Weltraum, Gesundheit und Natur. Sie "
                "wurde in Chennai zur Meeresbiologin ausgebildet, bevor sie in den "
                "Journalismus wechselte."
            ),
        },
        "mateo-alvarez": {
            "name": "Mateo Álvarez",
            "role": "Kulturkorrespondent",
            "bio": (
                "Mateo Álvarez berichtet von Mexiko-Stadt aus über Film, Musik und Literatur. "
                "Er war bei Festivals auf vier Kontinenten und verbrachte einmal ein Jahr als "
                "Tourmusiker."
            ),
        },
        "hana-sato": {
            "name": "Hana Sato",
            "role": "Korrespondentin für den Asien-Pazifik-Raum",
            "bio": (
                "Hana Sato berichtet von Tokio aus über Politik, Wirtschaft und Gesellschaft "
                "in Ost- und Südostasien. Sie kam von einer Regionalzeitung in Osaka zu "
                "Broadsheet International."
            ),
        },
        "tomasz-wisniewski": {
            "name": "Tomasz Wiśniewski",
            "role": "Sportkorrespondent",
            "bio": (
                "Tomasz Wiśniewski war bei fünf Olympischen Spielen und bei mehr "
                "Fußballendspielen, als er sich merken kann. Er lebt in Warschau und spielt "
                "noch immer in einer Sonntagsliga."
            ),
        },
        "leila-haddad": {
            "name": "Leila Haddad",
            "role": "Leiterin des Meinungsressorts",
            "bio": (
                "Leila Haddad betreut die Meinungsseiten von Broadsheet International und "
                "schreibt eine wöchentliche Kolumne über Städte, Schulen und öffentliches "
                "Leben. Sie wuchs in Beirut und Marseille auf und war zuvor in der "
                "Politikforschung tätig."
            ),
        },
        "samuel-mensah": {
            "name": "Samuel Mensah",
            "role": "Korrespondent für Klima und Energie",
            "bio": (
                "Samuel Mensah berichtet über Klimaforschung, Energiesysteme und die Menschen, "
                "die mit einer sich wandelnden Umwelt leben. Er lebt in Accra und hat einen "
                "Hintergrund als Bauingenieur."
            ),
        },
    },
    "privacy_title": "Datenschutzerklärung",
    "privacy_body": (
        "<h2>Welche Daten wir erheben</h2><p>Zum Lesen von Broadsheet International brauchen "
        "Sie kein Konto, und wir setzen dabei kein Cookie. Wenn Sie ein Konto anlegen, "
        "speichern wir Ihre E-Mail-Adresse, Ihr Passwort (als Hash) und die Artikel, die Sie "
        "sich merken.</p><h2>Cookies</h2><p>Wir setzen ein Cookie nur, um Sie angemeldet zu "
        "halten, um Formulare vor Fälschung zu schützen und – wenn Sie zustimmen – um Ihre "
        "Einwilligungsentscheidung zu speichern. Wir verwenden keine Werbe- oder "
        "Tracking-Cookies.</p><h2>Ihre Rechte</h2><p>Sie können jederzeit auf Ihrer Kontoseite "
        "alle Daten herunterladen, die wir über Sie gespeichert haben, oder Ihr Konto "
        "löschen.</p>"
    ),
    "articles": {
        0: {
            "headline": (
                "Zentralasiatische Minister einigen sich nach Genfer Gesprächen auf Entwurf "
                "zur Wasserverteilung"
            ),
            "social_title": "Rahmenabkommen zur Wasserverteilung in Genf entworfen",
            "standfirst": (
                "Fünf Regierungen verpflichten sich zur gemeinsamen Überwachung der Flusspegel "
                "und zu einem saisonalen Abflussplan – doch der Text muss in den Hauptstädten "
                "noch gebilligt werden."
            ),
            "image_caption": (
                "Delegierte treffen zur Abschlusssitzung der Wassergespräche in Genf ein"
            ),
            "subheading": "Sensoren an jedem großen Staudamm",
            "quote": {
                "text": (
                    "Zum ersten Mal werden wir alle zur selben Zeit auf dieselben Zahlen schauen."
                ),
                "attribution": "Dilnoza Karimova, Leiterin einer technischen Delegation",
            },
            "paragraphs": [
                (
                    "Die Wasserminister von fünf zentralasiatischen Staaten haben sich am "
                    "Donnerstag auf den Entwurf eines Rahmenabkommens zur Aufteilung des "
                    "Wassers der beiden großen Flüsse der Region geeinigt. Damit endeten vier "
                    "Verhandlungstage in Genf, die Beteiligte als die ergiebigsten seit einem "
                    "Jahrzehnt bezeichneten. Der Text legt einen saisonalen Abflussplan für "
                    "die flussaufwärts gelegenen Stauseen fest und verpflichtet alle Seiten zu "
                    "einem gemeinsamen Überwachungssystem."
                ),
                (
                    "Bevor das Abkommen in Kraft treten kann, muss es noch von jeder einzelnen "
                    "Regierung gebilligt werden – ein Prozess, der nach Einschätzung der "
                    "Unterhändler mindestens sechs Monate dauern wird. Frühere Anläufe zu "
                    "einer regionalen Vereinbarung sind in genau dieser Phase ins Stocken "
                    "geraten, häufig an der Frage, wie viel Wasser im Winter für die "
                    "Wasserkraft zurückgehalten und wie viel im Sommer für die Bewässerung "
                    "abgelassen werden soll."
                ),
                (
                    "„Zum ersten Mal werden wir alle zur selben Zeit auf dieselben Zahlen "
                    "schauen“, sagte Dilnoza Karimova, die eine der technischen Delegationen "
                    "leitete. „Die meisten unserer Streitigkeiten begannen damit, dass jemand "
                    "einem anderen vorwarf, Daten zurückzuhalten. Dieses Argument ist damit "
                    "vom Tisch.“"
                ),
                (
                    "Nach dem Entwurf sollen an jedem großen Staudamm und an einem Dutzend "
                    "Punkten entlang der Hauptläufe automatische Pegelmesser installiert "
                    "werden, deren Messwerte stündlich online veröffentlicht werden. Ein "
                    "kleines gemeinsames Sekretariat, das die fünf Staaten zu gleichen Teilen "
                    "finanzieren, soll das Netz betreiben und vor jeder Anbausaison eine "
                    "Prognose vorlegen."
                ),
                (
                    "Bauernverbände im Unterlauf begrüßten das Ergebnis, erklärten aber, die "
                    "eigentliche Bewährungsprobe komme in einem trockenen Jahr. Baumwoll- und "
                    "Weizenbauern flussabwärts haben sich wiederholt beklagt, dass verspätete "
                    "Abgaben aus den oberen Stauseen ihren Feldern genau dann das Wasser "
                    "vorenthalten, wenn sie es am dringendsten brauchen."
                ),
                (
                    "„Ein Zeitplan auf dem Papier ist ein guter Anfang, aber Versprechen "
                    "hatten wir schon früher“, sagte Rustam Alimow, der einem Erzeugerverband "
                    "am Unterlauf des Beckens vorsteht. „Für meine Mitglieder zählt, ob das "
                    "Wasser im Juni tatsächlich ankommt – nicht, was in der Schweiz "
                    "unterschrieben wurde.“"
                ),
                (
                    "Vertreter der Oberliegerstaaten, die zum Heizen im Winter stark auf "
                    "Wasserkraft angewiesen sind, erklärten, das Rahmenwerk sehe einen "
                    "Ausgleich für die Energie vor, auf die sie verzichten, wenn sie im Sommer "
                    "mehr Wasser ablassen. Die Einzelheiten dieser Regelung, darunter die "
                    "Frage, wer zu welchem Preis zahlt, wurden einer Arbeitsgruppe übertragen."
                ),
                (
                    "Ausgerichtet wurden die Gespräche von einem neutralen Moderationsteam, "
                    "unterstützt von mehreren Entwicklungsbanken, die signalisiert haben, dass "
                    "sie sich an der Finanzierung der Messtechnik beteiligen könnten. Die "
                    "Unterhändler wollen im Frühjahr in Almaty erneut zusammenkommen, um die "
                    "Fortschritte bei der Ratifizierung und bei den technischen Anhängen zu "
                    "prüfen."
                ),
            ],
        },
        1: {
            "headline": (
                "Castellan Logistics bestellt 140 Wasserstofflokomotiven und setzt auf "
                "saubereren Güterverkehr"
            ),
            "social_title": "",
            "standfirst": (
                "Der Mailänder Schienengüterverkehrsbetreiber will mit dem größten Auftrag "
                "seiner Geschichte bis zum Ende des Jahrzehnts den Großteil seiner "
                "Dieselflotte auf nicht elektrifizierten Strecken ersetzen."
            ),
            "image_caption": (
                "Ein Güterzug von Castellan wartet im Morgengrauen auf einem Abstellbahnhof "
                "bei Verona"
            ),
            "subheading": "Engpass Kraftstoffversorgung",
            "quote": {
                "text": (
                    "Unsere Kunden verlangen von uns den Nachweis, dass ihre Waren sauber "
                    "transportiert wurden – und das kann Diesel nicht leisten."
                ),
                "attribution": "Giulia Ferrante, Vorstandschefin von Castellan Logistics",
            },
            "paragraphs": [
                (
                    "Castellan Logistics, einer der größten privaten "
                    "Schienengüterverkehrsbetreiber Südeuropas, hat 140 wasserstoffbetriebene "
                    "Lokomotiven bestellt. Der Auftrag hat einen geschätzten Wert von 1,6 "
                    "Milliarden Euro. Nach Angaben des Unternehmens sollen die Züge den "
                    "Großteil seiner Dieselflotte auf Strecken ohne Oberleitung ersetzen, vor "
                    "allem im Alpenvorland und auf dem Balkan."
                ),
                (
                    "Gebaut werden die Lokomotiven von einem Konsortium unter Führung von "
                    "Vantor Rail Systems in Werken in Italien und Slowenien; die ersten "
                    "Auslieferungen werden in zwei Jahren erwartet. Castellan hat nach eigenen "
                    "Angaben Optionen auf weitere 60 Einheiten ausgehandelt, falls die erste "
                    "Flotte in ihrem ersten Winter im Einsatz die Leistungsziele erreicht."
                ),
                (
                    "„Unsere Kunden verlangen von uns den Nachweis, dass ihre Waren sauber "
                    "transportiert wurden – und das kann Diesel nicht leisten“, sagte "
                    "Vorstandschefin Giulia Ferrante. „Jede Nebenstrecke zu elektrifizieren, "
                    "würde Jahrzehnte dauern. Mit Wasserstoff können wir die Strecken "
                    "dekarbonisieren, die wir heute tatsächlich befahren, ohne auf eine "
                    "Infrastruktur zu warten, die vielleicht nie kommt.“"
                ),
                (
                    "Analysten werteten den Auftrag als bedeutenden Vertrauensbeweis für eine "
                    "Technik, die bislang vor allem auf kurzen Personenverkehrsstrecken "
                    "erprobt wurde. Güterzüge sind schwerer und legen größere Entfernungen "
                    "zurück. Das stellt höhere Anforderungen an die Kraftstoffspeicherung und "
                    "an die Brennstoffzellen, die Wasserstoff in Strom umwandeln."
                ),
                (
                    "Die größte Unsicherheit ist die Versorgung. Castellan hat mit einem "
                    "Energieunternehmen eine Vorvereinbarung über den Bau von Tankanlagen an "
                    "vier seiner wichtigsten Betriebsbahnhöfe unterzeichnet. Der dort "
                    "abgegebene Wasserstoff wird anfangs jedoch teilweise aus Erdgas "
                    "hergestellt – was nach Ansicht von Kritikern den Klimanutzen der "
                    "Umstellung untergräbt."
                ),
                (
                    "„Die Lokomotive ist der einfache Teil“, sagte Henrik Aaltonen, "
                    "Verkehrsanalyst bei der Beratungsfirma Nordvik Partners. „Die Frage ist, "
                    "ob es genug wirklich kohlenstoffarmen Wasserstoff zu einem Preis geben "
                    "wird, bei dem ein Güterbahnunternehmen mit dem Straßengüterverkehr "
                    "konkurrieren kann. Das kann derzeit niemand versprechen.“"
                ),
                (
                    "Ferrante sagte, das Unternehmen rechne damit, dass der Anteil des mit "
                    "Ökostrom erzeugten Wasserstoffs stetig steigen werde, sobald in "
                    "Norditalien neue Elektrolyseanlagen ans Netz gehen. Ein Zieldatum für den "
                    "vollständigen Betrieb der Flotte mit grünem Wasserstoff wollte sie nicht "
                    "nennen; die Verträge seien aber so gestaltet, dass sie ihn begünstigten."
                ),
                (
                    "Die Castellan-Aktie stieg nach der Ankündigung in Mailand um 3,4 Prozent. "
                    "Konkurrenten in Österreich und Deutschland führen eigene Wasserstofftests "
                    "durch, und Branchenverbände rechnen mit weiteren Bestellungen, falls die "
                    "ersten Flotten ein ganzes Jahr unter hoher Belastung zuverlässig laufen."
                ),
            ],
        },
        2: {
            "headline": (
                "Tiefseeexpedition vor den Azoren entdeckt 30 der Wissenschaft bislang "
                "unbekannte Arten"
            ),
            "social_title": "30 neue Arten vor den Azoren entdeckt",
            "standfirst": (
                "Eine sechswöchige Expedition zu Unterwasserbergen im Nordatlantik hat "
                "Korallen, Schwämme und Fische dokumentiert, die nach Angaben der Forschenden "
                "noch nie beschrieben wurden."
            ),
            "image_caption": (
                "Ein ferngesteuerter Tauchroboter wird vom Forschungsschiff Arquipélago in den "
                "Atlantik hinabgelassen"
            ),
            "subheading": "Leben an den Hängen der Seeberge",
            "quote": {
                "text": (
                    "Bei jedem Tauchgang tauchte etwas auf, dem wir keinen Namen geben konnten."
                ),
                "attribution": "Dr. Marta Quintal, wissenschaftliche Leiterin der Expedition",
            },
            "paragraphs": [
                (
                    "Forschende, die eine Kette von Unterwasserbergen südwestlich der Azoren "
                    "untersucht haben, haben rund 30 Arten identifiziert, die ihrer Ansicht "
                    "nach der Wissenschaft neu sind – darunter eine biolumineszente Seegurke "
                    "und ein Schwamm, der in spiralförmigen Säulen von mehr als einem Meter "
                    "Höhe wächst. Die Funde stammen von einer sechswöchigen Expedition, die im "
                    "vergangenen Monat zu Ende ging."
                ),
                (
                    "Das Team setzte einen ferngesteuerten Tauchroboter ein, um die Hänge von "
                    "fünf Seebergen in bis zu 3000 Metern Tiefe zu filmen und Proben zu "
                    "nehmen. Die Exemplare wurden an Museen in Lissabon, Bergen und Plymouth "
                    "geschickt, wo Taxonomen im kommenden Jahr klären werden, welche Tiere "
                    "noch nie formal beschrieben wurden."
                ),
                (
                    "„Bei jedem Tauchgang tauchte etwas auf, dem wir keinen Namen geben "
                    "konnten“, sagte Dr. Marta Quintal von der Universität der Azoren, die "
                    "wissenschaftliche Leiterin der Expedition. „Wir hatten mit einer Handvoll "
                    "neuer Arten gerechnet. Stattdessen mussten wir schon in der dritten Woche "
                    "die Probengläser rationieren.“"
                ),
                (
                    "Seeberge beherbergen bekanntermaßen reiche Lebensgemeinschaften, weil "
                    "Strömungen, die an ihren Flanken aufsteigen, Nährstoffe aus der Tiefe "
                    "heranführen. Doch von den geschätzt Zehntausenden Seebergen der Welt ist "
                    "weniger als ein Prozent genauer untersucht worden, was große "
                    "Wissenslücken über die Artenvielfalt der Tiefsee hinterlässt."
                ),
                (
                    "Die Forschenden dokumentierten zudem ausgedehnte "
                    "Kaltwasserkorallengärten, von denen einige Jahrhunderte alt zu sein "
                    "scheinen. An zwei Seebergen fanden sie Schäden durch verlorenes "
                    "Fischereigerät, darunter verhedderte Leinen und abgebrochene Korallenäste "
                    "in Gipfelnähe, wo der Fischereidruck in der Regel am größten ist."
                ),
                (
                    "„Das sind langsam wachsende Ökosysteme, die Hunderte von Jahren brauchen, "
                    "um sich zu erholen“, sagte Dr. Oskar Lindahl, Meeresökologe an einem "
                    "norwegischen Forschungsinstitut, der nicht an der Expedition beteiligt "
                    "war. „Untersuchungen wie diese sind genau die Belege, die regionale "
                    "Behörden brauchen, bevor sie entscheiden, wo Schutzgebiete entstehen "
                    "sollen.“"
                ),
                (
                    "Die Regionalregierung der Azoren hat angekündigt, die Ergebnisse bei der "
                    "Überprüfung der Grenzen ihres Netzes von Meeresschutzgebieten zu "
                    "berücksichtigen. Quintal sagte, das Team werde seine Meeresbodenkarten "
                    "und Videoaufnahmen öffentlich zugänglich machen, damit andere Forschende "
                    "und politische Entscheidungsträger sie nutzen können."
                ),
                (
                    "Finanziert wurde die Expedition von einem europäischen Forschungsprogramm "
                    "und einer privaten Meeresstiftung. Bei einer zweiten Fahrt im Herbst "
                    "sollen zwei der Seeberge erneut angesteuert und dort Instrumente "
                    "installiert werden, die über mehrere Jahre Temperatur und "
                    "Sauerstoffgehalt aufzeichnen. Sie sollen helfen zu verstehen, wie sich "
                    "die Erwärmung des Wassers auf die Ökosysteme auswirken könnte."
                ),
            ],
        },
        3: {
            "headline": (
                "Filmfestival in Lagos eröffnet mit Rekordzahl an Debütfilmen aus ganz Afrika"
            ),
            "social_title": "",
            "standfirst": (
                "Nach Angaben der Veranstalter sind mehr als die Hälfte der diesjährigen "
                "Wettbewerbsbeiträge Erstlingswerke – Ausdruck eines Booms von "
                "Low-Budget-Produktionen von Accra bis Kinshasa."
            ),
            "image_caption": (
                "Gäste versammeln sich auf dem roten Teppich vor dem Hauptspielort des "
                "Festivals auf Victoria Island"
            ),
            "subheading": "Handys, Laptops und Ehrgeiz",
            "quote": {
                "text": (
                    "Wer jung ist und ein Handy und eine gute Geschichte hat, kann heute vor "
                    "eine internationale Jury kommen."
                ),
                "attribution": "Folake Adeyemi, Festivaldirektorin",
            },
            "paragraphs": [
                (
                    "Das Eko Screen Festival ist am Freitag in Lagos mit dem bislang größten "
                    "Programm seiner Geschichte eröffnet worden: 48 Spielfilme aus 19 Ländern. "
                    "Nach Angaben der Veranstalter sind 26 davon Debütfilme – ein Rekord für "
                    "das Festival. Die Zahl der Einreichungen sei im Vergleich zum Vorjahr um "
                    "fast 40 Prozent gestiegen."
                ),
                (
                    "Der Eröffnungsfilm, ein Familiendrama, das an einem einzigen verregneten "
                    "Wochenende in der nigerianischen Stadt Ibadan spielt, stammt von dem "
                    "27-jährigen Drehbuchautor und Regisseur Tunde Bakare. Gedreht wurde er in "
                    "18 Tagen mit einem Budget, das Bakare als „weniger als die "
                    "Catering-Rechnung an einem Hollywood-Set“ beschrieb."
                ),
                (
                    "„Wer jung ist und ein Handy und eine gute Geschichte hat, kann heute vor "
                    "eine internationale Jury kommen“, sagte Festivaldirektorin Folake "
                    "Adeyemi. „Vor zehn Jahren wären die meisten dieser Filme nie fertig "
                    "geworden, geschweige denn gezeigt worden. Die Werkzeuge sind billig "
                    "geworden, und das Talent war schon immer da.“"
                ),
                (
                    "Der Boom spiegelt einen breiteren Wandel im afrikanischen Filmschaffen "
                    "wider, wo sinkende Ausrüstungskosten und das Wachstum der "
                    "Streamingplattformen neue Wege zum Publikum eröffnet haben. Mehrere der "
                    "Debütfilme im Wettbewerb wurden teils über Crowdfunding im Internet und "
                    "teils über kleine Zuschüsse regionaler Kultureinrichtungen finanziert."
                ),
                (
                    "Den Programmverantwortlichen des Festivals zufolge kommen die stärksten "
                    "Beiträge aus Ghana, Kenia und der Demokratischen Republik Kongo, wobei "
                    "auffallend viele Filme in lokalen Sprachen statt auf Englisch oder "
                    "Französisch gedreht wurden. Ein Dokumentarfilm über eine "
                    "Frauenfußballmannschaft in Kinshasa erhielt bei seiner Pressevorführung "
                    "stehende Ovationen."
                ),
                (
                    "Nicht alle sind überzeugt, dass der Boom von Dauer ist. Produzenten "
                    "warnten bei einem Branchenforum am ersten Festivaltag, dass nur wenige "
                    "Debütregisseure das Geld für einen zweiten Film zusammenbekämen und "
                    "Vertriebsverträge außerhalb einer Handvoll großer Streamingdienste rar "
                    "blieben."
                ),
                (
                    "„Die Aufnahme in ein Festival ist der Anfang, nicht das Ende“, sagte "
                    "Kwabena Ofori, ein Produzent aus Accra. „Was wir brauchen, sind Kinos, "
                    "Sender und Verleiher, die für diese Filme tatsächlich bezahlen – damit "
                    "die Leute davon leben können und nicht nur eine Visitenkarte haben.“"
                ),
                (
                    "Das Festival dauert neun Tage und bespielt sechs Orte in Lagos, darunter "
                    "zwei Freiluftleinwände in öffentlichen Parks. Die Preise werden am "
                    "Abschlussabend vergeben; der Gewinner in der Kategorie bester Debütfilm "
                    "erhält einen Entwicklungszuschuss für ein zweites Projekt und einen Platz "
                    "auf einem Koproduktionsmarkt in Europa."
                ),
            ],
        },
        4: {
            "headline": (
                "Kenianische Schülerin Wanjiru Kamau bricht in Nairobi den U20-Weltrekord über "
                "5000 Meter"
            ),
            "social_title": "",
            "standfirst": (
                "Die 17-Jährige aus dem Rift Valley lief in der Höhe den größten Teil des "
                "Rennens allein und blieb mehr als neun Sekunden unter der bisherigen "
                "Bestmarke."
            ),
            "image_caption": (
                "Wanjiru Kamau überquert im Nyayo-Nationalstadion in Nairobi die Ziellinie"
            ),
            "subheading": "Laufen zwischen den Schulstunden",
            "quote": {
                "text": (
                    "Ich habe nur an meine Schulprüfungen nächste Woche gedacht, also bin ich "
                    "schnell gelaufen, um nach Hause zu kommen."
                ),
                "attribution": "Wanjiru Kamau",
            },
            "paragraphs": [
                (
                    "Wanjiru Kamau, eine 17-jährige Schülerin einer weiterführenden Schule aus "
                    "dem Rift Valley, hat am Samstag bei nationalen Ausscheidungswettkämpfen "
                    "in Nairobi den U20-Weltrekord über 5000 Meter gebrochen. Ihre Zeit war "
                    "mehr als neun Sekunden schneller als die bisherige Bestmarke – und das in "
                    "einer Höhe von rund 1700 Metern."
                ),
                (
                    "Kamau übernahm kurz nach dem ersten Kilometer die Führung und lief die "
                    "restlichen zehn Runden allein; noch vor der Glocke zur letzten Runde "
                    "hatte sie die Hälfte des Feldes überrundet. Die Offiziellen bestätigten "
                    "die Zeit nach Prüfung der elektronischen Zeitmessung und erklärten, der "
                    "Rekord werde auf dem üblichen Weg zur Anerkennung eingereicht."
                ),
                (
                    "„Ich habe nur an meine Schulprüfungen nächste Woche gedacht, also bin ich "
                    "schnell gelaufen, um nach Hause zu kommen“, sagte Kamau anschließend "
                    "lachend vor Reportern. „Mein Trainer hat mir gesagt, ich solle in der "
                    "Mitte des Rennens geduldig sein, aber ich fühlte mich stark und wollte "
                    "auf niemanden warten.“"
                ),
                (
                    "Kamau besucht ein Internat in der Nähe der Stadt Iten, wo der Stundenplan "
                    "so angepasst wurde, dass sie zweimal täglich trainieren kann. Ihr Trainer "
                    "Joseph Kiprono sagte, die Schule sei entscheidend für ihre Entwicklung "
                    "gewesen, weil sie darauf bestanden habe, dass Kamau neben dem Sport mit "
                    "ihrem Lernstoff Schritt hält."
                ),
                (
                    "„Die Leute glauben, Talent sei alles, aber erst Struktur sorgt dafür, "
                    "dass es hält“, sagte Kiprono. „Sie geht zum Unterricht, sie macht ihre "
                    "Hausaufgaben, sie läuft, sie schläft. Wir haben es nicht eilig. Sie kann "
                    "mit 25 und mit 30 eine großartige Athletin sein, wenn wir jetzt gut auf "
                    "sie aufpassen.“"
                ),
                (
                    "Kenianische Leichtathletikfunktionäre erklärten, Kamau werde für die "
                    "U20-Weltmeisterschaften im Laufe des Jahres nominiert; über einen Start "
                    "bei Wettkämpfen der Erwachsenen sei aber noch nicht entschieden. Mehrere "
                    "frühere Meisterinnen und Meister haben davor gewarnt, jugendliche "
                    "Läuferinnen und Läufer zu früh in dichte Wettkampfkalender zu drängen."
                ),
                (
                    "Der Lauf krönte ein starkes Wochenende für den kenianischen "
                    "Langstreckenlauf: Auch im Hindernislauf der Frauen und über 10 000 Meter "
                    "der Männer fielen Landesrekorde. Für einen Ausscheidungswettkampf waren "
                    "ungewöhnlich viele Zuschauer im Stadion, viele Fans waren eigens aus dem "
                    "Rift Valley angereist."
                ),
                (
                    "Kamau sagte, sie wolle am Montag in die Schule zurückkehren und habe kein "
                    "Interesse daran, Profi zu werden, bevor sie ihre Prüfungen abgeschlossen "
                    "habe. Auf die Olympischen Spiele angesprochen, lächelte sie und sagte, "
                    "sie wolle eines Tages dabei sein – im Moment sei ihr größter Ehrgeiz "
                    "aber, die Chemieprüfung zu bestehen."
                ),
            ],
        },
        5: {
            "headline": "Mit Versprechen allein kühlen sich unsere Städte nicht ab",
            "social_title": "",
            "standfirst": (
                "Hitze ist in vielen Städten inzwischen die tödlichste Wettergefahr. Dennoch "
                "behandeln die meisten städtischen Klimapläne Schatten und Bäume noch immer "
                "als Dekoration statt als Infrastruktur."
            ),
            "image_caption": (
                "Anwohner suchen auf einem betonierten Platz in Marseille unter einem "
                "einzelnen Baum Schutz vor der Nachmittagssonne"
            ),
            "subheading": "Schatten ist Infrastruktur",
            "quote": {
                "text": (
                    "Ein Baum, der gepflanzt, aber nie gegossen wird, ist eine "
                    "Pressemitteilung, keine Politik."
                ),
                "attribution": "Leila Haddad",
            },
            "paragraphs": [
                (
                    "Jeden Sommer veröffentlichen Rathäuser in aller Welt dieselbe Art von "
                    "Ankündigung: einen neuen Hitzeplan, das Ziel, eine Million Bäume zu "
                    "pflanzen, eine Karte mit Abkühlungsorten. Dann kommt die Hitze, und die "
                    "am stärksten Gefährdeten – ältere Menschen, Beschäftigte, die im Freien "
                    "arbeiten, und Bewohner kleiner Wohnungen unter heißen Dächern – merken, "
                    "wie wenig sich in ihrer Straße verändert hat."
                ),
                (
                    "Am Wissen mangelt es nicht. Wir wissen, dass schattige Straßen mehrere "
                    "Grad kühler sein können als ungeschützte, dass helle Dächer Wärme "
                    "reflektieren und dass Grünflächen Vierteln helfen, sich nachts "
                    "abzukühlen. Was fehlt, ist die Bereitschaft, diese Dinge als "
                    "unverzichtbare Infrastruktur zu behandeln – mit entsprechenden Budgets "
                    "und Wartungsplänen."
                ),
                (
                    "Im vergangenen Sommer verbrachte ich einen Vormittag mit Nadia Belkacem, "
                    "die in einer Hochhaussiedlung am Rand meiner Heimatstadt einen "
                    "Mieterverein leitet. Sie zeigte auf eine Reihe junger Bäume, die zwei "
                    "Jahre zuvor gepflanzt worden waren und von denen die meisten abgestorben "
                    "sind. „Zum Pflanzen kamen sie mit Kameras“, sagte sie. „Mit Wasser ist "
                    "niemand zurückgekommen.“"
                ),
                (
                    "Ein Baum, der gepflanzt, aber nie gegossen wird, ist eine "
                    "Pressemitteilung, keine Politik. Stadtbäume brauchen festes Personal, "
                    "Bewässerung und einen Plan für die ersten fünf Lebensjahre, in denen sie "
                    "am verletzlichsten sind. Diese Kosten sind im Vergleich zu Straßen oder "
                    "Kanalisation bescheiden – und doch werden sie als Erstes gestrichen, wenn "
                    "das Geld knapp wird."
                ),
                (
                    "Dieselbe Logik gilt für Gebäude. Eine nachträgliche Dämmung und "
                    "Außenrollläden in Sozialwohnungen würden Mieter im Winter wie im Sommer "
                    "schützen. Einige Städte haben damit in großem Maßstab begonnen, doch "
                    "viele geben Prestigeprojekten in den Innenstädten noch immer den Vorzug "
                    "vor den Vierteln, in denen Hitze tatsächlich tötet."
                ),
                (
                    "Fachleute für öffentliche Gesundheit vertreten dieses Argument seit "
                    "Jahren. „Nach jeder Hitzewelle zählen wir die Toten, und dann fangen wir "
                    "wieder bei null an“, sagt Dr. Maarten Vos, ein Epidemiologe, der die "
                    "Hitzesterblichkeit in europäischen Städten untersucht hat. „Würde "
                    "irgendeine andere Gefahr so viele Menschen töten, hätten wir das System "
                    "längst umgebaut.“"
                ),
                (
                    "Nichts davon ist glamourös. Sonnensegel über Bushaltestellen, "
                    "Trinkbrunnen, die funktionieren, Parks, die in heißen Nächten lange "
                    "geöffnet bleiben, und Schulen mit gekühlten Räumen für gefährdete "
                    "Nachbarn werden keine Designpreise gewinnen. Aber sie machen den "
                    "Unterschied zwischen einem Plan, der sich gut liest, und einem, der "
                    "Menschen am Leben hält."
                ),
                (
                    "Bürgermeister sollten nicht an der Zahl der Bäume gemessen werden, die "
                    "sie ankündigen, sondern an der Zahl, die fünf Jahre später noch steht – "
                    "und daran, ob die ärmsten Viertel kühler sind als zuvor. Alles andere ist "
                    "ein Versprechen an das Wetter, und das Wetter hört nicht zu."
                ),
            ],
        },
        6: {
            "headline": (
                "Chiles Zentralküste stellt sich auf Wasserrationierung ein – Stauseen auf "
                "Rekordtief"
            ),
            "social_title": "",
            "standfirst": (
                "Die Behörden der Region Valparaíso warnen, dass im kommenden Monat reihum "
                "Versorgungsunterbrechungen beginnen könnten, falls die Herbstregen nicht früh "
                "einsetzen."
            ),
            "image_caption": (
                "Ein fast leeres Stauseebecken erstreckt sich östlich von Valparaíso in "
                "Richtung der Hügel"
            ),
            "subheading": "Avocadobauern in der Kritik",
            "quote": {
                "text": (
                    "Wir bitten alle, sich so zu verhalten, als käme der Regen nicht – denn "
                    "vielleicht kommt er nicht."
                ),
                "attribution": "Claudia Fuenzalida, regionale Wasserbeauftragte",
            },
            "paragraphs": [
                (
                    "Die Wasserbehörden der chilenischen Region Valparaíso haben gewarnt, dass "
                    "binnen Wochen reihum Versorgungsunterbrechungen beginnen könnten, nachdem "
                    "die wichtigsten Stauseen für die Küstenstädte auf den niedrigsten Stand "
                    "seit Beginn der Aufzeichnungen gefallen sind. Die Region steht nach "
                    "Angaben von Meteorologen vor dem zweiten Jahr schwerer Dürre in Folge."
                ),
                (
                    "Nach dem Notfallplan würde in einzelnen Stadtvierteln im Wechsel für "
                    "jeweils bis zu zwölf Stunden der Leitungsdruck abgeschaltet; "
                    "Krankenhäuser, Schulen und Pflegeheime wären ausgenommen. In die "
                    "Hanglagen, wo die Versorgung schon zu Spitzenzeiten unregelmäßig ist, "
                    "sollen nach Angaben der Behörden Tankwagen geschickt werden."
                ),
                (
                    "„Wir bitten alle, sich so zu verhalten, als käme der Regen nicht – denn "
                    "vielleicht kommt er nicht“, sagte die regionale Wasserbeauftragte Claudia "
                    "Fuenzalida. „Jeder Liter, der jetzt gespart wird, ist ein Liter, den wir "
                    "später nicht rationieren müssen. Haushalte, Unternehmen und "
                    "landwirtschaftliche Betriebe müssen alle ihren Beitrag leisten.“"
                ),
                (
                    "Die Dürre hat die Debatte über den Wasserverbrauch der Landwirtschaft neu "
                    "entfacht, auf die der größte Teil des Verbrauchs in der Region entfällt. "
                    "Große Avocado- und Zitrusplantagen an den umliegenden Hängen sind auf "
                    "Bewässerung angewiesen, und Bewohner mehrerer ländlicher Orte werfen den "
                    "Erzeugern vor, Brunnen leerzupumpen, aus denen auch Trinkwasser kommt."
                ),
                (
                    "„Meine Familie lebt seit vier Generationen in diesem Tal, und wir haben "
                    "noch nie Wasser in Flaschen kaufen müssen“, sagte Ernesto Valdivia, der "
                    "in einem Bauerndorf im Landesinneren wohnt. „Jetzt kommen zweimal pro "
                    "Woche die Tankwagen, und die Obstplantagen am Hang sind immer noch grün. "
                    "Die Leute sind wütend.“"
                ),
                (
                    "Die Erzeugerverbände erklären, sie hätten viel in Tröpfchenbewässerung "
                    "investiert und ihren Verbrauch im vergangenen Jahrzehnt bereits um ein "
                    "Drittel gesenkt. Die Landwirtschaft sichere Zehntausende Arbeitsplätze, "
                    "argumentieren sie; die Lösung liege in neuer Infrastruktur, darunter "
                    "Meerwasserentsalzungsanlagen und bessere Speicher für den Winterregen."
                ),
                (
                    "Die chilenische Regierung prüft Pläne für zwei Entsalzungsanlagen an der "
                    "Zentralküste, doch keine davon wäre vor Ablauf mehrerer Jahre "
                    "einsatzbereit. Bis dahin ruft die Regionalbehörde in einer Kampagne dazu "
                    "auf, kürzer zu duschen, Lecks zu reparieren und Gärten tagsüber nicht zu "
                    "bewässern."
                ),
                (
                    "Klimaforschenden zufolge haben die Niederschläge in Zentralchile über "
                    "mehrere Jahrzehnte abgenommen, und Trockenjahre werden häufiger. Die "
                    "Meteorologen halten überdurchschnittliche Regenfälle in diesem Winter für "
                    "mäßig wahrscheinlich, doch die Behörden betonten, dass selbst eine nasse "
                    "Saison die über zwei Jahre geleerten Stauseen nicht vollständig auffüllen "
                    "würde."
                ),
            ],
        },
        7: {
            "headline": (
                "Warum die Frachtraten für Container wieder steigen – und wer am Ende zahlt"
            ),
            "social_title": "Warum die Frachtkosten wieder klettern",
            "standfirst": (
                "Längere Routen, engere Fahrpläne und eine Welle verspäteter Neubauten haben "
                "die Frachtpreise wieder nach oben getrieben. Was hinter dem Anstieg steckt "
                "und wo er ankommt."
            ),
            "image_caption": (
                "Gestapelte Container warten an einem Terminal im Hafen von Busan auf die Verladung"
            ),
            "subheading": "Vom Kai bis zur Kasse",
            "quote": {
                "text": (
                    "Am Preis eines Fernsehers hat die Fracht einen kleinen Anteil, am Preis "
                    "eines Sacks Reis einen großen."
                ),
                "attribution": "Dr. Arun Mehta, Handelsökonom",
            },
            "paragraphs": [
                (
                    "Die Kosten für den Transport eines Standardcontainers zwischen Asien und "
                    "Europa haben sich Branchenindizes zufolge seit Jahresbeginn ungefähr "
                    "verdoppelt. Damit kehrt sich ein langer Abwärtstrend um, der die Preise "
                    "wieder in die Nähe des Niveaus vor der Pandemie gebracht hatte. Der "
                    "Anstieg fällt weniger dramatisch aus als der Preissprung vor einigen "
                    "Jahren, ist aber breit und hartnäckig."
                ),
                (
                    "Mehrere Kräfte wirken zusammen. Sicherheitsbedenken auf einigen Seewegen "
                    "haben Reedereien auf längere Routen gezwungen; das verlängert die Fahrten "
                    "um Tage und zieht faktisch Schiffe aus dem Verkehr. Gleichzeitig hat die "
                    "Überlastung einiger weniger Umschlagknoten die Fahrpläne "
                    "durcheinandergebracht, sodass Schiffe vor Anker warten, statt Ladung zu "
                    "befördern."
                ),
                (
                    "Das Ergebnis ist ein Markt, der angespannter ist, als die Schlagzeilen "
                    "vermuten lassen. „Es gibt mehr Schiffe auf der Welt als je zuvor, aber "
                    "sie sind länger auf See, um dieselbe Arbeit zu erledigen“, sagte Ingrid "
                    "Solheim, Schifffahrtsanalystin in Oslo. „Kapazität auf dem Papier und "
                    "Kapazität in der Praxis sind zwei sehr verschiedene Dinge.“"
                ),
                (
                    "Derzeit trifft eine große Welle neuer Containerschiffe ein, die in den "
                    "Boomjahren bestellt wurden – normalerweise würde das die Preise drücken. "
                    "Doch viele Auslieferungen haben sich wegen voller Auftragsbücher der "
                    "Werften verzögert, und einige Reedereien haben ältere Schiffe lieber "
                    "verschrottet, als die Kapazität zu erhöhen. So bleibt das Angebot "
                    "ausgeglichener, als viele erwartet hatten."
                ),
                (
                    "Für Verbraucher hängen die Auswirkungen stark davon ab, was verschifft "
                    "wird. Bei hochwertigen Gütern wie Elektronik oder Kleidung machen die "
                    "Frachtkosten nur einen winzigen Bruchteil des Preises aus. Bei sperrigen, "
                    "billigen Produkten – von Möbeln bis zu Konserven – kann eine Verdopplung "
                    "der Frachtraten spürbar verändern, was im Regal steht."
                ),
                (
                    "„Am Preis eines Fernsehers hat die Fracht einen kleinen Anteil, am Preis "
                    "eines Sacks Reis einen großen“, sagte Dr. Arun Mehta, Handelsökonom in "
                    "Singapur. „Deshalb spüren die ärmsten Importländer solche Schwankungen "
                    "meist zuerst und am stärksten – lange bevor in Europa irgendjemand etwas "
                    "bemerkt.“"
                ),
                (
                    "Der Handel hat einen Großteil des Anstiegs bislang aufgefangen, "
                    "unterstützt durch Verträge, die zu niedrigeren Raten abgeschlossen "
                    "wurden. Diese Verträge werden in den kommenden Monaten neu verhandelt. "
                    "Unternehmen, die mit knappen Margen importieren – vor allem kleinere "
                    "Firmen ohne langfristige Vereinbarungen –, werden die Kosten am ehesten "
                    "an die Kundschaft weitergeben."
                ),
                (
                    "Wie es weitergeht, hängt von Faktoren ab, die schwer vorherzusagen sind. "
                    "Normalisieren sich die Schifffahrtswege und lassen die Staus nach, könnte "
                    "die Schwemme neuer Schiffe die Raten erneut abstürzen lassen. Halten die "
                    "Störungen an, erwarten Analysten, dass die Preise bis weit ins nächste "
                    "Jahr hoch bleiben und die Inflation moderat, aber beharrlich nach oben "
                    "drücken."
                ),
            ],
        },
        8: {
            "headline": (
                "Die Nachtschicht: Zu Besuch in einer Wüstensternwarte, die Asteroiden "
                "aufspürt, bevor sie uns finden"
            ),
            "social_title": "Nachtschicht bei den Asteroidenjägern",
            "standfirst": (
                "Hoch oben in der chilenischen Atacama durchsucht ein kleines Team den Himmel "
                "nach erdnahen Objekten. Die meisten Nächte bringen nichts Beunruhigendes. "
                "Genau darum geht es."
            ),
            "image_caption": (
                "Die Kuppel des Suchteleskops Cerro Vigía öffnet sich, während die Sonne über "
                "der Atacama untergeht"
            ),
            "subheading": "Punkte, die sich bewegen",
            "quote": {
                "text": (
                    "In 99 von 100 Nächten besteht meine Arbeit darin, zu beweisen, dass etwas "
                    "harmlos ist."
                ),
                "attribution": "Dr. Lucía Paredes, Leiterin des Beobachtungsbetriebs",
            },
            "paragraphs": [
                (
                    "Um acht Uhr abends, als das letzte orangefarbene Licht über der Atacama "
                    "verblasst, öffnet sich knarrend die Kuppel des Suchteleskops Cerro Vigía. "
                    "In einem Kontrollraum einige Hundert Meter entfernt schenkt sich Dr. "
                    "Lucía Paredes einen Kaffee ein, prüft die Wetterdaten und richtet sich "
                    "auf eine Nacht ein, die hoffentlich ereignislos bleibt."
                ),
                (
                    "Das Teleskop ist eines von einer Handvoll weltweit, die eigens dafür da "
                    "sind, erdnahe Asteroiden zu finden – Gesteinsbrocken, deren Umlaufbahnen "
                    "sie nahe an die Bahn unseres Planeten um die Sonne heranführen. Seine "
                    "Weitwinkelkamera fotografiert jede Nacht mehrmals dieselben "
                    "Himmelsausschnitte, und eine Software vergleicht die Bilder auf der Suche "
                    "nach Lichtpunkten, die sich gegenüber den Fixsternen verschieben."
                ),
                (
                    "„In 99 von 100 Nächten besteht meine Arbeit darin, zu beweisen, dass "
                    "etwas harmlos ist“, sagt Paredes und scrollt durch eine Liste möglicher "
                    "Funde. „Wir finden einen Punkt, der sich bewegt, wir vermessen ihn, "
                    "andere Sternwarten vermessen ihn, und innerhalb von ein, zwei Tagen "
                    "können wir meist sagen, dass er uns mit sehr komfortablem Abstand "
                    "verfehlen wird.“"
                ),
                (
                    "Die Arbeit erfordert große Sorgfalt. Viele Kandidaten entpuppen sich als "
                    "Satelliten, als Bildrauschen der Kamera oder als bekannte Objekte, die "
                    "bereits im Katalog stehen. Jeder echte neue Asteroid muss wiederholt "
                    "beobachtet werden, damit seine Bahn berechnet werden kann. Die Daten "
                    "gehen an eine internationale Clearingstelle, die Folgebeobachtungen durch "
                    "Teleskope auf anderen Kontinenten koordiniert."
                ),
                (
                    "Der Standort wurde wegen seines außergewöhnlichen Himmels gewählt. Auf "
                    "2600 Metern Höhe, an einem der trockensten Orte der Erde, gibt es mehr "
                    "als 300 klare Nächte im Jahr und kaum Lichtverschmutzung. Der nächste Ort "
                    "liegt zwei Autostunden entfernt über eine Schotterpiste, und die "
                    "Mitarbeitenden schlafen zwischen den Schichten in Fertigbau-Unterkünften."
                ),
                (
                    "Tomás Ibarra, ein Softwareingenieur, der vor drei Jahren zum Team stieß, "
                    "hat einen Großteil dieser Zeit damit verbracht, dem Erkennungssystem "
                    "beizubringen, die wachsende Zahl von Satelliten zu ignorieren, die sein "
                    "Blickfeld kreuzen. „In manchen Nächten sind Hunderte Spuren auf den "
                    "Bildern“, sagt er. „Jede einzelne ist ein Fehlalarm, den wir "
                    "herausfiltern müssen, bevor wir die Gesteinsbrocken sehen können.“"
                ),
                (
                    "Gegen drei Uhr morgens taucht ein neuer Kandidat auf: ein schwacher "
                    "Punkt, der sich schnell bewegt. Paredes markiert ihn und schickt die "
                    "Koordinaten an eine Partnersternwarte in Australien, wo der Himmel noch "
                    "dunkel ist. Zum Frühstück liegen die Messungen vor. Das Objekt hat einen "
                    "Durchmesser von etwa 40 Metern und wird im kommenden Monat in mehreren "
                    "Millionen Kilometern Entfernung an der Erde vorbeiziehen."
                ),
                (
                    "Es ist, mit anderen Worten, eine gute Nacht. Paredes trägt die Entdeckung "
                    "ins Protokoll ein, schließt die Kuppel vor der aufgehenden Sonne und geht "
                    "zurück zur Unterkunft. „Die Leute stellen sich vor, wir warteten auf den "
                    "großen Brocken“, sagt sie. „In Wirklichkeit erstellen wir eine Karte – "
                    "damit wir einen gefährlichen Brocken, falls es ihn je gibt, Jahre im "
                    "Voraus gesehen haben.“"
                ),
            ],
        },
        9: {
            "headline": (
                "Wiener Opernhaus gibt erstmals eine Oper bei einem Videospielkomponisten in "
                "Auftrag"
            ),
            "social_title": "",
            "standfirst": (
                "Kaito Morishima, dessen Musik zu Fantasy-Spielen Hunderte Millionen Mal "
                "gestreamt wurde, schreibt ein abendfüllendes Werk für die Saison 2027."
            ),
            "image_caption": (
                "Kaito Morishima an einem Probenklavier in den Übungsräumen des Opernhauses in Wien"
            ),
            "subheading": "Ein neues Publikum im Parkett",
            "quote": {
                "text": (
                    "Die Oper war das Blockbuster-Unterhaltungsformat ihrer Zeit. Heute sind "
                    "es die Spiele."
                ),
                "attribution": "Kaito Morishima",
            },
            "paragraphs": [
                (
                    "Ein führendes Wiener Opernhaus hat bei dem japanischen Komponisten Kaito "
                    "Morishima, der vor allem für seine Orchestermusik zu Fantasy-Videospielen "
                    "bekannt ist, eine abendfüllende Oper in Auftrag gegeben. Das Werk mit dem "
                    "Arbeitstitel „Der Laternenwärter“ soll in der Saison 2027 uraufgeführt "
                    "und auf Deutsch gesungen werden; das Libretto schreibt die "
                    "österreichische Lyrikerin Verena Hollitsch."
                ),
                (
                    "Morishima, 44, hat die Musik zu mehr als einem Dutzend Spielen "
                    "geschrieben, seine Soundtracks wurden Hunderte Millionen Mal gestreamt. "
                    "Konzerttourneen mit seiner Spielemusik füllen in Asien und Europa "
                    "regelmäßig die Konzertsäle – oft mit einem Publikum, das sonst selten "
                    "klassische Aufführungen besucht."
                ),
                (
                    "„Die Oper war das Blockbuster-Unterhaltungsformat ihrer Zeit. Heute sind "
                    "es die Spiele“, sagte Morishima bei einer Pressekonferenz in Wien. „Beide "
                    "erzählen große, emotionale Geschichten mit der Musik im Zentrum. Ich habe "
                    "nicht das Gefühl, in ein fremdes Land zu reisen, sondern eher einen "
                    "entfernten Verwandten zu besuchen.“"
                ),
                (
                    "Der künstlerische Direktor des Hauses, Dr. Ferdinand Weisskopf, sagte, "
                    "der Auftrag sei Teil gezielter Bemühungen, ein jüngeres Publikum zu "
                    "erreichen. Ticketdaten zeigen, dass das Durchschnittsalter der Abonnenten "
                    "stetig gestiegen ist und dass Erstbesucher weit seltener wiederkommen als "
                    "noch vor zwei Jahrzehnten."
                ),
                (
                    "„Wir bestellen keinen Spiele-Soundtrack mit Sängern. Wir bestellen eine "
                    "Oper bei einem ernsthaften Komponisten, der zufällig ein sehr großes "
                    "Publikum hat“, sagte Weisskopf. „Wenn einige dieser Zuhörer wegen seines "
                    "Namens zum ersten Mal durch unsere Türen kommen, ist das etwas "
                    "Wunderbares.“"
                ),
                (
                    "Die Ankündigung stieß bei der Kritik auf ein geteiltes Echo. Manche "
                    "begrüßten sie als überfällige Anerkennung eines Genres, das einige der "
                    "meistgehörten Orchesterwerke der vergangenen Jahrzehnte hervorgebracht "
                    "hat. Andere bezweifelten, dass ein Komponist, der vor allem für Loops und "
                    "interaktive Einsätze schreibt, einen dreistündigen dramatischen Bogen "
                    "tragen kann."
                ),
                (
                    "Morishima sagte, er habe in Tokio Komposition studiert, bevor er zu den "
                    "Spielen wechselte, und schon lange für die Bühne schreiben wollen. Die "
                    "Geschichte über eine Frau, die während eines Jahrhunderts des Wandels "
                    "einen Leuchtturm auf einer abgelegenen Insel hütet, entwickelt er seit "
                    "zwei Jahren gemeinsam mit Hollitsch."
                ),
                (
                    "Das Opernhaus kündigte zudem für den kommenden Sommer eine Reihe "
                    "kostenloser Konzerte mit Morishimas Spielemusik in einem Wiener Park an. "
                    "Ziel sei es, seine bisherigen Fans lange vor der Uraufführung mit dem "
                    "Orchester und dem Chor des Hauses bekannt zu machen."
                ),
            ],
        },
        10: {
            "headline": (
                "Montevideos Atlético Rambla erreicht nach dramatischem Elfmeterschießen das "
                "Kontinentalfinale"
            ),
            "social_title": "",
            "standfirst": (
                "Der krasse Außenseiter aus Uruguay parierte in La Paz drei Strafstöße und "
                "steht damit zum ersten Mal in seiner 96-jährigen Geschichte in einem "
                "kontinentalen Endspiel."
            ),
            "image_caption": (
                "Spieler von Atlético Rambla feiern nach dem Elfmeterschießen vor ihren "
                "mitgereisten Fans"
            ),
            "subheading": "Höhe, Nerven und ein Ersatztorwart",
            "quote": {
                "text": (
                    "Ich habe den Jungs gesagt: An die Höhe erinnert sich niemand, wenn man "
                    "gewinnt."
                ),
                "attribution": "Horacio Benítez, Trainer von Atlético Rambla",
            },
            "paragraphs": [
                (
                    "Atlético Rambla, ein bescheidener Klub aus dem Uferviertel von "
                    "Montevideo, hat am Mittwochabend das Finale des zweitwichtigsten "
                    "südamerikanischen Klubwettbewerbs erreicht. Die Mannschaft gewann in La "
                    "Paz gegen Club Illimani mit 4:2 im Elfmeterschießen. Das Halbfinale hatte "
                    "nach zwei nervenaufreibenden Spielen in der Summe 1:1 gestanden."
                ),
                (
                    "Gespielt wurde auf mehr als 3600 Metern über dem Meeresspiegel – eine "
                    "berüchtigte Herausforderung für Gastmannschaften. Rambla verteidigte in "
                    "der zweiten Halbzeit über weite Strecken tief, während die Gastgeber auf "
                    "den Siegtreffer drängten. Ersatztorwart Facundo Olmedo, 21, der für den "
                    "verletzten Kapitän ins Spiel gekommen war, hielt mehrfach entscheidend."
                ),
                (
                    "Im Elfmeterschießen parierte Olmedo dann drei der vier Strafstöße von "
                    "Illimani und tauchte dabei jedes Mal nach rechts ab. „Ich habe mir zwei "
                    "Tage lang ihre Elfmeter auf Video angesehen, aber am Ende bin ich einfach "
                    "meinem Gefühl gefolgt“, sagte er. „Ich habe lange auf der Bank auf eine "
                    "Nacht wie diese gewartet.“"
                ),
                (
                    "Der 1929 von Hafenarbeitern gegründete Klub hat noch nie einen großen "
                    "Titel gewonnen und spielt in einem Stadion mit weniger als 10 000 "
                    "Plätzen. Sein Etat beträgt nur einen Bruchteil dessen der großen Vereine "
                    "Montevideos, und mehrere Stammspieler verbinden den Fußball mit "
                    "Teilzeitjobs."
                ),
                (
                    "„Ich habe den Jungs gesagt: An die Höhe erinnert sich niemand, wenn man "
                    "gewinnt“, sagte Trainer Horacio Benítez, ein früherer Verteidiger, der "
                    "die Mannschaft seit drei Spielzeiten betreut. „Wir haben gelitten, wir "
                    "haben geatmet, wann immer es ging, und wir haben daran geglaubt. Das ist "
                    "für die Leute von der Rambla, die nie aufgehört haben zu kommen.“"
                ),
                (
                    "Tausende Anhänger versammelten sich an der Uferpromenade von Montevideo, "
                    "um das Elfmeterschießen auf Großleinwänden zu verfolgen, die örtliche "
                    "Geschäftsleute aufgestellt hatten. Die Feiern dauerten bis in die frühen "
                    "Morgenstunden; in der ganzen Stadt hupten Autos, und Fans sangen vor dem "
                    "kleinen Vereinsheim."
                ),
                (
                    "Im Finale, das im kommenden Monat in einem einzigen Spiel in Asunción "
                    "ausgetragen wird, trifft Rambla auf Sport Recife Atlântico, einen "
                    "brasilianischen Klub mit einem weit größeren Etat. Der Sieger erhält "
                    "einen Startplatz im wichtigsten Klubwettbewerb des Kontinents in der "
                    "nächsten Saison sowie ein Preisgeld, das Ramblas Finanzen grundlegend "
                    "verändern würde."
                ),
                (
                    "Benítez sagte, seine Spieler würden den Moment genießen, am Freitag aber "
                    "wieder trainieren. „Heute Nacht träumen wir, morgen arbeiten wir“, sagte "
                    "er. „Wir sind nicht Favorit für das Finale, und das waren wir auch nie. "
                    "Aufgehalten hat uns das bisher noch nie.“"
                ),
            ],
        },
        11: {
            "headline": "Erklärt: Warum Ghanas Kakaobauern auf andere Pflanzen umsteigen",
            "social_title": "Erklärt: Ghanas Kakao am Scheideweg",
            "standfirst": (
                "Alternde Bäume, Krankheiten, unberechenbarer Regen und der Reiz schneller "
                "Erträge bringen Bauern dazu, eine Kultur zu überdenken, die das Leben auf dem "
                "Land seit einem Jahrhundert prägt."
            ),
            "image_caption": (
                "Ein Bauer begutachtet junge Kakaofrüchte auf einem Kleinbetrieb in Ghanas "
                "Western Region"
            ),
            "subheading": "Die Ökonomie einer langsamen Kultur",
            "quote": {
                "text": (
                    "Mein Großvater hat diese Bäume gepflanzt. Ich bin nicht sicher, ob mein "
                    "Sohn sie haben will."
                ),
                "attribution": "Abena Owusu, Kakaobäuerin",
            },
            "paragraphs": [
                (
                    "Ghana ist einer der größten Kakaoproduzenten der Welt, und die Bohne ist "
                    "seit Langem das Rückgrat seiner ländlichen Wirtschaft. Doch in den "
                    "wichtigsten Anbaugebieten schränken immer mehr Kleinbauern den Kakaoanbau "
                    "ein oder geben ihn ganz auf. Dieser Überblick erklärt, warum – und was "
                    "das für die Bauern und für die weltweite Schokoladenversorgung bedeuten "
                    "könnte."
                ),
                (
                    "Das erste Problem ist das Alter. Viele Kakaobäume in Ghana wurden vor "
                    "Jahrzehnten gepflanzt und haben ihre ertragreichsten Jahre längst hinter "
                    "sich. Neu zu pflanzen ist teuer und langwierig, denn ein junger Baum "
                    "braucht drei bis fünf Jahre, bis er eine nennenswerte Ernte trägt – so "
                    "lange bringt diese Fläche einer Familie kaum Einkommen."
                ),
                (
                    "Krankheiten haben die Lage verschärft. Ein von winzigen Insekten "
                    "übertragenes Virus hat große Anbauflächen befallen, und das einzige "
                    "verlässliche Mittel ist, die betroffenen Bäume zu fällen. „Mein Großvater "
                    "hat diese Bäume gepflanzt. Ich bin nicht sicher, ob mein Sohn sie haben "
                    "will“, sagte Abena Owusu, die bei der Stadt Sefwi Asawinso vier Hektar "
                    "bewirtschaftet."
                ),
                (
                    "Das Wetter ist der dritte Druckfaktor. Bauern und Agrarfachleute "
                    "berichten von weniger berechenbaren Regenzeiten mit längeren "
                    "Trockenphasen in entscheidenden Momenten des Wachstumszyklus. Kakao ist "
                    "ein schattenliebender Baum, der bei gleichmäßiger Luftfeuchtigkeit "
                    "gedeiht und während der Blüte sowohl auf Hitzestress als auch auf "
                    "Starkregen empfindlich reagiert."
                ),
                (
                    "Vor diesem Hintergrund erscheinen andere Kulturen attraktiv. Kautschuk, "
                    "Ölpalmen und Nahrungspflanzen wie Maniok und Kochbananen bringen "
                    "schneller Geld ein und lassen sich über flexiblere Kanäle verkaufen. In "
                    "manchen Bezirken ist zudem Land an den kleinen Goldbergbau verloren "
                    "gegangen, der schnelles Geld verspricht, Böden und Flüsse aber oft schwer "
                    "geschädigt zurücklässt."
                ),
                (
                    "Auch die Preise spielen eine Rolle. Kakao wird in Ghana über ein "
                    "staatlich reguliertes System verkauft, das für jede Saison einen festen "
                    "Ab-Hof-Preis festlegt. Das bietet Stabilität – doch wenn die "
                    "Weltmarktpreise stark steigen, haben die Bauern das Gefühl, leer "
                    "auszugehen. „Der Preis im Radio und der Preis in meiner Hand sind zwei "
                    "verschiedene Geschichten“, sagte Owusu."
                ),
                (
                    "Nach Angaben der Behörden sollen ein Neupflanzungsprogramm, "
                    "subventionierter Dünger und Maßnahmen gegen das Virus die Produktion in "
                    "den kommenden Jahren wieder steigern. Ökonomen meinen, man könne mehr "
                    "tun, um den Bauern einen größeren Anteil an der Wertschöpfung ihrer "
                    "Bohnen zu sichern – etwa durch Verarbeitung in Ghana, statt Rohkakao zum "
                    "Mahlen ins Ausland zu exportieren."
                ),
                (
                    "Für die Schokoladenhersteller bedeutet eine geringere Produktion in "
                    "Westafrika, das den Großteil des weltweiten Kakaos liefert, höhere und "
                    "stärker schwankende Kosten. Für die Bauernfamilien stellt sich eine "
                    "grundlegendere Frage: ob eine Kultur, die Generationen geprägt hat, noch "
                    "ein Auskommen sichern kann – oder ob die nächste Generation etwas ganz "
                    "anderes anbauen wird."
                ),
            ],
        },
    },
}
