/* test_entities_west.c - names in German text, where every noun has a
 * capital and the dictionary tells names from nouns, and organisations in
 * English and Romance text. */
#include "entities_testutil.h"

/* Fails when any of the words is a mention of a. */
static void no_names(const td_article *a, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (find(a, words[i]))
			fail_msg("noun \"%s\" taken for a name", words[i]);
}

/* Nouns of a German article, capitalised as German writes them, are not
 * names; persons, places and organisations are. */
static void test_nouns_are_no_names(void **state)
{
	(void)state;
	td_article *a = run("de", "Bundesregierung beschließt neues Heizungsgesetz",
			    "Die Bundesregierung hat am Mittwoch in Berlin ein neues Gesetz zur "
			    "Förderung von Wärmepumpen beschlossen. Bundeskanzler Friedrich Merz "
			    "sagte nach der Sitzung des Kabinetts, die Regierung wolle die Kosten "
			    "für Verbraucher senken. Die Opposition im Bundestag kündigte "
			    "Widerstand an.");
	static const char *const nouns[] = {"Bundesregierung", "Heizungsgesetz", "Gesetz",
					    "Förderung", "Wärmepumpen", "Sitzung", "Kabinetts",
					    "Regierung", "Kosten", "Verbraucher", "Opposition",
					    "Widerstand", "Mittwoch"};
	no_names(a, nouns, sizeof(nouns) / sizeof(nouns[0]));
	check(a, "Friedrich Merz", NULL, TD_ENT_PER, NULL);
	check(a, "Berlin", NULL, TD_ENT_LOC, NULL);
	check(a, "Bundestag", NULL, TD_ENT_ORG, NULL);
}

/* A surname the dictionary knows as a word is a name after a first name,
 * and alone once the article has named the person in full. */
static void test_known_surnames(void **state)
{
	(void)state;
	td_article *a = run("de", "Merkel trifft Macron",
			    "Bundeskanzlerin Angela Merkel traf in Paris den Präsidenten Emmanuel "
			    "Macron. Merkel sagte, die Zusammenarbeit mit Frankreich sei wichtig. "
			    "Thomas Müller von der SPD kritisierte die Regierung.");
	check(a, "Angela Merkel", NULL, TD_ENT_PER, NULL);
	check(a, "Merkel", NULL, TD_ENT_PER, must(a, "Angela Merkel")->key);
	check(a, "Thomas Müller", NULL, TD_ENT_PER, NULL);
	check(a, "Frankreich", NULL, TD_ENT_LOC, "gpe:fr");
	assert_null(find(a, "Zusammenarbeit"));
	assert_null(find(a, "Präsidenten"));
}

/* In the batch story modes (TD_ENT_NO_LEXICON) German keeps its
 * dictionary, since it capitalises nouns and names alike: common nouns are
 * no names there either. (Without an installed German dictionary a word
 * written after an article, or with an ending only nouns have, is taken
 * for a noun.) */
static void test_german_without_dictionary(void **state)
{
	(void)state;
	td_article *a = run_ex("de", "Koalition streitet",
			       "Die Bundesregierung hat in Berlin getagt. Kanzler Friedrich Merz "
			       "sprach mit der Opposition über die Finanzierung und die Mehrheit im "
			       "Bundestag. Merz will die Bundesregierung stärken.",
			       TD_ENT_NO_LEXICON);
	static const char *const nouns[] = {"Bundesregierung", "Opposition", "Finanzierung",
					    "Mehrheit", "Koalition"};
	no_names(a, nouns, sizeof(nouns) / sizeof(nouns[0]));
	check(a, "Friedrich Merz", NULL, TD_ENT_PER, NULL);
	check(a, "Merz", NULL, TD_ENT_PER, NULL);
	check(a, "Berlin", NULL, TD_ENT_LOC, NULL);
}

/* Organisations named by a head word, going on over "of" and its kin. */
static void test_organisations_of(void **state)
{
	(void)state;
	td_article *a = run("en", "Senate passes budget bill",
			    "The Senate on Wednesday passed the bill, sending it to the House of "
			    "Representatives. The Treasury Department warned of a shutdown. The "
			    "Court of Appeals ruled separately, and the Commission in Brussels "
			    "watched.");
	check(a, "House of Representatives", NULL, TD_ENT_ORG, NULL);
	check(a, "Treasury Department", NULL, TD_ENT_ORG, NULL);
	check(a, "Court of Appeals", NULL, TD_ENT_ORG, NULL);
	check(a, "Commission", NULL, TD_ENT_ORG, NULL);
	check(a, "Senate", NULL, TD_ENT_ORG, NULL);
	assert_null(find(a, "Senate on Wednesday"));
	a = run("es", "Tipos de interés", "Según el Banco de España, la economía crecerá.");
	check(a, "Banco de España", NULL, TD_ENT_ORG, NULL);
}

/* English: the pronoun in contractions is no name; centres and brothers
 * make organisations. */
static void test_english_words(void **state)
{
	(void)state;
	td_article *a = run("en", "Tara Reid checks into rehab",
			    "\"I'm not worried,\" Dorsey said. \"I\xE2\x80\x99ll be back.\" Actress Tara Reid "
			    "entered the Promises Treatment Center in Malibu. Warner Brothers "
			    "declined to comment.");
	assert_null(find(a, "I'm"));
	assert_null(find(a, "I\xE2\x80\x99ll"));
	check(a, "Dorsey", NULL, TD_ENT_PER, NULL);
	check(a, "Promises Treatment Center", NULL, TD_ENT_ORG, NULL);
	check(a, "Warner Brothers", NULL, TD_ENT_ORG, NULL);
	/* Place words make places, as whole words only. */
	a = run("en", "Shooting", "Deputies of Douglas County searched Lake Tahoe while the Los Angeles "
			      "Lakers played.");
	check(a, "Douglas County", NULL, TD_ENT_LOC, NULL);
	check(a, "Lake Tahoe", NULL, TD_ENT_LOC, NULL);
	/* A word for a place before "of": "the town of Thumane". */
	a = run("en", "Quake", "Rescuers searched Durres and the town of Thumane overnight.");
	check(a, "Thumane", NULL, TD_ENT_LOC, NULL);
	assert_true(!find(a, "Los Angeles Lakers") || find(a, "Los Angeles Lakers")->type != TD_ENT_LOC);
	/* A place after "near" or "outside"; a continent's adjective is no
	 * name, as a country's is not. */
	a = run("en", "Front line", "Troops advanced near Pokrovsk and outside Kupiansk on Tuesday to discuss "
				    "European defence. Russian officers said so. The European proposal stands.");
	check(a, "Pokrovsk", NULL, TD_ENT_LOC, NULL);
	check(a, "Kupiansk", NULL, TD_ENT_LOC, NULL);
	assert_null(find(a, "European"));
	assert_null(find(a, "Russian"));
	/* A storm's name is an event, not a person. */
	a = run("en", "Floods in Wales", "Storm Bert flooded homes in south Wales, and Hurricane Melissa "
					 "hit Jamaica.");
	assert_int_equal(must(a, "Storm Bert")->type, TD_ENT_EVT);
	/* Its key is the name's, as in a language that writes the name
	 * alone ("burza Bert"). */
	char k[32];
	td_entity_name_key("pl", "Bert", 4, k, sizeof(k));
	assert_string_equal(must(a, "Storm Bert")->key, k);
	check(a, "Hurricane Melissa", "Hurricane Melissa", TD_ENT_EVT, NULL);
	/* Clubs are no persons. */
	a = run("en", "Champions League", "Real Madrid beat Olympiacos 4-3 and Arsenal beat Bayern Munich 3-1.");
	check(a, "Real Madrid", NULL, TD_ENT_ORG, "org:fc-realmadrid");
	check(a, "Bayern Munich", NULL, TD_ENT_ORG, "org:fc-bayern");
	/* German offices, compounds too, are titles before a name. */
	a = run("de", "Telefonat", "Putin hat mit dem türkischen Präsidenten Recep Tayyip Erdogan telefoniert. "
				   "Kremlsprecher Dmitri Peskow sagte das.");
	check(a, "Dmitri Peskow", NULL, TD_ENT_PER, NULL);
	for (size_t i = 0; i < a->nentities; i++)
		assert_null(strstr(a->entities[i].text, "Präsidenten"));
	/* "Stormy" is no storm. */
	a = run("en", "Court", "On Tuesday the actress Stormy Daniels testified in Manhattan.");
	check(a, "Stormy Daniels", NULL, TD_ENT_PER, NULL);
}

/* A title alone is no name; before a name it is no part of it. */
static void test_titles_alone(void **state)
{
	(void)state;
	td_article *a = run("fr", "Réforme",
			    "Le Premier ministre Michel Barnier a parlé après le Conseil des "
			    "ministres.");
	assert_null(find(a, "Premier"));
	check(a, "Michel Barnier", NULL, TD_ENT_PER, NULL);
	a = run("en", "Veto", "The bill passed, but the President said he would veto it. President "
			      "Joe Biden spoke later.");
	assert_null(find(a, "President"));
	check(a, "Joe Biden", NULL, TD_ENT_PER, NULL);
}

/* The complement of an office before a person named in full is no part
 * of the name; palaces are places. */
static void test_office_before_name(void **state)
{
	(void)state;
	td_article *a = run("en", "Talks",
			    "Secretary of State Marco Rubio met Fed Chair Jerome Powell and "
			    "Commissioner Valdis Dombrovskis at Buckingham Palace.");
	check(a, "Marco Rubio", "Marco Rubio", TD_ENT_PER, NULL);
	check(a, "Jerome Powell", "Jerome Powell", TD_ENT_PER, NULL);
	check(a, "Valdis Dombrovskis", NULL, TD_ENT_PER, NULL);
	assert_null(find(a, "State Marco Rubio"));
	check(a, "Buckingham Palace", NULL, TD_ENT_LOC, NULL);
	/* A title of several words alone is no name. */
	/* A place's adjective and common words are no person. */
	a = run("en", "Strikes", "The Syrian Observatory said the Israeli Air Force struck.");
	check(a, "Syrian Observatory", NULL, TD_ENT_ORG, NULL);
	check(a, "Israeli Air Force", NULL, TD_ENT_ORG, NULL);
	a = run("en", "Keynote", "Phil Schiller, Senior Vice President of Marketing, spoke. The Chief "
				 "Executive Officer did not.");
	assert_null(find(a, "Senior Vice President"));
	assert_null(find(a, "Chief Executive Officer"));
	check(a, "Phil Schiller", NULL, TD_ENT_PER, NULL);
	/* A surname that is also a common word, written alone elsewhere. */
	a = run("it", "Meloni a Bruxelles",
		"La presidente del Consiglio Giorgia Meloni ha incontrato i leader.");
	check(a, "Giorgia Meloni", NULL, TD_ENT_PER, NULL);
	/* Words the dictionary knows as common words only do not make a
	 * person of an organisation's name ("The News International"). */
	a = run("en", "Paper", "The editor of The News International said so.");
	assert_null(find(a, "News International"));
}

/* International bodies by their names in the western languages meet
 * their other names at one key. */
static void test_western_aliases(void **state)
{
	(void)state;
	td_article *a = run("es", "Tipos", "El Banco Central Europeo y el Fondo Monetario Internacional "
					   "coinciden.");
	check(a, "Banco Central Europeo", NULL, TD_ENT_ORG, "org:ecb");
	check(a, "Fondo Monetario Internacional", NULL, TD_ENT_ORG, "org:imf");
	a = run("fr", "Taux", "La Banque centrale européenne a relevé ses taux, selon la BCE.");
	check(a, "Banque centrale européenne", NULL, TD_ENT_ORG, "org:ecb");
	check(a, "BCE", NULL, TD_ENT_ORG, "org:ecb");
	/* English nouns of a country's people that are no adjective too,
	 * singular and plural, under the country's key. */
	a = run("en", "Tennis", "The Spaniard beat a Frenchman and an Englishman; two Swedes watched.");
	check(a, "Spaniard", NULL, TD_ENT_PER, "gpe:es");
	check(a, "Frenchman", NULL, TD_ENT_PER, "gpe:fr");
	check(a, "Englishman", NULL, TD_ENT_PER, "loc:england");
	check(a, "Swedes", NULL, TD_ENT_PER, "gpe:se");
	/* French, Portuguese and Dutch prepositions of place before a name
	 * no list has; "à" governs persons too, so the article's persons
	 * stay persons. */
	a = run("fr", "Marchés", "Les marchés à Francfort ont réagi. Emmanuel Macron a écrit une lettre à Macron.");
	check(a, "Francfort", NULL, TD_ENT_LOC, NULL);
	check(a, "Macron", NULL, TD_ENT_PER, NULL);
	a = run("pt", "Notícias", "A reunião decorreu em Guimarães na segunda-feira.");
	check(a, "Guimarães", NULL, TD_ENT_LOC, NULL);
	/* An unlisted acronym that is the initials of an organisation the
	 * article names in full takes its key; a listed one keeps its own. */
	a = run("es", "Noticias", "El Partido Popular ganó. El PP obtuvo 22 escaños.");
	check(a, "PP", NULL, TD_ENT_ORG, "org:es-pp");
	a = run("en", "News", "The National Health Service is struggling. The NHS said on Monday it would hire.");
	check(a, "NHS", NULL, TD_ENT_ORG, must(a, "National Health Service")->key);
	a = run("bg", "Новини", "Европейският съвет заседава. ЕС прие решение.");
	check(a, "ЕС", NULL, TD_ENT_ORG, "org:eu");
	/* (Not a Slovene "danes", today, at a sentence's start.) */
	a = run("sl", "Novice", "Danes je vlada sprejela zakon.");
	assert_null(find(a, "Danes"));
}

/* Romance institutions: lower-case adjectives after the head, no leading
 * article, runs of common words no persons, elided prepositions inside
 * a name. */
static void test_romance_institutions(void **state)
{
	(void)state;
	td_article *a = run("fr", "Décision",
			    "Le Conseil constitutionnel a tranché. La Banque de France prévoit une "
			    "croissance, a dit l'Élysée.");
	check(a, "Conseil constitutionnel", NULL, TD_ENT_ORG, NULL);
	check(a, "Banque de France", NULL, TD_ENT_ORG, NULL);
	assert_null(find(a, "La Banque de France"));
	check(a, "Élysée", NULL, TD_ENT_LOC, "loc:elysee");
	a = run("es", "Detenidos", "La Guardia Civil detuvo a 12 personas, según el ministro de "
				   "Asuntos Exteriores.");
	check(a, "Guardia Civil", NULL, TD_ENT_ORG, NULL);
	check(a, "Asuntos Exteriores", NULL, TD_ENT_ORG, NULL);
	a = run("es", "Argentina", "Según el Banco de la Nación Argentina, la inflación bajó.");
	check(a, "Banco de la Nación Argentina", NULL, TD_ENT_ORG, NULL);
	a = run("nl", "Inflatie", "Volgens het Centraal Bureau voor de Statistiek zei de Franse "
				  "president niets.");
	check(a, "Centraal Bureau voor de Statistiek", NULL, TD_ENT_ORG, "org:cbs");
	assert_null(find(a, "Franse"));
	a = run("it", "Crescita", "La Banca d'Italia e la Corte costituzionale hanno parlato.");
	check(a, "Banca d'Italia", NULL, TD_ENT_ORG, "org:bancaditalia");
	check(a, "Corte costituzionale", NULL, TD_ENT_ORG, NULL);
	/* A head before "de" and an article ("Palacio de la Moncloa"),
	 * authorities, congresses and a state named as such. */
	a = run("es", "Reconocimiento",
		"El presidente habló en el Palacio de la Moncloa. La Autoridad Nacional Palestina "
		"celebró. El Partido Popular criticó la medida en el Congreso de los Diputados. "
		"Reconoce el Estado de Palestina.");
	check(a, "Palacio de la Moncloa", NULL, TD_ENT_LOC, NULL);
	check(a, "Autoridad Nacional Palestina", NULL, TD_ENT_ORG, NULL);
	check(a, "Congreso de los Diputados", NULL, TD_ENT_ORG, NULL);
	check(a, "Estado de Palestina", NULL, TD_ENT_LOC, NULL);
}

/* German writes adjectives with a capital only inside names: the
 * adjectives and their noun are a name, in the weak form after "das". */
static void test_german_adjective_names(void **state)
{
	(void)state;
	td_article *a = run("de", "Inflation",
			    "Nach Angaben des Statistischen Bundesamts stieg die Inflation. Die "
			    "Deutsche Bahn warnte, das Weiße Haus schwieg und die Vereinten Nationen "
			    "riefen zur Hilfe auf. Der Vorsitzende Lars Klingbeil widersprach.");
	check(a, "Statistischen Bundesamts", "Statistische Bundesamt", TD_ENT_ORG, "org:destatis");
	check(a, "Deutsche Bahn", "Deutsche Bahn", TD_ENT_ORG, NULL);
	check(a, "Weiße Haus", NULL, TD_ENT_LOC, "loc:whitehouse");
	check(a, "Vereinten Nationen", "Vereinte Nationen", TD_ENT_ORG, "org:un");
	check(a, "Lars Klingbeil", NULL, TD_ENT_PER, NULL);
	assert_null(find(a, "Vorsitzende Lars"));
	/* A preposition of place governs the places joined by "und". */
	td_article *b = run("de", "Proteste", "Menschen demonstrierten in München und Hamburg.");
	check(b, "Hamburg", NULL, TD_ENT_LOC, "city:hamburg");
	/* Every German noun has a capital, so a sentence's first word is read
	 * as any other: "Berlin ist" as "in Berlin". */
	a = run("de", "Haushalt", "Der Bundestag tagte lange. Berlin ist zufrieden, sagte er in Berlin.");
	size_t berlin = 0;
	for (size_t i = 0; i < a->nentities; i++)
		berlin += !strcmp(a->entities[i].key, "city:berlin");
	assert_int_equal(berlin, 2);
	/* A given name the German dictionary has as a noun, before a surname
	 * no dictionary knows; a role before a surname stays out; a place
	 * the dictionary knows only by its last part. */
	a = run("de", "Hochwasser",
		"Der Ministerpräsident Markus Söder (CSU) sprach mit Bundeskanzler Olaf Scholz. Trainer "
		"Julian Nagelsmann jubelte. Das Hochwasser in Baden-Württemberg ist schlimm. Laut Söder "
		"ist die Lage ernst.");
	check(a, "Markus Söder", NULL, TD_ENT_PER, NULL);
	check(a, "Olaf Scholz", NULL, TD_ENT_PER, NULL);
	check(a, "Julian Nagelsmann", NULL, TD_ENT_PER, NULL);
	check(a, "Baden-Württemberg", NULL, TD_ENT_LOC, "sub:de-bw");
	assert_null(find(a, "Bundeskanzler Olaf Scholz"));
	/* A person is no name of the acronym after it: the party keeps its key. */
	assert_string_not_equal(must(a, "Markus Söder")->key, must(a, "CSU")->key);
	/* An adjective opening a sentence is no name's. */
	a = run("de", "Studien", "Neue Studien zeigen, dass die Inflation sinkt.");
	assert_null(find(a, "Neue Studien"));
}

/* Languages without a dictionary (Romanian, Greek, Turkish, Hungarian):
 * bodies by their head words, a sentence's first word included. */
static void test_bodies_without_dictionary(void **state)
{
	(void)state;
	td_article *a = run("ro", "Decizie", "Curtea Constituțională a decis. Comisia Europeană a reacționat.");
	check(a, "Curtea Constituțională", NULL, TD_ENT_ORG, NULL);
	check(a, "Comisia Europeană", NULL, TD_ENT_ORG, NULL);
	a = run("tr", "Faiz", "Merkez Bankası faizi sabit tuttu. Avrupa Komisyonu tepki gösterdi. "
			      "Cumhurbaşkanı Recep Tayyip Erdoğan konuştu.");
	check(a, "Merkez Bankası", NULL, TD_ENT_ORG, NULL);
	check(a, "Avrupa Komisyonu", NULL, TD_ENT_ORG, "org:ec");
	check(a, "Recep Tayyip Erdoğan", NULL, TD_ENT_PER, NULL);
	a = run("el", "Επιτροπή", "Αντέδρασε η Ευρωπαϊκή Επιτροπή.");
	check(a, "Ευρωπαϊκή Επιτροπή", NULL, TD_ENT_ORG, NULL);
	a = run("hu", "Bizottság", "Az Európai Bizottság reagált.");
	check(a, "Európai Bizottság", NULL, TD_ENT_ORG, NULL);
	/* The genitive's article inside a body's name. */
	a = run("ro", "Dobânda", "Guvernatorul Băncii a vorbit, iar Banca Națională a României a decis.");
	check(a, "Banca Națională a României", NULL, TD_ENT_ORG, NULL);
	a = run("el", "Τράπεζα", "Αντέδρασε η Τράπεζα της Ελλάδος.");
	check(a, "Τράπεζα της Ελλάδος", NULL, TD_ENT_ORG, NULL);
	/* Places of the language's own names under a case ending. */
	a = run("ro", "Decizie", "Președintele României a vorbit.");
	check(a, "României", "România", TD_ENT_LOC, "gpe:ro");
	a = run("el", "Απόφαση", "Η κυβέρνηση της Ελλάδος αποφάσισε.");
	check(a, "Ελλάδος", NULL, TD_ENT_LOC, "gpe:gr");
	a = run("hu", "Találkozó", "A miniszter tegnap Párizsban tárgyalt.");
	check(a, "Párizsban", NULL, TD_ENT_LOC, "city:paris");
	/* Hungarian persons surname first, at a sentence's start too; a
	 * foreign name keeps its order. */
	a = run("hu", "Béke", "Orbán Viktor szerint a béke fontos. Donald Trump is nyilatkozott.");
	const td_entity *e = must(a, "Orbán Viktor");
	const td_entity *t = must(a, "Donald Trump");
	assert_int_equal(e->type, TD_ENT_PER);
	char ko[32], kt[32];
	td_entity_name_key("hu", "Orbán", strlen("Orbán"), ko, sizeof(ko));
	td_entity_name_key("en", "Trump", strlen("Trump"), kt, sizeof(kt));
	assert_string_equal(e->key, ko);
	assert_string_equal(t->key, kt);
}

/* "Georgia" is the US state where the article names the US or another
 * state, else the country. */
static void test_georgia(void **state)
{
	(void)state;
	td_article *a = run("en", "Recount", "Officials in Georgia and Arizona continued the recount.");
	check(a, "Georgia", NULL, TD_ENT_LOC, "sub:us-ga");
	a = run("en", "Protests", "Thousands protested in Tbilisi, the capital of Georgia.");
	check(a, "Georgia", NULL, TD_ENT_LOC, "gpe:ge");
	a = run("pl", "Wybory", "W Georgii i Arizonie trwa liczenie głosów w USA.");
	check(a, "Georgii", NULL, TD_ENT_LOC, "sub:us-ga");
	a = run("pl", "Protesty", "W Gruzji i w USA odbyły się protesty.");
	check(a, "Gruzji", NULL, TD_ENT_LOC, "gpe:ge");
}

/* Particles of persons' names stay inside the name, in any script. */
static void test_name_particles(void **state)
{
	(void)state;
	td_article *a = run("en", "News",
			    "President Charles de Gaulle met Ursula von der Leyen, and the coach Erik ten "
			    "Hag spoke with Bashar al Assad in Rio de Janeiro.");
	check(a, "Charles de Gaulle", "Charles de Gaulle", TD_ENT_PER, NULL);
	check(a, "Ursula von der Leyen", "Ursula von der Leyen", TD_ENT_PER, NULL);
	check(a, "Erik ten Hag", NULL, TD_ENT_PER, NULL);
	check(a, "Bashar al Assad", NULL, TD_ENT_PER, NULL);
	check(a, "Rio de Janeiro", NULL, TD_ENT_LOC, NULL);
	a = run("ru", "Новости", "Урсула фон дер Ляйен встретилась с Башаром аль Асадом.");
	check(a, "Урсула фон дер Ляйен", NULL, TD_ENT_PER, NULL);
	check(a, "Башаром аль Асадом", "Башар аль Асад", TD_ENT_PER, NULL);
	a = run("pl", "Wiadomości", "Spotkanie z Charlesem de Gaulle'em trwało godzinę.");
	check(a, "Charlesem de Gaulle'em", "Charles de Gaulle", TD_ENT_PER, NULL);
}

/* French and Italian elide the article before a name: "l'Ukraine",
 * "dell'Onu" name Ukraine and the United Nations. */
static void test_elided_articles(void **state)
{
	(void)state;
	td_article *a = run("fr", "Nouvelles",
			    "Le pays a annoncé son soutien à l'Ukraine et à l'Europe, selon l'ONU.");
	check(a, "Ukraine", NULL, TD_ENT_LOC, "gpe:ua");
	check(a, "ONU", NULL, TD_ENT_ORG, "org:un");
	assert_null(find(a, "l'Ukraine"));
	a = run("fr", "Nouvelles", "L'Allemagne a annoncé une aide, selon L'Express.");
	check(a, "Allemagne", NULL, TD_ENT_LOC, "gpe:de");
	a = run("it", "Notizie", "Il vertice dell'Unione europea ha discusso l'aiuto all'Ucraina e il ruolo dell'Onu.");
	check(a, "Unione europea", NULL, TD_ENT_ORG, "org:eu");
	check(a, "Ucraina", NULL, TD_ENT_LOC, "gpe:ua");
	check(a, "Onu", NULL, TD_ENT_ORG, "org:un");
	/* French writes the acronyms it pronounces as words in title case. */
	a = run("fr", "Nouvelles", "Le sommet de l'Otan a suivi la réunion de l'Opep à Vienne.");
	check(a, "Otan", NULL, TD_ENT_ORG, "org:nato");
	check(a, "Opep", NULL, TD_ENT_ORG, "org:opec");
}

/* Turkish writes a name's case ending after an apostrophe: the name is
 * the word before it; Polish keeps the ending of a foreign name in the
 * mention ("Farage'a"). */
static void test_apostrophe_endings(void **state)
{
	(void)state;
	td_article *a = run("tr", "Haber", "Almanya, Ukrayna'ya yardım açıkladı. NATO'nun zirvesi Brüksel'de.");
	check(a, "Ukrayna", NULL, TD_ENT_LOC, "gpe:ua");
	check(a, "NATO", NULL, TD_ENT_ORG, "org:nato");
	check(a, "Brüksel", NULL, TD_ENT_LOC, "city:brussels");
	assert_null(find(a, "Ukrayna'ya"));
	a = run("pl", "Wiadomości", "Spotkanie z Nigelem Farage'em trwało godzinę.");
	must(a, "Nigelem Farage'em");
	/* ... and its base form is the word before the apostrophe, the
	 * first name's too. */
	a = run("pl", "Wiadomości",
		"Kariera Tony'ego Blaira. Hymn Huberta Parry’ego. Wystąpienie przewodniczącego Jean-Claude'a Junckera.");
	check(a, "Tony'ego Blaira", "Tony Blair", TD_ENT_PER, NULL);
	check(a, "Huberta Parry’ego", "Hubert Parry", TD_ENT_PER, NULL);
	check(a, "Jean-Claude'a Junckera", "Jean-Claude Juncker", TD_ENT_PER, NULL);
}

/* "in" and "a" join names into a list (whose members share a type) only
 * where they are conjunctions: Slovene "in", Czech "a"; in English they
 * are a preposition and an article. */
static void test_list_conjunctions_by_language(void **state)
{
	(void)state;
	td_article *a = run("en", "News", "Officials said the minister met Merz in Berlin on Monday.");
	check(a, "Merz", NULL, TD_ENT_PER, NULL);
	check(a, "Berlin", NULL, TD_ENT_LOC, "city:berlin");
	a = run("en", "News", "Officials said Zelensky met Biden in Washington on Monday.");
	check(a, "Biden", NULL, TD_ENT_PER, NULL);
	/* Italian "e", Spanish "y" join lists in their languages. */
	a = run("it", "Notizie", "Meloni ha parlato. Proteste a Milano e Napoli, poi Meloni ha risposto.");
	check(a, "Napoli", NULL, TD_ENT_LOC, NULL);
	a = run("sl", "Novice", "Obiskali so Maribor in Celje, nato pa Koper.");
	check(a, "Maribor", NULL, TD_ENT_LOC, NULL);
	check(a, "Celje", NULL, TD_ENT_LOC, NULL);
}

/* A full stop after a name ends the sentence: the next one's name is
 * another mention. Initials and abbreviations without vowels go on. */
static void test_sentence_end_after_name(void **state)
{
	(void)state;
	td_article *a = run("en", "News", "The deal was backed by Theresa May. Boris Johnson said no.");
	check(a, "Theresa May", NULL, TD_ENT_PER, NULL);
	check(a, "Boris Johnson", NULL, TD_ENT_PER, NULL);
	a = run("pl", "Wiadomości", "Umowę poparła Theresa May. Wlk. Brytania wyjdzie z Unii.");
	check(a, "Theresa May", NULL, TD_ENT_PER, NULL);
	check(a, "Wlk. Brytania", NULL, TD_ENT_LOC, "gpe:gb");
	a = run("ru", "Новости", "Встречу провели Дж. Байден и Вл. Путин.");
	check(a, "Дж. Байден", NULL, TD_ENT_PER, NULL);
	check(a, "Вл. Путин", NULL, TD_ENT_PER, NULL);
}

/* English names that are no persons: teams named by a plural, runs of
 * common words, places and organisations by their head word; titles and
 * nationals before a name are no part of it; time zones no names. */
static void test_english_types(void **state)
{
	(void)state;
	td_article *a = run("en", "Colts beat Chiefs",
			    "The Indianapolis Colts beat the Kansas City Chiefs on Sunday. Inspector "
			    "Dave Gaskin said the climbers were on Mount Cook near the Tasman Glacier. "
			    "Englishman Robert Buckley survived. Voting ended at 10:00 GMT. The Indian "
			    "Navy captured pirates. The Mission Critical Facilities deal closed. "
			    "Yesterday, Tiger Woods won.");
	check(a, "Colts", "Colts", TD_ENT_ORG, NULL);
	check(a, "Indianapolis Colts", NULL, TD_ENT_ORG, NULL);
	check(a, "Kansas City Chiefs", NULL, TD_ENT_ORG, NULL);
	check(a, "Dave Gaskin", NULL, TD_ENT_PER, NULL);
	check(a, "Robert Buckley", NULL, TD_ENT_PER, NULL);
	check(a, "Mount Cook", NULL, TD_ENT_LOC, NULL);
	check(a, "Tasman Glacier", NULL, TD_ENT_LOC, NULL);
	check(a, "Indian Navy", NULL, TD_ENT_ORG, NULL);
	check(a, "Mission Critical Facilities", NULL, TD_ENT_ORG, NULL);
	check(a, "Tiger Woods", NULL, TD_ENT_PER, NULL);
	assert_null(find(a, "GMT"));
	assert_null(find(a, "Inspector Dave Gaskin"));
	/* Closed-class words are no names; a possessive is no part of one. */
	a = run("en", "Felt dies",
		"Felt, the No. 2 official at the FBI, died. \"It was a shock,\" said Vincent Gigante's "
		"lawyer, and Obama’s aides agreed.");
	assert_null(find(a, "No"));
	assert_null(find(a, "It"));
	check(a, "Vincent Gigante", "Vincent Gigante", TD_ENT_PER, NULL);
	check(a, "Obama", "Obama", TD_ENT_PER, NULL);
	/* A country's adjective before a noun is no name; its inhabitants are. */
	a = run("en", "Strikes", "Israeli warplanes hit Gaza, and the Israelis said a Ukrainian "
		"boxer was unhurt.");
	assert_null(find(a, "Israeli"));
	assert_null(find(a, "Ukrainian"));
	check(a, "Israelis", NULL, TD_ENT_PER, NULL);
	/* A name that goes on past a listed one to a head word is one name;
	 * a head word before "of" heads the name after it; holidays are no
	 * places but events (the BSNLP guidelines' EVT-Christmas). */
	a = run("en", "Fire", "Fire damaged the Wasilla Bible Church at Christmas, and a ship was "
		"seized in the Gulf of Aden.");
	check(a, "Wasilla Bible Church", NULL, TD_ENT_ORG, NULL);
	check(a, "Gulf of Aden", NULL, TD_ENT_LOC, NULL);
	check(a, "Christmas", "Christmas", TD_ENT_EVT, "evt:christmas");
	/* Names joined by "&" are a firm. */
	a = run("en", "Vaccines", "Shares of Johnson & Johnson rose while Marks & Spencer fell.");
	check(a, "Johnson & Johnson", NULL, TD_ENT_ORG, "org:jnj");
	check(a, "Marks & Spencer", NULL, TD_ENT_ORG, NULL);
	/* Where nouns have no cases a name other than a person's is its own
	 * base form; the EU's institutions are known in French too. */
	a = run("en", "Fisheries", "The National Marine Fisheries Service and the Union of Concerned "
		"Scientists disagreed.");
	check(a, "National Marine Fisheries Service", "National Marine Fisheries Service", TD_ENT_ORG, NULL);
	a = run("fr", "Europe", "Le président a rencontré la Commission européenne et la Société Générale.");
	check(a, "Commission européenne", NULL, TD_ENT_ORG, "org:ec");
	check(a, "Société Générale", "Société Générale", TD_ENT_ORG, NULL);
	/* A listed airline opening a sentence; a maker's model. */
	a = run("en", "Airlines", "Ryanair ordered more Boeing 737 MAX jets and Airbus A320neo planes.");
	check(a, "Ryanair", NULL, TD_ENT_ORG, "org:ryanair");
	check(a, "Boeing 737 MAX", NULL, TD_ENT_PRO, "pro:boeing-737");
	check(a, "Airbus A320neo", NULL, TD_ENT_PRO, "pro:a320neo");
	/* Codes that start with a digit and generic acronyms are no names;
	 * names ending in an event's word are events. */
	a = run("en", "Tech", "The laptop has 8GB of memory, a GPS chip and 3G. Apple showed it at Macworld "
			     "Expo on Tuesday, before the Monaco Grand Prix and the US Open.");
	assert_null(find(a, "8GB"));
	assert_null(find(a, "3G"));
	assert_null(find(a, "GPS"));
	check(a, "Macworld Expo", NULL, TD_ENT_EVT, NULL);
	check(a, "Monaco Grand Prix", NULL, TD_ENT_EVT, NULL);
	check(a, "US Open", NULL, TD_ENT_EVT, NULL);
	/* A first name that starts like an organisation's head word is no
	 * head word ("svet", "news", "armia"); an English one in another
	 * language's text is. */
	a = run("en", "Opposition", "Governor Gavin Newsom met Svetlana Tikhanovskaya in Sacramento.");
	check(a, "Svetlana Tikhanovskaya", NULL, TD_ENT_PER, NULL);
	check(a, "Gavin Newsom", NULL, TD_ENT_PER, NULL);
	a = run("de", "Wahl", "Gestern hat Armin Laschet Verluste eingeräumt.");
	check(a, "Armin Laschet", NULL, TD_ENT_PER, NULL);
	a = run("pl", "Wiadomości", "Cichanouska spotkała się z Gavinem Newsomem, a linie Qatar Airways "
				    "latają dalej.");
	check(a, "Gavinem Newsomem", NULL, TD_ENT_PER, NULL);
	check(a, "Qatar Airways", NULL, TD_ENT_ORG, NULL);
	/* Alone, a compound of such a word stays an organisation. */
	a = run("cs", "Zprávy", "Firma Energoatom oznámila výsledky a Bankia také.");
	check(a, "Energoatom", NULL, TD_ENT_ORG, NULL);
	check(a, "Bankia", NULL, TD_ENT_ORG, NULL);
	/* The compass's adjectives before a noun are no names. */
	a = run("en", "Vaccine", "Britain became the first Western country to approve it. Shares rose on the Nasdaq.");
	assert_null(find(a, "Western"));
	check(a, "Nasdaq", NULL, TD_ENT_ORG, "org:nasdaq");
}

/* English firms and offices: a listed firm with its legal form, a
 * sentence's first word before a capitalised head ("United Airlines
 * said"), no rank before a head ("General Motors"), a capital inside a
 * firm's word ("Spirit AeroSystems", but "Ron DeSantis", "Mark DeMarco"),
 * offices of common words that the dictionary also has with a capital
 * ("Chief Executive", "Fire Chief"), and given names that are common
 * words ("Mike Whitaker"). */
static void test_english_firms_offices(void **state)
{
	(void)state;
	td_article *a = run("en", "Boeing shares fall",
			    "Boeing Co shares fell on Tuesday. United Airlines said it had found loose "
			    "bolts. General Motors agreed. Shares of Spirit AeroSystems dropped. Governor "
			    "Ron DeSantis met Mark DeMarco. Boeing Chief Executive Dave Calhoun spoke. "
			    "Fire Chief James Steele said so, and FAA Administrator Mike Whitaker agreed.");
	check(a, "Boeing Co", NULL, TD_ENT_ORG, "org:boeing");
	/* A legal form ends a name that begins with a place, and is no part
	 * of the firm's key. */
	td_article *b = run("en", "Banks", "Taiwan Semiconductor Manufacturing Co. makes chips. Deutsche Bank AG fell, "
			    "and analysts at Deutsche Bank said so.");
	check(b, "Taiwan Semiconductor Manufacturing Co", NULL, TD_ENT_ORG, NULL);
	check(b, "Deutsche Bank AG", NULL, TD_ENT_ORG, must(b, "Deutsche Bank")->key);
	check(a, "United Airlines", NULL, TD_ENT_ORG, NULL);
	check(a, "General Motors", NULL, TD_ENT_ORG, NULL);
	check(a, "Spirit AeroSystems", NULL, TD_ENT_ORG, NULL);
	check(a, "Ron DeSantis", NULL, TD_ENT_PER, NULL);
	check(a, "Mark DeMarco", NULL, TD_ENT_PER, NULL);
	check(a, "Dave Calhoun", NULL, TD_ENT_PER, NULL);
	check(a, "James Steele", NULL, TD_ENT_PER, NULL);
	check(a, "Mike Whitaker", NULL, TD_ENT_PER, NULL);
	assert_null(find(a, "Co"));
	assert_null(find(a, "Motors"));
	/* A quantifier opens no name. */
	a = run("en", "Airlines", "Many airlines agreed. Several Airlines refused.");
	assert_null(find(a, "Several Airlines"));
}

/* An English possessive: an acronym's ends its name and is looked up
 * without it ("the IMF's Kristalina Georgieva"); a cue word's types no
 * name after it ("the bank's Christine Lagarde" is no bank). */
static void test_english_possessives(void **state)
{
	(void)state;
	td_article *a = run("en", "Economy",
			    "The IMF's Kristalina Georgieva said growth would slow. The BBC’s Laura Kuenssberg "
			    "reported it. The bank's Christine Lagarde said inflation would ease.");
	check(a, "IMF", "IMF", TD_ENT_ORG, "org:imf");
	check(a, "Kristalina Georgieva", "Kristalina Georgieva", TD_ENT_PER, NULL);
	check(a, "BBC", "BBC", TD_ENT_PRO, "pro:bbc");
	check(a, "Laura Kuenssberg", "Laura Kuenssberg", TD_ENT_PER, NULL);
	check(a, "Christine Lagarde", "Christine Lagarde", TD_ENT_PER, NULL);
	/* So does a listed name's; a common noun's is part of the name. */
	a = run("en", "World", "Milan's Giorgio Armani spoke. The People's Republic of China objected.");
	check(a, "Milan", "Milan", TD_ENT_LOC, "city:milan");
	check(a, "Giorgio Armani", "Giorgio Armani", TD_ENT_PER, NULL);
	check(a, "People's Republic of China", "People's Republic of China", TD_ENT_LOC, "gpe:cn");
	/* A name of two words or more in the possessive ends there, and a
	 * preposition before it governs what it qualifies; not an office's
	 * possessive, an irregular plural's or a saint's. */
	a = run("en", "World",
		"Officials in Joe Biden's White House said Vladimir Putin's Kremlin had rejected the plan. "
		"Elon Musk's SpaceX launched a rocket. The Los Angeles County Sheriff's Department and "
		"Boston Children's Hospital helped.");
	check(a, "Joe Biden", "Joe Biden", TD_ENT_PER, NULL);
	check(a, "White House", "White House", TD_ENT_LOC, "loc:whitehouse");
	check(a, "Vladimir Putin", "Vladimir Putin", TD_ENT_PER, NULL);
	check(a, "Kremlin", "Kremlin", TD_ENT_LOC, "loc:kremlin");
	check(a, "SpaceX", "SpaceX", TD_ENT_ORG, "org:spacex");
	assert_string_equal(must(a, "Vladimir Putin")->key, "ptn");
	must(a, "Los Angeles County Sheriff's Department");
	must(a, "Boston Children's Hospital");
	/* Firms of the alias table meet across scripts; a basin is a place. */
	a = run("en", "Oil", "Exxon Mobil agreed to buy Pioneer. Morgan Stanley advised. Output in the Permian "
			     "Basin will double.");
	check(a, "Exxon Mobil", "Exxon Mobil", TD_ENT_ORG, "org:exxonmobil");
	check(a, "Morgan Stanley", "Morgan Stanley", TD_ENT_ORG, "org:morganstanley");
	check(a, "Permian Basin", "Permian Basin", TD_ENT_LOC, NULL);
	a = run("ru", "Нефть", "Компания Эксон Мобил купит Pioneer, сделку консультировал Морган Стэнли.");
	check(a, "Эксон Мобил", "Эксон Мобил", TD_ENT_ORG, "org:exxonmobil");
	check(a, "Морган Стэнли", "Морган Стэнли", TD_ENT_ORG, "org:morganstanley");
	/* A common noun in the possessive is no plural: after a given name it
	 * is a surname ("Andrew Luck's"), else a body's head. */
	a = run("en", "Sport", "Andrew Luck's pass won it. The Lakewood Sheriff's deputies came.");
	check(a, "Andrew Luck", "Andrew Luck", TD_ENT_PER, NULL);
	check(a, "Lakewood Sheriff", "Lakewood Sheriff", TD_ENT_ORG, NULL);
	/* News agencies of the alias table. */
	a = run("en", "Quake", "Hospitals were full, the Anadolu news agency reported. Xinhua and Kyodo said aid came.");
	check(a, "Anadolu", "Anadolu", TD_ENT_ORG, "org:anadolu");
	check(a, "Xinhua", "Xinhua", TD_ENT_ORG, "org:xinhua");
	check(a, "Kyodo", "Kyodo", TD_ENT_ORG, "org:kyodo");
	/* A weekday's possessive is the day's, no name. */
	a = run("en", "Sport", "Fans celebrated in Saturday's game. Monday’s vote was close.");
	assert_null(find(a, "Saturday"));
	assert_null(find(a, "Monday"));
	/* An English common word alone, capitalised, that follows no name
	 * the dictionary knows is no person ("the Championship"); a
	 * surname written so after a first name is ("Mark Felt ... Felt"). */
	a = run("en", "Golf", "Matt Fitzpatrick leads the World Golf Championship. The Championship ends on "
			      "Sunday. Mark Felt was the source. Felt died in 2008.");
	assert_null(find(a, "Championship"));
	check(a, "Felt", "Felt", TD_ENT_PER, NULL);
	/* A generation after a name: the surname before it is the key,
	 * and a title's word before it is the name's ("King Jr."). */
	a = run("en", "Civil rights", "Martin Luther King Jr. spoke in Washington. Vinicius Jr scored. Vinicius "
				      "celebrated.");
	check(a, "Martin Luther King Jr", "Martin Luther King Jr", TD_ENT_PER, NULL);
	assert_string_equal(must(a, "Vinicius Jr")->key, must(a, "Vinicius")->key);
	/* Turkish writes case endings after an apostrophe. */
	a = run("tr", "Ekonomi", "NATO'nun genel sekreteri konuştu.");
	assert_string_equal(must(a, "NATO")->key, "org:nato");
}

/* Laws, treaties and accords are products (BSNLP), a place's name
 * before their head word included; market indices too. */
static void test_english_laws_indices(void **state)
{
	(void)state;
	td_article *a = run("en", "Markets",
			    "The court ruled on the International Emergency Economic Powers Act. The Paris "
			    "Agreement held. The Dow Jones Industrial Average gained 1.2% and the Nasdaq "
			    "Composite rose.");
	check(a, "International Emergency Economic Powers Act", NULL, TD_ENT_PRO, NULL);
	check(a, "Paris Agreement", NULL, TD_ENT_PRO, NULL);
	check(a, "Dow Jones Industrial Average", NULL, TD_ENT_PRO, "pro:djia");
	check(a, "Nasdaq Composite", NULL, TD_ENT_PRO, "pro:nasdaqcomp");
	a = run("ru", "Рынки", "Индекс Доу-Джонса вырос на 1%.");
	check(a, "Индекс Доу-Джонса", NULL, TD_ENT_PRO, "pro:djia");
}

/* Listed names of five words or more are found in English too, whose
 * words are looked up as written, not by their stems. */
static void test_long_listed_names(void **state)
{
	(void)state;
	td_article *a = run("en", "Health",
			    "Officials at the Centers for Disease Control and Prevention said. Monitors from "
			    "the Organization for Security and Co-operation in Europe agreed.");
	check(a, "Centers for Disease Control and Prevention", NULL, TD_ENT_ORG, "org:cdc");
	check(a, "Organization for Security and Co-operation in Europe", NULL, TD_ENT_ORG, "org:osce");
}

/* German capitalises every noun, and its dictionary reads many towns as
 * nouns like any other: a listed town right after "in", "aus", "nach"
 * with no article is the place; a common noun there is none. */
static void test_german_towns_after_prepositions(void **state)
{
	(void)state;
	td_article *a = run("de", "Nachrichten",
			    "Er wohnt seit Jahren in Hamburg und arbeitet in Köln. Er kam aus München nach "
			    "Stuttgart. In Zukunft tritt das Gesetz in Kraft. Er fährt nach Hause.");
	check(a, "Hamburg", NULL, TD_ENT_LOC, "city:hamburg");
	check(a, "Köln", NULL, TD_ENT_LOC, "city:cologne");
	check(a, "München", NULL, TD_ENT_LOC, "city:munich");
	assert_null(find(a, "Zukunft"));
	assert_null(find(a, "Kraft"));
	assert_null(find(a, "Hause"));
	/* A preposition that opens a sentence before a listed state is no
	 * given name ("In" is indium's symbol in English). */
	a = run("de", "Nachrichten", "Am Montag gab es Streiks. In Baden-Württemberg streikten Beschäftigte.");
	check(a, "Baden-Württemberg", NULL, TD_ENT_LOC, "sub:de-bw");
	assert_null(find(a, "In Baden-Württemberg"));
}

/* An English compound of a name and a participle names the word before
 * the hyphen ("Barcelona-based", "US-led"); an adjective there is none
 * ("Ukrainian-born"). US states of four letters are listed. */
static void test_english_name_compounds(void **state)
{
	(void)state;
	td_article *a = run("en", "News",
			    "The Barcelona-based court ruled. Kremlin-backed separatists and the US-led "
			    "coalition met a Utah-based church. Ukrainian-born actress. He moved to Ohio.");
	check(a, "Barcelona", NULL, TD_ENT_LOC, "city:barcelona");
	check(a, "Kremlin", NULL, TD_ENT_LOC, "loc:kremlin");
	check(a, "US", NULL, TD_ENT_LOC, "gpe:us");
	check(a, "Utah", NULL, TD_ENT_LOC, "sub:us-ut");
	check(a, "Ohio", NULL, TD_ENT_LOC, "sub:us-oh");
	assert_null(find(a, "Barcelona-based"));
	assert_null(find(a, "Ukrainian"));
}

/* English: a body every state has after its country's adjective is
 * that country's, and the adjective alone is no person. */
static void test_english_bodies_of_countries(void **state)
{
	(void)state;
	td_article *a = run("en", "Envoy summoned",
			    "The Russian Foreign Ministry summoned the envoy, and the Chinese Foreign "
			    "Ministry replied.");
	int ru = 0, cn = 0;
	for (size_t i = 0; i < a->nentities; i++) {
		ru += !strcmp(a->entities[i].key, "gov:mfa@ru");
		cn += !strcmp(a->entities[i].key, "gov:mfa@cn");
	}
	assert_int_equal(ru, 1);
	assert_int_equal(cn, 1);
	assert_null(find(a, "Russian"));
	assert_null(find(a, "Chinese"));
}

/* A day or a month is no part of the name right after it ("On Monday
 * Pakistan's court", "In January Donald Trump"); names that open with
 * one stay whole ("The Sunday Telegraph", "April Ryan", and in Slavic
 * languages, which write months in lower case, "Jan Olbrycht"). */
static void test_days_before_names(void **state)
{
	(void)state;
	td_article *a = run("en", "Court rules",
			    "On Monday Pakistan's Supreme Court acquitted her. In January Donald Trump took "
			    "office. Last Friday Germany voted. The Sunday Telegraph reported. Journalist "
			    "April Ryan asked.");
	check(a, "Pakistan", NULL, TD_ENT_LOC, "gpe:pk");
	check(a, "Donald Trump", NULL, TD_ENT_PER, NULL);
	check(a, "Germany", NULL, TD_ENT_LOC, "gpe:de");
	must(a, "Sunday Telegraph");
	check(a, "April Ryan", NULL, TD_ENT_PER, NULL);
	/* Fires and earthquakes named for a place are events; a fire
	 * service is none. */
	a = run("en", "Wildfire", "Crews battled the Palisades Fire, Surrey Fire and Rescue Service said.");
	check(a, "Palisades Fire", NULL, TD_ENT_EVT, NULL);
	check(a, "Surrey Fire and Rescue Service", NULL, TD_ENT_ORG, NULL);
	a = run("pl", "Wiadomości", "Posłem został wczoraj Jan Olbrycht z Bielska.");
	check(a, "Jan Olbrycht", NULL, TD_ENT_PER, NULL);
}

/* A first line written as a sentence is no title-case headline, short
 * verbs in lower case included: its surname that is also a common word
 * ("macron") is a name there. */
static void test_sentence_first_line(void **state)
{
	(void)state;
	td_article *a = run("en", "They met Emmanuel Macron in Paris",
			    "The talks were short, officials said after the meeting.");
	check(a, "Emmanuel Macron", "Emmanuel Macron", TD_ENT_PER, NULL);
	/* A title-case headline keeps its capitals weak. */
	a = run("en", "Central Bank Raises Rates Again", "The Central Bank of Kenya raised rates on Monday.");
	assert_null(find(a, "Central Bank Raises Rates Again"));
	/* A product's inner capital ("iPhone") and an ordinal ("5th") are no
	 * words in lower case of a sentence. */
	a = run("en", "Apple Unveils New iPhone At Cupertino Event", "The company showed the phone on Tuesday.");
	assert_null(find(a, "Unveils New"));
	must(a, "iPhone");
	a = run("en", "Colts Beat Chiefs 20-13, Clinch 5th Seed In AFC Playoffs", "The team won on Sunday.");
	assert_null(find(a, "Seed In"));
	/* A listed name opening with an article capitalises its noun: "la
	 * réunion" (the meeting) is no Réunion. */
	a = run("fr", "Politique", "La réunion a eu lieu mardi. Le président est arrivé à La Réunion jeudi.");
	assert_null(find(a, "La réunion"));
	check(a, "La Réunion", NULL, TD_ENT_LOC, "gpe:re");
	a = run("it", "Politica", "La riunione si è svolta a Roma.");
	assert_null(find(a, "La riunione"));
	/* A longer listed name after the article wins ("La Unión Europea"
	 * is no Salvadoran La Unión); an article before a word in lower
	 * case is no name. */
	a = run("es", "Mundo", "El presidente visitó La Unión, en El Salvador. La Unión Europea reaccionó.");
	check(a, "Unión Europea", NULL, TD_ENT_ORG, "org:eu");
	check(a, "La Unión", NULL, TD_ENT_LOC, NULL);
	assert_null(find(a, "El"));
	/* The White House and the Security Council in French and Spanish. */
	a = run("fr", "Monde", "Trump a reçu Starmer à la Maison-Blanche. Le Conseil de sécurité se réunira.");
	check(a, "Maison-Blanche", NULL, TD_ENT_LOC, "loc:whitehouse");
	check(a, "Conseil de sécurité", NULL, TD_ENT_ORG, "org:unsc");
}

/* US states as American datelines abbreviate them; not where the
 * abbreviation is another language's word ("Mich", "Nebo", "Nevím"). */
static void test_state_abbreviations(void **state)
{
	(void)state;
	td_article *a = run("en", "Apple unveils new iPhone",
			    "CUPERTINO, Calif. (Reuters) - Apple Inc on Tuesday unveiled its latest iPhone. In "
			    "ALBANY, N.Y., the governor spoke, while in Tampa, Fla., workers struck.");
	check(a, "Calif", NULL, TD_ENT_LOC, "sub:us-ca");
	check(a, "Fla", NULL, TD_ENT_LOC, "sub:us-fl");
	must(a, "N.Y");
	a = run("en", "Quake", "A magnitude 6.1 earthquake struck off Sumatra, the U.S. Geological Survey said. "
			       "Jobs grew in the U.S. The president spoke.");
	check(a, "U.S. Geological Survey", NULL, TD_ENT_ORG, "org:usgs");
	check(a, "U.S", "U.S.", TD_ENT_LOC, "gpe:us");
	a = run("de", "Nachrichten", "Er sagte: Mich interessiert das nicht. Ich fahre nach Berlin.");
	assert_null(find(a, "Mich"));
	a = run("cs", "Zprávy", "Nevím, co dělat. Nebo ano? Praha je krásná.");
	assert_null(find(a, "Nevím"));
	assert_null(find(a, "Nebo"));
}

/* English names of two nouns joined by "and" before an organisation's
 * head, and the US agencies of the alias table in two languages. */
static void test_and_names_and_agencies(void **state)
{
	(void)state;
	td_article *a = run("en", "SEC probe",
			    "The Securities and Exchange Commission declined to comment. He joined the "
			    "Department of Health and Human Services last year. Microsoft and Federal Trade "
			    "Commission officials met. The SEC said.");
	check(a, "Securities and Exchange Commission", NULL, TD_ENT_ORG, "gov:sec@us");
	check(a, "SEC", "SEC", TD_ENT_ORG, "gov:sec@us");
	check(a, "Department of Health and Human Services", "Department of Health and Human Services", TD_ENT_ORG,
	      NULL);
	assert_null(find(a, "Human Services"));
	check(a, "Microsoft", "Microsoft", TD_ENT_ORG, "org:microsoft");
	check(a, "Federal Trade Commission", NULL, TD_ENT_ORG, "gov:ftc@us");
	a = run("ru", "Новости", "Представитель Комиссии по ценным бумагам и биржам США отказался от комментариев.");
	check(a, "Комиссии по ценным бумагам и биржам США", "Комиссия по ценным бумагам и биржам США", TD_ENT_ORG,
	      "gov:sec@us");
	/* A journal after its word; telescopes are products, whatever
	 * their first word. */
	a = run("en", "Space", "Scientists published a study in the journal Nature showing that the James Webb "
			       "Space Telescope had detected water.");
	check(a, "Nature", "Nature", TD_ENT_PRO, NULL);
	check(a, "James Webb Space Telescope", NULL, TD_ENT_PRO, NULL);
	/* The US bodies with the dotted abbreviation keep their keys. */
	a = run("en", "Senate", "The U.S. Senate on Thursday passed a bill. The U.S. House of Representatives will vote.");
	check(a, "U.S. Senate", NULL, TD_ENT_ORG, "gov:senate@us");
	check(a, "U.S. House of Representatives", NULL, TD_ENT_ORG, "gov:ushouse");
	/* An officer's title before a person named in full is no part of
	 * the name; a firm's legal form after its listed name is, under
	 * its key, as written in the base form. */
	a = run("en", "Airbus", "Airbus SE reported a rise in profit, as Chief Executive Guillaume Faury warned. "
				"Siemens AG and Shell plc said. The Financial Times Group reported.");
	check(a, "Guillaume Faury", "Guillaume Faury", TD_ENT_PER, NULL);
	assert_null(find(a, "Chief Executive Guillaume Faury"));
	check(a, "Airbus SE", "Airbus SE", TD_ENT_ORG, "org:airbus");
	check(a, "Siemens AG", "Siemens AG", TD_ENT_ORG, "org:siemens");
	check(a, "Shell plc", "Shell plc", TD_ENT_ORG, "org:shell");
	assert_int_equal(must(a, "Financial Times Group")->type, TD_ENT_ORG);
	/* (Also before a census first name, which starts no other person
	 * after the title: "Chief Executive" is no organisation.) */
	a = run("en", "Apple", "Apple unveiled the phone in Cupertino. Chief Executive Tim Cook said it would go on sale.");
	check(a, "Tim Cook", "Tim Cook", TD_ENT_PER, NULL);
	assert_null(find(a, "Chief Executive"));
	/* (Nor after an office's department: the department is given up,
	 * and the word before the person types no place.) */
	a = run("en", "Talks", "Secretary of State Mike Pompeo met Sergei Lavrov. Secretary of State John Kerry "
			       "had met him before.");
	check(a, "Mike Pompeo", "Mike Pompeo", TD_ENT_PER, NULL);
	check(a, "John Kerry", "John Kerry", TD_ENT_PER, NULL);
	assert_string_equal(must(a, "Mike Pompeo")->key, "pmp");
	/* (A department that is a town's name too is no name of its own.) */
	a = run("en", "Talks", "Secretary of Commerce Gary Locke met the governors.");
	check(a, "Gary Locke", "Gary Locke", TD_ENT_PER, NULL);
	assert_null(find(a, "Commerce"));
	/* Romance "of" before a body's head and Italian or Spanish "al"
	 * ("to the") are no particles of a person's name; "de" inside one
	 * is. */
	a = run("it", "Notizie", "Il leader Matteo Salvini della Lega ha parlato ieri. Giorgia Meloni al Quirinale "
				 "ha detto che il governo va avanti.");
	check(a, "Matteo Salvini", "Matteo Salvini", TD_ENT_PER, NULL);
	assert_null(find(a, "Matteo Salvini della Lega"));
	check(a, "Giorgia Meloni", "Giorgia Meloni", TD_ENT_PER, NULL);
	assert_null(find(a, "Giorgia Meloni al Quirinale"));
	a = run("es", "Noticias", "Ayer Sánchez al Congreso le pidió apoyo. Luis de Guindos habló.");
	assert_null(find(a, "Sánchez al Congreso"));
	check(a, "Luis de Guindos", "Luis de Guindos", TD_ENT_PER, NULL);
	a = run("es", "Noticias", "Luis de la Fuente habló ayer con los periodistas en Madrid.");
	check(a, "Luis de la Fuente", "Luis de la Fuente", TD_ENT_PER, NULL);
	a = run("pt", "Notícias", "Segundo a Agência Brasil, Marcelo Rebelo de Sousa respondeu.");
	assert_int_equal(must(a, "Agência Brasil")->type, TD_ENT_ORG);
	check(a, "Marcelo Rebelo de Sousa", "Marcelo Rebelo de Sousa", TD_ENT_PER, NULL);
	/* A census first name that the dictionary knows as a common word
	 * too opens a person's name, after a weekday as well; not before a
	 * head word, nor a firm's. */
	a = run("en", "News", "On Monday Jack Straw said that the deal was bad. Mark Felt died. Royal Mail cut "
			      "jobs. She spoke in the Rose Garden before the Tony Award.");
	check(a, "Jack Straw", "Jack Straw", TD_ENT_PER, NULL);
	assert_null(find(a, "Monday Jack Straw"));
	check(a, "Mark Felt", "Mark Felt", TD_ENT_PER, NULL);
	assert_int_equal(must(a, "Royal Mail")->type, TD_ENT_ORG);
	assert_int_equal(must(a, "Rose Garden")->type, TD_ENT_LOC);
	assert_int_not_equal(must(a, "Tony Award")->type, TD_ENT_PER);
	/* A day's possessive ends a name; an infirmary is a body; a
	 * department's field before an office makes no name. */
	a = run("en", "News", "Aston Villa drew before Wednesday's Champions League trip. She was taken to Leeds "
			      "General Infirmary. The Home Secretary, Yvette Cooper, said. Chelsea Clinton spoke.");
	assert_null(find(a, "Wednesday"));
	check(a, "Aston Villa", "Aston Villa", TD_ENT_ORG, "org:fc-astonvilla");
	assert_int_equal(must(a, "Leeds General Infirmary")->type, TD_ENT_ORG);
	assert_null(find(a, "Home Secretary"));
	check(a, "Yvette Cooper", "Yvette Cooper", TD_ENT_PER, NULL);
	check(a, "Chelsea Clinton", "Chelsea Clinton", TD_ENT_PER, NULL);
	/* A town before its state after a comma; English quotes works'
	 * titles, and a nickname between a person's names is the
	 * person's; IKEA only in capitals ("Ike" is a name). */
	a = run("en", "News", "She checked into a clinic in Rancho Mirage, California, on Thursday. Jerry Brown, "
			      "California's governor, spoke. The \"Mean Girls\" star met Vincent \"The Chin\" "
			      "Gigante. Ike Parsons LaRue served. Portugal Telecom SGPS SA, Portugal's biggest firm.");
	assert_int_equal(must(a, "Rancho Mirage")->type, TD_ENT_LOC);
	check(a, "Jerry Brown", "Jerry Brown", TD_ENT_PER, NULL);
	assert_int_equal(must(a, "Mean Girls")->type, TD_ENT_PRO);
	assert_int_equal(must(a, "The Chin")->type, TD_ENT_PER);
	check(a, "Ike Parsons LaRue", "Ike Parsons LaRue", TD_ENT_PER, NULL);
	assert_int_not_equal(must(a, "SGPS SA")->type, TD_ENT_LOC);
	a = run("pt", "Notícias", "Os líderes discutiram o acordo entre a União Europeia e o Mercosul. A Petrobras "
				  "anunciou investimentos.");
	check(a, "Mercosul", "Mercosul", TD_ENT_ORG, "org:mercosur");
	check(a, "Petrobras", "Petrobras", TD_ENT_ORG, "org:petrobras");
	a = run("fr", "Nouvelles", "L'Assemblée nationale a adopté une motion de censure. Le Nouveau Front populaire a "
				   "voté.");
	check(a, "Assemblée nationale", "Assemblée nationale", TD_ENT_ORG, "org:fr-assembly");
	check(a, "Nouveau Front populaire", "Nouveau Front populaire", TD_ENT_ORG, "org:fr-nfp");
	a = run("de", "Nachrichten", "Das Bundesverfassungsgericht in Karlsruhe entschied. Der Deutsche "
				     "Gewerkschaftsbund warnte.");
	check(a, "Bundesverfassungsgericht", "Bundesverfassungsgericht", TD_ENT_ORG, "gov:constitutionalcourt@de");
	check(a, "Deutsche Gewerkschaftsbund", "Deutscher Gewerkschaftsbund", TD_ENT_ORG, "org:dgb");
	/* Hungarian: a listed city after two names ends them; case
	 * suffixes come off where the article writes the name bare. */
	a = run("hu", "Hírek", "Orbán Viktor Brüsszelben tárgyalt. Orbán Viktor tárgyalt Trumppal. Donald Trump "
			       "szerint ez jó.");
	check(a, "Orbán Viktor", "Orbán Viktor", TD_ENT_PER, NULL);
	assert_null(find(a, "Orbán Viktor Brüsszelben"));
	check(a, "Trumppal", "Trump", TD_ENT_PER, "trmp");
	a = run("tr", "Haberler", "Rusya Devlet Başkanı Vladimir Putin dün konuştu.");
	check(a, "Vladimir Putin", "Vladimir Putin", TD_ENT_PER, NULL);
	/* American broadcasters, typed as CNN is. */
	a = run("en", "News", "NBC reported the story first. CBS News and ABC News followed.");
	check(a, "NBC", "NBC", TD_ENT_PRO, "pro:nbc");
	check(a, "CBS News", "CBS News", TD_ENT_PRO, "pro:cbsnews");
	/* A religion's adjective before a noun is no name; its people and
	 * a person named after it are. */
	a = run("en", "News", "A Jewish group protested and Catholic bishops met. Muslims prayed. Christian Bale "
			      "starred.");
	assert_null(find(a, "Jewish"));
	assert_null(find(a, "Catholic"));
	check(a, "Muslims", "Muslim", TD_ENT_PER, NULL);
	check(a, "Christian Bale", "Christian Bale", TD_ENT_PER, NULL);
	/* A body's capitalised complement goes on after "and"; a second
	 * body of the same kind does not join it. */
	a = run("en", "News", "Anthony Fauci, director of the National Institute of Allergy and Infectious Diseases, "
			      "spoke. Officers of Surrey Police and Surrey Fire came.");
	assert_int_equal(must(a, "National Institute of Allergy and Infectious Diseases")->type, TD_ENT_ORG);
	assert_null(find(a, "Infectious Diseases"));
	assert_null(find(a, "Surrey Police and Surrey Fire"));
	assert_int_equal(must(a, "Surrey Police")->type, TD_ENT_ORG);
	/* Offices to come are titles too. */
	a = run("en", "News", "Vice President-elect Kamala Harris spoke. Governor-elect Jane Doe won.");
	check(a, "Kamala Harris", "Kamala Harris", TD_ENT_PER, NULL);
	assert_null(find(a, "Vice President-elect Kamala Harris"));
	check(a, "Jane Doe", "Jane Doe", TD_ENT_PER, NULL);
}

/* A person after an abbreviated title keeps the first name that the
 * title's full stop made look like a sentence's first word ("Gov. John
 * Bel Edwards" gave "Bel Edwards"). */
static void test_title_abbreviation(void **state)
{
	(void)state;
	td_article *a = run("en", "Election", "Voters in Louisiana reelected Gov. John Bel Edwards to a second term on Saturday.");
	check(a, "John Bel Edwards", NULL, TD_ENT_PER, NULL);
}

/* A clock time and its zone are no organisation ("10:50AM CDT", "9:15
 * AM EDT"); a census first name that names a place in another language
 * only opens a person's name ("George W. Bush", "George" a Czech name of
 * Georgia; "Maurice", French for Mauritius); a plural after a first name
 * elsewhere is that person's surname alone ("Cheeks said"). */
static void test_times_and_foreign_places(void **state)
{
	(void)state;
	td_article *a = run("en", "Quake", "Updated 10:50AM CDT. The quake struck at 9:15 AM EDT on Monday, the USGS said.");
	assert_null(find(a, "50AM CDT"));
	assert_null(find(a, "AM EDT"));
	check(a, "USGS", NULL, TD_ENT_ORG, NULL);
	a = run("cs", "Zprávy", "Bývalý prezident George W. Bush v úterý navštívil Prahu.");
	check(a, "George W. Bush", NULL, TD_ENT_PER, NULL);
	a = run("en", "Sixers hire coach",
		"The Philadelphia 76ers hired Maurice Cheeks as head coach on Monday. Cheeks said he was excited.");
	check(a, "Cheeks", NULL, TD_ENT_PER, NULL);
	assert_null(find(a, "Maurice"));
	/* Teams stay teams. */
	a = run("en", "NFL", "The Kansas City Chiefs beat the Indianapolis Colts on Sunday.");
	check(a, "Kansas City Chiefs", NULL, TD_ENT_ORG, NULL);
	check(a, "Indianapolis Colts", NULL, TD_ENT_ORG, NULL);
}

/* A census first name before a surname, after a word that is no first
 * name, starts another person ("Sinn Fein Gerry Adams", "Donalda Trumpa
 * Michael Cohen", "Otočan Jim Ratcliffe"); a foreign first name no
 * dictionary knows that opens the run stays ("Asif Ali Zardari"). */
static void test_second_person_in_run(void **state)
{
	(void)state;
	td_article *a = run("pl", "Wiadomości", "Prawnik Donalda Trumpa Michael Cohen przyznał się do winy.");
	check(a, "Donalda Trumpa", "Donald Trump", TD_ENT_PER, NULL);
	check(a, "Michael Cohen", NULL, TD_ENT_PER, NULL);
	a = run("sl", "Novice", "Najbogatejši Otočan Jim Ratcliffe je kupil klub.");
	check(a, "Jim Ratcliffe", NULL, TD_ENT_PER, NULL);
	a = run("pl", "Wiadomości", "Były prezydent Asif Ali Zardari spotkał się z premierem.");
	check(a, "Asif Ali Zardari", NULL, TD_ENT_PER, NULL);
	a = run("en", "Ireland", "The leader of Sinn Fein Gerry Adams said the border must stay open.");
	check(a, "Gerry Adams", NULL, TD_ENT_PER, NULL);
}

/* English writes a name whole: a word that meets a listed name only as
 * its stem, a vowel shorter, is no form of it ("Artemis" is no
 * "Artemisa", "American" no "Americana", "March" no "Marche"), while
 * "Germany" stays the place of "German". A month after a sentence's
 * common first word is the month, here and elsewhere in the article ("In
 * August, ... Also in August"); after a first name it is a surname
 * ("Theresa May ... May said"). */
static void test_whole_names_and_months(void **state)
{
	(void)state;
	td_article *a = run("en", "Space", "NASA plans to land astronauts on the Moon under its Artemis program. "
					    "American officials met in March with the German minister.");
	const td_entity *e = find(a, "Artemis");
	assert_true(e == NULL || strcmp(e->key, "sub:cu-15"));
	e = find(a, "American");
	assert_true(e == NULL || strcmp(e->key, "city:americana"));
	assert_null(find(a, "March"));
	check(a, "German", "Germany", TD_ENT_LOC, "gpe:de");
	a = run("en", "Servers", "In August, IBM added new services. Also in August, Oracle unveiled a suite.");
	assert_null(find(a, "August"));
	a = run("en", "Britain", "Theresa May met the cabinet. May said the deal was done.");
	check(a, "Theresa May", NULL, TD_ENT_PER, NULL);
	must(a, "May");
}

/* Chapels and basilicas are places ("Sistine Chapel" was a person;
 * "Kaplicy Sykstyńskiej", "Сикстинской капелле"). */
static void test_chapels(void **state)
{
	(void)state;
	td_article *a = run("en", "Vatican", "The conclave will begin in the Sistine Chapel on Wednesday.");
	check(a, "Sistine Chapel", NULL, TD_ENT_LOC, NULL);
	a = run("pl", "Watykan", "Konklawe rozpocznie się w Kaplicy Sykstyńskiej.");
	check(a, "Kaplicy Sykstyńskiej", "Kaplica Sykstyńska", TD_ENT_LOC, NULL);
	a = run("ru", "Ватикан", "Конклав пройдет в Сикстинской капелле.");
	check(a, "Сикстинской капелле", "Сикстинская капелла", TD_ENT_LOC, NULL);
}

/* A compass point's word before a listed place makes a place ("West
 * Texas", "South Florida" were persons, and "Texas", "Papua" alone their
 * surnames). */
/* A country's adjective before an office is part of the title, not a
 * name ("Israeli Prime Minister Benjamin Netanyahu" made a person
 * "Minister", "Israeli President" an organisation); abbreviated ranks are
 * titles ("Brig. Gen."); the Revolutionary Guards are listed. */
static void test_offices_after_country_adjectives(void **state)
{
	(void)state;
	td_article *a = run("en", "Attack", "He met Israeli Prime Minister Benjamin Netanyahu and Israeli President "
					   "Isaac Herzog. The strike killed Brig. Gen. Mohammad Reza Zahedi, the Islamic "
					   "Revolutionary Guard Corps said.");
	check(a, "Benjamin Netanyahu", "Benjamin Netanyahu", TD_ENT_PER, NULL);
	check(a, "Isaac Herzog", "Isaac Herzog", TD_ENT_PER, NULL);
	check(a, "Islamic Revolutionary Guard Corps", NULL, TD_ENT_ORG, "org:irgc");
	assert_null(find(a, "Minister"));
	assert_null(find(a, "Israeli President"));
	assert_null(find(a, "Brig"));
	a = run("ru", "Удар", "Корпус стражей исламской революции (КСИР) заявил об ударе.");
	check(a, "КСИР", NULL, TD_ENT_ORG, "org:irgc");
	/* Adjectives no ending makes of the country's name: no names before
	 * a common noun, titles before an office. */
	a = run("en", "Final", "French President Emmanuel Macron congratulated the team. French police and Greek "
			       "officials said Huawei Technologies would attend.");
	check(a, "Emmanuel Macron", "Emmanuel Macron", TD_ENT_PER, NULL);
	check(a, "Huawei Technologies", NULL, TD_ENT_ORG, "org:huawei");
	assert_null(find(a, "French President"));
	assert_null(find(a, "French"));
	assert_null(find(a, "Greek"));
	/* The same adjectives give a body its country ("Greek Foreign
	 * Ministry" was a person "Greek" and Israel's ministry by the
	 * article's other mention). */
	a = run("en", "Talks", "The Greek Foreign Ministry said it was concerned. The Israeli Foreign Ministry "
			       "and the Dutch Defence Ministry agreed.");
	check(a, "Greek Foreign Ministry", NULL, TD_ENT_ORG, "gov:mfa@gr");
	check(a, "Israeli Foreign Ministry", NULL, TD_ENT_ORG, "gov:mfa@il");
	check(a, "Dutch Defence Ministry", NULL, TD_ENT_ORG, "gov:mindefence@nl");
}

/* An English name before a product's noun in lower case is a product
 * ("the Blackwell platform", "its Gemini model", "Opteron chips"); not a
 * person named in full elsewhere, nor an acronym, a maker's more often
 * ("AMD chips"), nor a listed firm ("Apple"). */
static void test_products_before_their_noun(void **state)
{
	(void)state;
	td_article *a = run("en", "Chips",
			    "Huang said the new Blackwell platform would ship this year. Google showed its Gemini "
			    "model. AMD chips and Opteron chips sold well. Donald Trump met reporters; the Trump "
			    "model of politics is old.");
	check(a, "Blackwell", NULL, TD_ENT_PRO, NULL);
	check(a, "Gemini", NULL, TD_ENT_PRO, NULL);
	check(a, "Opteron", NULL, TD_ENT_PRO, NULL);
	assert_int_not_equal(must(a, "AMD")->type, TD_ENT_PRO);
	assert_int_equal(must(a, "Trump")->type, TD_ENT_PER);
	check(a, "Google", NULL, TD_ENT_ORG, NULL);
}

/* A province named like a first name before a surname is the first name
 * ("Isabel Díaz Ayuso", not the Solomon Islands' Isabel); parties named
 * by common words are listed ("Vox", "Forza Italia"). */
static void test_romance_names(void **state)
{
	(void)state;
	td_article *a = run("es", "Elecciones", "En Madrid, la presidenta Isabel Díaz Ayuso celebró el resultado. Vox obtuvo el 9,6 %.");
	check(a, "Isabel Díaz Ayuso", NULL, TD_ENT_PER, NULL);
	check(a, "Vox", NULL, TD_ENT_ORG, "org:es-vox");
	a = run("it", "Elezioni", "La Lega di Matteo Salvini ha superato Forza Italia.");
	check(a, "Forza Italia", NULL, TD_ENT_ORG, "org:it-fi");
}

/* The US Treasury is the United States' finance ministry, under the key
 * a ministry of finance takes with the country written after it
 * ("Минфин США"): "the 10-year Treasury note" was a person. */
static void test_treasury(void **state)
{
	(void)state;
	td_article *a = run("en", "Markets", "The yield on the 10-year Treasury note fell to 4.1%. The US Treasury Department sold bonds.");
	check(a, "Treasury", NULL, TD_ENT_ORG, "gov:minfin@us");
	check(a, "US Treasury Department", NULL, TD_ENT_ORG, "gov:minfin@us");
	a = run("ru", "Рынки", "Минфин США продал облигации.");
	check(a, "Минфин США", NULL, TD_ENT_ORG, "gov:minfin@us");
}

/* A common noun's abbreviation that opens the name of a law is part of
 * it ("the AI Act"); alone it stays no name ("AI models"); accounting
 * standards are no organisations ("МСФО"). */
/* A surname with its particles, where the article names the person in
 * full with them, keeps them ("von der Leyen"); Spanish regional
 * governments and communities are bodies and places ("Junta de
 * Andalucía", "Generalitat", "Comunidad Valenciana" were a town and
 * persons). */
static void test_particles_and_spanish_regions(void **state)
{
	(void)state;
	td_article *a = run("it", "Meloni incontra von der Leyen",
			    "La presidente della Commissione europea Ursula von der Leyen ha incontrato Meloni.");
	check(a, "von der Leyen", "von der Leyen", TD_ENT_PER, NULL);
	assert_null(find(a, "Leyen"));
	assert_string_equal(must(a, "von der Leyen")->key, must(a, "Ursula von der Leyen")->key);
	a = run("es", "Noticias",
		"La Junta de Andalucía pidió fondos. El portavoz de la Generalitat habló de la Comunidad "
		"Valenciana.");
	check(a, "Junta de Andalucía", NULL, TD_ENT_ORG, "gov:regional@es-an");
	check(a, "Generalitat", NULL, TD_ENT_ORG, NULL);
	check(a, "Comunidad Valenciana", NULL, TD_ENT_LOC, NULL);
}

/* English names of European regions meet their keys ("Bavaria" and
 * "Sicily" were persons); names that are first names or surnames too
 * stay out ("Brittany Smith", "Hermann Hesse ... Hesse"); iso-codes'
 * bracketed alternatives are names of their own ("Cataluña"); English
 * prizes are products ("the Nobel Prize" was a person). */
static void test_english_regions_and_prizes(void **state)
{
	(void)state;
	td_article *a = run("en", "News", "Floods hit Bavaria and Carinthia. Officials in Sicily and Flanders met. "
					  "Brittany Smith said Hermann Hesse won the Nobel Prize. Hesse was glad.");
	check(a, "Bavaria", NULL, TD_ENT_LOC, "sub:de-by");
	check(a, "Carinthia", NULL, TD_ENT_LOC, "sub:at-2");
	check(a, "Sicily", NULL, TD_ENT_LOC, "sub:it-82");
	check(a, "Flanders", NULL, TD_ENT_LOC, "sub:be-vlg");
	check(a, "Brittany Smith", NULL, TD_ENT_PER, NULL);
	check(a, "Hesse", NULL, TD_ENT_PER, NULL);
	check(a, "Nobel Prize", NULL, TD_ENT_PRO, NULL);
	a = run("es", "Noticias", "Las lluvias afectaron a Cataluña y Aragón.");
	check(a, "Cataluña", NULL, TD_ENT_LOC, "sub:es-ct");
}

static void test_abbreviated_laws(void **state)
{
	(void)state;
	td_article *a = run("en", "Tech", "The Commission is studying the launch under the AI Act. AI models grow.");
	check(a, "AI Act", "AI Act", TD_ENT_PRO, NULL);
	assert_null(find(a, "AI"));
	assert_null(find(a, "Act"));
	a = run("ru", "Банки", "Сбербанк увеличил чистую прибыль по МСФО на 12%.");
	assert_null(find(a, "МСФО"));
	check(a, "Сбербанк", NULL, TD_ENT_ORG, NULL);
}

/* "Operation" opening an English name of several words: an operation,
 * an event ("Operation Desert Storm" was a place), at a sentence's start
 * too. */
static void test_operations(void **state)
{
	(void)state;
	td_article *a = run("en", "War", "The army launched Operation Desert Storm in 1991, and Israel began "
					"Operation Protective Edge.");
	check(a, "Operation Desert Storm", NULL, TD_ENT_EVT, NULL);
	check(a, "Operation Protective Edge", NULL, TD_ENT_EVT, NULL);
	/* Also at a sentence's start ("Warp Speed" was an organisation). */
	a = run("en", "Vaccines", "Doses arrive. Operation Warp Speed chief adviser Moncef Slaoui said so.");
	check(a, "Operation Warp Speed", NULL, TD_ENT_EVT, NULL);
	check(a, "Moncef Slaoui", NULL, TD_ENT_PER, NULL);
}

static void test_compass_places(void **state)
{
	(void)state;
	td_article *a = run("en", "News", "Police raided the remote West Texas ranch. Storms hit South Florida. "
					  "Protests spread in West Papua, and Papua stayed calm.");
	check(a, "West Texas", NULL, TD_ENT_LOC, NULL);
	check(a, "South Florida", NULL, TD_ENT_LOC, NULL);
	check(a, "Papua", NULL, TD_ENT_LOC, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_nouns_are_no_names, setup, teardown),
		cmocka_unit_test_setup_teardown(test_known_surnames, setup, teardown),
		cmocka_unit_test_setup_teardown(test_organisations_of, setup, teardown),
		cmocka_unit_test_setup_teardown(test_german_without_dictionary, setup, teardown),
		cmocka_unit_test_setup_teardown(test_titles_alone, setup, teardown),
		cmocka_unit_test_setup_teardown(test_english_words, setup, teardown),
		cmocka_unit_test_setup_teardown(test_name_particles, setup, teardown),
		cmocka_unit_test_setup_teardown(test_elided_articles, setup, teardown),
		cmocka_unit_test_setup_teardown(test_apostrophe_endings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sentence_end_after_name, setup, teardown),
		cmocka_unit_test_setup_teardown(test_english_types, setup, teardown),
		cmocka_unit_test_setup_teardown(test_office_before_name, setup, teardown),
		cmocka_unit_test_setup_teardown(test_western_aliases, setup, teardown),
		cmocka_unit_test_setup_teardown(test_georgia, setup, teardown),
		cmocka_unit_test_setup_teardown(test_romance_institutions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_german_adjective_names, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bodies_without_dictionary, setup, teardown),
		cmocka_unit_test_setup_teardown(test_english_firms_offices, setup, teardown),
		cmocka_unit_test_setup_teardown(test_english_possessives, setup, teardown),
		cmocka_unit_test_setup_teardown(test_list_conjunctions_by_language, setup, teardown),
		cmocka_unit_test_setup_teardown(test_english_laws_indices, setup, teardown),
		cmocka_unit_test_setup_teardown(test_long_listed_names, setup, teardown),
		cmocka_unit_test_setup_teardown(test_german_towns_after_prepositions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_english_name_compounds, setup, teardown),
		cmocka_unit_test_setup_teardown(test_english_bodies_of_countries, setup, teardown),
		cmocka_unit_test_setup_teardown(test_days_before_names, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sentence_first_line, setup, teardown),
		cmocka_unit_test_setup_teardown(test_state_abbreviations, setup, teardown),
		cmocka_unit_test_setup_teardown(test_and_names_and_agencies, setup, teardown),
		cmocka_unit_test_setup_teardown(test_title_abbreviation, setup, teardown),
		cmocka_unit_test_setup_teardown(test_times_and_foreign_places, setup, teardown),
		cmocka_unit_test_setup_teardown(test_second_person_in_run, setup, teardown),
		cmocka_unit_test_setup_teardown(test_whole_names_and_months, setup, teardown),
		cmocka_unit_test_setup_teardown(test_chapels, setup, teardown),
		cmocka_unit_test_setup_teardown(test_compass_places, setup, teardown),
		cmocka_unit_test_setup_teardown(test_products_before_their_noun, setup, teardown),
		cmocka_unit_test_setup_teardown(test_romance_names, setup, teardown),
		cmocka_unit_test_setup_teardown(test_operations, setup, teardown),
		cmocka_unit_test_setup_teardown(test_treasury, setup, teardown),
		cmocka_unit_test_setup_teardown(test_abbreviated_laws, setup, teardown),
		cmocka_unit_test_setup_teardown(test_english_regions_and_prizes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_particles_and_spanish_regions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_offices_after_country_adjectives, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
