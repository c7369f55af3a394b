"""Spanish edition of the Broadsheet International demo content."""

EDITION = {
    "language": "es",
    "site_name": "Broadsheet International",
    "home_title": "Broadsheet International en español",
    "sections": {
        "world": {
            "title": "Mundo",
            "intro": (
                "Información desde las capitales, las zonas fronterizas y todo lo que hay entre "
                "ellas, con el contexto de las historias que marcan la actualidad internacional."
            ),
        },
        "business": {
            "title": "Economía",
            "intro": (
                "Mercados, empresas, comercio y las fuerzas económicas que deciden cómo gana, "
                "gasta y construye la gente."
            ),
        },
        "science": {
            "title": "Ciencia",
            "intro": (
                "Descubrimientos, investigación y las personas que están detrás, desde las "
                "profundidades del océano hasta la órbita terrestre baja."
            ),
        },
        "culture": {
            "title": "Cultura",
            "intro": (
                "Cine, música, libros y artes, contados por críticos y corresponsales de todo el "
                "mundo."
            ),
        },
        "sport": {
            "title": "Deportes",
            "intro": (
                "Resultados, nuevas estrellas y las historias fuera del terreno de juego que dan "
                "sentido al deporte internacional."
            ),
        },
        "opinion": {
            "title": "Opinión",
            "intro": (
                "Columnas y argumentos de las firmas de Broadsheet International, claramente "
                "identificados y abiertos al debate."
            ),
        },
    },
    "authors": {
        "amara-okafor": {
            "name": "Amara Okafor",
            "role": "Corresponsal diplomática",
            "bio": (
                "Amara Okafor cubre cumbres, tratados y las negociaciones más discretas que se "
                "desarrollan a su alrededor. Antes informó desde Abuya, Nairobi y Bruselas, y "
                "estudió Derecho Internacional en Ginebra."
            ),
        },
        "lukas-brenner": {
            "name": "Lukas Brenner",
            "role": "Jefe de Economía",
            "bio": (
                "Lukas Brenner dirige la cobertura de empresas, mercados y comercio de Broadsheet "
                "International. Antes de incorporarse a la red pasó una década informando sobre la "
                "industria europea desde Fráncfort y Róterdam."
            ),
        },
        "priya-raman": {
            "name": "Priya Raman",
            "role": "Corresponsal de Ciencia",
            "bio": (
                "Priya Raman escribe sobre investigación espacial, salud y el mundo natural. Se "
                "formó como bióloga marina en Chennai antes de dedicarse al periodismo."
            ),
        },
        "mateo-alvarez": {
            "name": "Mateo Álvarez",
            "role": "Corresponsal de Cultura",
            "bio": (
                "Mateo Álvarez informa sobre cine, música y libros desde Ciudad de México. Ha "
                "cubierto festivales en cuatro continentes y en una ocasión pasó un año de gira "
                "como músico."
            ),
        },
        "hana-sato": {
            "name": "Hana Sato",
            "role": "Corresponsal para Asia-Pacífico",
            "bio": (
                "Hana Sato informa desde Tokio sobre política, economía y sociedad en el este y el "
                "sudeste de Asia. Llegó a Broadsheet International procedente de un diario "
                "regional de Osaka."
            ),
        },
        "tomasz-wisniewski": {
            "name": "Tomasz Wiśniewski",
            "role": "Corresponsal de Deportes",
            "bio": (
                "Tomasz Wiśniewski ha cubierto cinco Juegos Olímpicos y más finales de fútbol de "
                "las que es capaz de recordar. Vive en Varsovia y todavía juega en una liga de "
                "aficionados los domingos."
            ),
        },
        "leila-haddad": {
            "name": "Leila Haddad",
            "role": "Jefa de Opinión",
            "bio": (
                "Leila Haddad edita las páginas de opinión de Broadsheet International y escribe "
                "una columna semanal sobre ciudades, escuelas y vida pública. Creció entre Beirut "
                "y Marsella y antes trabajó como investigadora de políticas públicas."
            ),
        },
        "samuel-mensah": {
            "name": "Samuel Mensah",
            "role": "Corresponsal de Clima y Energía",
            "bio": (
                "Samuel Mensah informa sobre ciencia del clima, sistemas energéticos y las "
                "personas que viven en un entorno cambiante. Reside en Acra y es ingeniero civil "
                "de formación."
            ),
        },
    },
    "privacy_title": "Política de privacidad",
    "privacy_body": (
        "<h2>Qué datos recogemos</h2><p>Para leer Broadsheet International no hace falta ninguna "
        "cuenta y no se instala ninguna cookie. Si crea una cuenta, conservamos su dirección de "
        "correo electrónico, su contraseña (cifrada mediante hash) y las noticias que guarde en "
        "favoritos.</p><h2>Cookies</h2><p>Solo usamos una cookie para mantener su sesión iniciada, "
        "para proteger los formularios contra falsificaciones y, si usted lo acepta, para recordar "
        "su elección sobre el consentimiento. No usamos cookies publicitarias ni de "
        "seguimiento.</p><h2>Sus derechos</h2><p>En cualquier momento puede descargar todos los "
        "datos que tenemos sobre usted, o eliminar su cuenta, desde la página de su cuenta.</p>"
    ),
    "articles": {
        0: {
            "headline": (
                "Los ministros de Asia Central acuerdan un borrador de marco para compartir el "
                "agua tras las conversaciones de Ginebra"
            ),
            "social_title": "Ginebra alumbra un borrador para compartir el agua",
            "standfirst": (
                "Cinco gobiernos se comprometen a vigilar conjuntamente el caudal de los ríos y a "
                "fijar un calendario estacional de desembalses, aunque el texto aún debe ser "
                "aprobado en cada país."
            ),
            "image_caption": (
                "Los delegados llegan a la sesión de clausura de las conversaciones sobre el agua "
                "en Ginebra"
            ),
            "subheading": "Sensores en cada gran presa",
            "quote": {
                "text": "Por primera vez, todos miraremos las mismas cifras al mismo tiempo.",
                "attribution": "Dilnoza Karimova, jefa de delegación técnica",
            },
            "paragraphs": [
                (
                    "Los ministros del Agua de cinco Estados de Asia Central acordaron el jueves "
                    "un borrador de marco para compartir el caudal de los dos grandes ríos de la "
                    "región, con lo que pusieron fin a cuatro días de conversaciones en Ginebra "
                    "que los funcionarios calificaron de las más productivas de la última década. "
                    "El texto establece un calendario estacional de desembalses para los embalses "
                    "situados aguas arriba y compromete a todas las partes con un sistema común de "
                    "vigilancia."
                ),
                (
                    "El acuerdo aún debe ser aprobado por cada gobierno antes de entrar en vigor, "
                    "un proceso que, según los negociadores, llevará al menos seis meses. Los "
                    "intentos anteriores de alcanzar un pacto regional se estancaron en esa misma "
                    "fase, a menudo por cuánta agua debía retenerse en invierno para producir "
                    "energía hidroeléctrica y cuánta liberarse en verano para el riego."
                ),
                (
                    "«Por primera vez, todos miraremos las mismas cifras al mismo tiempo», afirmó "
                    "Dilnoza Karimova, que encabezó una de las delegaciones técnicas. «La mayoría "
                    "de nuestras disputas empezaron con alguien que acusaba a otro de ocultar "
                    "datos. Con esto, esa discusión queda zanjada»."
                ),
                (
                    "Según el borrador, se instalarían medidores automáticos en todas las grandes "
                    "presas y en una docena de puntos a lo largo de los cauces principales, y las "
                    "lecturas se publicarían en internet cada hora. Una pequeña secretaría "
                    "conjunta, financiada a partes iguales por los cinco Estados, gestionaría la "
                    "red y emitiría un pronóstico antes de cada temporada de cultivo."
                ),
                (
                    "Las organizaciones agrarias de la cuenca baja celebraron el resultado, pero "
                    "advirtieron de que la verdadera prueba llegará en un año seco. Los "
                    "productores de algodón y trigo de aguas abajo se han quejado en repetidas "
                    "ocasiones de que los desembalses tardíos de los embalses de cabecera dejan "
                    "sus cultivos sin agua justo cuando más la necesitan."
                ),
                (
                    "«Un calendario sobre el papel es un buen comienzo, pero ya hemos tenido "
                    "promesas antes», dijo Rustam Alimov, que preside una asociación de "
                    "agricultores en el curso bajo de la cuenca. «A mis socios lo que les importa "
                    "es si el agua llega de verdad en junio, no lo que se firmó en Suiza»."
                ),
                (
                    "Los responsables de los Estados de aguas arriba, que dependen en gran medida "
                    "de la energía hidroeléctrica para la calefacción en invierno, señalaron que "
                    "el marco incluye una compensación por la energía a la que renunciarían al "
                    "liberar más agua en verano. Los detalles de ese mecanismo, incluido quién "
                    "pagaría y a qué precio, se han encomendado a un grupo de trabajo."
                ),
                (
                    "Las conversaciones se celebraron bajo los auspicios de un equipo de "
                    "facilitación neutral y contaron con el respaldo de varios bancos de "
                    "desarrollo, que han dado a entender que podrían ayudar a financiar los "
                    "equipos de vigilancia. Los negociadores volverán a reunirse en Almaty en "
                    "primavera para revisar los avances en la ratificación y en los anexos "
                    "técnicos."
                ),
            ],
        },
        1: {
            "headline": (
                "Castellan Logistics encarga 140 locomotoras de hidrógeno en una apuesta por un "
                "transporte de mercancías más limpio"
            ),
            "social_title": "",
            "standfirst": (
                "El operador ferroviario de mercancías con sede en Milán afirma que el pedido, el "
                "mayor de su historia, sustituirá antes de que acabe la década la mayor parte de "
                "su flota diésel en las líneas no electrificadas."
            ),
            "image_caption": (
                "Un tren de mercancías de Castellan espera al amanecer en una playa de vías a las "
                "afueras de Verona"
            ),
            "subheading": "El suministro de combustible, el cuello de botella",
            "quote": {
                "text": (
                    "Nuestros clientes nos piden que demostremos que sus mercancías se "
                    "transportaron de forma limpia, y el diésel no puede hacerlo."
                ),
                "attribution": "Giulia Ferrante, consejera delegada de Castellan Logistics",
            },
            "paragraphs": [
                (
                    "Castellan Logistics, uno de los mayores operadores privados de transporte "
                    "ferroviario de mercancías del sur de Europa, ha encargado 140 locomotoras de "
                    "hidrógeno en un contrato valorado en unos 1600 millones de euros. La empresa "
                    "indicó que los trenes sustituirán la mayor parte de su flota diésel en las "
                    "rutas que carecen de catenaria, sobre todo en las estribaciones de los Alpes "
                    "y en los Balcanes."
                ),
                (
                    "Las locomotoras las fabricará un consorcio liderado por Vantor Rail Systems "
                    "en plantas de Italia y Eslovenia, y las primeras entregas están previstas "
                    "dentro de dos años. Castellan señaló que ha negociado opciones para otras 60 "
                    "unidades si la flota inicial cumple los objetivos de rendimiento durante su "
                    "primer invierno en servicio."
                ),
                (
                    "«Nuestros clientes nos piden que demostremos que sus mercancías se "
                    "transportaron de forma limpia, y el diésel no puede hacerlo», afirmó Giulia "
                    "Ferrante, consejera delegada de la compañía. «Electrificar todos los ramales "
                    "llevaría décadas. El hidrógeno nos permite descarbonizar las rutas que "
                    "operamos hoy, sin esperar a unas infraestructuras que quizá nunca lleguen»."
                ),
                (
                    "Los analistas consideran que el pedido supone un importante voto de confianza "
                    "en una tecnología que hasta ahora se ha probado sobre todo en trayectos "
                    "cortos de pasajeros. Los trenes de mercancías son más pesados y recorren "
                    "distancias más largas, lo que exige más del almacenamiento de combustible y "
                    "de las pilas de combustible que convierten el hidrógeno en electricidad."
                ),
                (
                    "La mayor incertidumbre es el suministro. Castellan ha firmado un acuerdo "
                    "preliminar con una compañía energética para construir estaciones de repostaje "
                    "en cuatro de sus principales terminales, pero el hidrógeno que suministren se "
                    "producirá al principio, en parte, a partir de gas natural, lo que, según los "
                    "críticos, debilita el argumento climático del cambio."
                ),
                (
                    "«La locomotora es la parte fácil», dijo Henrik Aaltonen, analista de "
                    "transporte de la consultora Nordvik Partners. «La cuestión es si habrá "
                    "suficiente hidrógeno verdaderamente bajo en carbono a un precio que permita a "
                    "una empresa de mercancías competir con el transporte por carretera. Ahora "
                    "mismo nadie puede garantizarlo»."
                ),
                (
                    "Ferrante explicó que la empresa prevé que la proporción de hidrógeno "
                    "producido con electricidad renovable aumente de forma constante a medida que "
                    "entren en funcionamiento nuevas plantas de electrólisis en el norte de "
                    "Italia. Declinó fijar una fecha para que la flota funcione íntegramente con "
                    "hidrógeno verde, pero aseguró que los contratos se han redactado para "
                    "favorecerlo."
                ),
                (
                    "Las acciones de Castellan subieron un 3,4 % en la Bolsa de Milán tras el "
                    "anuncio. Operadores rivales de Austria y Alemania realizan sus propias "
                    "pruebas con hidrógeno, y las asociaciones del sector esperan nuevos pedidos "
                    "si las primeras flotas funcionan con fiabilidad durante un año completo de "
                    "servicio intenso."
                ),
            ],
        },
        2: {
            "headline": (
                "Una exploración de aguas profundas frente a las Azores descubre 30 especies "
                "desconocidas para la ciencia"
            ),
            "social_title": "Hallan 30 especies nuevas frente a las Azores",
            "standfirst": (
                "Una expedición de seis semanas a montañas submarinas del Atlántico Norte registró "
                "corales, esponjas y peces que, según los investigadores, nunca habían sido "
                "descritos."
            ),
            "image_caption": (
                "Un vehículo operado a distancia desciende al Atlántico desde el buque "
                "oceanográfico Arquipélago"
            ),
            "subheading": "Vida en las laderas de los montes submarinos",
            "quote": {
                "text": "Cada inmersión sacaba a la luz algo a lo que no podíamos poner nombre.",
                "attribution": "Dra. Marta Quintal, científica jefa de la expedición",
            },
            "paragraphs": [
                (
                    "Los científicos que exploran una cadena de montañas submarinas al suroeste de "
                    "las Azores han identificado unas 30 especies que creen nuevas para la "
                    "ciencia, entre ellas un pepino de mar bioluminiscente y una esponja que crece "
                    "en columnas en espiral de más de un metro de altura. Los hallazgos proceden "
                    "de una expedición de seis semanas que concluyó el mes pasado."
                ),
                (
                    "El equipo utilizó un vehículo operado a distancia para filmar y tomar "
                    "muestras en las laderas de cinco montes submarinos, a profundidades de hasta "
                    "3000 metros. Los ejemplares se han enviado a museos de Lisboa, Bergen y "
                    "Plymouth, donde los taxónomos dedicarán el próximo año a confirmar qué "
                    "animales no han sido nunca descritos formalmente."
                ),
                (
                    "«Cada inmersión sacaba a la luz algo a lo que no podíamos poner nombre», "
                    "explicó la doctora Marta Quintal, de la Universidad de las Azores, científica "
                    "jefa de la expedición. «Fuimos esperando encontrar un puñado de especies "
                    "nuevas. En cambio, a la tercera semana tuvimos que empezar a racionar los "
                    "frascos de muestras»."
                ),
                (
                    "Se sabe que los montes submarinos albergan ricas comunidades de vida porque "
                    "las corrientes que ascienden por sus laderas arrastran nutrientes desde las "
                    "profundidades. Sin embargo, se ha estudiado con cierto detalle menos del uno "
                    "por ciento de las decenas de miles de montes submarinos que se calcula que "
                    "existen en el mundo, lo que deja grandes lagunas en el conocimiento de la "
                    "biodiversidad de las profundidades oceánicas."
                ),
                (
                    "Los investigadores documentaron también extensos jardines de coral de aguas "
                    "frías, algunos de los cuales parecían tener siglos de antigüedad. En dos "
                    "montes submarinos hallaron indicios de daños causados por artes de pesca "
                    "perdidas, como sedales enredados y ramas de coral rotas cerca de las cimas, "
                    "donde la presión pesquera suele ser mayor."
                ),
                (
                    "«Son ecosistemas de crecimiento lento que tardan cientos de años en "
                    "recuperarse», señaló el doctor Oskar Lindahl, ecólogo marino de un instituto "
                    "de investigación noruego que no participó en la expedición. «Estudios como "
                    "este son exactamente las pruebas que necesitan las autoridades regionales "
                    "antes de decidir qué zonas proteger»."
                ),
                (
                    "El Gobierno regional de las Azores ha anunciado que tendrá en cuenta los "
                    "resultados en la revisión de los límites de su red de áreas marinas "
                    "protegidas. Quintal indicó que el equipo hará públicos sus mapas del fondo "
                    "marino y sus grabaciones de vídeo para que otros investigadores y "
                    "responsables políticos puedan utilizarlos."
                ),
                (
                    "La expedición fue financiada por un programa europeo de investigación y una "
                    "fundación oceánica privada. Una segunda campaña, prevista para el otoño, "
                    "volverá a dos de los montes submarinos para instalar instrumentos que "
                    "registrarán la temperatura y los niveles de oxígeno durante varios años, lo "
                    "que ayudará a los científicos a entender cómo el calentamiento de las aguas "
                    "puede afectar a estos ecosistemas."
                ),
            ],
        },
        3: {
            "headline": (
                "El festival de cine de Lagos arranca con un número récord de óperas primas de "
                "toda África"
            ),
            "social_title": "",
            "standfirst": (
                "Los organizadores señalan que más de la mitad de los títulos en competición este "
                "año son primeras películas, reflejo del auge de la producción de bajo presupuesto "
                "de Acra a Kinsasa."
            ),
            "image_caption": (
                "Invitados reunidos en la alfombra roja ante la sede principal del festival en "
                "Victoria Island"
            ),
            "subheading": "Teléfonos, portátiles y ambición",
            "quote": {
                "text": (
                    "Hoy un director joven con un teléfono y una buena historia puede llegar hasta "
                    "un jurado internacional."
                ),
                "attribution": "Folake Adeyemi, directora del festival",
            },
            "paragraphs": [
                (
                    "El Eko Screen Festival se inauguró el viernes en Lagos con la programación "
                    "más amplia de su historia: 48 largometrajes de 19 países. Los organizadores "
                    "indicaron que 26 de los títulos son óperas primas, un récord para el "
                    "certamen, y que las candidaturas aumentaron casi un 40 % respecto al año "
                    "anterior."
                ),
                (
                    "La película inaugural, un drama familiar ambientado durante un único fin de "
                    "semana lluvioso en la ciudad nigeriana de Ibadán, fue escrita y dirigida por "
                    "Tunde Bakare, de 27 años. Se rodó en 18 días con un presupuesto que Bakare "
                    "describió como «menos que la factura del catering de un rodaje de Hollywood»."
                ),
                (
                    "«Hoy un director joven con un teléfono y una buena historia puede llegar "
                    "hasta un jurado internacional», afirmó Folake Adeyemi, directora del "
                    "festival. «Hace diez años, la mayoría de estas películas nunca se habrían "
                    "terminado, y mucho menos proyectado. Las herramientas se han abaratado, y el "
                    "talento siempre estuvo aquí»."
                ),
                (
                    "Este auge refleja cambios más amplios en el cine africano, donde el "
                    "abaratamiento de los equipos y el crecimiento de las plataformas de streaming "
                    "han abierto nuevas vías para llegar al público. Varias de las óperas primas "
                    "en competición se financiaron en parte mediante micromecenazgo en internet y "
                    "en parte con pequeñas ayudas de organismos culturales regionales."
                ),
                (
                    "Los programadores del festival señalaron que las propuestas más sólidas "
                    "procedían de Ghana, Kenia y la República Democrática del Congo, con un número "
                    "notable de películas en lenguas locales en lugar de inglés o francés. Un "
                    "documental sobre un equipo de fútbol femenino de Kinsasa fue ovacionado en "
                    "pie en su pase de prensa."
                ),
                (
                    "No todo el mundo está convencido de que el auge sea sostenible. Productores "
                    "que asistieron a un foro profesional el primer día del festival advirtieron "
                    "de que pocos directores noveles consiguen financiar una segunda película y de "
                    "que los acuerdos de distribución siguen siendo escasos fuera de un puñado de "
                    "grandes plataformas de streaming."
                ),
                (
                    "«Entrar en un festival es el principio, no el final», dijo Kwabena Ofori, "
                    "productor afincado en Acra. «Lo que necesitamos son cines, cadenas de "
                    "televisión y distribuidoras que de verdad paguen por estas películas, para "
                    "que la gente pueda ganarse la vida y no solo conseguir una carta de "
                    "presentación»."
                ),
                (
                    "El festival se celebra durante nueve días en seis sedes de Lagos, entre ellas "
                    "dos pantallas al aire libre en parques públicos. Los premios se entregarán en "
                    "la noche de clausura, y el ganador a la mejor ópera prima recibirá una ayuda "
                    "al desarrollo para un segundo proyecto y una plaza en un mercado de "
                    "coproducción en Europa."
                ),
            ],
        },
        4: {
            "headline": (
                "La estudiante keniana Wanjiru Kamau bate en Nairobi el récord mundial júnior de "
                "5000 metros"
            ),
            "social_title": "",
            "standfirst": (
                "La atleta de 17 años, natural del valle del Rift, corrió sola la mayor parte de "
                "la carrera en altitud y mejoró la anterior plusmarca en más de nueve segundos."
            ),
            "image_caption": (
                "Wanjiru Kamau cruza la línea de meta en el Estadio Nacional Nyayo de Nairobi"
            ),
            "subheading": "Correr entre clase y clase",
            "quote": {
                "text": (
                    "Solo pensaba en mis exámenes del colegio de la semana que viene, así que "
                    "corrí rápido para volver a casa."
                ),
                "attribution": "Wanjiru Kamau",
            },
            "paragraphs": [
                (
                    "Wanjiru Kamau, una estudiante de secundaria de 17 años del valle del Rift, "
                    "batió el sábado el récord mundial júnior de los 5000 metros en una reunión de "
                    "pruebas de selección nacionales celebrada en Nairobi. Su marca fue más de "
                    "nueve segundos más rápida que la anterior, y la logró a unos 1700 metros de "
                    "altitud."
                ),
                (
                    "Kamau tomó la cabeza poco después del primer kilómetro y corrió en solitario "
                    "las diez vueltas restantes, doblando a la mitad de las participantes antes de "
                    "la campana. Los jueces confirmaron el tiempo tras comprobar el sistema de "
                    "cronometraje electrónico y señalaron que el récord se presentará para su "
                    "homologación por el procedimiento habitual."
                ),
                (
                    "«Solo pensaba en mis exámenes del colegio de la semana que viene, así que "
                    "corrí rápido para volver a casa», dijo Kamau entre risas a los periodistas "
                    "tras la prueba. «Mi entrenador me dijo que tuviera paciencia a mitad de "
                    "carrera, pero me sentía fuerte y no quería esperar a nadie»."
                ),
                (
                    "Kamau estudia en un internado cerca de la localidad de Iten, donde se ha "
                    "adaptado el horario para que pueda entrenar dos veces al día. Su entrenador, "
                    "Joseph Kiprono, afirmó que el centro ha sido clave en su desarrollo porque ha "
                    "insistido en que siga al día con los estudios mientras compite."
                ),
                (
                    "«La gente cree que el talento lo es todo, pero lo que hace que dure es la "
                    "estructura», dijo Kiprono. «Va a clase, hace los deberes, corre, duerme. No "
                    "tenemos prisa. Puede ser una gran atleta a los 25 y a los 30 años si la "
                    "cuidamos ahora»."
                ),
                (
                    "Los responsables del atletismo keniano indicaron que Kamau será seleccionada "
                    "para el Campeonato Mundial sub-20 de este año, pero que no se ha tomado "
                    "ninguna decisión sobre su participación en competiciones absolutas. Varios "
                    "excampeones han advertido contra las prisas por someter a corredores "
                    "adolescentes a calendarios de carreras exigentes."
                ),
                (
                    "La carrera puso el broche a un gran fin de semana para el fondo keniano, en "
                    "el que también cayeron los récords nacionales de los 3000 metros obstáculos "
                    "femeninos y de los 10 000 metros masculinos. El público en el estadio fue más "
                    "numeroso de lo habitual para unas pruebas de selección, con muchos "
                    "aficionados llegados desde el valle del Rift."
                ),
                (
                    "Kamau dijo que piensa volver a clase el lunes y que no tiene interés en "
                    "hacerse profesional hasta terminar sus exámenes. Preguntada por los Juegos "
                    "Olímpicos, sonrió y dijo que le gustaría ir algún día, pero que, por ahora, "
                    "su mayor ambición es aprobar química."
                ),
            ],
        },
        5: {
            "headline": "Nuestras ciudades no se enfriarán solo con promesas",
            "social_title": "",
            "standfirst": (
                "El calor es ya el fenómeno meteorológico más mortífero en muchas ciudades, pero "
                "la mayoría de los planes climáticos urbanos siguen tratando la sombra y los "
                "árboles como decoración y no como infraestructura."
            ),
            "image_caption": (
                "Vecinos se resguardan del sol de la tarde bajo un único árbol en una plaza de "
                "hormigón de Marsella"
            ),
            "subheading": "La sombra es infraestructura",
            "quote": {
                "text": (
                    "Un árbol que se planta pero nunca se riega es un comunicado de prensa, no una "
                    "política."
                ),
                "attribution": "Leila Haddad",
            },
            "paragraphs": [
                (
                    "Cada verano, los ayuntamientos de todo el mundo publican el mismo tipo de "
                    "anuncio. Un nuevo plan contra el calor, el objetivo de plantar un millón de "
                    "árboles, un mapa de refugios climáticos. Luego llega el calor, y quienes "
                    "corren más riesgo —las personas mayores, quienes trabajan al aire libre y "
                    "quienes viven en pisos pequeños bajo tejados ardientes— descubren lo poco que "
                    "ha cambiado en su calle."
                ),
                (
                    "El problema no es la falta de conocimiento. Sabemos que las calles con sombra "
                    "pueden estar varios grados más frescas que las expuestas, que los tejados de "
                    "colores claros reflejan el calor y que las zonas verdes ayudan a los barrios "
                    "a recuperarse por la noche. Lo que nos falta es la voluntad de tratar todo "
                    "esto como infraestructura esencial, con presupuestos y planes de "
                    "mantenimiento a la altura."
                ),
                (
                    "El verano pasado pasé una mañana con Nadia Belkacem, que dirige una "
                    "asociación de vecinos en un barrio de torres a las afueras de mi ciudad. Me "
                    "señaló una hilera de árboles jóvenes plantados dos años antes, la mayoría "
                    "muertos. «Vinieron con cámaras a plantarlos», me dijo. «Nadie volvió con "
                    "agua»."
                ),
                (
                    "Un árbol que se planta pero nunca se riega es un comunicado de prensa, no una "
                    "política. El arbolado urbano necesita personal permanente, riego y un plan "
                    "para los cinco primeros años de vida de cada árbol, cuando es más vulnerable. "
                    "Son costes modestos comparados con los de las carreteras o el alcantarillado, "
                    "pero son los primeros que se recortan cuando los presupuestos se ajustan."
                ),
                (
                    "La misma lógica se aplica a los edificios. Rehabilitar la vivienda pública "
                    "con aislamiento y persianas exteriores protegería a los inquilinos tanto en "
                    "invierno como en verano. Algunas ciudades han empezado a hacerlo a gran "
                    "escala, pero muchas siguen anteponiendo los proyectos escaparate de los "
                    "distritos céntricos a los barrios donde el calor realmente mata."
                ),
                (
                    "Los responsables de salud pública llevan años defendiendo esta idea. "
                    "«Contamos los muertos después de cada ola de calor y luego volvemos a empezar "
                    "de cero», dijo el doctor Maarten Vos, epidemiólogo que ha estudiado la "
                    "mortalidad por calor en ciudades europeas. «Si cualquier otro peligro matara "
                    "a tanta gente, hace mucho que habríamos reconstruido el sistema»."
                ),
                (
                    "Nada de esto es glamuroso. Toldos sobre las paradas de autobús, fuentes de "
                    "agua potable que funcionen, parques que abran hasta tarde en las noches "
                    "calurosas y escuelas con salas refrigeradas para los vecinos vulnerables no "
                    "ganarán premios de diseño. Pero marcan la diferencia entre un plan que queda "
                    "bien sobre el papel y uno que mantiene a la gente con vida."
                ),
                (
                    "A los alcaldes habría que juzgarlos no por el número de árboles que anuncian, "
                    "sino por los que siguen en pie cinco años después, y por si los distritos más "
                    "pobres están más frescos que antes. Cualquier otra cosa es una promesa hecha "
                    "al tiempo, y el tiempo no escucha."
                ),
            ],
        },
        6: {
            "headline": (
                "La costa central de Chile se prepara para racionar el agua ante el mínimo "
                "histórico de los embalses"
            ),
            "social_title": "",
            "standfirst": (
                "Las autoridades de la región de Valparaíso advierten de que los cortes rotativos "
                "de suministro podrían empezar el mes próximo si las lluvias de otoño no se "
                "adelantan."
            ),
            "image_caption": (
                "El lecho casi vacío de un embalse se extiende hacia los cerros al este de "
                "Valparaíso"
            ),
            "subheading": "Los productores de aguacate, en el punto de mira",
            "quote": {
                "text": (
                    "Pedimos a todo el mundo que actúe como si la lluvia no fuera a llegar, porque "
                    "puede que no llegue."
                ),
                "attribution": "Claudia Fuenzalida, comisionada regional del agua",
            },
            "paragraphs": [
                (
                    "Las autoridades hídricas de la región chilena de Valparaíso han advertido de "
                    "que los cortes rotativos de suministro podrían comenzar en cuestión de "
                    "semanas, después de que los principales embalses que abastecen a las ciudades "
                    "costeras cayeran a sus niveles más bajos desde que existen registros. La "
                    "región afronta lo que los meteorólogos describen como un segundo año "
                    "consecutivo de sequía severa."
                ),
                (
                    "Según el plan de contingencia, los barrios se quedarían sin presión en la red "
                    "hasta 12 horas seguidas conforme a un calendario rotativo, con excepción de "
                    "hospitales, colegios y residencias de mayores. Las autoridades indicaron que "
                    "se enviarán camiones cisterna a los sectores de los cerros, donde el "
                    "suministro ya es intermitente en los momentos de mayor demanda."
                ),
                (
                    "«Pedimos a todo el mundo que actúe como si la lluvia no fuera a llegar, "
                    "porque puede que no llegue», afirmó Claudia Fuenzalida, comisionada regional "
                    "del agua. «Cada litro que se ahorre ahora es un litro que no tendremos que "
                    "racionar después. Hogares, empresas y explotaciones agrícolas deben poner de "
                    "su parte»."
                ),
                (
                    "La sequía ha reavivado el debate sobre el uso del agua en la agricultura, que "
                    "concentra la mayor parte del consumo en la región. Las grandes plantaciones "
                    "de aguacates y cítricos de las laderas circundantes dependen del riego, y "
                    "vecinos de varios pueblos rurales acusan a los productores de agotar pozos "
                    "que también abastecen de agua potable."
                ),
                (
                    "«Mi familia lleva cuatro generaciones viviendo en este valle y nunca habíamos "
                    "tenido que comprar agua embotellada», dijo Ernesto Valdivia, vecino de un "
                    "pueblo agrícola del interior. «Ahora los camiones vienen dos veces por semana "
                    "y los huertos del cerro siguen verdes. La gente está indignada»."
                ),
                (
                    "Las asociaciones de productores aseguran que han invertido mucho en riego por "
                    "goteo y que ya han reducido su consumo en un tercio durante la última década. "
                    "Sostienen que la agricultura mantiene decenas de miles de empleos y que la "
                    "solución pasa por nuevas infraestructuras, como plantas desalinizadoras y una "
                    "mejor capacidad para almacenar las lluvias de invierno."
                ),
                (
                    "El Gobierno nacional estudia propuestas para dos plantas desalinizadoras en "
                    "la costa central, aunque ninguna estaría lista hasta dentro de varios años. "
                    "Mientras tanto, la autoridad regional ha lanzado una campaña que pide a los "
                    "vecinos ducharse menos tiempo, reparar las fugas y no regar los jardines "
                    "durante el día."
                ),
                (
                    "Los climatólogos señalan que las lluvias en el centro de Chile llevan décadas "
                    "disminuyendo y que los años secos son cada vez más frecuentes. Los "
                    "pronósticos dan una probabilidad moderada de precipitaciones por encima de la "
                    "media este invierno, pero las autoridades subrayaron que ni siquiera una "
                    "temporada lluviosa bastaría para llenar por completo unos embalses mermados "
                    "durante dos años."
                ),
            ],
        },
        7: {
            "headline": (
                "Por qué vuelven a subir las tarifas del transporte de contenedores y quién acaba "
                "pagando"
            ),
            "social_title": "Por qué vuelve a encarecerse el transporte marítimo",
            "standfirst": (
                "Rutas más largas, calendarios más ajustados y una oleada de buques nuevos que "
                "llegan con retraso han vuelto a elevar los fletes. Estas son las causas del "
                "aumento y quién acaba notándolo."
            ),
            "image_caption": (
                "Contenedores apilados a la espera de ser cargados en una terminal del puerto de "
                "Busan"
            ),
            "subheading": "Del muelle a la caja",
            "quote": {
                "text": (
                    "El flete es una parte pequeña del precio de un televisor, pero una parte "
                    "grande del precio de un saco de arroz."
                ),
                "attribution": "Dr. Arun Mehta, economista especializado en comercio",
            },
            "paragraphs": [
                (
                    "El coste de transportar un contenedor estándar entre Asia y Europa se ha "
                    "duplicado aproximadamente desde principios de año, según los índices del "
                    "sector, lo que invierte una larga caída que había devuelto los precios a "
                    "niveles cercanos a los previos a la pandemia. La subida ha sido menos "
                    "espectacular que el repunte de hace unos años, pero es generalizada y "
                    "persistente."
                ),
                (
                    "Intervienen varios factores. La preocupación por la seguridad en algunas "
                    "rutas marítimas ha empujado a las navieras a trayectos más largos, lo que "
                    "añade días a las travesías y, en la práctica, retira buques de la "
                    "circulación. Al mismo tiempo, la congestión en un puñado de puertos de "
                    "transbordo ha trastocado los calendarios y ha dejado barcos fondeados a la "
                    "espera en lugar de transportar carga."
                ),
                (
                    "El resultado es un mercado más tenso de lo que sugieren las cifras generales. "
                    "«Hay más barcos que nunca en el mundo, pero pasan más tiempo en el mar para "
                    "hacer el mismo trabajo», explicó Ingrid Solheim, analista del sector naviero "
                    "en Oslo. «La capacidad sobre el papel y la capacidad real son dos cosas muy "
                    "distintas»."
                ),
                (
                    "Está llegando una gran oleada de nuevos portacontenedores encargados durante "
                    "los años de bonanza, lo que normalmente haría bajar los precios. Pero muchas "
                    "entregas se han retrasado por la acumulación de pedidos en los astilleros, y "
                    "algunas navieras han optado por desguazar buques antiguos en lugar de ampliar "
                    "su capacidad, lo que mantiene la oferta más equilibrada de lo que muchos "
                    "esperaban."
                ),
                (
                    "Para los consumidores, el impacto depende mucho de lo que se transporte. Los "
                    "fletes representan una fracción mínima del precio de bienes de alto valor "
                    "como la electrónica o la ropa. En productos voluminosos y baratos, desde "
                    "muebles hasta conservas, que se duplique el coste del transporte puede "
                    "cambiar de forma apreciable lo que llega a las estanterías."
                ),
                (
                    "«El flete es una parte pequeña del precio de un televisor, pero una parte "
                    "grande del precio de un saco de arroz», señaló el doctor Arun Mehta, "
                    "economista especializado en comercio en Singapur. «Por eso los países "
                    "importadores más pobres suelen ser los primeros y los más afectados por estas "
                    "oscilaciones, mucho antes de que nadie en Europa lo note»."
                ),
                (
                    "Hasta ahora, los minoristas han absorbido buena parte del aumento, ayudados "
                    "por contratos firmados cuando las tarifas eran más bajas. Esos contratos se "
                    "renegociarán en los próximos meses, y las empresas que importan con márgenes "
                    "estrechos, sobre todo las más pequeñas sin acuerdos a largo plazo, son las "
                    "que tienen más probabilidades de repercutir los costes en sus clientes."
                ),
                (
                    "Lo que ocurra a partir de ahora depende de factores difíciles de prever. Si "
                    "las rutas marítimas vuelven a la normalidad y la congestión se alivia, el "
                    "exceso de buques nuevos podría hundir de nuevo las tarifas. Si las "
                    "perturbaciones persisten, los analistas prevén que los precios se mantengan "
                    "altos hasta bien entrado el próximo año, lo que añadiría una presión modesta "
                    "pero persistente sobre la inflación."
                ),
            ],
        },
        8: {
            "headline": (
                "El turno de noche: en un observatorio del desierto que busca asteroides antes de "
                "que ellos nos encuentren"
            ),
            "social_title": "El turno de noche de los cazadores de asteroides",
            "standfirst": (
                "En lo alto del desierto de Atacama, en Chile, un pequeño equipo rastrea el cielo "
                "en busca de objetos cercanos a la Tierra. La mayoría de las noches no traen nada "
                "alarmante. De eso se trata precisamente."
            ),
            "image_caption": (
                "La cúpula del telescopio de rastreo de Cerro Vigía se abre mientras el sol se "
                "pone sobre el Atacama"
            ),
            "subheading": "Puntos que se mueven",
            "quote": {
                "text": (
                    "Noventa y nueve noches de cada cien, mi trabajo consiste en demostrar que "
                    "algo es inofensivo."
                ),
                "attribution": "Dra. Lucía Paredes, jefa de operaciones del rastreo",
            },
            "paragraphs": [
                (
                    "A las ocho de la tarde, cuando la última luz anaranjada se desvanece sobre el "
                    "Atacama, la cúpula del telescopio de rastreo de Cerro Vigía se abre con un "
                    "crujido. En una sala de control situada a unos cientos de metros, la doctora "
                    "Lucía Paredes se sirve un café, revisa el parte meteorológico y se dispone a "
                    "pasar una noche que espera que sea tranquila."
                ),
                (
                    "El telescopio es uno de los pocos del mundo dedicados a buscar asteroides "
                    "cercanos a la Tierra, rocas cuyas órbitas las acercan a la trayectoria de "
                    "nuestro planeta alrededor del Sol. Su cámara de gran campo fotografía las "
                    "mismas regiones del cielo varias veces cada noche, y un programa informático "
                    "compara las imágenes en busca de puntos de luz que se desplacen respecto a "
                    "las estrellas fijas."
                ),
                (
                    "«Noventa y nueve noches de cada cien, mi trabajo consiste en demostrar que "
                    "algo es inofensivo», dice Paredes mientras repasa una lista de detecciones "
                    "candidatas. «Encontramos un punto que se mueve, lo medimos, otros "
                    "observatorios lo miden, y en uno o dos días normalmente podemos decir que "
                    "pasará de largo con un margen más que holgado»."
                ),
                (
                    "Es un trabajo minucioso. Muchos candidatos resultan ser satélites, ruido de "
                    "la cámara u objetos ya conocidos que figuran en el catálogo. Cada asteroide "
                    "nuevo auténtico debe observarse repetidamente para poder calcular su órbita, "
                    "y los datos se envían a un centro internacional de intercambio que coordina "
                    "el seguimiento desde telescopios de otros continentes."
                ),
                (
                    "El lugar se eligió por su cielo extraordinario. A 2600 metros de altitud, en "
                    "uno de los lugares más secos de la Tierra, hay más de 300 noches despejadas "
                    "al año y casi ninguna contaminación lumínica. El pueblo más cercano está a "
                    "dos horas en coche por un camino de ripio, y el personal duerme en "
                    "dormitorios prefabricados entre turno y turno."
                ),
                (
                    "Tomás Ibarra, ingeniero de software que se incorporó al equipo hace tres "
                    "años, ha dedicado buena parte de ese tiempo a enseñar al sistema de detección "
                    "a ignorar el creciente número de satélites que cruzan su campo de visión. "
                    "«Algunas noches hay cientos de trazas en las imágenes», cuenta. «Cada una es "
                    "una falsa alarma que tenemos que filtrar antes de poder ver las rocas»."
                ),
                (
                    "Hacia las tres de la madrugada aparece un nuevo candidato: un punto tenue que "
                    "se mueve deprisa. Paredes lo marca y envía las coordenadas a un observatorio "
                    "asociado en Australia, donde todavía es de noche. A la hora del desayuno ya "
                    "han llegado las mediciones. El objeto mide unos 40 metros de diámetro y "
                    "pasará a varios millones de kilómetros de la Tierra el mes que viene."
                ),
                (
                    "Es, en otras palabras, una buena noche. Paredes registra el descubrimiento, "
                    "cierra la cúpula ante el sol que asoma y vuelve caminando al dormitorio. «La "
                    "gente se imagina que estamos esperando el gran impacto», dice. «En realidad "
                    "estamos construyendo un mapa para que, si alguna vez existe una roca "
                    "peligrosa, la hayamos visto con años de antelación»."
                ),
            ],
        },
        9: {
            "headline": (
                "Un teatro de ópera de Viena encarga su primera ópera a un compositor de "
                "videojuegos"
            ),
            "social_title": "",
            "standfirst": (
                "Kaito Morishima, cuyas bandas sonoras para juegos de fantasía acumulan cientos de "
                "millones de reproducciones, escribirá una obra de larga duración para la "
                "temporada 2027."
            ),
            "image_caption": (
                "Kaito Morishima ante un piano de ensayo en las salas de práctica del teatro de "
                "ópera en Viena"
            ),
            "subheading": "Un nuevo público en el patio de butacas",
            "quote": {
                "text": (
                    "La ópera era el gran entretenimiento de masas de su época. Hoy lo son los "
                    "videojuegos."
                ),
                "attribution": "Kaito Morishima",
            },
            "paragraphs": [
                (
                    "Uno de los principales teatros de ópera de Viena ha encargado una ópera "
                    "completa al compositor japonés Kaito Morishima, conocido sobre todo por sus "
                    "partituras orquestales para videojuegos de fantasía. La obra, titulada "
                    "provisionalmente La guardiana de la linterna, se estrenará en la temporada "
                    "2027 y se cantará en alemán, con libreto de la poeta austriaca Verena "
                    "Hollitsch."
                ),
                (
                    "Morishima, de 44 años, ha compuesto música para más de una docena de juegos, "
                    "y sus bandas sonoras acumulan cientos de millones de reproducciones en "
                    "streaming. Las giras de conciertos con su música para videojuegos llenan con "
                    "regularidad auditorios sinfónicos de Asia y Europa, a menudo con un público "
                    "que rara vez asiste a conciertos de música clásica."
                ),
                (
                    "«La ópera era el gran entretenimiento de masas de su época. Hoy lo son los "
                    "videojuegos», dijo Morishima en una rueda de prensa en Viena. «Ambos cuentan "
                    "grandes historias emocionales con la música en el centro, y no siento tanto "
                    "que me adentre en un país extranjero como que visito a un pariente lejano»."
                ),
                (
                    "El director artístico del teatro, el doctor Ferdinand Weisskopf, explicó que "
                    "el encargo forma parte de un esfuerzo deliberado por atraer a un público más "
                    "joven. Los datos de venta de entradas muestran que la edad media de los "
                    "abonados de la compañía no ha dejado de aumentar y que quienes acuden por "
                    "primera vez tienen muchas menos probabilidades de volver que hace dos décadas."
                ),
                (
                    "«No estamos encargando una banda sonora de videojuego con cantantes. Estamos "
                    "encargando una ópera a un compositor serio que, además, tiene un público muy "
                    "numeroso», dijo Weisskopf. «Si algunos de esos oyentes cruzan nuestras "
                    "puertas por primera vez gracias a su nombre, será algo maravilloso»."
                ),
                (
                    "El anuncio suscitó reacciones dispares entre la crítica. Algunos lo "
                    "celebraron como el reconocimiento, largamente esperado, de un género que ha "
                    "producido parte de la música orquestal más escuchada de las últimas décadas. "
                    "Otros se preguntaron si un compositor formado en gran medida para escribir "
                    "bucles y pasajes interactivos será capaz de sostener una estructura dramática "
                    "de tres horas."
                ),
                (
                    "Morishima contó que estudió composición en Tokio antes de dedicarse a los "
                    "videojuegos y que hacía tiempo que quería escribir para la escena. La "
                    "historia, sobre una mujer que cuida un faro en una isla remota a lo largo de "
                    "un siglo de cambios, lleva dos años gestándose junto a Hollitsch."
                ),
                (
                    "El teatro anunció que también organizará el próximo verano una serie de "
                    "conciertos gratuitos con la música para videojuegos de Morishima en un parque "
                    "de Viena. El objetivo, según explicó, es presentar a sus seguidores la "
                    "orquesta y el coro de la compañía mucho antes del estreno de la ópera."
                ),
            ],
        },
        10: {
            "headline": (
                "El Atlético Rambla de Montevideo alcanza la final continental tras una dramática "
                "tanda de penaltis"
            ),
            "social_title": "",
            "standfirst": (
                "El modesto club uruguayo detuvo tres penaltis en La Paz y disputará la primera "
                "final continental de sus 96 años de historia."
            ),
            "image_caption": (
                "Los jugadores del Atlético Rambla celebran ante sus aficionados desplazados tras "
                "la tanda de penaltis"
            ),
            "subheading": "Altitud, nervios y un portero suplente",
            "quote": {
                "text": "Les dije a los muchachos que nadie se acuerda de la altura si ganas.",
                "attribution": "Horacio Benítez, entrenador del Atlético Rambla",
            },
            "paragraphs": [
                (
                    "El Atlético Rambla, un modesto club del barrio costero de Montevideo, se "
                    "clasificó el miércoles por la noche para la final de la segunda competición "
                    "continental de clubes de Sudamérica tras vencer por 4-2 en los penaltis al "
                    "Club Illimani en La Paz. La semifinal había terminado 1-1 en el global tras "
                    "dos partidos de máxima tensión."
                ),
                (
                    "El partido se disputó a más de 3600 metros sobre el nivel del mar, un reto "
                    "temido por los equipos visitantes. El Rambla pasó buena parte de la segunda "
                    "parte defendiendo atrás mientras el equipo local apretaba en busca del gol de "
                    "la victoria, y su portero suplente, Facundo Olmedo, de 21 años, hizo varias "
                    "paradas decisivas tras entrar en sustitución del capitán lesionado."
                ),
                (
                    "Olmedo detuvo después tres de los cuatro penaltis del Illimani en la tanda, "
                    "lanzándose siempre a su derecha. «Estuve dos días viendo sus penaltis en "
                    "vídeo, pero al final simplemente seguí mi intuición», dijo. «He esperado "
                    "mucho tiempo en el banquillo una noche como esta»."
                ),
                (
                    "El club, fundado por trabajadores portuarios en 1929, nunca ha ganado un "
                    "título importante y juega en un estadio con capacidad para menos de 10 000 "
                    "personas. Su presupuesto es una fracción del de los grandes equipos de "
                    "Montevideo, y varios de sus titulares compaginan el fútbol con trabajos a "
                    "tiempo parcial."
                ),
                (
                    "«Les dije a los muchachos que nadie se acuerda de la altura si ganas», dijo "
                    "el entrenador, Horacio Benítez, un exdefensa que lleva tres temporadas en el "
                    "cargo. «Sufrimos, respiramos cuando pudimos y creímos. Esto es para la gente "
                    "de la Rambla, que nunca dejó de venir»."
                ),
                (
                    "Miles de aficionados se congregaron a lo largo de la rambla de Montevideo "
                    "para seguir la tanda de penaltis en pantallas gigantes instaladas por "
                    "comercios de la zona. Los festejos se prolongaron hasta la madrugada, con "
                    "bocinazos por toda la ciudad y seguidores cantando frente a la pequeña sede "
                    "del club."
                ),
                (
                    "El Rambla se medirá con el Sport Recife Atlântico, un equipo brasileño con un "
                    "presupuesto muy superior, en una final a partido único en Asunción el mes que "
                    "viene. El ganador obtendrá una plaza en la principal competición continental "
                    "de clubes la próxima temporada, además de un premio económico que "
                    "transformaría las finanzas del Rambla."
                ),
                (
                    "Benítez dijo que sus jugadores disfrutarán del momento, pero que volverán a "
                    "entrenar el viernes. «Esta noche soñamos, mañana trabajamos», afirmó. «No "
                    "somos favoritos para la final, y nunca lo hemos sido. Eso nunca nos ha "
                    "detenido»."
                ),
            ],
        },
        11: {
            "headline": (
                "Claves: por qué los productores de cacao de Ghana están plantando otra cosa"
            ),
            "social_title": "Claves: Ghana y la encrucijada del cacao",
            "standfirst": (
                "Árboles envejecidos, enfermedades, lluvias irregulares y el atractivo de cultivos "
                "comerciales más rápidos empujan a los productores a replantearse un cultivo que "
                "ha marcado la vida rural durante un siglo."
            ),
            "image_caption": (
                "Un agricultor examina mazorcas jóvenes de cacao en una pequeña explotación de la "
                "Región Occidental de Ghana"
            ),
            "subheading": "La economía de un cultivo lento",
            "quote": {
                "text": (
                    "Mi abuelo plantó estos árboles. No estoy segura de que mi hijo los quiera."
                ),
                "attribution": "Abena Owusu, productora de cacao",
            },
            "paragraphs": [
                (
                    "Ghana es uno de los mayores productores de cacao del mundo, y este cultivo ha "
                    "sido durante mucho tiempo la columna vertebral de su economía rural. Pero en "
                    "las principales regiones productoras, un número creciente de pequeños "
                    "agricultores está reduciendo el cacao o abandonándolo por completo. Este "
                    "artículo explica por qué y qué podría significar para los agricultores y para "
                    "el suministro mundial de chocolate."
                ),
                (
                    "El primer problema es la edad. Muchos cacaotales de Ghana se plantaron hace "
                    "décadas y hace tiempo que dejaron atrás sus años más productivos. Replantar "
                    "es caro y lento, porque un árbol nuevo tarda entre tres y cinco años en dar "
                    "una cosecha significativa, y mientras tanto la familia apenas obtiene "
                    "ingresos de esa parcela."
                ),
                (
                    "Las enfermedades han agravado la situación. Un virus propagado por diminutos "
                    "insectos ha infectado grandes extensiones de cultivo, y el único remedio "
                    "fiable es talar los árboles afectados. «Mi abuelo plantó estos árboles. No "
                    "estoy segura de que mi hijo los quiera», dijo Abena Owusu, que cultiva cuatro "
                    "hectáreas cerca de la localidad de Sefwi Asawinso."
                ),
                (
                    "El clima es la tercera presión. Productores y agrónomos hablan de estaciones "
                    "lluviosas menos previsibles, con periodos secos más largos en momentos "
                    "cruciales del ciclo de cultivo. El cacao es un árbol que necesita sombra y "
                    "prospera con una humedad estable, y es sensible tanto al estrés térmico como "
                    "a los aguaceros intensos durante la floración."
                ),
                (
                    "En ese contexto, otros cultivos resultan atractivos. El caucho, la palma "
                    "aceitera y cultivos alimentarios como la yuca y el plátano macho pueden "
                    "generar ingresos más rápido y se venden a través de canales más flexibles. En "
                    "algunos distritos también se ha perdido tierra a manos de la minería de oro a "
                    "pequeña escala, que ofrece dinero rápido pero a menudo deja los suelos y los "
                    "ríos gravemente dañados."
                ),
                (
                    "Los precios también cuentan. En Ghana, el cacao se vende a través de un "
                    "sistema regulado por el Estado que fija un precio en origen para cada "
                    "campaña. Eso aporta estabilidad, pero cuando los precios mundiales se "
                    "disparan, los agricultores pueden sentir que se están quedando fuera. «El "
                    "precio que dicen en la radio y el que llega a mi mano son historias "
                    "distintas», dijo Owusu."
                ),
                (
                    "Las autoridades aseguran que un programa de replantación, los fertilizantes "
                    "subvencionados y las medidas contra el virus ayudarán a recuperar la "
                    "producción en los próximos años. Los economistas sostienen que se podría "
                    "hacer más para que los agricultores obtengan una parte mayor del valor de sus "
                    "granos, procesándolos en Ghana en lugar de exportar el cacao en bruto para "
                    "molerlo en otros países."
                ),
                (
                    "Para los fabricantes de chocolate, una menor producción en África Occidental, "
                    "que abastece la mayor parte del cacao del mundo, se traduce en costes más "
                    "altos y más volátiles. Para las familias campesinas, la cuestión es más "
                    "básica: si un cultivo que ha marcado a generaciones todavía puede darles de "
                    "qué vivir, o si la próxima generación cultivará algo completamente distinto."
                ),
            ],
        },
    },
}
