#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 the Tacitus authors
"""Generate the Tacitus benchmark corpus (bench/corpus/news.jsonl).

A synthetic, hand-written news corpus: fictional outlets, invented figures and
quotes, real states, organisations and office-holders (correct for each
article's date).  Every sentence is built from a hand-written template; about
two in five hold an international political event between named actors, the
rest hold none.  Python 3 standard library only; fully deterministic.

    python3 generate.py            # (re)write news.jsonl next to this script
    python3 generate.py --stats    # regenerate in memory, check the file, print statistics
"""

import datetime as dt
import json
import os
import random
import re
import statistics
import sys

SEED = 20260314
N_ARTICLES = 232
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "news.jsonl")
DATE_MIN = dt.date(2000, 1, 1)
DATE_MAX = dt.date(2025, 12, 31)
OPEN = "2099-12-31"   # "still in office" for the purposes of the corpus

# ---------------------------------------------------------------------------
# States: key -> (name, adjective, capital, capital usable as metonym,
#                 head-of-government title for unnamed mentions, region, towns)
# ---------------------------------------------------------------------------
STATES = {
    "usa": ("the United States", "US", "Washington", True, "president", "anglo",
            ["New York", "Chicago", "Houston", "San Diego", "Norfolk"]),
    "russia": ("Russia", "Russian", "Moscow", True, "president", "slavic",
               ["Belgorod", "Kursk", "Rostov-on-Don", "Saint Petersburg", "Novorossiysk", "Bryansk"]),
    "china": ("China", "Chinese", "Beijing", True, "president", "eastasia",
              ["Shanghai", "Guangzhou", "Xiamen", "Kunming", "Shenzhen", "Fuzhou"]),
    "uk": ("Britain", "British", "London", True, "prime minister", "anglo",
           ["Manchester", "Birmingham", "Glasgow", "Salisbury", "Portsmouth"]),
    "france": ("France", "French", "Paris", True, "president", "europe",
               ["Marseille", "Lyon", "Toulouse", "Bordeaux", "Brest"]),
    "germany": ("Germany", "German", "Berlin", True, "chancellor", "europe",
                ["Hamburg", "Munich", "Frankfurt", "Cologne", "Leipzig"]),
    "japan": ("Japan", "Japanese", "Tokyo", True, "prime minister", "eastasia",
              ["Osaka", "Nagasaki", "Naha", "Sapporo", "Fukuoka"]),
    "india": ("India", "Indian", "New Delhi", True, "prime minister", "southasia",
              ["Mumbai", "Srinagar", "Amritsar", "Jammu", "Leh", "Kolkata"]),
    "pakistan": ("Pakistan", "Pakistani", "Islamabad", True, "prime minister", "southasia",
                 ["Lahore", "Karachi", "Peshawar", "Quetta", "Muzaffarabad", "Sialkot"]),
    "iran": ("Iran", "Iranian", "Tehran", True, "president", "mideast",
             ["Isfahan", "Tabriz", "Shiraz", "Bushehr", "Bandar Abbas", "Kermanshah"]),
    "israel": ("Israel", "Israeli", "Jerusalem", True, "prime minister", "mideast",
               ["Tel Aviv", "Haifa", "Sderot", "Ashkelon", "Kiryat Shmona", "Beersheba"]),
    "ukraine": ("Ukraine", "Ukrainian", "Kyiv", True, "president", "slavic",
                ["Kharkiv", "Odesa", "Mariupol", "Dnipro", "Zaporizhzhia", "Kherson", "Lviv"]),
    "turkey": ("Turkey", "Turkish", "Ankara", True, "president", "mideast",
               ["Istanbul", "Diyarbakir", "Gaziantep", "Hakkari", "Izmir", "Sirnak"]),
    "syria": ("Syria", "Syrian", "Damascus", True, "president", "mideast",
              ["Aleppo", "Homs", "Idlib", "Deir ez-Zor", "Raqqa", "Daraa", "Hama"]),
    "iraq": ("Iraq", "Iraqi", "Baghdad", True, "prime minister", "mideast",
             ["Mosul", "Basra", "Fallujah", "Kirkuk", "Erbil", "Ramadi", "Tikrit"]),
    "afghanistan": ("Afghanistan", "Afghan", "Kabul", True, "president", "southasia",
                    ["Kandahar", "Herat", "Kunduz", "Lashkar Gah", "Jalalabad", "Ghazni"]),
    "afghanistan_t": ("Afghanistan", "Afghan", "Kabul", True, "supreme leader", "southasia",
                      ["Kandahar", "Herat", "Jalalabad", "Khost", "Spin Boldak"]),
    "saudi": ("Saudi Arabia", "Saudi", "Riyadh", True, "king", "mideast",
              ["Jeddah", "Jizan", "Najran", "Dammam", "Abha"]),
    "yemen": ("Yemen", "Yemeni", "Sanaa", False, "president", "mideast",
              ["Aden", "Hodeidah", "Taiz", "Marib", "Mukalla"]),
    "egypt": ("Egypt", "Egyptian", "Cairo", True, "president", "mideast",
              ["Alexandria", "Port Said", "El Arish", "Aswan", "Suez"]),
    "lebanon": ("Lebanon", "Lebanese", "Beirut", True, "prime minister", "mideast",
                ["Tyre", "Sidon", "Nabatieh", "Baalbek", "Marjayoun"]),
    "jordan": ("Jordan", "Jordanian", "Amman", True, "king", "mideast",
               ["Aqaba", "Irbid", "Zarqa", "Mafraq"]),
    "qatar": ("Qatar", "Qatari", "Doha", True, "emir", "mideast", ["Al Khor", "Al Wakrah"]),
    "uae": ("the United Arab Emirates", "Emirati", "Abu Dhabi", True, "president", "mideast",
            ["Dubai", "Sharjah", "Fujairah"]),
    "kuwait": ("Kuwait", "Kuwaiti", "Kuwait City", False, "emir", "mideast", ["Jahra", "Ahmadi"]),
    "oman": ("Oman", "Omani", "Muscat", True, "sultan", "mideast", ["Salalah", "Sohar"]),
    "bahrain": ("Bahrain", "Bahraini", "Manama", True, "king", "mideast", ["Muharraq", "Riffa"]),
    "libya": ("Libya", "Libyan", "Tripoli", True, "leader", "mideast",
              ["Benghazi", "Misrata", "Sirte", "Derna", "Zawiya"]),
    "tunisia": ("Tunisia", "Tunisian", "Tunis", True, "president", "mideast", ["Sfax", "Sousse", "Gabes"]),
    "algeria": ("Algeria", "Algerian", "Algiers", True, "president", "mideast",
                ["Oran", "Tindouf", "Constantine", "Tlemcen"]),
    "morocco": ("Morocco", "Moroccan", "Rabat", True, "king", "mideast",
                ["Casablanca", "Tangier", "Laayoune", "Oujda", "Marrakesh"]),
    "sudan": ("Sudan", "Sudanese", "Khartoum", True, "army chief", "africa",
              ["Omdurman", "El Fasher", "Port Sudan", "Nyala", "Wad Madani", "El Geneina"]),
    "south_sudan": ("South Sudan", "South Sudanese", "Juba", True, "president", "africa",
                    ["Malakal", "Bentiu", "Wau", "Bor"]),
    "ethiopia": ("Ethiopia", "Ethiopian", "Addis Ababa", True, "prime minister", "africa",
                 ["Mekelle", "Gondar", "Bahir Dar", "Dire Dawa", "Humera"]),
    "eritrea": ("Eritrea", "Eritrean", "Asmara", True, "president", "africa",
                ["Massawa", "Assab", "Keren", "Badme"]),
    "somalia": ("Somalia", "Somali", "Mogadishu", True, "president", "africa",
                ["Kismayo", "Baidoa", "Beledweyne", "Afgoye", "Jowhar"]),
    "kenya": ("Kenya", "Kenyan", "Nairobi", True, "president", "africa",
              ["Mombasa", "Garissa", "Lamu", "Mandera", "Kisumu"]),
    "uganda": ("Uganda", "Ugandan", "Kampala", True, "president", "africa", ["Gulu", "Entebbe", "Kasese"]),
    "rwanda": ("Rwanda", "Rwandan", "Kigali", True, "president", "africa", ["Rubavu", "Huye", "Musanze"]),
    "drc": ("the Democratic Republic of Congo", "Congolese", "Kinshasa", True, "president", "africa",
            ["Goma", "Bukavu", "Bunia", "Beni", "Rutshuru", "Sake"]),
    "nigeria": ("Nigeria", "Nigerian", "Abuja", True, "president", "africa",
                ["Lagos", "Maiduguri", "Kano", "Yola", "Damaturu"]),
    "mali": ("Mali", "Malian", "Bamako", True, "president", "africa",
             ["Timbuktu", "Gao", "Kidal", "Mopti", "Menaka"]),
    "niger": ("Niger", "Nigerien", "Niamey", True, "president", "africa", ["Agadez", "Diffa", "Tillaberi"]),
    "chad": ("Chad", "Chadian", "N'Djamena", True, "president", "africa", ["Abeche", "Bol", "Moundou"]),
    "south_africa": ("South Africa", "South African", "Pretoria", True, "president", "africa",
                     ["Johannesburg", "Cape Town", "Durban", "Port Elizabeth"]),
    "zimbabwe": ("Zimbabwe", "Zimbabwean", "Harare", True, "president", "africa", ["Bulawayo", "Mutare"]),
    "angola": ("Angola", "Angolan", "Luanda", True, "president", "africa", ["Benguela", "Lobito"]),
    "ghana": ("Ghana", "Ghanaian", "Accra", True, "president", "africa", ["Kumasi", "Tamale"]),
    "senegal": ("Senegal", "Senegalese", "Dakar", True, "president", "africa", ["Thies", "Ziguinchor"]),
    "cameroon": ("Cameroon", "Cameroonian", "Yaounde", True, "president", "africa", ["Douala", "Maroua"]),
    "mozambique": ("Mozambique", "Mozambican", "Maputo", True, "president", "africa", ["Beira", "Pemba"]),
    "burkina": ("Burkina Faso", "Burkinabe", "Ouagadougou", True, "president", "africa", ["Bobo-Dioulasso", "Djibo"]),
    "brazil": ("Brazil", "Brazilian", "Brasilia", True, "president", "latam",
               ["Sao Paulo", "Rio de Janeiro", "Manaus", "Porto Alegre"]),
    "argentina": ("Argentina", "Argentine", "Buenos Aires", True, "president", "latam",
                  ["Cordoba", "Rosario", "Mendoza", "Ushuaia"]),
    "mexico": ("Mexico", "Mexican", "Mexico City", True, "president", "latam",
               ["Tijuana", "Monterrey", "Ciudad Juarez", "Guadalajara"]),
    "colombia": ("Colombia", "Colombian", "Bogota", True, "president", "latam",
                 ["Medellin", "Cali", "Cucuta", "Popayan", "Tumaco"]),
    "venezuela": ("Venezuela", "Venezuelan", "Caracas", True, "president", "latam",
                  ["Maracaibo", "San Cristobal", "Ciudad Guayana", "Valencia"]),
    "guyana": ("Guyana", "Guyanese", "Georgetown", True, "president", "latam", ["Linden", "Lethem"]),
    "cuba": ("Cuba", "Cuban", "Havana", True, "president", "latam", ["Santiago de Cuba", "Camaguey"]),
    "chile": ("Chile", "Chilean", "Santiago", True, "president", "latam", ["Valparaiso", "Antofagasta"]),
    "peru": ("Peru", "Peruvian", "Lima", True, "president", "latam", ["Cusco", "Arequipa"]),
    "bolivia": ("Bolivia", "Bolivian", "La Paz", True, "president", "latam", ["Santa Cruz", "Cochabamba"]),
    "ecuador": ("Ecuador", "Ecuadorian", "Quito", True, "president", "latam", ["Guayaquil", "Cuenca"]),
    "canada": ("Canada", "Canadian", "Ottawa", True, "prime minister", "anglo",
               ["Toronto", "Vancouver", "Montreal", "Calgary"]),
    "australia": ("Australia", "Australian", "Canberra", True, "prime minister", "anglo",
                  ["Sydney", "Melbourne", "Darwin", "Perth"]),
    "new_zealand": ("New Zealand", "New Zealand", "Wellington", True, "prime minister", "anglo",
                    ["Auckland", "Christchurch"]),
    "indonesia": ("Indonesia", "Indonesian", "Jakarta", True, "president", "eastasia",
                  ["Surabaya", "Medan", "Makassar", "Bandung"]),
    "philippines": ("the Philippines", "Philippine", "Manila", True, "president", "eastasia",
                    ["Cebu", "Davao", "Zamboanga", "Puerto Princesa", "Subic"]),
    "vietnam": ("Vietnam", "Vietnamese", "Hanoi", True, "prime minister", "eastasia",
                ["Ho Chi Minh City", "Da Nang", "Haiphong", "Quang Ngai"]),
    "thailand": ("Thailand", "Thai", "Bangkok", True, "prime minister", "eastasia",
                 ["Chiang Mai", "Surin", "Si Sa Ket", "Ubon Ratchathani", "Trat"]),
    "cambodia": ("Cambodia", "Cambodian", "Phnom Penh", True, "prime minister", "eastasia",
                 ["Siem Reap", "Oddar Meanchey", "Battambang", "Preah Vihear"]),
    "myanmar": ("Myanmar", "Myanmar", "Naypyidaw", True, "leader", "eastasia",
                ["Yangon", "Mandalay", "Sittwe", "Myitkyina"]),
    "malaysia": ("Malaysia", "Malaysian", "Kuala Lumpur", True, "prime minister", "eastasia",
                 ["Penang", "Johor Bahru", "Kota Kinabalu"]),
    "singapore": ("Singapore", "Singaporean", "Singapore", False, "prime minister", "eastasia", []),
    "south_korea": ("South Korea", "South Korean", "Seoul", True, "president", "eastasia",
                    ["Busan", "Incheon", "Paju", "Yeonpyeong", "Gangneung"]),
    "north_korea": ("North Korea", "North Korean", "Pyongyang", True, "leader", "eastasia",
                    ["Kaesong", "Sinuiju", "Wonsan", "Hamhung"]),
    "taiwan": ("Taiwan", "Taiwanese", "Taipei", True, "president", "eastasia",
               ["Kaohsiung", "Taichung", "Kinmen", "Hualien", "Keelung"]),
    "bangladesh": ("Bangladesh", "Bangladeshi", "Dhaka", True, "prime minister", "southasia",
                   ["Chittagong", "Cox's Bazar", "Sylhet"]),
    "sri_lanka": ("Sri Lanka", "Sri Lankan", "Colombo", True, "president", "southasia", ["Jaffna", "Kandy", "Galle"]),
    "nepal": ("Nepal", "Nepali", "Kathmandu", True, "prime minister", "southasia", ["Pokhara", "Biratnagar"]),
    "kazakhstan": ("Kazakhstan", "Kazakh", "Astana", False, "president", "slavic", ["Almaty", "Shymkent"]),
    "uzbekistan": ("Uzbekistan", "Uzbek", "Tashkent", True, "president", "slavic", ["Samarkand", "Termez"]),
    "georgia": ("Georgia", "Georgian", "Tbilisi", True, "president", "slavic",
                ["Gori", "Batumi", "Zugdidi", "Poti", "Kutaisi"]),
    "armenia": ("Armenia", "Armenian", "Yerevan", True, "prime minister", "slavic",
                ["Gyumri", "Jermuk", "Goris", "Kapan", "Vardenis"]),
    "azerbaijan": ("Azerbaijan", "Azerbaijani", "Baku", True, "president", "slavic",
                   ["Ganja", "Tartar", "Shusha", "Fuzuli", "Barda"]),
    "belarus": ("Belarus", "Belarusian", "Minsk", True, "president", "slavic", ["Grodno", "Brest", "Vitebsk"]),
    "poland": ("Poland", "Polish", "Warsaw", True, "prime minister", "europe",
               ["Krakow", "Gdansk", "Bialystok", "Rzeszow", "Kuznica"]),
    "lithuania": ("Lithuania", "Lithuanian", "Vilnius", True, "president", "europe", ["Kaunas", "Klaipeda"]),
    "latvia": ("Latvia", "Latvian", "Riga", True, "prime minister", "europe", ["Daugavpils", "Liepaja"]),
    "estonia": ("Estonia", "Estonian", "Tallinn", True, "prime minister", "europe", ["Narva", "Tartu"]),
    "finland": ("Finland", "Finnish", "Helsinki", True, "prime minister", "europe", ["Lappeenranta", "Joensuu", "Oulu"]),
    "sweden": ("Sweden", "Swedish", "Stockholm", True, "prime minister", "europe", ["Gothenburg", "Malmo", "Visby"]),
    "norway": ("Norway", "Norwegian", "Oslo", True, "prime minister", "europe", ["Bergen", "Tromso", "Kirkenes"]),
    "denmark": ("Denmark", "Danish", "Copenhagen", True, "prime minister", "europe", ["Aarhus", "Odense"]),
    "netherlands": ("the Netherlands", "Dutch", "The Hague", True, "prime minister", "europe",
                    ["Amsterdam", "Rotterdam", "Utrecht"]),
    "belgium": ("Belgium", "Belgian", "Brussels", False, "prime minister", "europe", ["Antwerp", "Ghent", "Liege"]),
    "italy": ("Italy", "Italian", "Rome", True, "prime minister", "europe",
              ["Milan", "Naples", "Lampedusa", "Palermo", "Genoa"]),
    "spain": ("Spain", "Spanish", "Madrid", True, "prime minister", "europe",
              ["Barcelona", "Seville", "Ceuta", "Valencia"]),
    "greece": ("Greece", "Greek", "Athens", True, "prime minister", "europe",
               ["Thessaloniki", "Alexandroupolis", "Rhodes", "Lesbos"]),
    "cyprus": ("Cyprus", "Cypriot", "Nicosia", True, "president", "europe", ["Limassol", "Larnaca"]),
    "serbia": ("Serbia", "Serbian", "Belgrade", True, "president", "europe", ["Novi Sad", "Nis", "Raska"]),
    "kosovo": ("Kosovo", "Kosovar", "Pristina", True, "prime minister", "europe",
               ["Mitrovica", "Prizren", "Zvecan", "Leposavic"]),
    "hungary": ("Hungary", "Hungarian", "Budapest", True, "prime minister", "europe", ["Debrecen", "Szeged"]),
    "romania": ("Romania", "Romanian", "Bucharest", True, "president", "europe", ["Constanta", "Cluj-Napoca", "Galati"]),
    "moldova": ("Moldova", "Moldovan", "Chisinau", True, "president", "europe", ["Balti", "Tiraspol"]),
    "austria": ("Austria", "Austrian", "Vienna", True, "chancellor", "europe", ["Graz", "Linz"]),
    "switzerland": ("Switzerland", "Swiss", "Bern", True, "president", "europe", ["Zurich", "Geneva", "Basel"]),
    "portugal": ("Portugal", "Portuguese", "Lisbon", True, "prime minister", "europe", ["Porto", "Faro"]),
    "czechia": ("the Czech Republic", "Czech", "Prague", True, "prime minister", "europe", ["Brno", "Ostrava"]),
    "croatia": ("Croatia", "Croatian", "Zagreb", True, "prime minister", "europe", ["Split", "Rijeka"]),
    "bosnia": ("Bosnia", "Bosnian", "Sarajevo", True, "presidency chairman", "europe", ["Mostar", "Banja Luka"]),
    "palestine": ("the Palestinian Authority", "Palestinian", "Ramallah", True, "president", "mideast",
                  ["Nablus", "Jenin", "Hebron", "Bethlehem"]),
}

# States that exist only from a given date.
STATE_FROM = {"south_sudan": "2011-07-09", "kosovo": "2008-02-17", "serbia": "2006-06-05",
              "afghanistan_t": "2021-08-15"}
STATE_UNTIL = {"afghanistan": "2021-08-15"}

# Spelling that changed during the period.
def capital_for(key, date):
    name = STATES[key][2]
    if key == "ukraine" and date < "2019-10-01":
        return "Kiev"
    if key == "myanmar" and date < "2006-03-27":
        return "Yangon"
    if key == "kazakhstan" and "2019-03-23" <= date < "2022-09-17":
        return "Nur-Sultan"
    return name

def towns_for(key, date):
    towns = list(STATES[key][6])
    if key == "ukraine" and date < "2019-10-01":
        towns = ["Odessa" if t == "Odesa" else t for t in towns]
    return towns

# ---------------------------------------------------------------------------
# Office-holders.  (title, name, short name, from, until); the mention reads
# "<adjective> <title> <name>" on first use in an article, then the short name.
# A title beginning with "!" is used verbatim (no adjective).
# ---------------------------------------------------------------------------
LEADERS = {
    "usa": [("President", "Bill Clinton", "Clinton", "1993-01-20", "2001-01-20"),
            ("President", "George W. Bush", "Bush", "2001-01-20", "2009-01-20"),
            ("President", "Barack Obama", "Obama", "2009-01-20", "2017-01-20"),
            ("President", "Donald Trump", "Trump", "2017-01-20", "2021-01-20"),
            ("President", "Joe Biden", "Biden", "2021-01-20", "2025-01-20"),
            ("President", "Donald Trump", "Trump", "2025-01-20", OPEN)],
    "russia": [("President", "Vladimir Putin", "Putin", "2000-05-07", "2008-05-07"),
               ("President", "Dmitry Medvedev", "Medvedev", "2008-05-07", "2012-05-07"),
               ("President", "Vladimir Putin", "Putin", "2012-05-07", OPEN)],
    "china": [("President", "Jiang Zemin", "Jiang", "1993-03-27", "2003-03-15"),
              ("President", "Hu Jintao", "Hu", "2003-03-15", "2013-03-14"),
              ("President", "Xi Jinping", "Xi", "2013-03-14", OPEN)],
    "uk": [("Prime Minister", "Tony Blair", "Blair", "1997-05-02", "2007-06-27"),
           ("Prime Minister", "Gordon Brown", "Brown", "2007-06-27", "2010-05-11"),
           ("Prime Minister", "David Cameron", "Cameron", "2010-05-11", "2016-07-13"),
           ("Prime Minister", "Theresa May", "May", "2016-07-13", "2019-07-24"),
           ("Prime Minister", "Boris Johnson", "Johnson", "2019-07-24", "2022-09-06"),
           ("Prime Minister", "Liz Truss", "Truss", "2022-09-06", "2022-10-25"),
           ("Prime Minister", "Rishi Sunak", "Sunak", "2022-10-25", "2024-07-05"),
           ("Prime Minister", "Keir Starmer", "Starmer", "2024-07-05", OPEN)],
    "france": [("President", "Jacques Chirac", "Chirac", "1995-05-17", "2007-05-16"),
               ("President", "Nicolas Sarkozy", "Sarkozy", "2007-05-16", "2012-05-15"),
               ("President", "François Hollande", "Hollande", "2012-05-15", "2017-05-14"),
               ("President", "Emmanuel Macron", "Macron", "2017-05-14", OPEN)],
    "germany": [("Chancellor", "Gerhard Schröder", "Schröder", "1998-10-27", "2005-11-22"),
                ("Chancellor", "Angela Merkel", "Merkel", "2005-11-22", "2021-12-08"),
                ("Chancellor", "Olaf Scholz", "Scholz", "2021-12-08", "2025-05-06"),
                ("Chancellor", "Friedrich Merz", "Merz", "2025-05-06", OPEN)],
    "japan": [("Prime Minister", "Yoshiro Mori", "Mori", "2000-04-05", "2001-04-26"),
              ("Prime Minister", "Junichiro Koizumi", "Koizumi", "2001-04-26", "2006-09-26"),
              ("Prime Minister", "Shinzo Abe", "Abe", "2006-09-26", "2007-09-26"),
              ("Prime Minister", "Yasuo Fukuda", "Fukuda", "2007-09-26", "2008-09-24"),
              ("Prime Minister", "Taro Aso", "Aso", "2008-09-24", "2009-09-16"),
              ("Prime Minister", "Yukio Hatoyama", "Hatoyama", "2009-09-16", "2010-06-08"),
              ("Prime Minister", "Naoto Kan", "Kan", "2010-06-08", "2011-09-02"),
              ("Prime Minister", "Yoshihiko Noda", "Noda", "2011-09-02", "2012-12-26"),
              ("Prime Minister", "Shinzo Abe", "Abe", "2012-12-26", "2020-09-16"),
              ("Prime Minister", "Yoshihide Suga", "Suga", "2020-09-16", "2021-10-04"),
              ("Prime Minister", "Fumio Kishida", "Kishida", "2021-10-04", "2024-10-01"),
              ("Prime Minister", "Shigeru Ishiba", "Ishiba", "2024-10-01", "2025-10-21"),
              ("Prime Minister", "Sanae Takaichi", "Takaichi", "2025-10-21", OPEN)],
    "india": [("Prime Minister", "Atal Bihari Vajpayee", "Vajpayee", "1998-03-19", "2004-05-22"),
              ("Prime Minister", "Manmohan Singh", "Singh", "2004-05-22", "2014-05-26"),
              ("Prime Minister", "Narendra Modi", "Modi", "2014-05-26", OPEN)],
    "pakistan": [("President", "Pervez Musharraf", "Musharraf", "2001-06-20", "2008-03-25"),
                 ("Prime Minister", "Yousaf Raza Gilani", "Gilani", "2008-03-25", "2012-06-19"),
                 ("Prime Minister", "Raja Pervaiz Ashraf", "Ashraf", "2012-06-22", "2013-03-25"),
                 ("Prime Minister", "Nawaz Sharif", "Sharif", "2013-06-05", "2017-07-28"),
                 ("Prime Minister", "Shahid Khaqan Abbasi", "Abbasi", "2017-08-01", "2018-05-31"),
                 ("Prime Minister", "Imran Khan", "Khan", "2018-08-18", "2022-04-10"),
                 ("Prime Minister", "Shehbaz Sharif", "Sharif", "2022-04-11", "2023-08-14"),
                 ("Prime Minister", "Shehbaz Sharif", "Sharif", "2024-03-04", OPEN)],
    "iran": [("President", "Mohammad Khatami", "Khatami", "1997-08-03", "2005-08-03"),
             ("President", "Mahmoud Ahmadinejad", "Ahmadinejad", "2005-08-03", "2013-08-03"),
             ("President", "Hassan Rouhani", "Rouhani", "2013-08-03", "2021-08-03"),
             ("President", "Ebrahim Raisi", "Raisi", "2021-08-03", "2024-05-19"),
             ("President", "Masoud Pezeshkian", "Pezeshkian", "2024-07-28", OPEN)],
    "israel": [("Prime Minister", "Ehud Barak", "Barak", "1999-07-06", "2001-03-07"),
               ("Prime Minister", "Ariel Sharon", "Sharon", "2001-03-07", "2006-01-04"),
               ("Prime Minister", "Ehud Olmert", "Olmert", "2006-04-14", "2009-03-31"),
               ("Prime Minister", "Benjamin Netanyahu", "Netanyahu", "2009-03-31", "2021-06-13"),
               ("Prime Minister", "Naftali Bennett", "Bennett", "2021-06-13", "2022-07-01"),
               ("Prime Minister", "Yair Lapid", "Lapid", "2022-07-01", "2022-12-29"),
               ("Prime Minister", "Benjamin Netanyahu", "Netanyahu", "2022-12-29", OPEN)],
    "ukraine": [("President", "Leonid Kuchma", "Kuchma", "1994-07-19", "2005-01-23"),
                ("President", "Viktor Yushchenko", "Yushchenko", "2005-01-23", "2010-02-25"),
                ("President", "Viktor Yanukovych", "Yanukovych", "2010-02-25", "2014-02-22"),
                ("President", "Petro Poroshenko", "Poroshenko", "2014-06-07", "2019-05-20"),
                ("President", "Volodymyr Zelensky", "Zelensky", "2019-05-20", OPEN)],
    "turkey": [("Prime Minister", "Bulent Ecevit", "Ecevit", "1999-01-11", "2002-11-18"),
               ("Prime Minister", "Abdullah Gul", "Gul", "2002-11-18", "2003-03-14"),
               ("Prime Minister", "Recep Tayyip Erdogan", "Erdogan", "2003-03-14", "2014-08-28"),
               ("President", "Recep Tayyip Erdogan", "Erdogan", "2014-08-28", OPEN)],
    "syria": [("President", "Bashar al-Assad", "Assad", "2000-07-17", "2024-12-08"),
              ("interim President", "Ahmed al-Sharaa", "Sharaa", "2025-01-29", OPEN)],
    "iraq": [("President", "Saddam Hussein", "Saddam", "1979-07-16", "2003-04-09"),
             ("Prime Minister", "Ayad Allawi", "Allawi", "2004-06-28", "2005-05-03"),
             ("Prime Minister", "Ibrahim al-Jaafari", "Jaafari", "2005-05-03", "2006-05-20"),
             ("Prime Minister", "Nouri al-Maliki", "Maliki", "2006-05-20", "2014-09-08"),
             ("Prime Minister", "Haider al-Abadi", "Abadi", "2014-09-08", "2018-10-25"),
             ("Prime Minister", "Adel Abdul Mahdi", "Abdul Mahdi", "2018-10-25", "2020-05-07"),
             ("Prime Minister", "Mustafa al-Kadhimi", "Kadhimi", "2020-05-07", "2022-10-27"),
             ("Prime Minister", "Mohammed Shia al-Sudani", "Sudani", "2022-10-27", OPEN)],
    "afghanistan": [("President", "Hamid Karzai", "Karzai", "2002-06-19", "2014-09-29"),
                    ("President", "Ashraf Ghani", "Ghani", "2014-09-29", "2021-08-15")],
    "afghanistan_t": [("!Taliban supreme leader", "Hibatullah Akhundzada", "Akhundzada", "2021-08-15", OPEN)],
    "saudi": [("King", "Fahd", "King Fahd", "1982-06-13", "2005-08-01"),
              ("King", "Abdullah", "King Abdullah", "2005-08-01", "2015-01-23"),
              ("King", "Salman", "King Salman", "2015-01-23", OPEN)],
    "yemen": [("President", "Ali Abdullah Saleh", "Saleh", "1990-05-22", "2012-02-25"),
              ("President", "Abd-Rabbu Mansour Hadi", "Hadi", "2012-02-25", "2022-04-07"),
              ("presidential council chairman", "Rashad al-Alimi", "Alimi", "2022-04-07", OPEN)],
    "egypt": [("President", "Hosni Mubarak", "Mubarak", "1981-10-14", "2011-02-11"),
              ("President", "Mohamed Morsi", "Morsi", "2012-06-30", "2013-07-03"),
              ("President", "Abdel Fattah al-Sisi", "Sisi", "2014-06-08", OPEN)],
    "jordan": [("King", "Abdullah II", "King Abdullah", "1999-02-07", OPEN)],
    "qatar": [("Emir Sheikh", "Hamad bin Khalifa Al Thani", "Sheikh Hamad", "1995-06-27", "2013-06-25"),
              ("Emir Sheikh", "Tamim bin Hamad Al Thani", "Sheikh Tamim", "2013-06-25", OPEN)],
    "uae": [("President Sheikh", "Khalifa bin Zayed Al Nahyan", "Sheikh Khalifa", "2004-11-03", "2022-05-13"),
            ("President Sheikh", "Mohamed bin Zayed Al Nahyan", "Sheikh Mohamed", "2022-05-14", OPEN)],
    "oman": [("Sultan", "Qaboos bin Said", "Sultan Qaboos", "1970-07-23", "2020-01-10"),
             ("Sultan", "Haitham bin Tariq", "Sultan Haitham", "2020-01-11", OPEN)],
    "libya": [("leader", "Muammar Gaddafi", "Gaddafi", "1969-09-01", "2011-08-23")],
    "tunisia": [("President", "Zine El Abidine Ben Ali", "Ben Ali", "1987-11-07", "2011-01-14"),
                ("President", "Kais Saied", "Saied", "2019-10-23", OPEN)],
    "algeria": [("President", "Abdelaziz Bouteflika", "Bouteflika", "1999-04-27", "2019-04-02"),
                ("President", "Abdelmadjid Tebboune", "Tebboune", "2019-12-19", OPEN)],
    "morocco": [("King", "Mohammed VI", "King Mohammed", "1999-07-23", OPEN)],
    "sudan": [("President", "Omar al-Bashir", "Bashir", "1989-06-30", "2019-04-11"),
              ("army chief General", "Abdel Fattah al-Burhan", "Burhan", "2019-04-12", OPEN)],
    "south_sudan": [("President", "Salva Kiir", "Kiir", "2011-07-09", OPEN)],
    "ethiopia": [("Prime Minister", "Meles Zenawi", "Meles", "1995-08-23", "2012-08-20"),
                 ("Prime Minister", "Hailemariam Desalegn", "Hailemariam", "2012-08-21", "2018-04-02"),
                 ("Prime Minister", "Abiy Ahmed", "Abiy", "2018-04-02", OPEN)],
    "eritrea": [("President", "Isaias Afwerki", "Isaias", "1993-05-24", OPEN)],
    "somalia": [("President", "Sharif Sheikh Ahmed", "Sharif", "2009-01-31", "2012-08-20"),
                ("President", "Hassan Sheikh Mohamud", "Mohamud", "2012-09-16", "2017-02-16"),
                ("President", "Mohamed Abdullahi Farmajo", "Farmajo", "2017-02-16", "2022-05-23"),
                ("President", "Hassan Sheikh Mohamud", "Mohamud", "2022-05-23", OPEN)],
    "kenya": [("President", "Mwai Kibaki", "Kibaki", "2002-12-30", "2013-04-09"),
              ("President", "Uhuru Kenyatta", "Kenyatta", "2013-04-09", "2022-09-13"),
              ("President", "William Ruto", "Ruto", "2022-09-13", OPEN)],
    "uganda": [("President", "Yoweri Museveni", "Museveni", "1986-01-29", OPEN)],
    "rwanda": [("President", "Paul Kagame", "Kagame", "2000-04-22", OPEN)],
    "drc": [("President", "Joseph Kabila", "Kabila", "2001-01-26", "2019-01-24"),
            ("President", "Felix Tshisekedi", "Tshisekedi", "2019-01-24", OPEN)],
    "nigeria": [("President", "Olusegun Obasanjo", "Obasanjo", "1999-05-29", "2007-05-29"),
                ("President", "Umaru Musa Yar'Adua", "Yar'Adua", "2007-05-29", "2010-05-05"),
                ("President", "Goodluck Jonathan", "Jonathan", "2010-05-06", "2015-05-29"),
                ("President", "Muhammadu Buhari", "Buhari", "2015-05-29", "2023-05-29"),
                ("President", "Bola Tinubu", "Tinubu", "2023-05-29", OPEN)],
    "mali": [("President", "Amadou Toumani Toure", "Toure", "2002-06-08", "2012-03-22"),
             ("President", "Ibrahim Boubacar Keita", "Keita", "2013-09-04", "2020-08-18"),
             ("junta leader", "Assimi Goita", "Goita", "2021-05-24", OPEN)],
    "niger": [("President", "Mahamadou Issoufou", "Issoufou", "2011-04-07", "2021-04-02"),
              ("President", "Mohamed Bazoum", "Bazoum", "2021-04-02", "2023-07-26"),
              ("junta leader General", "Abdourahamane Tiani", "Tiani", "2023-07-28", OPEN)],
    "chad": [("President", "Idriss Deby", "Deby", "1990-12-02", "2021-04-20"),
             ("President", "Mahamat Idriss Deby", "Deby", "2021-04-20", OPEN)],
    "south_africa": [("President", "Thabo Mbeki", "Mbeki", "1999-06-14", "2008-09-24"),
                     ("President", "Kgalema Motlanthe", "Motlanthe", "2008-09-25", "2009-05-09"),
                     ("President", "Jacob Zuma", "Zuma", "2009-05-09", "2018-02-14"),
                     ("President", "Cyril Ramaphosa", "Ramaphosa", "2018-02-15", OPEN)],
    "zimbabwe": [("President", "Robert Mugabe", "Mugabe", "1987-12-31", "2017-11-21"),
                 ("President", "Emmerson Mnangagwa", "Mnangagwa", "2017-11-24", OPEN)],
    "brazil": [("President", "Fernando Henrique Cardoso", "Cardoso", "1995-01-01", "2003-01-01"),
               ("President", "Luiz Inacio Lula da Silva", "Lula", "2003-01-01", "2011-01-01"),
               ("President", "Dilma Rousseff", "Rousseff", "2011-01-01", "2016-05-12"),
               ("President", "Michel Temer", "Temer", "2016-08-31", "2019-01-01"),
               ("President", "Jair Bolsonaro", "Bolsonaro", "2019-01-01", "2023-01-01"),
               ("President", "Luiz Inacio Lula da Silva", "Lula", "2023-01-01", OPEN)],
    "argentina": [("President", "Nestor Kirchner", "Kirchner", "2003-05-25", "2007-12-10"),
                  ("President", "Cristina Fernandez de Kirchner", "Fernandez", "2007-12-10", "2015-12-10"),
                  ("President", "Mauricio Macri", "Macri", "2015-12-10", "2019-12-10"),
                  ("President", "Alberto Fernandez", "Fernandez", "2019-12-10", "2023-12-10"),
                  ("President", "Javier Milei", "Milei", "2023-12-10", OPEN)],
    "mexico": [("President", "Vicente Fox", "Fox", "2000-12-01", "2006-12-01"),
               ("President", "Felipe Calderon", "Calderon", "2006-12-01", "2012-12-01"),
               ("President", "Enrique Pena Nieto", "Pena Nieto", "2012-12-01", "2018-12-01"),
               ("President", "Andres Manuel Lopez Obrador", "Lopez Obrador", "2018-12-01", "2024-10-01"),
               ("President", "Claudia Sheinbaum", "Sheinbaum", "2024-10-01", OPEN)],
    "colombia": [("President", "Andres Pastrana", "Pastrana", "1998-08-07", "2002-08-07"),
                 ("President", "Alvaro Uribe", "Uribe", "2002-08-07", "2010-08-07"),
                 ("President", "Juan Manuel Santos", "Santos", "2010-08-07", "2018-08-07"),
                 ("President", "Ivan Duque", "Duque", "2018-08-07", "2022-08-07"),
                 ("President", "Gustavo Petro", "Petro", "2022-08-07", OPEN)],
    "venezuela": [("President", "Hugo Chavez", "Chavez", "1999-02-02", "2013-03-05"),
                  ("President", "Nicolas Maduro", "Maduro", "2013-04-19", OPEN)],
    "guyana": [("President", "Irfaan Ali", "Ali", "2020-08-02", OPEN)],
    "cuba": [("President", "Fidel Castro", "Castro", "1976-12-02", "2008-02-24"),
             ("President", "Raul Castro", "Castro", "2008-02-24", "2018-04-19"),
             ("President", "Miguel Diaz-Canel", "Diaz-Canel", "2018-04-19", OPEN)],
    "canada": [("Prime Minister", "Jean Chretien", "Chretien", "1993-11-04", "2003-12-12"),
               ("Prime Minister", "Paul Martin", "Martin", "2003-12-12", "2006-02-06"),
               ("Prime Minister", "Stephen Harper", "Harper", "2006-02-06", "2015-11-04"),
               ("Prime Minister", "Justin Trudeau", "Trudeau", "2015-11-04", "2025-03-14"),
               ("Prime Minister", "Mark Carney", "Carney", "2025-03-14", OPEN)],
    "australia": [("Prime Minister", "John Howard", "Howard", "1996-03-11", "2007-12-03"),
                  ("Prime Minister", "Kevin Rudd", "Rudd", "2007-12-03", "2010-06-24"),
                  ("Prime Minister", "Julia Gillard", "Gillard", "2010-06-24", "2013-06-27"),
                  ("Prime Minister", "Kevin Rudd", "Rudd", "2013-06-27", "2013-09-18"),
                  ("Prime Minister", "Tony Abbott", "Abbott", "2013-09-18", "2015-09-15"),
                  ("Prime Minister", "Malcolm Turnbull", "Turnbull", "2015-09-15", "2018-08-24"),
                  ("Prime Minister", "Scott Morrison", "Morrison", "2018-08-24", "2022-05-23"),
                  ("Prime Minister", "Anthony Albanese", "Albanese", "2022-05-23", OPEN)],
    "indonesia": [("President", "Abdurrahman Wahid", "Wahid", "1999-10-20", "2001-07-23"),
                  ("President", "Megawati Sukarnoputri", "Megawati", "2001-07-23", "2004-10-20"),
                  ("President", "Susilo Bambang Yudhoyono", "Yudhoyono", "2004-10-20", "2014-10-20"),
                  ("President", "Joko Widodo", "Widodo", "2014-10-20", "2024-10-20"),
                  ("President", "Prabowo Subianto", "Prabowo", "2024-10-20", OPEN)],
    "philippines": [("President", "Gloria Macapagal Arroyo", "Arroyo", "2001-01-20", "2010-06-30"),
                    ("President", "Benigno Aquino", "Aquino", "2010-06-30", "2016-06-30"),
                    ("President", "Rodrigo Duterte", "Duterte", "2016-06-30", "2022-06-30"),
                    ("President", "Ferdinand Marcos Jr.", "Marcos", "2022-06-30", OPEN)],
    "thailand": [("Prime Minister", "Thaksin Shinawatra", "Thaksin", "2001-02-09", "2006-09-19"),
                 ("Prime Minister", "Abhisit Vejjajiva", "Abhisit", "2008-12-17", "2011-08-05"),
                 ("Prime Minister", "Yingluck Shinawatra", "Yingluck", "2011-08-05", "2014-05-07"),
                 ("Prime Minister", "Prayut Chan-o-cha", "Prayut", "2014-08-24", "2023-08-22"),
                 ("Prime Minister", "Srettha Thavisin", "Srettha", "2023-08-22", "2024-08-14"),
                 ("Prime Minister", "Paetongtarn Shinawatra", "Paetongtarn", "2024-08-16", "2025-07-01"),
                 ("acting Prime Minister", "Phumtham Wechayachai", "Phumtham", "2025-07-03", "2025-09-07"),
                 ("Prime Minister", "Anutin Charnvirakul", "Anutin", "2025-09-07", OPEN)],
    "cambodia": [("Prime Minister", "Hun Sen", "Hun Sen", "1985-01-14", "2023-08-22"),
                 ("Prime Minister", "Hun Manet", "Hun Manet", "2023-08-22", OPEN)],
    "myanmar": [("junta leader Senior General", "Min Aung Hlaing", "Min Aung Hlaing", "2021-02-01", OPEN)],
    "south_korea": [("President", "Kim Dae-jung", "Kim", "1998-02-25", "2003-02-25"),
                    ("President", "Roh Moo-hyun", "Roh", "2003-02-25", "2008-02-25"),
                    ("President", "Lee Myung-bak", "Lee", "2008-02-25", "2013-02-25"),
                    ("President", "Park Geun-hye", "Park", "2013-02-25", "2016-12-09"),
                    ("President", "Moon Jae-in", "Moon", "2017-05-10", "2022-05-10"),
                    ("President", "Yoon Suk Yeol", "Yoon", "2022-05-10", "2024-12-14"),
                    ("President", "Lee Jae-myung", "Lee", "2025-06-04", OPEN)],
    "north_korea": [("leader", "Kim Jong Il", "Kim", "1994-07-08", "2011-12-17"),
                    ("leader", "Kim Jong Un", "Kim", "2011-12-29", OPEN)],
    "taiwan": [("President", "Chen Shui-bian", "Chen", "2000-05-20", "2008-05-20"),
               ("President", "Ma Ying-jeou", "Ma", "2008-05-20", "2016-05-20"),
               ("President", "Tsai Ing-wen", "Tsai", "2016-05-20", "2024-05-20"),
               ("President", "Lai Ching-te", "Lai", "2024-05-20", OPEN)],
    "bangladesh": [("Prime Minister", "Sheikh Hasina", "Hasina", "2009-01-06", "2024-08-05"),
                   ("interim leader", "Muhammad Yunus", "Yunus", "2024-08-08", OPEN)],
    "kazakhstan": [("President", "Nursultan Nazarbayev", "Nazarbayev", "1990-04-24", "2019-03-20"),
                   ("President", "Kassym-Jomart Tokayev", "Tokayev", "2019-03-20", OPEN)],
    "georgia": [("President", "Eduard Shevardnadze", "Shevardnadze", "1995-11-26", "2003-11-23"),
                ("President", "Mikheil Saakashvili", "Saakashvili", "2004-01-25", "2007-11-25"),
                ("President", "Mikheil Saakashvili", "Saakashvili", "2008-01-20", "2013-11-17"),
                ("President", "Giorgi Margvelashvili", "Margvelashvili", "2013-11-17", "2018-12-16"),
                ("President", "Salome Zourabichvili", "Zourabichvili", "2018-12-16", "2024-12-29"),
                ("President", "Mikheil Kavelashvili", "Kavelashvili", "2024-12-29", OPEN)],
    "armenia": [("President", "Robert Kocharyan", "Kocharyan", "1998-04-09", "2008-04-09"),
                ("President", "Serzh Sargsyan", "Sargsyan", "2008-04-09", "2018-04-09"),
                ("Prime Minister", "Nikol Pashinyan", "Pashinyan", "2018-05-08", OPEN)],
    "azerbaijan": [("President", "Heydar Aliyev", "Aliyev", "1993-10-10", "2003-10-31"),
                   ("President", "Ilham Aliyev", "Aliyev", "2003-10-31", OPEN)],
    "belarus": [("President", "Alexander Lukashenko", "Lukashenko", "1994-07-20", OPEN)],
    "poland": [("Prime Minister", "Jerzy Buzek", "Buzek", "1997-10-31", "2001-10-19"),
               ("Prime Minister", "Leszek Miller", "Miller", "2001-10-19", "2004-05-02"),
               ("Prime Minister", "Marek Belka", "Belka", "2004-05-02", "2005-10-31"),
               ("Prime Minister", "Kazimierz Marcinkiewicz", "Marcinkiewicz", "2005-10-31", "2006-07-14"),
               ("Prime Minister", "Jaroslaw Kaczynski", "Kaczynski", "2006-07-14", "2007-11-16"),
               ("Prime Minister", "Donald Tusk", "Tusk", "2007-11-16", "2014-09-22"),
               ("Prime Minister", "Ewa Kopacz", "Kopacz", "2014-09-22", "2015-11-16"),
               ("Prime Minister", "Beata Szydlo", "Szydlo", "2015-11-16", "2017-12-11"),
               ("Prime Minister", "Mateusz Morawiecki", "Morawiecki", "2017-12-11", "2023-12-13"),
               ("Prime Minister", "Donald Tusk", "Tusk", "2023-12-13", OPEN)],
    "netherlands": [("Prime Minister", "Jan Peter Balkenende", "Balkenende", "2002-07-22", "2010-10-14"),
                    ("Prime Minister", "Mark Rutte", "Rutte", "2010-10-14", "2024-07-02"),
                    ("Prime Minister", "Dick Schoof", "Schoof", "2024-07-02", OPEN)],
    "italy": [("Prime Minister", "Giuliano Amato", "Amato", "2000-04-26", "2001-06-11"),
              ("Prime Minister", "Silvio Berlusconi", "Berlusconi", "2001-06-11", "2006-05-17"),
              ("Prime Minister", "Romano Prodi", "Prodi", "2006-05-17", "2008-05-08"),
              ("Prime Minister", "Silvio Berlusconi", "Berlusconi", "2008-05-08", "2011-11-16"),
              ("Prime Minister", "Mario Monti", "Monti", "2011-11-16", "2013-04-28"),
              ("Prime Minister", "Enrico Letta", "Letta", "2013-04-28", "2014-02-22"),
              ("Prime Minister", "Matteo Renzi", "Renzi", "2014-02-22", "2016-12-12"),
              ("Prime Minister", "Paolo Gentiloni", "Gentiloni", "2016-12-12", "2018-06-01"),
              ("Prime Minister", "Giuseppe Conte", "Conte", "2018-06-01", "2021-02-13"),
              ("Prime Minister", "Mario Draghi", "Draghi", "2021-02-13", "2022-10-22"),
              ("Prime Minister", "Giorgia Meloni", "Meloni", "2022-10-22", OPEN)],
    "spain": [("Prime Minister", "Jose Maria Aznar", "Aznar", "1996-05-05", "2004-04-17"),
              ("Prime Minister", "Jose Luis Rodriguez Zapatero", "Zapatero", "2004-04-17", "2011-12-21"),
              ("Prime Minister", "Mariano Rajoy", "Rajoy", "2011-12-21", "2018-06-02"),
              ("Prime Minister", "Pedro Sanchez", "Sanchez", "2018-06-02", OPEN)],
    "greece": [("Prime Minister", "Costas Simitis", "Simitis", "1996-01-22", "2004-03-10"),
               ("Prime Minister", "Kostas Karamanlis", "Karamanlis", "2004-03-10", "2009-10-06"),
               ("Prime Minister", "George Papandreou", "Papandreou", "2009-10-06", "2011-11-11"),
               ("Prime Minister", "Lucas Papademos", "Papademos", "2011-11-11", "2012-05-17"),
               ("Prime Minister", "Antonis Samaras", "Samaras", "2012-06-20", "2015-01-26"),
               ("Prime Minister", "Alexis Tsipras", "Tsipras", "2015-01-26", "2015-08-27"),
               ("Prime Minister", "Alexis Tsipras", "Tsipras", "2015-09-21", "2019-07-08"),
               ("Prime Minister", "Kyriakos Mitsotakis", "Mitsotakis", "2019-07-08", OPEN)],
    "serbia": [("Prime Minister", "Aleksandar Vucic", "Vucic", "2014-04-27", "2017-05-31"),
               ("President", "Aleksandar Vucic", "Vucic", "2017-05-31", OPEN)],
    "kosovo": [("Prime Minister", "Hashim Thaci", "Thaci", "2008-01-09", "2014-12-09"),
               ("Prime Minister", "Isa Mustafa", "Mustafa", "2014-12-09", "2017-09-09"),
               ("Prime Minister", "Ramush Haradinaj", "Haradinaj", "2017-09-09", "2020-02-03"),
               ("Prime Minister", "Albin Kurti", "Kurti", "2020-02-03", "2020-06-03"),
               ("Prime Minister", "Avdullah Hoti", "Hoti", "2020-06-03", "2021-03-22"),
               ("Prime Minister", "Albin Kurti", "Kurti", "2021-03-22", OPEN)],
    "hungary": [("Prime Minister", "Viktor Orban", "Orban", "1998-07-06", "2002-05-27"),
                ("Prime Minister", "Peter Medgyessy", "Medgyessy", "2002-05-27", "2004-09-29"),
                ("Prime Minister", "Ferenc Gyurcsany", "Gyurcsany", "2004-09-29", "2009-04-14"),
                ("Prime Minister", "Gordon Bajnai", "Bajnai", "2009-04-14", "2010-05-29"),
                ("Prime Minister", "Viktor Orban", "Orban", "2010-05-29", OPEN)],
    "palestine": [("President", "Yasser Arafat", "Arafat", "1996-02-12", "2004-11-11"),
                  ("President", "Mahmoud Abbas", "Abbas", "2005-01-15", OPEN)],
}

FOREIGN_MINISTERS = {
    "usa": [("Secretary of State", "Madeleine Albright", "Albright", "1997-01-23", "2001-01-20"),
            ("Secretary of State", "Colin Powell", "Powell", "2001-01-20", "2005-01-26"),
            ("Secretary of State", "Condoleezza Rice", "Rice", "2005-01-26", "2009-01-21"),
            ("Secretary of State", "Hillary Clinton", "Clinton", "2009-01-21", "2013-02-01"),
            ("Secretary of State", "John Kerry", "Kerry", "2013-02-01", "2017-01-20"),
            ("Secretary of State", "Rex Tillerson", "Tillerson", "2017-02-01", "2018-03-31"),
            ("Secretary of State", "Mike Pompeo", "Pompeo", "2018-04-26", "2021-01-20"),
            ("Secretary of State", "Antony Blinken", "Blinken", "2021-01-26", "2025-01-20"),
            ("Secretary of State", "Marco Rubio", "Rubio", "2025-01-21", OPEN)],
    "russia": [("Foreign Minister", "Igor Ivanov", "Ivanov", "1998-09-11", "2004-03-09"),
               ("Foreign Minister", "Sergei Lavrov", "Lavrov", "2004-03-09", OPEN)],
    "china": [("Foreign Minister", "Tang Jiaxuan", "Tang", "1998-03-18", "2003-03-17"),
              ("Foreign Minister", "Li Zhaoxing", "Li", "2003-03-17", "2007-04-27"),
              ("Foreign Minister", "Yang Jiechi", "Yang", "2007-04-27", "2013-03-16"),
              ("Foreign Minister", "Wang Yi", "Wang", "2013-03-16", "2022-12-30"),
              ("Foreign Minister", "Qin Gang", "Qin", "2022-12-30", "2023-07-25"),
              ("Foreign Minister", "Wang Yi", "Wang", "2023-07-25", OPEN)],
    "uk": [("Foreign Secretary", "Robin Cook", "Cook", "1997-05-02", "2001-06-08"),
           ("Foreign Secretary", "Jack Straw", "Straw", "2001-06-08", "2006-05-05"),
           ("Foreign Secretary", "Margaret Beckett", "Beckett", "2006-05-05", "2007-06-28"),
           ("Foreign Secretary", "David Miliband", "Miliband", "2007-06-28", "2010-05-11"),
           ("Foreign Secretary", "William Hague", "Hague", "2010-05-12", "2014-07-14"),
           ("Foreign Secretary", "Philip Hammond", "Hammond", "2014-07-15", "2016-07-13"),
           ("Foreign Secretary", "Boris Johnson", "Johnson", "2016-07-13", "2018-07-09"),
           ("Foreign Secretary", "Jeremy Hunt", "Hunt", "2018-07-09", "2019-07-24"),
           ("Foreign Secretary", "Dominic Raab", "Raab", "2019-07-24", "2021-09-15"),
           ("Foreign Secretary", "Liz Truss", "Truss", "2021-09-15", "2022-09-06"),
           ("Foreign Secretary", "James Cleverly", "Cleverly", "2022-09-06", "2023-11-13"),
           ("Foreign Secretary", "David Cameron", "Cameron", "2023-11-13", "2024-07-05"),
           ("Foreign Secretary", "David Lammy", "Lammy", "2024-07-05", "2025-09-05"),
           ("Foreign Secretary", "Yvette Cooper", "Cooper", "2025-09-05", OPEN)],
    "france": [("Foreign Minister", "Hubert Vedrine", "Vedrine", "1997-06-04", "2002-05-07"),
               ("Foreign Minister", "Dominique de Villepin", "de Villepin", "2002-05-07", "2004-03-31"),
               ("Foreign Minister", "Michel Barnier", "Barnier", "2004-03-31", "2005-06-02"),
               ("Foreign Minister", "Philippe Douste-Blazy", "Douste-Blazy", "2005-06-02", "2007-05-18"),
               ("Foreign Minister", "Bernard Kouchner", "Kouchner", "2007-05-18", "2010-11-14"),
               ("Foreign Minister", "Michele Alliot-Marie", "Alliot-Marie", "2010-11-14", "2011-02-27"),
               ("Foreign Minister", "Alain Juppe", "Juppe", "2011-02-27", "2012-05-16"),
               ("Foreign Minister", "Laurent Fabius", "Fabius", "2012-05-16", "2016-02-11"),
               ("Foreign Minister", "Jean-Marc Ayrault", "Ayrault", "2016-02-11", "2017-05-17"),
               ("Foreign Minister", "Jean-Yves Le Drian", "Le Drian", "2017-05-17", "2022-05-20"),
               ("Foreign Minister", "Catherine Colonna", "Colonna", "2022-05-20", "2024-01-11"),
               ("Foreign Minister", "Stephane Sejourne", "Sejourne", "2024-01-11", "2024-09-21"),
               ("Foreign Minister", "Jean-Noel Barrot", "Barrot", "2024-09-21", OPEN)],
    "germany": [("Foreign Minister", "Joschka Fischer", "Fischer", "1998-10-27", "2005-11-22"),
                ("Foreign Minister", "Frank-Walter Steinmeier", "Steinmeier", "2005-11-22", "2009-10-28"),
                ("Foreign Minister", "Guido Westerwelle", "Westerwelle", "2009-10-28", "2013-12-17"),
                ("Foreign Minister", "Frank-Walter Steinmeier", "Steinmeier", "2013-12-17", "2017-01-27"),
                ("Foreign Minister", "Sigmar Gabriel", "Gabriel", "2017-01-27", "2018-03-14"),
                ("Foreign Minister", "Heiko Maas", "Maas", "2018-03-14", "2021-12-08"),
                ("Foreign Minister", "Annalena Baerbock", "Baerbock", "2021-12-08", "2025-05-06"),
                ("Foreign Minister", "Johann Wadephul", "Wadephul", "2025-05-06", OPEN)],
    "iran": [("Foreign Minister", "Kamal Kharrazi", "Kharrazi", "1997-08-20", "2005-08-24"),
             ("Foreign Minister", "Manouchehr Mottaki", "Mottaki", "2005-08-24", "2010-12-13"),
             ("Foreign Minister", "Ali Akbar Salehi", "Salehi", "2011-01-30", "2013-08-15"),
             ("Foreign Minister", "Mohammad Javad Zarif", "Zarif", "2013-08-15", "2021-08-25"),
             ("Foreign Minister", "Hossein Amir-Abdollahian", "Amir-Abdollahian", "2021-08-25", "2024-05-19"),
             ("Foreign Minister", "Abbas Araghchi", "Araghchi", "2024-08-21", OPEN)],
    "turkey": [("Foreign Minister", "Abdullah Gul", "Gul", "2003-03-14", "2007-08-28"),
               ("Foreign Minister", "Ali Babacan", "Babacan", "2007-08-29", "2009-05-01"),
               ("Foreign Minister", "Ahmet Davutoglu", "Davutoglu", "2009-05-01", "2014-08-29"),
               ("Foreign Minister", "Mevlut Cavusoglu", "Cavusoglu", "2014-08-29", "2015-08-28"),
               ("Foreign Minister", "Mevlut Cavusoglu", "Cavusoglu", "2015-11-24", "2023-06-04"),
               ("Foreign Minister", "Hakan Fidan", "Fidan", "2023-06-04", OPEN)],
    "ukraine": [("Foreign Minister", "Pavlo Klimkin", "Klimkin", "2014-06-19", "2019-08-29"),
                ("Foreign Minister", "Vadym Prystaiko", "Prystaiko", "2019-08-29", "2020-03-04"),
                ("Foreign Minister", "Dmytro Kuleba", "Kuleba", "2020-03-04", "2024-09-05"),
                ("Foreign Minister", "Andrii Sybiha", "Sybiha", "2024-09-05", OPEN)],
    "india": [("External Affairs Minister", "Sushma Swaraj", "Swaraj", "2014-05-26", "2019-05-30"),
              ("External Affairs Minister", "Subrahmanyam Jaishankar", "Jaishankar", "2019-05-30", OPEN)],
    "saudi": [("Foreign Minister Prince", "Saud al-Faisal", "Prince Saud", "1975-10-13", "2015-04-29"),
              ("Foreign Minister", "Adel al-Jubeir", "Jubeir", "2015-04-29", "2018-12-27"),
              ("Foreign Minister Prince", "Faisal bin Farhan", "Prince Faisal", "2019-10-23", OPEN)],
    "israel": [("Foreign Minister", "Tzipi Livni", "Livni", "2006-05-04", "2009-03-31"),
               ("Foreign Minister", "Avigdor Lieberman", "Lieberman", "2009-03-31", "2012-12-18")],
    "pakistan": [("Foreign Minister", "Shah Mehmood Qureshi", "Qureshi", "2008-03-31", "2011-02-09"),
                 ("Foreign Minister", "Shah Mehmood Qureshi", "Qureshi", "2018-08-20", "2022-04-10"),
                 ("Foreign Minister", "Bilawal Bhutto Zardari", "Bhutto Zardari", "2022-04-27", "2023-08-10"),
                 ("Foreign Minister", "Ishaq Dar", "Dar", "2024-03-11", OPEN)],
    "afghanistan_t": [("!Afghanistan's acting Foreign Minister", "Amir Khan Muttaqi", "Muttaqi", "2021-09-07", OPEN)],
    "japan": [("Foreign Minister", "Fumio Kishida", "Kishida", "2012-12-26", "2017-08-03"),
              ("Foreign Minister", "Taro Kono", "Kono", "2017-08-03", "2019-09-11"),
              ("Foreign Minister", "Toshimitsu Motegi", "Motegi", "2019-09-11", "2021-11-04"),
              ("Foreign Minister", "Yoshimasa Hayashi", "Hayashi", "2021-11-10", "2023-09-13"),
              ("Foreign Minister", "Yoko Kamikawa", "Kamikawa", "2023-09-13", "2024-10-01"),
              ("Foreign Minister", "Takeshi Iwaya", "Iwaya", "2024-10-01", "2025-10-21"),
              ("Foreign Minister", "Toshimitsu Motegi", "Motegi", "2025-10-21", OPEN)],
    "south_korea": [("Foreign Minister", "Yun Byung-se", "Yun", "2013-03-11", "2017-06-18"),
                    ("Foreign Minister", "Kang Kyung-wha", "Kang", "2017-06-18", "2021-02-09"),
                    ("Foreign Minister", "Chung Eui-yong", "Chung", "2021-02-09", "2022-05-12"),
                    ("Foreign Minister", "Park Jin", "Park", "2022-05-12", "2024-01-10"),
                    ("Foreign Minister", "Cho Tae-yul", "Cho", "2024-01-10", "2025-06-04")],
}

# ---------------------------------------------------------------------------
# Organisations and armed groups.
# kind: "org" or "group".  Fields: name, adjective, leaders, military noun
# phrase (or None), towns (groups), spokesperson phrase, from, until.
# ---------------------------------------------------------------------------
ORGS = {
    "un": dict(name="the United Nations", adj="UN", mil="UN peacekeepers", spox="a UN spokesperson",
               leaders=[("!UN Secretary-General", "Kofi Annan", "Annan", "1997-01-01", "2007-01-01"),
                        ("!UN Secretary-General", "Ban Ki-moon", "Ban", "2007-01-01", "2017-01-01"),
                        ("!UN Secretary-General", "Antonio Guterres", "Guterres", "2017-01-01", OPEN)]),
    "nato": dict(name="NATO", adj="NATO", mil="NATO forces", spox="a NATO spokesperson",
                 leaders=[("!NATO Secretary-General", "George Robertson", "Robertson", "1999-10-14", "2004-01-01"),
                          ("!NATO Secretary-General", "Jaap de Hoop Scheffer", "de Hoop Scheffer", "2004-01-01", "2009-08-01"),
                          ("!NATO Secretary-General", "Anders Fogh Rasmussen", "Rasmussen", "2009-08-01", "2014-10-01"),
                          ("!NATO Secretary-General", "Jens Stoltenberg", "Stoltenberg", "2014-10-01", "2024-10-01"),
                          ("!NATO Secretary-General", "Mark Rutte", "Rutte", "2024-10-01", OPEN)]),
    "eu": dict(name="the European Union", adj="EU", mil=None, spox="an EU spokesperson",
               leaders=[("!EU foreign policy chief", "Javier Solana", "Solana", "1999-10-18", "2009-12-01"),
                        ("!EU foreign policy chief", "Catherine Ashton", "Ashton", "2009-12-01", "2014-11-01"),
                        ("!EU foreign policy chief", "Federica Mogherini", "Mogherini", "2014-11-01", "2019-12-01"),
                        ("!EU foreign policy chief", "Josep Borrell", "Borrell", "2019-12-01", "2024-12-01"),
                        ("!EU foreign policy chief", "Kaja Kallas", "Kallas", "2024-12-01", OPEN)]),
    "au": dict(name="the African Union", adj="African Union", mil="African Union troops",
               spox="an African Union spokesperson",
               leaders=[("!African Union Commission chairperson", "Moussa Faki Mahamat", "Faki", "2017-03-14", "2025-02-15"),
                        ("!African Union Commission chairperson", "Mahmoud Ali Youssouf", "Youssouf", "2025-02-15", OPEN)],
               since="2002-07-09"),
    "arab_league": dict(name="the Arab League", adj="Arab League", mil=None, spox="an Arab League spokesperson",
                        leaders=[("!Arab League Secretary-General", "Amr Moussa", "Moussa", "2001-06-01", "2011-07-01"),
                                 ("!Arab League Secretary-General", "Nabil Elaraby", "Elaraby", "2011-07-01", "2016-07-03"),
                                 ("!Arab League Secretary-General", "Ahmed Aboul Gheit", "Aboul Gheit", "2016-07-03", OPEN)]),
    "iaea": dict(name="the International Atomic Energy Agency", adj="IAEA", mil=None, spox="an IAEA spokesperson",
                 leaders=[("!IAEA Director-General", "Mohamed ElBaradei", "ElBaradei", "1997-12-01", "2009-12-01"),
                          ("!IAEA Director-General", "Yukiya Amano", "Amano", "2009-12-01", "2019-07-18"),
                          ("!IAEA Director-General", "Rafael Grossi", "Grossi", "2019-12-03", OPEN)]),
    "osce": dict(name="the OSCE", adj="OSCE", mil=None, spox="an OSCE spokesperson", leaders=[]),
    "asean": dict(name="ASEAN", adj="ASEAN", mil=None, spox="an ASEAN spokesperson", leaders=[]),
    "icrc": dict(name="the International Committee of the Red Cross", adj="Red Cross", mil=None,
                 spox="a Red Cross spokesperson", leaders=[]),
}

GROUPS = {
    "hamas": dict(name="Hamas", adj="Hamas", mil="Hamas fighters", host="palestine",
                  towns=["Gaza City", "Khan Younis", "Rafah", "Jabalia", "Deir al-Balah", "Beit Hanoun"],
                  leaders=[("!Hamas political leader", "Khaled Meshaal", "Meshaal", "1996-01-01", "2017-05-06"),
                           ("!Hamas political leader", "Ismail Haniyeh", "Haniyeh", "2017-05-06", "2024-07-31")]),
    "hezbollah": dict(name="Hezbollah", adj="Hezbollah", mil="Hezbollah fighters", host="lebanon",
                      towns=["Bint Jbeil", "Nabatieh", "Tyre", "Marjayoun", "Khiam", "Baalbek"],
                      leaders=[("!Hezbollah leader", "Hassan Nasrallah", "Nasrallah", "1992-02-16", "2024-09-27"),
                               ("!Hezbollah leader", "Naim Qassem", "Qassem", "2024-10-29", OPEN)]),
    "houthis": dict(name="the Houthi movement", adj="Houthi", mil="Houthi fighters", host="yemen",
                    towns=["Sanaa", "Hodeidah", "Saada", "Taiz", "Hajjah", "Ras Isa"],
                    leaders=[("!Houthi leader", "Abdul-Malik al-Houthi", "Abdul-Malik al-Houthi", "2004-09-10", OPEN)]),
    "pkk": dict(name="the PKK", adj="PKK", mil="PKK militants", host="turkey",
                towns=["Hakkari", "Sirnak", "Diyarbakir", "Cukurca", "Semdinli"], leaders=[]),
    "boko_haram": dict(name="Boko Haram", adj="Boko Haram", mil="Boko Haram fighters", host="nigeria",
                       towns=["Maiduguri", "Gwoza", "Bama", "Damboa", "Chibok", "Monguno"],
                       leaders=[("!Boko Haram leader", "Abubakar Shekau", "Shekau", "2009-07-30", "2021-05-19")]),
    "al_shabaab": dict(name="al-Shabaab", adj="al-Shabaab", mil="al-Shabaab fighters", host="somalia",
                       towns=["Mogadishu", "Kismayo", "Baidoa", "Beledweyne", "Afgoye", "Barawe"], leaders=[]),
    "taliban": dict(name="the Taliban", adj="Taliban", mil="Taliban fighters", host="afghanistan",
                    towns=["Kandahar", "Lashkar Gah", "Kunduz", "Ghazni", "Herat", "Sangin"], leaders=[]),
    "islamic_state": dict(name="Islamic State", adj="Islamic State", mil="Islamic State fighters", host="iraq",
                          towns=["Mosul", "Ramadi", "Fallujah", "Tikrit", "Sinjar", "Tal Afar"], leaders=[]),
    "fsa": dict(name="the Free Syrian Army", adj="rebel", mil="rebel fighters", host="syria",
                towns=["Aleppo", "Homs", "Idlib", "Daraa", "Douma", "Hama"], leaders=[]),
    "hts": dict(name="Hayat Tahrir al-Sham", adj="HTS", mil="HTS fighters", host="syria",
                towns=["Idlib", "Saraqeb", "Maarat al-Numan", "Jisr al-Shughur", "Aleppo"], leaders=[]),
    "farc": dict(name="the FARC", adj="FARC", mil="FARC guerrillas", host="colombia",
                 towns=["San Vicente del Caguan", "Popayan", "Tumaco", "Florencia", "Toribio"],
                 leaders=[("!FARC leader", "Manuel Marulanda", "Marulanda", "1964-05-27", "2008-03-26"),
                          ("!FARC leader", "Alfonso Cano", "Cano", "2008-03-27", "2011-11-04"),
                          ("!FARC leader", "Rodrigo Londono", "Londono", "2011-11-15", "2017-08-31")]),
    "m23": dict(name="the M23", adj="M23", mil="M23 rebels", host="drc",
                towns=["Goma", "Bukavu", "Rutshuru", "Bunagana", "Sake", "Kiwanja"], leaders=[]),
    "rsf": dict(name="the Rapid Support Forces", adj="RSF", mil="RSF fighters", host="sudan",
                towns=["El Fasher", "Khartoum", "Omdurman", "Nyala", "Wad Madani", "El Obeid"],
                leaders=[("!RSF commander", "Mohamed Hamdan Dagalo", "Dagalo", "2013-08-01", OPEN)]),
    "tplf": dict(name="the Tigray People's Liberation Front", adj="Tigrayan", mil="Tigrayan forces", host="ethiopia",
                 towns=["Mekelle", "Shire", "Adigrat", "Alamata", "Axum"],
                 leaders=[("!TPLF leader", "Debretsion Gebremichael", "Debretsion", "2018-01-01", "2025-03-01")]),
    "ttp": dict(name="the Pakistani Taliban", adj="Pakistani Taliban", mil="Pakistani Taliban militants", host="pakistan",
                towns=["Peshawar", "Bannu", "Miranshah", "Mingora", "Dera Ismail Khan"], leaders=[]),
    "abu_sayyaf": dict(name="Abu Sayyaf", adj="Abu Sayyaf", mil="Abu Sayyaf gunmen", host="philippines",
                       towns=["Jolo", "Isabela City", "Zamboanga", "Patikul", "Lamitan"], leaders=[]),
}

# Ministries with special names.
FOREIGN_MINISTRY = {"usa": "the State Department", "uk": "the Foreign Office",
                    "palestine": "the Palestinian foreign ministry"}
DEFENSE_MINISTRY = {"usa": "the Pentagon", "uk": "Britain's Ministry of Defence"}
ARMY = {"japan": "the Japanese Self-Defense Forces", "kosovo": "the Kosovo Security Force",
        "israel": "the Israeli military", "usa": "the US military", "uk": "the British military"}
DEFENSE_CHIEF = {"usa": "the US defense secretary", "uk": "the British defence secretary"}
LEGISLATURE = {"usa": "Congress", "uk": "Parliament", "saudi": "the Shura Council", "israel": "the Knesset",
               "russia": "the State Duma", "china": "the National People's Congress",
               "north_korea": "the Supreme People's Assembly", "iran": "parliament", "qatar": "the Shura Council",
               "uae": "the Federal National Council", "oman": "the consultative council", "kuwait": "the National Assembly",
               "bahrain": "parliament", "afghanistan_t": "the Taliban leadership council", "cuba": "the National Assembly",
               "vietnam": "the National Assembly", "myanmar": "the military-appointed legislature",
               "eritrea": "the National Assembly", "libya": "the General People's Congress"}
GOV_OVERRIDE = {"usa": ["the US administration", "the White House"], "russia": ["the Kremlin", "the Russian government"],
                "uk": ["the British government", "Downing Street"], "afghanistan_t": ["the Taliban administration"],
                "palestine": ["the Palestinian Authority"], "france": ["the French government", "the Elysee"]}

# Countries where opinion polls, opposition rallies and competitive elections are not part of the story.
NO_ELECTIONS = {"china", "north_korea", "saudi", "uae", "qatar", "oman", "bahrain", "kuwait", "cuba", "vietnam",
                "eritrea", "afghanistan_t", "myanmar", "libya", "mali", "niger", "burkina", "sudan", "chad"}
# High-income countries, where stories of firewood and unheated schools would be out of place.
RICH = {"usa", "uk", "france", "germany", "japan", "canada", "australia", "new_zealand", "netherlands", "belgium",
        "sweden", "norway", "denmark", "finland", "switzerland", "austria", "italy", "spain", "portugal", "israel",
        "south_korea", "taiwan", "singapore", "qatar", "uae", "kuwait", "saudi", "bahrain", "czechia", "estonia",
        "cyprus", "oman", "poland", "lithuania", "latvia", "croatia", "hungary", "greece"}

# Names for ordinary people quoted in the corpus: (female given names, male given names, surnames, surname first?).
NAME_POOLS = {
    "anglo": (["Sarah", "Emily", "Linda", "Grace", "Hannah", "Megan"], ["Michael", "James", "Daniel", "Robert", "Thomas", "Gareth"],
              ["Walker", "Bennett", "Hughes", "Carter", "Morgan", "Fletcher", "Reid", "Sullivan"], False),
    "french": (["Claire", "Camille", "Sophie", "Nathalie"], ["Pierre", "Julien", "Laurent", "Thierry"],
               ["Moreau", "Lefebvre", "Dubois", "Girard", "Mercier", "Fontaine"], False),
    "german": (["Anna", "Katrin", "Ute", "Lena"], ["Lukas", "Jens", "Matthias", "Stefan"],
               ["Keller", "Becker", "Hoffmann", "Schulz", "Wagner", "Berger"], False),
    "southeurope": (["Giulia", "Lucia", "Marta", "Ines"], ["Matteo", "Javier", "Paolo", "Miguel"],
                    ["Rossi", "Ferreira", "Romano", "Garcia", "Costa", "Moretti"], False),
    "nordic": (["Ingrid", "Sanna", "Astrid", "Liisa"], ["Henrik", "Mikko", "Lars", "Johan"],
               ["Lindqvist", "Virtanen", "Hansen", "Berg", "Nieminen", "Dahl"], False),
    "ceurope": (["Marta", "Katarzyna", "Petra", "Jelena"], ["Jan", "Tomas", "Marek", "Milan"],
                ["Novak", "Kowalczyk", "Horvath", "Dvorak", "Petrovic", "Jankauskas"], False),
    "greek": (["Eleni", "Katerina", "Maria", "Despina"], ["Giorgos", "Nikos", "Yannis", "Kostas"],
              ["Papadopoulos", "Georgiou", "Nikolaidis", "Alexiou", "Christodoulou"], False),
    "eastslav": (["Olena", "Irina", "Natalia", "Oksana"], ["Dmitry", "Andriy", "Sergei", "Pavel"],
                 ["Kovalenko", "Shevchuk", "Melnyk", "Bondarenko", "Tkachenko", "Lysenko"], False),
    "georgian": (["Nino", "Tamar", "Ketevan"], ["Giorgi", "Levan", "Davit"], ["Beridze", "Gelashvili", "Kapanadze", "Lomidze"], False),
    "armenian": (["Ani", "Lusine", "Anahit"], ["Armen", "Tigran", "Aram"], ["Hovhannisyan", "Sargsyan", "Petrosyan", "Grigoryan"], False),
    "azeri": (["Leyla", "Aysel", "Gunel"], ["Elchin", "Rashad", "Tural"], ["Mammadov", "Aliyev", "Huseynov", "Hasanov"], False),
    "centralasia": (["Aigerim", "Dilnoza", "Madina"], ["Nurlan", "Rustam", "Bakhyt"], ["Akhmetov", "Karimov", "Yusupov", "Nurpeisov"], False),
    "arabic": (["Fatima", "Leila", "Mariam", "Rania", "Huda"], ["Ahmed", "Omar", "Yusuf", "Karim", "Khaled"],
               ["Haddad", "Mansour", "Khalil", "Saleh", "Najjar", "Farouk", "Darwish", "Aziz"], False),
    "hebrew": (["Noa", "Tamar", "Yael", "Michal"], ["Yossi", "Eitan", "Avi", "Daniel"],
               ["Cohen", "Levi", "Mizrahi", "Peretz", "Friedman", "Dahan"], False),
    "persian": (["Maryam", "Zahra", "Shirin", "Parisa"], ["Reza", "Mehdi", "Ahmad", "Hamid"],
                ["Rahimi", "Hosseini", "Karimi", "Moradi", "Noori", "Ahmadi"], False),
    "turkish": (["Zeynep", "Ayse", "Elif", "Fatma"], ["Emre", "Mehmet", "Murat", "Kemal"],
                ["Yilmaz", "Demir", "Kaya", "Sahin", "Celik", "Ozturk"], False),
    "indian": (["Priya", "Meena", "Anjali", "Kavita"], ["Rahul", "Anil", "Sanjay", "Vikram"],
               ["Sharma", "Patel", "Nair", "Das", "Iyer", "Reddy"], False),
    "pakistani": (["Ayesha", "Farida", "Zainab", "Sana"], ["Imran", "Tariq", "Bilal", "Kamran"],
                  ["Qureshi", "Hussain", "Chaudhry", "Malik", "Rahman", "Butt"], False),
    "chinese": (["Fang", "Mei", "Jing", "Xiu"], ["Wei", "Jun", "Hao", "Lei"], ["Wang", "Li", "Zhang", "Liu", "Chen", "Zhao"], True),
    "japanese": (["Yuki", "Aiko", "Haruka", "Emi"], ["Hiroshi", "Kenji", "Takashi", "Daisuke"],
                 ["Tanaka", "Suzuki", "Sato", "Watanabe", "Ito", "Yamamoto"], False),
    "korean": (["Min-ji", "Ji-woo", "Seo-yeon", "Hye-jin"], ["Joon-ho", "Min-jun", "Sung-ho", "Dong-hyun"],
               ["Kim", "Lee", "Park", "Choi", "Jung"], True),
    "vietnamese": (["Thi Lan", "Thi Hoa", "Thi Mai"], ["Van Minh", "Van Hung", "Duc Anh"], ["Nguyen", "Tran", "Le", "Pham"], True),
    "filipino": (["Maria", "Liza", "Grace", "Joy"], ["Jose", "Ramon", "Paolo", "Mark"],
                 ["Santos", "Reyes", "Cruz", "Bautista", "Mendoza", "Garcia"], False),
    "malay": (["Siti", "Dewi", "Nur", "Putri"], ["Budi", "Agus", "Rizal", "Hafiz"], ["Santoso", "Wijaya", "Hidayat", "Ismail"], False),
    "thai": (["Siriporn", "Malee", "Ratana"], ["Somchai", "Anan", "Prasert"], ["Srisuk", "Boonmee", "Chaiyaporn", "Saetang"], False),
    "khmer": (["Sokha", "Chenda", "Sreymom"], ["Dara", "Vannak", "Sopheak"], ["Chea", "Sok", "Heng", "Keo"], True),
    "burmese": (["Khin Myat", "Thida", "Nwe Nwe"], ["Aung Ko", "Min Thu", "Zaw Lin"], ["Oo", "Htun", "Win", "Naing"], False),
    "westafrica": (["Amina", "Fatou", "Aisha", "Grace"], ["Musa", "Ibrahim", "Kwame", "Samuel"],
                   ["Okafor", "Mensah", "Diallo", "Traore", "Bello", "Ouedraogo"], False),
    "eastafrica": (["Wanjiru", "Achieng", "Grace", "Esther"], ["Joseph", "Peter", "David", "Moses"],
                   ["Mwangi", "Otieno", "Kamau", "Okello", "Mugisha", "Ochieng"], False),
    "somali": (["Halima", "Hodan", "Amina"], ["Abdi", "Mohamed", "Farah"], ["Warsame", "Hassan", "Ali", "Osman"], False),
    "horn": (["Selam", "Hiwot", "Meron"], ["Tesfaye", "Dawit", "Yonas"], ["Abebe", "Haile", "Tadesse", "Girma", "Bekele"], False),
    "centralafrica": (["Esther", "Claudine", "Aline"], ["Jean-Pierre", "Patrick", "Emmanuel"],
                      ["Kabongo", "Mukendi", "Habimana", "Tshibanda", "Uwimana"], False),
    "southernafrica": (["Thandi", "Nomsa", "Grace"], ["Sipho", "Tendai", "Joao"], ["Ndlovu", "Dlamini", "Moyo", "Nkosi", "Sithole"], False),
    "hispanic": (["Maria", "Lucia", "Camila", "Valentina"], ["Carlos", "Jorge", "Diego", "Andres"],
                 ["Gonzalez", "Rodriguez", "Martinez", "Herrera", "Castillo", "Vargas"], False),
    "brazilian": (["Ana", "Juliana", "Fernanda"], ["Joao", "Paulo", "Rafael"], ["Silva", "Santos", "Oliveira", "Souza", "Pereira"], False),
}
NAME_POOL_OF = {
    "france": "french", "belgium": "french", "senegal": "westafrica", "germany": "german", "austria": "german",
    "switzerland": "german", "italy": "southeurope", "spain": "southeurope", "portugal": "southeurope",
    "sweden": "nordic", "norway": "nordic", "denmark": "nordic", "finland": "nordic", "netherlands": "nordic",
    "greece": "greek", "cyprus": "greek", "russia": "eastslav", "ukraine": "eastslav", "belarus": "eastslav",
    "moldova": "eastslav", "georgia": "georgian", "armenia": "armenian", "azerbaijan": "azeri",
    "kazakhstan": "centralasia", "uzbekistan": "centralasia", "israel": "hebrew", "iran": "persian",
    "afghanistan": "persian", "afghanistan_t": "persian", "turkey": "turkish", "india": "indian", "nepal": "indian",
    "sri_lanka": "indian", "pakistan": "pakistani", "bangladesh": "pakistani", "china": "chinese", "taiwan": "chinese",
    "singapore": "chinese", "japan": "japanese", "south_korea": "korean", "north_korea": "korean",
    "vietnam": "vietnamese", "philippines": "filipino", "indonesia": "malay", "malaysia": "malay", "thailand": "thai",
    "cambodia": "khmer", "myanmar": "burmese", "kenya": "eastafrica", "uganda": "eastafrica", "south_sudan": "eastafrica",
    "somalia": "somali", "ethiopia": "horn", "eritrea": "horn", "drc": "centralafrica", "rwanda": "centralafrica",
    "cameroon": "centralafrica", "south_africa": "southernafrica", "zimbabwe": "southernafrica",
    "mozambique": "southernafrica", "angola": "southernafrica", "brazil": "brazilian",
}
REGION_POOL = {"anglo": "anglo", "europe": "ceurope", "slavic": "eastslav", "mideast": "arabic", "southasia": "indian",
               "eastasia": "chinese", "africa": "westafrica", "latam": "hispanic"}

# Countries whose trade and student statistics would be implausible in routine background lines.
ISOLATED = {"north_korea", "afghanistan_t"}
# Major economies and donors, which do not take loans, food aid or debt relief from others.
MAJOR = {"usa", "china", "russia", "india", "japan", "germany", "uk", "france", "brazil"}
# Countries with ballistic missile programmes that feature in the news.
MISSILE_STATES = {"north_korea", "iran", "russia", "china", "india", "pakistan", "usa", "israel", "south_korea", "turkey"}
# The New World, where old towns, sieges and medieval cathedrals would be out of place.
NEW_WORLD = {"usa", "canada", "australia", "new_zealand"}

# Where the money is: cities named in business news when the capital is not the economic centre.
ECONOMIC_CITY = {"usa": "New York", "israel": "Tel Aviv", "turkey": "Istanbul", "brazil": "Sao Paulo", "australia": "Sydney",
                 "canada": "Toronto", "china": "Shanghai", "india": "Mumbai", "pakistan": "Karachi", "nigeria": "Lagos",
                 "south_africa": "Johannesburg", "switzerland": "Zurich", "kazakhstan": "Almaty",
                 "vietnam": "Ho Chi Minh City", "uae": "Dubai", "morocco": "Casablanca", "ecuador": "Guayaquil",
                 "new_zealand": "Auckland", "cameroon": "Douala", "myanmar": "Yangon", "tanzania": "Dar es Salaam",
                 "germany": "Frankfurt", "italy": "Milan", "netherlands": "Amsterdam", "bolivia": "Santa Cruz"}

# Exporters of natural gas by pipeline or tanker.
GAS_EXPORTERS = {"russia", "qatar", "algeria", "norway", "usa", "iran", "azerbaijan", "nigeria", "australia", "egypt"}
# States whose weapons sites have been the subject of international inspections.
INSPECTED = {"iran", "north_korea", "syria", "iraq", "libya"}
SOUTHERN = {"australia", "new_zealand", "argentina", "brazil", "chile", "south_africa", "zimbabwe", "mozambique",
            "angola", "peru", "bolivia"}

# Seaports, for sentences about harbors and coasts (landlocked states have none).
PORTS = {"usa": ["Norfolk", "San Diego", "Baltimore"], "russia": ["Novorossiysk", "Vladivostok", "Murmansk"],
         "china": ["Xiamen", "Qingdao", "Ningbo"], "uk": ["Portsmouth", "Southampton", "Plymouth"],
         "france": ["Marseille", "Brest", "Le Havre"], "germany": ["Hamburg", "Kiel", "Rostock"],
         "japan": ["Nagasaki", "Yokohama", "Kobe"], "india": ["Mumbai", "Chennai", "Kochi"], "pakistan": ["Karachi", "Gwadar"],
         "iran": ["Bandar Abbas", "Bushehr"], "israel": ["Haifa", "Ashdod", "Eilat"], "ukraine": ["Odesa", "Mykolaiv", "Izmail"],
         "turkey": ["Izmir", "Mersin", "Trabzon"], "syria": ["Latakia", "Tartus"], "iraq": ["Basra", "Umm Qasr"],
         "saudi": ["Jeddah", "Dammam", "Yanbu"], "yemen": ["Aden", "Hodeidah", "Mukalla"], "egypt": ["Alexandria", "Port Said"],
         "lebanon": ["Tyre", "Sidon"], "jordan": ["Aqaba"], "qatar": ["Ras Laffan", "Al Wakrah"], "uae": ["Dubai", "Fujairah"],
         "kuwait": ["Shuwaikh"], "oman": ["Salalah", "Sohar"], "bahrain": ["Muharraq"], "libya": ["Benghazi", "Misrata"],
         "tunisia": ["Sfax", "Bizerte"], "algeria": ["Oran", "Annaba"], "morocco": ["Tangier", "Agadir"],
         "sudan": ["Port Sudan"], "eritrea": ["Massawa", "Assab"], "somalia": ["Kismayo", "Barawe"], "kenya": ["Mombasa", "Lamu"],
         "nigeria": ["Lagos", "Port Harcourt"], "south_africa": ["Durban", "Cape Town"], "brazil": ["Santos", "Salvador"],
         "argentina": ["Mar del Plata", "Ushuaia"], "mexico": ["Veracruz", "Manzanillo"], "colombia": ["Cartagena", "Buenaventura"],
         "venezuela": ["Puerto Cabello", "Maracaibo"], "guyana": ["Georgetown"], "cuba": ["Santiago de Cuba", "Cienfuegos"],
         "canada": ["Halifax", "Vancouver"], "australia": ["Darwin", "Fremantle"], "new_zealand": ["Auckland", "Lyttelton"],
         "indonesia": ["Surabaya", "Makassar"], "philippines": ["Subic", "Puerto Princesa", "Cebu"],
         "vietnam": ["Haiphong", "Da Nang"], "thailand": ["Laem Chabang", "Trat"], "cambodia": ["Sihanoukville", "Kep"],
         "myanmar": ["Sittwe", "Yangon"], "malaysia": ["Penang", "Port Klang"], "south_korea": ["Busan", "Incheon"],
         "north_korea": ["Wonsan", "Nampo"], "taiwan": ["Kaohsiung", "Keelung"], "bangladesh": ["Chittagong", "Mongla"],
         "sri_lanka": ["Galle", "Trincomalee"], "georgia": ["Poti", "Batumi"], "azerbaijan": ["Baku"], "poland": ["Gdansk", "Szczecin"],
         "lithuania": ["Klaipeda"], "latvia": ["Liepaja", "Ventspils"], "estonia": ["Paldiski", "Parnu"], "finland": ["Kotka", "Turku"],
         "sweden": ["Gothenburg", "Karlskrona"], "norway": ["Bergen", "Kirkenes"], "denmark": ["Aarhus", "Esbjerg"],
         "netherlands": ["Rotterdam", "Den Helder"], "belgium": ["Antwerp", "Zeebrugge"], "italy": ["Genoa", "Naples"],
         "spain": ["Valencia", "Algeciras"], "greece": ["Piraeus", "Thessaloniki"], "cyprus": ["Limassol", "Larnaca"],
         "croatia": ["Split", "Rijeka"], "romania": ["Constanta"], "portugal": ["Porto", "Sines"], "peru": ["Callao"],
         "chile": ["Valparaiso", "Antofagasta"], "ecuador": ["Guayaquil", "Manta"], "angola": ["Lobito", "Luanda"],
         "mozambique": ["Beira", "Nacala"], "ghana": ["Tema", "Takoradi"], "senegal": ["Dakar"], "cameroon": ["Douala", "Kribi"],
         "singapore": ["Singapore"]}
# Regional organisations that suspend members, and who their members are.
MEMBERS = {"au": lambda a: a.kind == "state" and a.region == "africa" and a.key not in ("morocco",),
           "arab_league": lambda a: a.key in ("syria", "libya", "egypt", "iraq", "yemen", "sudan", "lebanon", "jordan",
                                              "tunisia", "algeria", "morocco", "saudi", "qatar", "uae", "kuwait", "oman",
                                              "bahrain", "somalia", "palestine"),
           "asean": lambda a: a.key in ("myanmar", "cambodia", "thailand", "vietnam", "philippines", "indonesia", "malaysia",
                                        "singapore")}
# Air forces that fly long-range bombers.
BOMBER_STATES = {"usa", "russia", "china"}

# Countries whose towns commonly sit on high plateaus.
HIGHLANDS = {"ethiopia", "eritrea", "kenya", "yemen", "iran", "afghanistan", "afghanistan_t", "armenia", "bolivia", "peru",
             "ecuador", "colombia", "mexico", "nepal", "south_africa", "zimbabwe", "rwanda", "pakistan", "turkey"}

# ---------------------------------------------------------------------------
# Dyads: (source, target, from, until, theme, third parties, options).
# Themes: conflict (fighting), tension (hostile, mostly verbal and coercive),
# diplomacy (negotiation) and cooperation.  Options:
#   f, r     kinds of violence possible with A (f) or B (r) as the attacker:
#            w war of manoeuvre (towns captured), g ground combat along a line,
#            s stand-off strikes, a insurgent attacks, x mass violence
#   towns    battlefield towns per actor (used in sentences about the fighting)
#   nb, sea  land neighbours / facing each other at sea; isl an island or
#            maritime-boundary dispute; riv a shared river; terr a territorial
#            dispute; kin a kin minority across the border
#   hi       a tension with a military edge (alerts, drills, warnings of force)
#   norel    no (or broken) diplomatic relations: no embassies to storm or
#            diplomats to expel, and leaders meet only in a diplomacy phase
#   direct   an armed group that negotiates face to face with the state
# ---------------------------------------------------------------------------
SCENARIOS = [
    ("russia", "ukraine", "2014-03-01", "2015-02-28", "conflict", ["osce", "eu", "germany", "france"],
     dict(terr=1, nb=1, sea=1, f="wgs", r="", towns={"ukraine": ["Donetsk", "Luhansk", "Debaltseve", "Mariupol", "Sloviansk", "Ilovaisk"]})),
    ("russia", "ukraine", "2022-02-24", "2025-12-31", "conflict", ["un", "turkey", "iaea", "eu"],
     dict(terr=1, nb=1, sea=1, f="wgsx", r="s")),
    ("ukraine", "russia", "2023-06-01", "2025-12-31", "conflict", ["un", "usa", "nato"],
     dict(terr=1, nb=1, sea=1, f="s", r="wgsx")),
    ("russia", "ukraine", "2005-12-01", "2009-01-31", "tension", ["eu", "germany", "poland"], dict(kin=1, nb=1, sea=1)),
    ("russia", "georgia", "2008-08-07", "2008-09-30", "conflict", ["eu", "france", "osce"],
     dict(terr=1, nb=1, sea=1, f="wgs", r="g", towns={"georgia": ["Gori", "Tskhinvali", "Zugdidi", "Poti", "Senaki"]})),
    ("russia", "georgia", "2006-09-27", "2008-08-06", "tension", ["osce", "usa", "eu"], dict(terr=1, kin=1, hi=1, nb=1, sea=1)),
    ("israel", "hamas", "2008-12-27", "2009-01-18", "conflict", ["egypt", "un", "arab_league"], dict(nb=1, f="wgs", r="s")),
    ("israel", "hamas", "2012-11-14", "2012-11-21", "conflict", ["egypt", "un", "usa"], dict(nb=1, f="s", r="s")),
    ("israel", "hamas", "2014-07-08", "2014-08-26", "conflict", ["egypt", "un", "qatar"], dict(nb=1, f="wgs", r="s")),
    ("hamas", "israel", "2021-05-10", "2021-05-21", "conflict", ["egypt", "un", "usa"], dict(nb=1, f="s", r="s")),
    ("israel", "hamas", "2023-10-07", "2025-10-09", "conflict", ["egypt", "qatar", "un", "usa", "icrc"],
     dict(nb=1, sea=1, f="wgsx", r="sax")),
    ("israel", "hezbollah", "2006-07-12", "2006-08-14", "conflict", ["un", "lebanon", "france"], dict(nb=1, f="wgs", r="gs")),
    ("israel", "hezbollah", "2023-10-08", "2024-11-26", "conflict", ["un", "france", "usa", "lebanon"], dict(nb=1, f="wgs", r="gs")),
    ("israel", "iran", "2024-04-01", "2024-10-31", "conflict", ["usa", "un", "jordan"], dict(norel=1, f="s", r="s")),
    ("israel", "iran", "2025-06-13", "2025-06-24", "conflict", ["usa", "iaea", "qatar"], dict(norel=1, f="s", r="s")),
    ("israel", "iran", "2010-01-01", "2023-09-30", "tension", ["iaea", "usa", "un"], dict(norel=1, hi=1)),
    ("india", "pakistan", "2016-09-18", "2016-11-30", "conflict", ["un", "china", "usa"],
     dict(terr=1, nb=1, sea=1, f="g", r="g", towns={"india": ["Uri", "Jammu", "Poonch", "Kupwara"], "pakistan": ["Muzaffarabad", "Kotli", "Bhimber", "Sialkot"]})),
    ("india", "pakistan", "2019-02-14", "2019-03-15", "conflict", ["un", "usa", "saudi"],
     dict(terr=1, nb=1, sea=1, f="gs", r="gs", towns={"india": ["Rajouri", "Poonch", "Nowshera", "Jammu"], "pakistan": ["Balakot", "Muzaffarabad", "Kotli", "Bhimber"]})),
    ("india", "pakistan", "2025-04-22", "2025-05-20", "conflict", ["usa", "saudi", "un", "iran"],
     dict(terr=1, nb=1, sea=1, f="gs", r="gs", towns={"india": ["Poonch", "Jammu", "Amritsar", "Srinagar", "Rajouri"], "pakistan": ["Bahawalpur", "Muridke", "Muzaffarabad", "Kotli", "Sialkot"]})),
    ("india", "pakistan", "2004-01-06", "2008-11-25", "diplomacy", ["usa", "un"], dict(terr=1, riv=1, nb=1, sea=1)),
    ("india", "pakistan", "2008-11-26", "2009-06-30", "tension", ["usa", "uk", "un"], dict(terr=1, riv=1, hi=1, nb=1, sea=1)),
    ("china", "india", "2020-05-05", "2020-09-30", "tension", ["russia", "usa"], dict(terr=1, hi=1, nb=1)),
    ("china", "india", "2017-06-16", "2017-08-28", "tension", ["usa", "russia"], dict(terr=1, riv=1, hi=1, nb=1)),
    ("china", "india", "2024-10-21", "2025-12-31", "diplomacy", ["russia"], dict(riv=1, nb=1)),
    ("saudi", "houthis", "2015-03-26", "2022-04-01", "conflict", ["un", "oman", "kuwait", "usa"],
     dict(nb=1, f="gs", r="gs", towns={"saudi": ["Jizan", "Najran", "Abha", "Khamis Mushait"]})),
    ("usa", "houthis", "2024-01-11", "2025-05-06", "conflict", ["oman", "uk", "un"], dict(f="s", r="")),
    ("houthis", "israel", "2023-10-19", "2025-10-09", "conflict", ["un", "oman"],
     dict(f="s", r="s", towns={"israel": ["Eilat", "Tel Aviv", "Jerusalem", "Ashkelon"]})),
    ("turkey", "pkk", "2000-01-01", "2012-12-31", "conflict", ["iraq", "eu"],
     dict(direct=1, f="gs", r="ga", towns={"pkk": ["the Qandil mountains", "Hakkari", "Sirnak", "Cukurca", "Semdinli"]})),
    ("turkey", "pkk", "2015-07-24", "2025-02-26", "conflict", ["iraq", "eu", "usa"],
     dict(f="gs", r="ga", towns={"pkk": ["the Qandil mountains", "Cizre", "Sirnak", "Hakkari", "Sur"]})),
    ("nigeria", "boko_haram", "2009-07-26", "2025-12-31", "conflict", ["chad", "niger", "au", "un"],
     dict(f="wgs", r="gax", towns={"nigeria": ["Maiduguri", "Damaturu", "Yola", "Potiskum", "Konduga", "Biu"]})),
    ("somalia", "al_shabaab", "2007-01-01", "2025-12-31", "conflict", ["au", "kenya", "un", "usa"], dict(f="wgs", r="gawx")),
    ("kenya", "al_shabaab", "2011-10-16", "2025-12-31", "conflict", ["somalia", "au"],
     dict(f="gs", r="ax", towns={"kenya": ["Garissa", "Lamu", "Mandera", "Wajir", "Mpeketoni"],
                                "al_shabaab": ["Kismayo", "Afmadow", "Bardhere", "Jilib", "Beled Hawo"]})),
    ("afghanistan", "taliban", "2003-01-01", "2021-08-14", "conflict", ["usa", "pakistan", "un", "nato"], dict(direct=1, f="wgs", r="gaw")),
    ("usa", "taliban", "2001-10-07", "2018-12-31", "conflict", ["pakistan", "uk", "nato"], dict(f="wgs", r="")),
    ("usa", "taliban", "2019-01-01", "2020-02-29", "diplomacy", ["qatar", "pakistan"], dict(direct=1, norel=1)),
    ("iraq", "islamic_state", "2014-06-01", "2017-12-09", "conflict", ["usa", "iran", "un", "turkey"], dict(f="wgs", r="gawx")),
    ("syria", "fsa", "2011-08-01", "2016-12-22", "conflict", ["russia", "turkey", "un", "arab_league", "iran"], dict(f="wgsx", r="gaw")),
    ("syria", "hts", "2017-02-01", "2024-12-07", "conflict", ["russia", "turkey", "un"], dict(f="wgsx", r="gaw")),
    ("colombia", "farc", "2000-01-01", "2012-08-31", "conflict", ["venezuela", "cuba", "un"],
     dict(direct=1, f="gs", r="ga", towns={"colombia": ["Cali", "Popayan", "Toribio", "Florencia", "Neiva", "Tumaco"]})),
    ("colombia", "farc", "2012-09-01", "2016-11-24", "diplomacy", ["cuba", "norway", "un"], dict(direct=1)),
    ("drc", "m23", "2012-05-01", "2013-11-07", "conflict", ["un", "uganda", "au"],
     dict(direct=1, f="gs", r="gaw", towns={"drc": ["Goma", "Sake", "Rutshuru", "Kiwanja", "Kibumba"]})),
    ("m23", "drc", "2022-03-01", "2025-12-31", "conflict", ["un", "au", "qatar", "angola"],
     dict(direct=1, f="gawx", r="gs", towns={"drc": ["Goma", "Bukavu", "Sake", "Rutshuru", "Minova", "Kiwanja"]})),
    ("drc", "rwanda", "2022-05-01", "2025-12-31", "tension", ["au", "qatar", "usa", "angola"], dict(hi=1, nb=1)),
    ("sudan", "rsf", "2023-04-15", "2025-12-31", "conflict", ["saudi", "usa", "au", "un", "egypt"], dict(direct=1, f="wgs", r="wgsax")),
    ("ethiopia", "tplf", "2020-11-04", "2022-11-02", "conflict", ["au", "kenya", "usa", "un"],
     dict(direct=1, f="wgsx", r="gwx", towns={"ethiopia": ["Dessie", "Kombolcha", "Gondar", "Lalibela", "Woldiya", "Debre Tabor"]})),
    ("ethiopia", "eritrea", "2000-01-01", "2000-06-18", "conflict", ["un", "usa"],
     dict(terr=1, nb=1, f="wgs", r="g", towns={"eritrea": ["Barentu", "Badme", "Zalambessa", "Tesseney", "Senafe"],
                                        "ethiopia": ["Zalambessa", "Badme", "Humera", "Adigrat"]})),
    ("ethiopia", "eritrea", "2018-06-05", "2018-12-31", "diplomacy", ["uae", "saudi", "un"], dict(terr=1, nb=1)),
    ("azerbaijan", "armenia", "2020-09-27", "2020-11-10", "conflict", ["russia", "osce", "france", "turkey"],
     dict(terr=1, norel=1, nb=1, f="wgs", r="gs", towns={"armenia": ["Stepanakert", "Shusha", "Hadrut", "Martuni", "Lachin"],
                                         "azerbaijan": ["Ganja", "Tartar", "Barda", "Fuzuli"]})),
    ("azerbaijan", "armenia", "2023-09-19", "2023-10-15", "conflict", ["russia", "eu", "un"],
     dict(terr=1, norel=1, nb=1, f="wgs", r="", towns={"armenia": ["Stepanakert", "Martuni", "Askeran", "Martakert"]})),
    ("armenia", "azerbaijan", "2024-01-01", "2025-08-31", "diplomacy", ["usa", "eu", "russia"], dict(terr=1, kin=1, norel=1, nb=1)),
    ("thailand", "cambodia", "2011-02-04", "2011-05-05", "conflict", ["asean", "indonesia", "un"],
     dict(terr=1, nb=1, f="g", r="g", towns={"thailand": ["Si Sa Ket", "Kantharalak", "Surin", "Phanom Dong Rak"],
                                      "cambodia": ["Preah Vihear", "Oddar Meanchey", "Anlong Veng", "Samraong"]})),
    ("cambodia", "thailand", "2025-07-24", "2025-08-20", "conflict", ["malaysia", "asean", "usa", "china"],
     dict(terr=1, nb=1, f="gs", r="gs", towns={"thailand": ["Si Sa Ket", "Kantharalak", "Surin", "Ubon Ratchathani"],
                                        "cambodia": ["Preah Vihear", "Oddar Meanchey", "Samraong", "Anlong Veng"]})),
    ("usa", "iraq", "2003-03-20", "2003-04-20", "conflict", ["uk", "un", "arab_league"],
     dict(norel=1, f="wgs", r="", towns={"iraq": ["Baghdad", "Basra", "Nasiriyah", "Najaf", "Karbala", "Tikrit"]})),
    ("france", "libya", "2011-03-19", "2011-08-22", "conflict", ["un", "arab_league", "au", "nato"],
     dict(f="s", r="", towns={"libya": ["Sirte", "Brega", "Zawiya", "Bani Walid", "Sabha"]})),
    ("pakistan", "ttp", "2008-01-01", "2025-12-31", "conflict", ["afghanistan", "usa", "china"],
     dict(direct=1, f="wgs", r="gax", towns={"pakistan": ["Peshawar", "Quetta", "Bannu", "Dera Ismail Khan", "Lahore"]})),
    ("philippines", "abu_sayyaf", "2000-01-01", "2017-12-31", "conflict", ["usa", "malaysia"],
     dict(f="gs", r="ga", towns={"philippines": ["Zamboanga", "Jolo", "Isabela City", "Cotabato", "Lamitan"]})),
    ("usa", "iran", "2025-06-21", "2025-06-24", "conflict", ["qatar", "iaea", "israel"],
     dict(norel=1, f="s", r="", towns={"iran": ["Fordow", "Natanz", "Isfahan"]})),
    ("usa", "iran", "2002-01-29", "2013-06-30", "tension", ["iaea", "eu", "un", "russia"], dict(norel=1, hi=1, sea=1)),
    ("usa", "iran", "2013-09-27", "2015-07-14", "diplomacy", ["eu", "oman", "russia", "iaea"], dict(norel=1)),
    ("usa", "iran", "2018-05-08", "2025-06-12", "tension", ["oman", "qatar", "iaea", "eu"], dict(norel=1, hi=1, sea=1)),
    ("eu", "iran", "2003-10-21", "2005-08-08", "diplomacy", ["uk", "france", "germany", "iaea"], dict()),
    ("usa", "north_korea", "2002-10-01", "2017-12-31", "tension", ["china", "south_korea", "un", "japan"], dict(norel=1, hi=1)),
    ("usa", "north_korea", "2018-03-08", "2019-06-30", "diplomacy", ["south_korea", "china", "singapore"], dict(norel=1)),
    ("north_korea", "south_korea", "2002-01-01", "2017-12-31", "tension", ["china", "usa", "un"], dict(norel=1, hi=1, nb=1, sea=1)),
    ("north_korea", "south_korea", "2022-05-10", "2025-12-31", "tension", ["usa", "japan", "un"], dict(norel=1, hi=1, nb=1, sea=1)),
    ("south_korea", "north_korea", "2018-01-01", "2018-12-31", "diplomacy", ["usa", "china"], dict(norel=1, nb=1, sea=1)),
    ("china", "taiwan", "2000-05-20", "2025-12-31", "tension", ["usa", "japan"], dict(terr=1, norel=1, hi=1, sea=1)),
    ("china", "japan", "2010-09-07", "2014-11-30", "tension", ["usa", "south_korea"], dict(terr=1, hi=1, isl=1, sea=1)),
    ("china", "japan", "2025-11-07", "2025-12-31", "tension", ["usa", "un"], dict(isl=1, sea=1)),
    ("china", "philippines", "2012-04-08", "2016-07-31", "tension", ["asean", "usa", "japan"], dict(terr=1, hi=1, isl=1, sea=1)),
    ("china", "philippines", "2023-02-01", "2025-12-31", "tension", ["asean", "usa", "japan"], dict(terr=1, hi=1, isl=1, sea=1)),
    ("china", "vietnam", "2014-05-01", "2014-07-31", "tension", ["asean", "usa"], dict(terr=1, riv=1, hi=1, isl=1, nb=1, sea=1)),
    ("usa", "china", "2018-03-22", "2020-01-15", "tension", ["eu", "japan"], dict()),
    ("usa", "china", "2025-02-01", "2025-11-15", "tension", ["eu", "japan", "malaysia"], dict()),
    ("usa", "china", "2009-01-20", "2016-12-31", "diplomacy", ["un", "japan"], dict()),
    ("uk", "russia", "2006-11-23", "2007-12-31", "tension", ["eu", "usa"], dict()),
    ("uk", "russia", "2018-03-04", "2018-12-31", "tension", ["eu", "usa", "nato"], dict()),
    ("eu", "russia", "2014-03-17", "2025-12-31", "tension", ["usa", "ukraine", "uk"], dict(hi=1)),
    ("usa", "russia", "2014-03-01", "2025-01-19", "tension", ["eu", "uk", "nato"], dict(hi=1)),
    ("usa", "russia", "2009-03-06", "2011-12-31", "diplomacy", ["eu", "nato"], dict()),
    ("usa", "russia", "2025-02-12", "2025-12-31", "diplomacy", ["saudi", "ukraine", "turkey"], dict()),
    ("usa", "venezuela", "2015-03-09", "2025-12-31", "tension", ["colombia", "brazil", "cuba"], dict(norel=1, hi=1, sea=1)),
    ("colombia", "venezuela", "2008-03-01", "2010-08-06", "tension", ["brazil", "ecuador", "cuba"], dict(hi=1, nb=1)),
    ("venezuela", "guyana", "2023-09-01", "2025-12-31", "tension", ["brazil", "usa", "un"], dict(terr=1, hi=1, nb=1, sea=1)),
    ("saudi", "qatar", "2017-06-05", "2021-01-04", "tension", ["kuwait", "usa", "oman", "turkey"], dict(norel=1, nb=1, sea=1)),
    ("saudi", "qatar", "2021-01-05", "2025-12-31", "cooperation", ["kuwait", "usa"], dict(norel=1, nb=1, sea=1)),
    ("saudi", "iran", "2016-01-02", "2023-03-09", "tension", ["iraq", "oman", "kuwait"], dict(norel=1, hi=1, sea=1)),
    ("saudi", "iran", "2023-03-10", "2025-12-31", "diplomacy", ["china", "iraq", "oman"], dict(norel=1, sea=1)),
    ("turkey", "greece", "2000-01-01", "2025-12-31", "tension", ["eu", "nato", "cyprus"], dict(terr=1, kin=1, hi=1, isl=1, nb=1, sea=1)),
    ("serbia", "kosovo", "2008-02-17", "2025-12-31", "tension", ["eu", "nato", "usa"], dict(terr=1, kin=1, norel=1, hi=1, nb=1)),
    ("algeria", "morocco", "2021-08-24", "2025-12-31", "tension", ["spain", "france", "arab_league"], dict(terr=1, norel=1, nb=1)),
    ("egypt", "ethiopia", "2011-04-02", "2025-12-31", "tension", ["au", "sudan", "usa"], dict(riv=1)),
    ("belarus", "poland", "2021-06-01", "2025-12-31", "tension", ["eu", "lithuania", "russia"], dict(hi=1, nb=1)),
    ("russia", "estonia", "2007-04-26", "2007-06-30", "tension", ["eu", "nato"], dict(kin=1, nb=1, sea=1)),
    ("russia", "finland", "2023-04-04", "2025-12-31", "tension", ["nato", "eu", "estonia"], dict(hi=1, nb=1, sea=1)),
    ("japan", "south_korea", "2019-07-01", "2020-12-31", "tension", ["usa"], dict(isl=1, sea=1)),
    ("north_korea", "japan", "2002-09-17", "2025-12-31", "tension", ["usa", "south_korea", "un"], dict(norel=1, hi=1, sea=1)),
    ("usa", "cuba", "2001-01-20", "2014-12-16", "tension", ["canada", "mexico", "un"], dict(norel=1, sea=1)),
    ("usa", "cuba", "2014-12-17", "2016-12-31", "diplomacy", ["canada", "un"], dict(norel=1, sea=1)),
    ("israel", "turkey", "2010-05-31", "2016-06-27", "tension", ["usa", "un"], dict()),
    ("turkey", "russia", "2015-11-24", "2016-06-26", "tension", ["nato", "azerbaijan"], dict(hi=1, sea=1)),
    ("turkey", "russia", "2016-08-09", "2021-12-31", "cooperation", ["iran", "kazakhstan"], dict(sea=1)),
    ("australia", "china", "2020-04-01", "2022-05-31", "tension", ["usa", "new_zealand"], dict()),
    ("canada", "india", "2023-09-18", "2025-04-30", "tension", ["usa", "uk", "australia"], dict()),
    ("china", "canada", "2018-12-01", "2021-09-25", "tension", ["usa"], dict()),
    ("pakistan", "afghanistan_t", "2021-09-01", "2025-12-31", "tension", ["qatar", "china", "turkey"], dict(hi=1, nb=1)),
    ("usa", "canada", "2025-02-01", "2025-12-31", "tension", ["mexico", "uk"], dict(nb=1)),
    ("usa", "south_africa", "2025-02-07", "2025-12-31", "tension", ["au", "eu"], dict()),
    ("mali", "france", "2021-05-24", "2022-08-15", "tension", ["au", "russia", "un"], dict()),
    ("niger", "france", "2023-07-26", "2023-12-22", "tension", ["au", "nigeria", "usa"], dict(hi=1)),
    ("germany", "france", "2000-01-01", "2025-12-31", "cooperation", ["eu", "poland"], dict(nb=1)),
    ("usa", "uk", "2000-01-01", "2025-12-31", "cooperation", ["nato", "france"], dict()),
    ("usa", "india", "2005-07-18", "2025-06-30", "cooperation", ["japan", "australia"], dict()),
    ("russia", "china", "2001-07-16", "2025-12-31", "cooperation", ["kazakhstan", "iran"], dict(nb=1)),
    ("china", "kenya", "2013-08-01", "2025-12-31", "cooperation", ["au", "ethiopia"], dict()),
    ("china", "ethiopia", "2010-01-01", "2025-12-31", "cooperation", ["au", "kenya"], dict()),
    ("china", "pakistan", "2013-05-01", "2025-12-31", "cooperation", ["iran", "russia"], dict(nb=1)),
    ("japan", "australia", "2007-03-13", "2025-12-31", "cooperation", ["usa", "india"], dict()),
    ("eu", "turkey", "2015-10-01", "2016-12-31", "diplomacy", ["germany", "greece"], dict()),
    ("israel", "uae", "2020-08-13", "2023-10-06", "cooperation", ["usa", "bahrain"], dict()),
    ("russia", "syria", "2015-09-30", "2024-12-07", "cooperation", ["iran", "turkey"], dict()),
    ("usa", "ukraine", "2022-02-24", "2024-12-31", "cooperation", ["nato", "uk", "poland"], dict()),
    ("eu", "ukraine", "2022-02-24", "2025-12-31", "cooperation", ["poland", "germany", "usa"], dict()),
    ("poland", "ukraine", "2022-02-24", "2025-12-31", "cooperation", ["eu", "lithuania"], dict(nb=1)),
    ("india", "japan", "2006-01-01", "2025-12-31", "cooperation", ["usa", "australia"], dict()),
    ("brazil", "argentina", "2003-05-25", "2023-12-09", "cooperation", ["chile", "mexico"], dict(nb=1)),
    ("brazil", "china", "2009-01-01", "2025-12-31", "cooperation", ["russia", "india"], dict()),
    ("usa", "vietnam", "2013-07-25", "2025-12-31", "cooperation", ["japan", "philippines"], dict()),
    ("south_korea", "japan", "2023-03-06", "2024-12-13", "cooperation", ["usa"], dict(sea=1)),
    ("japan", "philippines", "2016-01-01", "2025-12-31", "cooperation", ["usa", "australia"], dict(sea=1)),
    ("france", "uk", "2000-01-01", "2025-12-31", "cooperation", ["eu", "germany"], dict(sea=1)),
    ("turkey", "azerbaijan", "2003-10-31", "2025-12-31", "cooperation", ["georgia"], dict(nb=1)),
    ("israel", "palestine", "2007-11-27", "2008-12-26", "diplomacy", ["usa", "egypt", "eu"], dict(terr=1, norel=1, nb=1)),
    ("israel", "palestine", "2013-07-29", "2014-04-29", "diplomacy", ["usa", "jordan", "eu"], dict(terr=1, norel=1, nb=1)),
    ("usa", "mexico", "2001-01-20", "2016-12-31", "diplomacy", ["canada"], dict(nb=1)),
    ("usa", "mexico", "2025-01-20", "2025-12-31", "tension", ["canada"], dict(nb=1)),
    ("south_africa", "nigeria", "2009-05-09", "2025-12-31", "diplomacy", ["au", "ghana"], dict()),
    ("germany", "poland", "2004-05-01", "2025-12-31", "cooperation", ["eu", "france"], dict(nb=1)),
    ("egypt", "israel", "2000-01-01", "2023-10-06", "diplomacy", ["usa", "palestine"], dict(nb=1)),
    ("indonesia", "australia", "2013-11-18", "2014-08-28", "tension", ["usa"], dict(sea=1)),
    ("vietnam", "japan", "2014-01-01", "2025-12-31", "cooperation", ["asean"], dict()),
    ("kazakhstan", "china", "2013-09-07", "2025-12-31", "cooperation", ["russia", "uzbekistan"], dict(riv=1, nb=1)),
    ("russia", "belarus", "2000-01-01", "2025-12-31", "cooperation", ["kazakhstan"], dict(nb=1)),
    ("qatar", "afghanistan_t", "2021-09-01", "2025-12-31", "diplomacy", ["usa", "un"], dict()),
]

THEME_FAMILY_WEIGHTS = {
    "conflict":    {"01": 6, "02": 6, "03": 2, "04": 5, "05": 2, "06": 0, "07": 5, "08": 4, "09": 3, "10": 4,
                    "11": 8, "12": 4, "13": 6, "14": 2, "15": 6, "16": 3, "17": 4, "18": 10, "19": 16, "20": 14},
    "tension":     {"01": 7, "02": 5, "03": 2, "04": 5, "05": 1, "06": 0, "07": 1, "08": 2, "09": 5, "10": 7,
                    "11": 11, "12": 8, "13": 8, "14": 6, "15": 7, "16": 9, "17": 7, "18": 1, "19": 2},
    "diplomacy":   {"01": 9, "02": 7, "03": 9, "04": 13, "05": 9, "06": 5, "07": 4, "08": 6, "09": 2, "10": 3,
                    "11": 4, "12": 4, "13": 1, "14": 2, "15": 1, "16": 1, "17": 1},
    "cooperation": {"01": 6, "02": 4, "03": 9, "04": 11, "05": 10, "06": 12, "07": 8, "08": 3, "09": 2,
                    "11": 2, "12": 1, "14": 1},
}

# Kinds of background sentences an article of each theme draws on.
THEME_CATEGORY_WEIGHTS = {
    "conflict": {"background": 6, "human": 5, "quotes": 4, "analysis": 4, "hardneg": 2, "places": 2, "history": 2,
                 "weather": 1, "statistics": 1, "economy": 2, "health": 2},
    "tension": {"background": 4, "economy": 5, "analysis": 4, "quotes": 3, "hardneg": 4, "statistics": 2,
                "places": 1, "history": 1, "human": 2, "culture": 1, "sport": 1, "weather": 1, "health": 1},
    "diplomacy": {"background": 4, "economy": 4, "analysis": 3, "hardneg": 4, "quotes": 2, "culture": 2,
                  "history": 2, "places": 2, "statistics": 2, "sport": 1, "health": 1, "human": 1, "weather": 1},
    "cooperation": {"economy": 5, "background": 3, "culture": 2, "health": 3, "statistics": 2, "places": 2,
                    "hardneg": 3, "analysis": 2, "sport": 2, "history": 1, "human": 2, "weather": 1, "quotes": 1},
}
LEAD_FAMILIES = {
    "conflict": ["19", "19", "18", "20", "15", "13", "11", "02", "19", "18", "20", "20", "18"],
    "tension": ["11", "16", "13", "12", "10", "17", "15", "14", "09", "16"],
    "diplomacy": ["04", "04", "05", "03", "08", "02", "01", "04"],
    "cooperation": ["06", "05", "04", "07", "03", "04", "06"],
}

FAMILY_NAMES = {
    "01": "make public statement", "02": "appeal", "03": "express intent to cooperate", "04": "consult",
    "05": "engage in diplomatic cooperation", "06": "engage in material cooperation", "07": "provide aid",
    "08": "yield", "09": "investigate", "10": "demand", "11": "disapprove", "12": "reject",
    "13": "threaten", "14": "protest", "15": "exhibit force posture", "16": "reduce relations",
    "17": "coerce", "18": "assault", "19": "fight", "20": "use unconventional mass violence",
}

# ---------------------------------------------------------------------------
# Fillers
# ---------------------------------------------------------------------------
OUTLETS = ["The Halvard Courier", "Lodestar Wire", "The Kestrel Review", "Tidewater Chronicle",
           "Northwind Dispatch", "The Granary Journal", "Saltmarsh Observer", "Bellwether Press Agency",
           "The Stonebridge Gazette", "Corvid News Service", "The Lantern Herald", "Eastbrook Times",
           "Ridgeline Daily", "The Quayside Post", "Amberfield Bulletin", "The Compass Letter"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NUM_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]
ORDINALS = ["second", "third", "fourth", "fifth"]

# Topics of talks and disputes; "sea|", "nb|", "isl|", "h|" restrict them like template tags.
TOPICS = ["trade", "energy cooperation", "border security", "isl|the disputed maritime boundary", "riv|water rights",
          "migration", "arms control", "visa rules", "sea|fishing rights", "h|the exchange of prisoners",
          "nb|the reopening of border crossings", "gas transit fees", "nuclear safety", "counterterrorism",
          "h|the return of refugees", "h|airspace incidents", "tariffs on steel", "a long-delayed pipeline project",
          "isl|the status of the disputed islands", "h|compensation for seized property", "cyber security",
          "the protection of minorities", "terr|the demarcation of the border", "grain exports",
          "h|the withdrawal of foreign troops", "h|sanctions relief", "a free trade agreement",
          "h|the release of detained journalists", "military transparency", "climate finance",
          "investment protection", "student exchanges", "public health cooperation", "customs procedures"]
# Topics when one side is an armed group.
GROUP_TOPICS = ["a ceasefire", "a prisoner exchange", "the disarmament of fighters", "a political settlement",
                "humanitarian access", "the release of hostages", "the return of displaced families",
                "security guarantees for former fighters", "the reopening of roads"]
CROPS = ["wheat", "rice", "barley", "maize", "cotton", "sugar beet", "potatoes", "sunflower seeds", "olives", "tea"]
SECTORS = ["renewable energy", "ports and shipping", "railways", "agriculture", "telecommunications",
           "mining", "defense manufacturing", "pharmaceuticals", "information technology", "tourism",
           "oil refining", "shipbuilding", "higher education", "water management"]
COMMODITIES = ["wheat", "steel", "beef", "wine", "fertilizer", "coal", "seafood", "timber", "cotton",
               "rice", "aluminum", "palm oil", "poultry", "barley", "natural gas", "solar panels"]
VENUES = ["Geneva", "Vienna", "Doha", "Oslo", "Istanbul", "Helsinki", "Muscat", "Brussels", "Singapore",
          "Stockholm", "Abu Dhabi", "Jeddah", "Astana"]
SUMMITS = ["a regional security forum", "the UN General Assembly", "an international donors' conference",
           "a summit of Asian and European leaders", "an economic forum", "a conference on nuclear disarmament",
           "a regional leaders' summit", "an international conference on maritime security"]
DISASTERS = ["a powerful earthquake", "flash floods", "a ferry disaster", "a deadly landslide",
             "a cyclone", "a fire at a crowded market", "a mine collapse", "a train crash"]
WEAPONS = ["drones", "cruise missiles", "guided bombs", "ballistic missiles", "long-range rockets"]
TARGETS_MIL = ["an ammunition depot", "a command post", "a fuel storage site", "a radar station",
               "an airfield", "a weapons factory", "a supply route", "a training camp", "a bridge used by supply convoys"]
TARGETS_CIV = ["a power station", "a residential block", "a hospital", "a market", "a school",
               "a water treatment plant", "a railway station", "a grain terminal"]
OCCUPATIONS = ["nurse", "schoolteacher", "taxi driver", "shopkeeper", "retired engineer", "farmer",
               "student", "baker", "pharmacist", "construction worker", "fishmonger", "bus driver",
               "university lecturer", "market trader", "civil servant", "mechanic", "librarian", "chef"]

SPORTS_EVENTS = ["a World Cup qualifier", "the regional championship", "a friendly match", "the continental cup final",
                 "an Olympic qualifying tournament"]

# ---------------------------------------------------------------------------
# EVENT TEMPLATES, by CAMEO root.  A is the source, B the target, C a third
# party.  An optional prefix "tags|" restricts a template (all must hold):
#   c conflict articles only; h conflict or tension; p diplomacy or cooperation;
#   nc not cooperation; m military edge (conflict, or a dyad marked hi)
#   sa/sb A/B is a state; ga/gb A/B is an armed group; oa/ob A/B is not one;
#   ic C is an international organisation; cm B is a member of C
#   w/g/s/a/x the kind of violence must be open to A against B (see SCENARIOS)
#   nb, sea, isl, riv, terr, kin: the dyad option of that name is set
#   emb  the two have embassies (not norel); rel leaders meet (not norel, or in
#        a diplomacy phase); nr relations are being restored (norel); dir an
#        armed group involved negotiates directly
#   dem  A holds competitive elections; np A is not a high-income country;
#   bp   B is neither high-income nor a major power (loans, aid, arms);
#   am/bm A/B tests ballistic missiles; gx A exports gas; insp A's weapons
#        sites are inspected; bomb A flies long-range bombers; hl A is highland;
#   ns   neither side is isolated (trade, student figures); ow A is in the Old
#        World; bf A's own towns are under attack; r=x/y A lies in region x or y
# Slots: see Article.actor_slot() and Article.generic().
# ---------------------------------------------------------------------------
EVENT_TEMPLATES = {
"01": """
{A_leader} said {day} that relations with {B} were "moving in the right direction" despite lingering disagreements over {topic}.
Speaking to reporters in {A_city}, {A_fm} described the latest round of talks with {B} as difficult but useful.
{A_min} said in a statement {day} that it was studying a proposal from {B} on {topic} and would respond in due course.
sb,rel|{A_leader} expressed condolences to {B} after {disaster} killed dozens of people there last week.
m,h,sb|{A_cap} acknowledged {day} that one of its military drones had strayed into {B_poss} airspace, calling the incident a navigation error.
In a televised address, {A_leader} said {A} remained hopeful that its dispute with {B} over {topic} could be settled peacefully.
{A_spox} declined to comment on the latest proposal from {B}, saying only that it was being studied carefully.
{A_leader} voiced deep pessimism about the prospects of a deal with {B}, telling lawmakers that the gap between the two sides "remains very wide".
{A_fm} said {A} was cautiously optimistic that a new round of talks with {B} could produce an agreement on {topic} before the end of the year.
h,ob,emb|{A_gov} is considering whether to downgrade its diplomatic ties with {B}, {A_officials} said on condition of anonymity.
m,h,sb|{A_min} denied {day} that its aircraft had violated {B_poss} airspace, saying the flights had taken place over international waters.
h|Officials in {A_city} denied any involvement in the explosion in {B_town}, calling the allegations made by {B} "absurd and baseless".
p|{A_leader} laid a wreath at a war memorial in {B_city} {day}, a gesture widely seen as an effort to turn the page on decades of mistrust with {B}.
p|{A_fm} said {A} shared the concerns of {B} about the growing instability in the region and the flow of weapons across its borders.
sb|"We respect the choice made by the people of {B}," {A_leader} told a news conference, adding that {A_cap} was ready to work with any government they elect.
h|In a televised interview, {A_leader} said {A} would "never give up" its position in the dispute with {B}.
{A_leader} said in an interview published {day} that {A} had no intention of walking away from the talks with {B}, although progress had been slower than hoped.
c|{A_army} said {day} that its operations against {B} were proceeding "according to plan" and that further gains were expected within days.
{A_spox} said {A} had taken note of the statement from {B} and would not respond to what was called "provocative rhetoric".
c|{A_milspox} said {day} that {A} would hold its fire as long as {B} did the same.
{A_leader} called the talks with {B} "useful but incomplete".
{A_fm} said {day} that the position of {A} on {topic} had not changed, but that it was willing to listen to any serious proposal from {B}.
""",
"02": """
{A_leader} urged {B} {day} to return to the negotiating table and to resume the suspended talks on {topic}.
sa,sea|{A_gov} appealed to {B} to free the {nw} {A_sadj} sailors who have been held since their vessel was stopped last month.
c|In a letter to {C_leader}, {A_fm} asked {C} to send observers to monitor the fragile truce with {B}.
nb|{A_min} called on {B} to exercise restraint and to avoid any steps that could further inflame the situation along their common border.
sb,p|{A_gov} has formally asked {B} for emergency deliveries of fuel and grain to ease shortages that have left long queues outside bakeries in {A_city}.
sb|Prosecutors in {A_city} have asked {B} to extradite a businessman wanted on fraud and money-laundering charges, {A_officials} said {day}.
c|{A_fm} urged the authorities in {B_cap} to allow humanitarian agencies unhindered access to the areas worst affected by the fighting.
c|{C_leader} urged {A} and {B} {day} to agree to an immediate ceasefire and to open talks "without preconditions and without delay".
sb,emb|The appeal by {A} for {B} to reopen its embassy in {A_city} was made during a telephone call between the two foreign ministers {day}.
sa,sb|{A_gov} urged {B} to reconsider its decision to raise tariffs on {A_sadj} {commodity}, arguing that the measure would hurt producers in both countries.
sa,h|{A_officials} said {A} wanted {B} to hand over suspects in the bombing of a crowded market in {A_town}, which killed {n_dozen} people {recent_month}.
{A_cap} pressed {B} to allow an independent inquiry into the deaths of {nw} {A_sadj} citizens who were killed {recent_month}.
sb|{A_fm} made a fresh appeal to {B} to ratify the agreement on {topic}, which was signed in {past_my} but has yet to take effect.
m,h,sa|{A} requested an emergency meeting of the UN Security Council {day} to discuss what it described as repeated provocations by {B}.
c|"We call on {B} to stop the attacks immediately," {A_fm} said after meeting {C_leader}.
{A_leader} asked {C} to use its influence on {B} to secure the release of aid workers who were detained {recent_month}.
p,sb|{A_leader} urged {B} to open its markets to {A_sadj} {commodity}, saying the two economies could do far more together.
Families of the {nw} missing crew members joined {A_fm} in appealing to {B} for information about their fate.
c|{A_spox} appealed to {C} {day} to help evacuate wounded civilians from {A_town}, which has been cut off for weeks.
{A} urged {B} to show restraint {day}.
m,h|Through diplomatic channels, {A} has repeatedly asked {B} to explain the purpose of the military buildup, so far without receiving an answer, {A_officials} said.
""",
"03": """
sa,sb|{A} pledged {day} to deepen its economic ties with {B}, including joint investment in {sector} worth several billion dollars.
sb,p,bp|{A_leader} promised that {A} would provide {B} with additional air defense systems before the onset of winter.
{A_fm} said {A} was ready to resume negotiations with {B} on {topic} "at any moment, in any format".
nc|{C_leader} signaled a willingness to mediate between {A} and {B}, saying {C} had good relations with both sides.
nc|{C} has offered to host the next round of talks between {A} and {B}, diplomats familiar with the matter said.
p|{A_leader} vowed that {A} would stand by {B} "for as long as it takes", drawing a standing ovation from lawmakers.
p,sa,sb,emb|{A} intends to open a new consulate in {B_town} next year, {A_min} announced {day}.
sa,sb,sea|{A_officials} said they were prepared to release {nw} {B_sadj} fishermen if {B} agreed to return a seized {A_sadj} patrol boat.
oa,sb|{A_leader} said {A} would consider lifting some restrictions on imports from {B} if the talks continued to make progress.
oa,sb,bp|{A} pledged {mn} million dollars in reconstruction aid for {B} at a donors' conference in {venue} {day}.
{A_fm} assured {B_fm} that {A} remained committed to implementing the agreement reached in {past_my}.
p,oa,ob|{A_leader} invited {B_leader} to pay an official visit to {A_city} later this year, an invitation that was accepted in principle.
oa,sb|The promise by {A} to cut tariffs on goods from {B} was welcomed by exporters, who have complained for years about high duties.
sa,sb|{A_leader} said {A} would not block the bid by {B} to join the regional trade bloc, ending weeks of uncertainty.
sa,sb|{A_officials} said {A} hoped to sign a new defense cooperation accord with {B} before the end of the year.
m,sa,nb,h|If {B} pulls its forces back from the border, {A} will be ready to reopen the crossings within days, {A_leader} said {day}.
c,sb|{A} expressed readiness {day} to contribute troops to an international force that would help stabilize {B}.
p,sb|{A_gov} announced plans to double the number of scholarships available to students from {B} over the next five years.
c|{A_spox} said {A} was willing to discuss a humanitarian pause with {B} if mediators could guarantee safe passage for civilians.
nc|{C} offered {day} to mediate between {A} and {B}.
p,sa,sb|{A_leader} told a business forum in {A_city} that {A} wanted to double its trade with {B} within five years and would set up a joint investment fund to help achieve that goal.
""",
"04": """
rel,oa,ob|{A_leader} met {B_leader} in {venue} {day} for talks on {topic} and the wider security situation in the region.
p,rel,oa,ob,dir|{A_leader} and {B_leader} spoke by telephone {day}, discussing {topic} as well as plans for a summit {month_future}, {A_officials} said.
sb,rel|{A_fm} arrived in {B_city} {day} for a two-day visit aimed at repairing ties that have been strained by the dispute over {topic}.
nc,dir|The talks between {A} and {B} in {venue} ended {day} without a joint statement, but both delegations agreed to meet again next month.
p,oa,ob|{A_leader} hosted {B_leader} for a working dinner at the official residence in {A_city}, where the two discussed {topic} and investment.
dir|Delegations from {A} and {B} held a third round of negotiations on {topic} in {venue} {day}, according to a brief statement from the hosts.
rel,oa,ob|{B_leader} was received by {A_leader} in {A_city} {day}, and the two held talks that went on well into the evening.
rel|{A_fm} held talks with {B_fm} on the sidelines of {summit} {day}.
nc|Mediators from {C} shuttled between the {A_adj} and {B_adj} delegations in {venue} for a second straight day {day}.
nb,rel,oa,ob|During a phone call with {B_leader} {day}, {A_leader} discussed ways to ease tensions along the border and to expand trade.
sa,sb,rel|{A_defchief} began a three-day visit to {B} {day}, during which there are plans to tour a naval base and meet senior commanders.
dir|Senior officials from {A} and {B} met behind closed doors in {venue} {day} to prepare the ground for a possible meeting of their leaders.
sb,rel,oa|{A_leader} will travel to {B_city} next week for talks with {B_leader}, officials in both capitals confirmed {day}.
rel,dir|{A} and {B} agreed {day} to hold a summit in {venue} {month_future}.
c,g,dir|Military commanders from {A} and {B} held talks at a crossing point near {B_town} {day} to discuss the exchange of the bodies of fallen soldiers.
p|{A_leader} received a delegation from {B} led by {B_fm}, and the two sides discussed {topic} and cooperation in {sector}.
sb,rel|The visit by {A_fm} to {B_city}, which had been postponed twice, went ahead {day} amid tight security.
nc|{C} hosted indirect talks between {A} and {B} {day}, with mediators carrying messages between rooms in the same hotel.
dir|{A_officials} met their counterparts from {B} in {venue} {day} for what both sides called "frank and substantive" discussions on {topic}.
oa,rel,ob|{A_leader} sat down with {B_leader} for more than two hours {day}, far longer than the forty minutes originally planned.
rel|{A_fm} met {B_fm} in {venue} {day}.
rel,oa,ob|The meeting between {A_leader} and {B_leader}, held {day} in a villa outside {venue} and closed to the press, was the centerpiece of a week of intensive diplomacy.
""",
"05": """
{A_leader} praised {B} {day} for its "constructive role" in the negotiations on {topic}.
rel,dir|{A} and {B} signed an agreement on {topic} in {A_city} {day}, capping months of negotiations between their officials.
sa,c|{A_fm} thanked {B} for its help in evacuating {A_sadj} citizens from the conflict zone earlier this month.
p,sa,sb,nr|{A} and {B} agreed {day} to restore full diplomatic relations and to reopen their embassies within two months.
sa,sb,sea|{A_gov} apologized to {B} {day} for an incident in which one of its coast guard vessels fired warning shots at a {B_sadj} fishing boat.
sb|At a news conference in {A_city}, {A_fm} defended {B} against criticism of its handling of the refugee crisis.
{A_min} welcomed the decision by {B} to release the detained journalists, calling it "an important step in the right direction".
p|A joint declaration signed by {A_leader} and {B_leader} commits both countries to settling their disputes through dialogue.
sa,sb|{A} said {day} it would support the candidacy of {B} for a non-permanent seat on the UN Security Council.
dir|{A_leader} hailed the accord with {B} as "a historic step" that would benefit both peoples for generations.
The accord, which {A_fm} and {B_fm} initialed in {venue} {day}, sets out a timetable for the gradual lifting of trade barriers.
Praise for {B} also came from {A_leader}, who told reporters that {B_cap} had "kept every promise it made" since the talks began.
p,sb|{A_gov} congratulated {B} on its national day and expressed the hope that relations would continue to grow stronger.
p|{A} and {B} issued a joint statement {day} pledging to work together on {topic} and to coordinate positions at the United Nations.
{A_leader} described {B} as "a reliable partner" and thanked its government for its support during the recent crisis.
p,sa,sb|Under a memorandum signed {day}, {A} formally recognized the academic degrees and professional qualifications issued in {B}.
p|{A_gov} welcomed the decision by {B} to join the initiative on {topic}, saying it would give the effort new momentum.
c|{A_fm} thanked {C} for its efforts to broker a truce with {B}, saying the mediation had saved lives.
rel|{A} and {B} signed a cooperation agreement {day}.
p|In a speech to {A_parl}, {A_leader} thanked {B} for what was described as "steadfast friendship", singling out its help during {disaster} that struck the country {recent_month}.
""",
"06": """
p,sa,sb,sea|Warships from {A} and {B} began joint patrols in the waters off {B_town} {day} under an agreement signed last year.
sa,sb,nb|{A} agreed {day} to share intelligence with {B} on militant networks operating along their common border.
p,sa,sb,gx|Under the deal, {A} will supply {B} with natural gas for the next fifteen years at a price that was not disclosed.
sa,sb|Police from {A} and {B} carried out a joint operation against a people-smuggling network, arresting {n_dozen} suspects in both countries.
p,sa,sb|{A} extradited a {B_sadj} national wanted for a series of bank robberies to {B} {day}, {A_min} said.
p,sa,sb,bp|Engineers from {A} began work {day} on a railway line in {B} that is being financed with loans from {A_cap}.
p,sa,sb|Companies from {A} will build a {mn}-megawatt power plant near {B_town} under an agreement signed during the visit.
p,sa,sb|The armies of {A} and {B} held joint exercises near {B_town} {day}, practicing the evacuation of civilians from a disaster zone.
sa,sb,p,bp|{A} has begun training {B_sadj} pilots to fly the fighter jets it agreed to supply last year, officials in {A_city} said.
sa,sb,emb|{A} handed over {nw} suspects in the killing of a {B_sadj} diplomat to the authorities in {B_city} {day}.
p,sa,sb,nb|{A} and {B} agreed to link their electricity grids, a project that officials said would be completed within three years.
p,sa,sb|{A} resumed oil exports to {B} {day} after a pause of {nw} months, shipping data showed.
sa,sb|Investigators from {A} are working with their counterparts in {B} to trace the origin of the weapons seized at the port of {A_town}.
p,sa,sb,nb|Customs officials from {A} and {B} opened a joint checkpoint near {B_town} {day}, cutting waiting times for trucks at the border.
p,sa,sb|{A} opened its airspace to flights from {B} {day}, allowing airlines to shorten routes between the two countries.
sa,sb|Cooperation between {A} and {B} on counterterrorism has expanded sharply since {past_my}, when the two sides set up a joint intelligence center.
p,sa,sb|{A_sadj} and {B_sadj} scientists will jointly operate a research station in the Arctic under an agreement signed in {B_city}.
p,sa,sb|{A} agreed to buy {n_hundred} thousand tonnes of {commodity} from {B} over the next year, {A_min} said.
p,oa,sb,bp|{A} began transferring the first installment of a {bn} billion dollar loan to {B} {day}, officials in {B_city} said.
p,sa,sb,sea|{A_sadj} and {B_sadj} naval officers signed a protocol {day} on sharing information about vessels suspected of smuggling.
p,sa,sb|{A} and {B} held joint naval drills {day}.
p,sa,sb,bp|Under the agreement signed {day}, {A} will help {B} build and run a network of weather stations, train its forecasters and share satellite data free of charge for the next ten years.
""",
"07": """
oa,sb,bp|{A} sent {n_hundred} tonnes of food, medicine and tents to {B} {day} after {disaster} left thousands of families homeless.
sa,sb|A {A_sadj} military transport plane carrying medical supplies landed in {B_city} {day}, the first of several planned aid flights.
oa,sb,bp|{A} agreed to lend {B} {bn} billion dollars to help it cover its budget deficit and stabilize its currency.
sa,sb|Rescue teams from {A} arrived in {B} {day} to help search for survivors in the rubble of collapsed buildings in {B_town}.
h,sa,sb,bp|{A} has delivered {n_dozen} armored vehicles and several batteries of artillery to {B} since {recent_month_bare}, {A_defmin} said.
oa,sb,bp|Food aid from {A} reached {B_town} {day}, where local officials said stocks of flour had almost run out.
sa,sb,h|{A} granted asylum to a former {B_sadj} official who fled the country last month, {A_min} confirmed {day}.
sa,sb,p,bp|The {A_sadj} government approved a new package of military assistance for {B} worth {mn} million dollars {day}.
sa,sb,c|Doctors from {A} set up a field hospital near {B_town} {day} to treat people wounded in the fighting.
oa,sb,bp|{A} donated {nw} million doses of vaccine to {B} {day}, the largest single shipment it has sent abroad.
oa,sb|Aid from {A}, including generators, blankets and water purification units, was distributed in {B_town} {day}.
oa,sb,bp|{A} wrote off {mn} million dollars of debt owed by {B}, a move that {B_min} said would free money for schools and clinics.
oa,sb,bp|A convoy of {n_dozen} trucks carrying aid donated by {A} crossed into {B} {day}, aid officials said.
sa,sb|{A} will send a team of {n_dozen} engineers to help {B} repair the water network damaged by the floods, {A_officials} said.
oa,sb,bp|{A} provided {B} with {mn} million dollars in emergency funding to help feed refugees sheltering near the border.
oa,sb,bp|Under a program funded by {A}, more than {n_thousand} farmers in {B} received seeds and fertilizer ahead of the planting season.
c|{C} delivered {n_dozen} truckloads of medical supplies to hospitals in {B_town} {day}, the first aid to reach the area in weeks.
oa,sb|{A} sent emergency aid to {B} {day}.
""",
"08": """
{A} released {nw} {B_sadj} prisoners {day} in what {A_officials} described as a goodwill gesture.
sa,sb|{A} lifted its ban on imports of {B_sadj} {commodity} {day}, ending a dispute that had lasted more than a year.
c,g|Troops from {A} began withdrawing from positions near {B_town} {day}, in line with the terms of the ceasefire agreement.
sa,h,insp|{A} agreed {day} to allow international inspectors to visit the disputed site, a key demand of {B}.
sa,sb,sea|{A} handed back {nw} {B_sadj} fishing boats seized last month, along with their crews, {A_officials} said.
p,sa,sb|{A_gov} eased visa requirements for citizens of {B} {day}, allowing them to stay for up to ninety days without a visa.
c|{A} declared a unilateral ceasefire {day} and said its forces would halt operations against {B} for seventy-two hours.
sa,sb|{A_leader} pardoned a {B_sadj} journalist who had been sentenced to six years in prison on espionage charges.
sa,nb|{A} reopened its border crossings with {B} {day}, allowing hundreds of stranded trucks to resume their journeys.
sa,sb,emb|{A} has dropped its long-standing objections to the membership of {B} in the organization, diplomats said {day}.
c|{nw_cap} {B_adj} fighters were freed by {A} {day} as part of a deal brokered by {C}.
c,g|{A} and {B} exchanged {n_dozen} prisoners each {day} at a crossing point, the first such swap in weeks.
c,w|{A} allowed a convoy organized by {C} to enter the besieged town of {B_town} {day}, aid workers said.
sa,sb|{A_sadj} authorities allowed the crew of a detained {B_sadj} cargo ship to leave the country {day}, ending a standoff that lasted weeks.
m,sa,h,am|{A} suspended its planned missile tests as a goodwill gesture toward {B}, {A_officials} said {day}.
c,g|{A} agreed to pull its heavy weapons back from the line of contact with {B} under a deal reached in {venue}.
p,sa,sb|{A} returned {nw} ancient manuscripts to {B} {day}, decades after they were taken from a monastery during the war.
c,w|{A_mil} pulled back from the outskirts of {B_town} {day}, allowing thousands of trapped residents to leave.
{A} freed {nw} {B_sadj} detainees late {day}.
""",
"09": """
sa,sb|{A} launched an investigation {day} into the deaths of {nw} {B_sadj} citizens in a fire at a detention center in {A_town}.
sa,sb|Prosecutors in {A_city} opened an inquiry into allegations that companies from {B} paid bribes to win public contracts.
sa,sb|{A} sent investigators to {B_town} {day} to examine the wreckage of the airliner that crashed there last week.
sa|{A_gov} is investigating claims that agents of {B} planned the attack on a dissident in {A_city}, {A_officials} said.
sa,h|A parliamentary committee in {A} began examining {day} the role played by {B} in the collapse of the peace talks.
sa,sb|{A_officials} are looking into reports that aircraft from {B} entered the airspace over {A_town} without permission.
m,sa,h|Experts from {A} examined fragments of the missile found near {A_town} to determine whether it had been fired by {B}.
sa,sb|{A_min} said {day} it had opened an investigation into the mistreatment of {B_sadj} workers at a factory in {A_town}.
h,ic|{C_leader} ordered an inquiry into allegations that {A_mil} had shelled civilian areas in {B_town}.
sa,sb|Investigators in {A_city} are examining whether hackers working for {B} were behind the attack on the national railway's computer systems.
sa,sb|Police in {A} questioned {nw} {B_sadj} nationals {day} in connection with the theft of military documents.
sa,sb,h|{A_gov} ordered a review of all contracts with companies from {B}, citing concerns about national security.
sa,sb|The inquiry launched by {A} into the sinking of a {B_sadj} ferry is expected to publish its first findings {month_future}.
sa,ic,h|{A} asked {C} to investigate the use of banned weapons by {B}, submitting what it called "clear evidence" to the organization's experts.
c|Prosecutors in {A_city} opened war crimes investigations into {n_dozen} commanders of {B} {day}, {A_officials} said.
sa|{A} opened an inquiry {day} into the incident involving {B}.
""",
"10": """
m,sa,nb,terr|{A} demanded {day} that {B} withdraw its forces from the disputed border area "without any conditions".
{A_fm} demanded an apology from {B} over remarks by one of its officials that were described in {A_city} as insulting.
m,sa,nb|{A_cap} insisted {day} that {B} hand over the suspects in the killing of an {A_sadj} border guard.
sa,sea|{A_leader} demanded that {B} pay compensation to the families of the sailors who died when their ship was sunk {recent_month}.
m,sa,sb|{A} has demanded explanations from {B} after a drone crashed on its territory near {A_town}, {A_officials} said.
sa,sb,nb|The demand by {A} that {B} close a military base near the border was rejected as "unacceptable interference" last week.
sb,emb|{A_min} said {B} must release the detained diplomats "immediately and unconditionally".
sa,sb,isl|{A} demanded that {B} stop building what it called illegal structures on the disputed islands.
m,h,terr|{A_leader} gave {B} until the end of the month to remove its forces from the contested area.
sa,sb,sea,isl|{A} insisted on written guarantees from {B} that its ships would be allowed to pass freely through the strait.
sa,sb,nb|{A_gov} renewed its demand {day} for {B} to reopen the border crossings that were closed {recent_month}.
sa,sb,emb|{A} called for the immediate recall of the ambassador of {B}, accusing him of meddling in its internal affairs.
sa,sb,sea|{A} demanded that {B} return the {nw} fishing boats and their crews seized last week, describing the detentions as piracy.
m,sb,nb|{A_fm} said the government in {B_city} must explain why it had massed troops near the border, and do so quickly.
c|{A_spox} demanded {day} that {B} release all hostages and civilians it has been holding since {since_rel}.
{A} demanded an explanation from {B} {day}.
sa,sb,emb|In a note delivered to the embassy of {B} {day}, {A_min} demanded that the detained {A_sadj} citizens be given access to lawyers and consular officials within forty-eight hours.
""",
"11": """
h|{A_leader} criticized {B} {day} over its "reckless" policy on {topic}.
c|{A} accused {B} {day} of violating the ceasefire and of targeting civilian areas near {A_town}.
sa,h|{A_min} condemned the detention of {nw} {A_sadj} citizens in {B}, calling it "arbitrary and politically motivated".
sa,sb,emb,h|{A_cap} lodged a formal complaint with {B} over the harassment of its diplomats in {B_city}.
sa,sb,dem,h|{B} was accused by {A} {day} of interfering in its elections through a coordinated online campaign.
sa,sb|{A} filed a complaint against {B} at the World Trade Organization over subsidies paid to its {commodity} producers.
h|{A_fm} denounced the latest move by {B} as "a flagrant violation of international law".
sb,h|{A_leader} said the decision by {B} to expel the journalists was "a grave mistake that will not go unanswered".
sa,sb,riv|The criticism from {A} came a day after {B} announced plans to build a dam on a river that flows into {A}.
h|{A} blamed {B} for the collapse of the talks on {topic}, saying its negotiators had made "impossible demands".
sa,sb,h|{A} took {B} to the International Court of Justice, accusing it of breaching a treaty on {topic}.
h|{A_spox} called the remarks by {B_leader} "irresponsible and provocative" and said they would only deepen mistrust.
c,sa,bf|{A} accused {B_mil} of war crimes {day}, citing the bombing of {target_civ} in {A_town} that killed {n_dozen} people.
sb,h|"{B} is playing a dangerous game," {A_leader} told a rally in {A_town}, accusing its government of stirring unrest.
sa,sb,emb,h|{A} summoned the ambassador of {B} {day} to protest against the arrest of an {A_sadj} businessman in {B_city}.
sa,sb,kin|{A_min} criticized the treatment of ethnic {A_sadj} minorities in {B}, saying their rights were being "systematically violated".
sb|{A_officials} complained that {B} had repeatedly ignored requests to share information about the outbreak.
m,h,sb,bm|{A} condemned {day} the missile test carried out by {B}, calling it a serious threat to regional stability.
sb,h|Rights groups in {A_city} joined {A_fm} in denouncing {B} for the sentencing of the activists.
c|{A_milspox} accused {B} {day} of using residential buildings in {B_town} to store weapons.
h|{A_min} sharply criticized {B} in a statement {day}.
h|In a lengthy statement issued late {day}, {A_min} accused {B} of spreading "deliberate falsehoods" about the incident and of trying to shift the blame for a crisis of its own making.
""",
"12": """
h|{A} rejected {day} a proposal by {B} to hold talks on {topic}, saying the offer was "not serious".
h|{A_fm} dismissed the accusations made by {B} as "fabrications intended to distract from its own failures".
sa,sb,emb,h|{A_cap} refused to allow a delegation from {B} to visit the detained sailors, {B_officials} said.
sa|A request by {B} for access to the crash site was turned down by {A} {day}, officials familiar with the matter said.
c|{A} denied claims by {B} that its forces had crossed the front line, calling them "completely false".
sa,sb|{A} refused to extradite the former {B_sadj} minister, saying he would not receive a fair trial at home.
sa,sb|{A} voted against a resolution sponsored by {B} at the UN General Assembly {day}, one of only a handful of countries to do so.
m,h,nb,nc,terr|{A_leader} ruled out any talks with {B} until its forces leave the disputed territory.
sa,sb,sea|{A} has rejected calls from {B} to lift the restrictions on fishing in the disputed waters.
sa,sb,emb|{A} declined an invitation from {B} to attend the regional summit {month_future}, citing "scheduling reasons".
oa,h|{A_gov} said it would not accept the demands set out by {B}, describing them as "an attempt at blackmail".
h,sa,sb,emb|{A} refused entry to a {B_sadj} parliamentary delegation {day}, turning its members back at the airport in {A_city}.
{A_leader} rejected an offer of mediation from {B}, saying the dispute was an internal matter.
h|{A_fm} said there was "nothing to discuss" with {B} as long as its leaders continued to deny the facts.
The proposal put forward by {B} in {venue} was rejected outright by {A}, which called it one-sided.
sa,h,terr|{A} refused to recognize the result of the vote held in the territory controlled by {B}.
c|{A_spox} rejected {day} the latest ceasefire plan presented by {B}, calling it "a trap".
{A} flatly rejected the offer from {B} {day}.
h|Rejecting the demands made by {B} as "unacceptable and unrealistic", {A_leader} told a televised meeting of the security council that {A} would not bow to pressure of any kind.
""",
"13": """
oa,sb,nb|{A} threatened {day} to impose sanctions on {B} if it goes ahead with plans to build a military base near the border.
m|{A_leader} warned {B} that any attack on its ships would be met with "a swift and decisive response".
m,sa,h,bm|If {B} continues to test missiles near its waters, {A} will respond "with all means at its disposal", {A_defmin} said.
m,sa,h|{A_defmin} warned {day} that {A} would shoot down any drone from {B} that entered its airspace.
sa,sb,emb|{A} threatened to expel diplomats from {B} unless the detained {A_sadj} citizens were released within a week.
sa,sb,gx|{A_leader} threatened to cut off gas supplies to {B} over unpaid bills running to {bn} billion dollars.
oa,sb|{A} threatened {day} to pull out of its trade agreement with {B} if the new tariffs were not withdrawn.
sa,sb|The threat by {A} to close its airspace to airlines from {B} sent shares in several carriers sharply lower.
m,h|"Any attack on our territory will be met with a crushing response," {A_leader} said, in a warning clearly aimed at {B}.
oa,h,terr|{A} warned {B} of "serious consequences" if it went ahead with the planned referendum in the disputed region.
oa,sb|{A} threatened to block the accession of {B} to the organization unless it changed its policy on {topic}.
m,sa,sb|{A_leader} warned that {A} would not hesitate to use force to protect its citizens living in {B}.
m,h,sea|{A_army} said it would treat any ship from {B} entering the area as a legitimate target.
m|{A_fm} warned {B} {day} that it would "pay a heavy price" if it continued to arm groups operating on its soil.
oa,sb,nb|{A} threatened to suspend its cooperation with {B} on {topic} unless the border crossings were reopened.
m,h|Unless {B} changes course, {A} will have no choice but to respond militarily, {A_officials} warned {day}.
c|{A_milspox} warned {day} that {A} would target {B_town} if the attacks on its positions continued.
h|{A} warned {B} against any further provocations.
oa,sb|{A} threatened to impose tariffs of {pct_int} percent on goods from {B} unless it agreed to a new deal by the end of the month.
""",
"14": """
sa,sb,emb|Thousands of people marched to the embassy of {B} in {A_city} {day} to protest against its policies on {topic}.
sa,sb,h,emb|Protesters in {A_city} burned flags of {B} and chanted slogans outside its embassy {day}.
sa,sb,emb|Students in {A_town} staged a sit-in outside the {B_sadj} consulate {day} to protest against the detention of an {A_sadj} activist.
sa,sb,nb|Truck drivers from {A} blockaded the main border crossings with {B} {day}, protesting against new transit fees.
sa,sb|{n_dozen} {A_sadj} detainees in {B} went on hunger strike {day} to protest against their treatment, their lawyers said.
sa,sb,sea|Fishermen from {A} held a protest at sea near {A_town} {day} against what they called harassment by the {B_sadj} coast guard.
sa,sb|Hundreds of farmers from {A} protested in {A_city} {day} against the trade agreement with {B}, blocking traffic for hours.
sa,sb,c,emb|Riot police in {A_city} dispersed protesters who tried to storm the embassy of {B} {day} after a rally against its military campaign.
sa,dem|Opposition groups in {A} organized rallies in several cities against the visit of {B_leader}, which began {day}.
sa|A demonstration against the policies of {B} drew tens of thousands of people to the center of {A_city} {day}.
sa,sb|Consumers in {A} have boycotted goods from {B} since {recent_month_bare}, according to retailers who reported a sharp drop in sales.
sa,sb,sea,emb|Crowds waving {A_sadj} flags gathered outside the {B_sadj} embassy in {A_city} {day}, demanding the release of detained fishermen.
sa,sb,emb|Veterans' groups in {A} staged a protest outside the {B_sadj} embassy in {A_city} {day} over the removal of a war memorial.
sa,c|Relatives of soldiers held by {B} protested outside the defense ministry in {A_city} {day}, demanding a prisoner exchange.
sa,sb,emb|Protesters gathered outside the {B_sadj} embassy in {A_city} {day}.
""",
"15": """
m,h,sa,sb,nb|{A} put its forces on high alert along the border with {B} {day}, citing intelligence about unusual troop movements.
m,h,sa,sb,nb|{A} began large-scale military exercises near its border with {B} {day}, involving {n_thousand} troops and hundreds of tanks.
m,h,sa,nb,sb|{A} deployed additional troops and air defense units to the border with {B} {day}, {A_defmin} said.
m,h,sa,sb,sea|Warships from {A} sailed through waters claimed by {B} {day} in what {A_officials} described as a routine transit.
m,h,sa,sb,am|{A} test-fired a ballistic missile into the sea {day}, a move {B} described as a deliberate provocation.
m,h,sa,nb,sb|Tanks and artillery belonging to {A} were moved toward the border with {B} overnight, according to satellite images.
m,h,sa,sb|{A} called up {n_thousand} reservists {day} as tensions with {B} continued to rise.
m,h,sa,nb,sb|Satellite images published {day} showed a buildup of forces from {A} at a base less than {n_dozen} kilometers from the frontier with {B}.
m,h,sa,sb,nb|{A} staged air defense drills in the region bordering {B} {day}, scrambling fighter jets and testing radar systems.
m,h,sa,sb,isl|{A} stepped up naval patrols near the disputed islands after ships from {B} were spotted in the area {day}.
m,h,sa,nb,sb|The deployment of missiles from {A} near the border with {B} was confirmed {day} by {A_defmin}.
m,h,sa,sb,bomb|{A} flew two long-range bombers close to the airspace of {B} {day}, forcing it to scramble fighter jets.
m,m,h,sa,sb|{A} declared a state of heightened military readiness {day}, hours after {B} announced new operations of its own.
m,h,nb,sa,sb|{A_mil} massed near the border with {B} {day}, with convoys of armored vehicles seen on the roads around {A_town}.
c,g|{A_mil} dug new trenches and laid mines along the approaches to {A_town} {day}, bracing for an offensive by {B}.
m,h,sa,nb,sb|{A} placed its troops near {B} on alert {day}.
m,h,sa,sb,isl|Satellite images showed that {A} had moved {nw} warships and several submarines into the waters near the disputed islands, in what analysts described as the largest such deployment in a decade.
""",
"16": """
oa,sb|{A} imposed new sanctions on {B} {day}, targeting its banks, its energy companies and several senior officials.
sa,sb,emb|{A} expelled {nw} diplomats from {B} {day}, accusing them of activities incompatible with their status.
sa,sb,emb|{A} recalled its ambassador from {B} for consultations {day}, in a sharp escalation of the dispute.
oa|{A} suspended talks with {B} on {topic} {day}, saying there was no point in continuing under the current circumstances.
oa|{A} froze assets belonging to {n_dozen} businessmen linked to {B}, accusing them of financing armed groups.
oa,sb,bp,emb|{A} cut off aid to {B} {day}, citing concerns about corruption and human rights.
sa,sb,emb|{A} broke off diplomatic relations with {B} {day} and gave its diplomats seventy-two hours to leave the country.
oa,sb|{A} banned imports of {commodity} from {B} {day}, a decision that analysts said was politically motivated.
sa,sb,emb|{A} closed its embassy in {B_city} {day} and evacuated its remaining staff, citing the deteriorating security situation.
sa,sb|{A} halted all flights to and from {B} {day}, stranding thousands of travelers at airports in both countries.
oa,sb|Officials from {B} were barred from entering {A} under a new set of measures announced {day}.
sa,sb,emb|{A} downgraded its diplomatic ties with {B} to the level of charge d'affaires {day}.
sb,ic,cm|{C} suspended the membership of {B} {day}, citing the violent suppression of protests.
sa,sb,emb|The decision by {A} to expel the ambassador of {B} was announced in a brief statement on its website.
sa,sb,emb|{A} declared a diplomat from {B} persona non grata {day} and ordered him to leave within forty-eight hours.
oa|{A} withdrew from its agreement with {B} on {topic} {day}, saying the other side had repeatedly violated its terms.
sa,sb,nb|{A} suspended the supply of electricity to {B} {day}, leaving parts of the border region without power.
oa,sb|{A} added {n_dozen} companies from {B} to a trade blacklist {day}, restricting their access to advanced technology.
sa,sb,emb|{A} expelled the {B_sadj} ambassador {day}, officials said.
oa,sb|The sanctions announced by {A} {day}, which target more than {n_dozen} companies and individuals, are the toughest measures taken against {B} since the dispute began and will take effect at midnight.
""",
"17": """
sa,sb|Authorities in {A} arrested {nw} {B_sadj} nationals {day} on suspicion of spying on military installations near {A_town}.
sa,sb|{A} seized a tanker flagged in {B} {day}, accusing its crew of smuggling fuel in violation of sanctions.
sa,sb,sea|The coast guard of {A} detained {nw} {B_sadj} fishing boats {day} for allegedly fishing illegally near {A_town}.
sa,sb|{A} deported {n_dozen} citizens of {B} {day}, saying they had overstayed their visas and posed a security risk.
sa,sb|A journalist from {B} was detained in {A_city} {day} and accused of working for a foreign intelligence service.
sa,sb|{A} confiscated property belonging to companies from {B}, including hotels, warehouses and a shipping terminal.
m,sa,sb,nb|Border guards from {A} detained {nw} {B_sadj} soldiers {day} after they crossed into its territory near {A_town}.
sa,sb|Hackers working for {A} carried out a cyberattack on the computer systems of {B_poss} foreign ministry, security researchers said.
sa,sb|Police in {A} raided the offices of a company from {B} in {A_city} {day} and seized documents and computers.
sa,sb|A court in {A_city} sentenced a {B_sadj} citizen to {nw} years in prison {day} on charges of espionage.
sa,sb|{A} impounded a cargo plane from {B} at the airport in {A_city} {day}, saying it carried undeclared military equipment.
sa,sb,emb|{A} detained a {B_sadj} diplomat for several hours {day}, accusing him of receiving classified documents.
sa,sb|{A} placed {nw} executives of a {B_sadj} company under house arrest pending a trial on fraud charges.
sa,sb,nb|Security forces in {A} rounded up {n_dozen} migrants from {B} {day} and moved them to a detention center near {A_town}.
sa,sb,sea|{A} seized {nw} cargo ships from {B} in the disputed waters {day} and escorted them to the port of {A_town}.
sa,gb|Security forces in {A} arrested {n_dozen} suspected members of {B} in raids around {A_town} {day}.
sa,gb|{A_sadj} troops captured a senior commander of {B} near {B_town} {day}, {A_army} said.
sa,sb|{A} detained a {B_sadj} citizen on spying charges {day}.
""",
"18": """
c,ga,a|{A_mil} detonated a car bomb outside a military base near {B_town} {day}, killing {nw} soldiers, the authorities said.
c,ga,a|{A_mil} kidnapped {nw} foreign engineers working on a road project near {B_town} {day}, officials said.
c,ga,a|A suicide bomber sent by {A} struck a checkpoint in {B_town} {day}, killing {n_dozen} people, most of them police officers.
c,ga,a|{A_mil} attacked a convoy of {B_adj} troops with a roadside bomb near {B_town} {day}.
c,ga,a|Gunmen from {A} stormed a hotel in {B_town} {day} and took dozens of guests hostage before security forces regained control.
c,ga,a|{A_mil} abducted {n_dozen} villagers near {B_town} {day}, according to local officials and residents.
c,ga,a|The bombing of a bus station in {B_town} by {A} {day} killed {n_dozen} people and wounded dozens more.
c,sa,w|Former detainees said they had been tortured by interrogators working for {A} during months in custody.
c,gb|A senior commander of {B} was assassinated in {B_town} {day} in an attack that {B} blamed on {A}.
c,ga,a|{A_mil} planted explosives on a railway line near {B_town} {day}, derailing a freight train.
c,ga,a|{A} launched a wave of suicide attacks against positions held by {B_mil} in {B_town} {day}.
c,ga,a|{A_mil} seized {nw} aid workers in an ambush near {B_town} and demanded a ransom for their release.
c,a|A local official in {B_town} was shot dead {day} by gunmen linked to {A}, police said.
c,ga,a|Hostages held by {A} for weeks were used as human shields during the fighting in {B_town}, witnesses said.
c,sa,gb,s|A drone strike attributed to {A} killed a senior commander of {B} in {B_town} {day}.
c,sa,gb,g|{A_sadj} special forces seized a senior figure of {B} during a night raid near {B_town}, {A_army} confirmed {day}.
c,ga,a|A bomb planted by {A_mil} killed {nw} people in {B_town} {day}.
c,sa,gb,s|{A_sadj} aircraft targeted a car carrying {nw} members of {B} near {B_town} {day}, killing all of them, {A_army} said.
c,sa,w|Detainees held by {A_mil} were beaten and subjected to mock executions, according to a report by {C}.
c,sa,gb|{A_sadj} security forces detained and beat {nw} relatives of suspected members of {B} during raids in {B_town}, according to rights groups.
c,ga,a|{A_mil} killed {nw} people in an attack on a market in {B_town} {day}, using explosives hidden in a cart.
c,ga,a|Dressed in police uniforms and armed with rifles and grenades, {nw} gunmen from {A} forced their way into a government compound in {B_town} {day} and held staff hostage for several hours before being killed.
""",
"19": """
c,oa,s|{A_adj} warplanes struck targets in {B_town} {day}, hitting {target_mil} and several buildings nearby.
c,g|{A_mil} and {B_mil} clashed near {B_town} {day} in some of the heaviest fighting in weeks.
c,sa,g|{A_sadj} artillery shelled positions held by {B_mil} on the outskirts of {B_town} throughout the night.
c,s|{A} launched a wave of drone attacks on {B_town} {day}, damaging {target_civ} and cutting power to thousands of homes.
c,w|{A_mil} captured the town of {B_town} {day} after a week-long battle, {A_milspox} said.
c,s|{A_force} fired {n_dozen} {projectiles} at {B_town} {day}, most of which were intercepted by air defenses.
c,sa,w|The {A_sadj} navy blockaded the port of {B_town} {day}, preventing ships from entering or leaving.
c,g|Heavy fighting between {A_mil} and {B_mil} continued {day} around {B_town}, where both sides reported dozens of casualties.
c,g|{A_mil} opened fire on {B_adj} positions near {B_town} {day}, ending a lull in the fighting that had lasted several days.
c,s|{A} said its air defenses had shot down {nw} drones launched by {B} overnight.
c,oa,s|{A} carried out air strikes on {B_town} {day}, saying it had targeted weapons depots and command centers.
c,s|{B_town} came under heavy bombardment by {A_force} {day}, and residents spent the night in basements.
c,sa,w|{A_sadj} ground troops pushed into the territory controlled by {B} {day}, backed by tanks and helicopters.
c,w|The offensive launched by {A} against {B_mil} {since_rel} has so far failed to dislodge them from {B_town}.
c,g|{A_mil} ambushed a patrol of {B_mil} near {B_town} {day}, killing {nw} and capturing several others.
c,s|A missile fired by {A} hit {target_civ} in {B_town} {day}, killing at least {n_dozen} people, local officials said.
c,g|{A_mil} and {B_mil} exchanged fire near {B_town} for several hours {day}.
c,s|{A} struck {target_mil} near {B_town} with {weapon} {day}, setting off a fire that burned for hours.
c,w|{A_mil} pushed deeper into {B_town} {day}, fighting street by street against {B_mil}.
c,oa,s|{A} bombed {target_mil} near {B_town} overnight, in the third such raid this week.
c,s|{A} struck targets in {B_town} again {day}.
c,g|{A_mil} and {B_mil} clashed again {day}.
c,w|After weeks of fighting in which much of the town was reduced to rubble, {A_mil} said {day} that they had taken full control of {B_town} and were clearing the remaining pockets of resistance.
""",
"20": """
c,x|{A_mil} killed more than {n_hundred} civilians in {B_town} over three days {since_rel}, according to a UN report published {day}.
c,x,ic|{A_mil} used chemical weapons in an attack on {B_town}, investigators from {C} concluded in a report released {day}.
c,x|{A_mil} carried out a massacre in a village near {B_town}, killing dozens of men and boys, survivors said.
c,x|Thousands of residents of {B_town} were driven from their homes by {A_mil} in what {C} described as ethnic cleansing.
c,x,sb|{A} expelled tens of thousands of {B_sadj} civilians from the areas under its control {since_rel}, according to aid agencies.
c,x|{A_mil} executed dozens of captured {B_adj} fighters near {B_town}, according to videos verified by investigators.
c,x|{A_mil} razed several villages around {B_town} {day}, forcing their inhabitants to flee.
c,x|The mass killing of civilians by {A_mil} in {B_town} was documented by {C} in a report released {day}.
c,x|{A_mil} shelled camps for displaced people near {B_town} indiscriminately, killing hundreds, according to {C}.
c,x|Residents said {A_mil} went from house to house in {B_town}, shooting men of fighting age and setting fire to their homes.
c,x|{A} forcibly deported {n_thousand} people from {B_town} {since_rel}, separating families, according to {C}.
c,x|{A_mil} massacred dozens of civilians in {B_town}.
""",
}

# Headlines: deliberately general, so that they fit whichever template opened the article.
TITLE_TEMPLATES = {
    "01": ["{A_head} sets out position on ties with {B_head}", "{A_head} signals stance in dispute with {B_head}"],
    "02": ["{A_head} makes appeal to {B_head}", "{A_head} calls on {B_head} to act"],
    "03": ["{A_head} signals readiness to work with {B_head}", "{A_head} holds out olive branch to {B_head}"],
    "04": ["{A_head} and {B_head} hold talks", "{A_head}, {B_head} officials meet as diplomacy intensifies"],
    "05": ["{A_head} and {B_head} move closer", "{A_head} hails relationship with {B_head}"],
    "06": ["{A_head} and {B_head} step up cooperation", "{A_head}, {B_head} expand practical cooperation"],
    "07": ["{A_head} sends help to {B_head}", "{A_head} extends assistance to {B_head}"],
    "08": ["{A_head} makes concession to {B_head}", "{A_head} softens stance toward {B_head}"],
    "09": ["{A_head} opens inquiry in case linked to {B_head}", "{A_head} investigates incident involving {B_head}"],
    "10": ["{A_head} presses demands on {B_head}", "{A_head} issues demand to {B_head}"],
    "11": ["{A_head} criticizes {B_head}", "{A_head} lashes out at {B_head}", "{A_head} steps up criticism of {B_head}"],
    "12": ["{A_head} rebuffs {B_head}", "{A_head} rejects {B_head} position"],
    "13": ["{A_head} warns {B_head}", "{A_head} issues stark warning to {B_head}"],
    "14": ["Protests in {A_head} target {B_head}", "Anger at {B_head} spills onto streets in {A_head}"],
    "15": ["{A_head} flexes military muscle as tensions with {B_head} rise", "{A_head} steps up military readiness"],
    "16": ["{A_head} downgrades ties with {B_head}", "{A_head} takes punitive steps against {B_head}"],
    "17": ["Detentions deepen row between {A_head} and {B_head}", "{A_head} moves against {B_head} interests"],
    "18": ["Deadly attack reported near {B_town}", "Attack near {B_town} raises fears of escalation"],
    "19": ["Violence escalates around {B_town}", "{A_head} presses attacks near {B_town}"],
    "20": ["Report details atrocities in {B_town}", "Civilians bear brunt of violence around {B_town}"],
}
HEADLINE_NAMES = {"usa": "US", "uk": "Britain", "uae": "UAE", "drc": "DR Congo", "eu": "EU", "un": "UN",
                  "palestine": "Palestinians", "houthis": "Houthis", "m23": "M23 rebels", "rsf": "RSF",
                  "tplf": "Tigrayan forces", "fsa": "Syrian rebels", "hts": "Syrian rebels", "ttp": "Pakistani Taliban",
                  "abu_sayyaf": "Abu Sayyaf", "boko_haram": "Boko Haram", "afghanistan_t": "Taliban government"}

# Optional openings and closings that vary sentence length and rhythm.  They add no event.
EVENT_PREFIXES = ["Meanwhile, ", "Separately, ", "In a separate development, ", "At the same time, ", "Earlier, ",
                  "fx|In a further sign of the tensions, ", "f2|In the latest sign of the crisis, ",
                  "p,f1|In a sign of improving ties, ", "c,f3|In the latest escalation, ", "c|Elsewhere, ",
                  "c,f3|On the ground, ", "f1|In a move likely to be closely watched across the region, ",
                  "f2|In a move likely to be closely watched across the region, "]
# Tags f1, f2, f3: families 01-08 (cooperation), 09-17 (verbal and coercive conflict), 18-20 (violence).
EVENT_TAILS = [", according to an official statement", ", local media reported, citing an official statement",
               "f1|, according to people familiar with the matter", "f1|, two officials with knowledge of the discussions said",
               "f1|, the latest sign of a shift in relations between the two sides",
               "f1|, days before a planned round of talks in {venue}", "f1|, in a move that surprised many diplomats in the region",
               "f1|, although details were not immediately made public", "f1|, a step that had been expected for several weeks",
               "p,f1|, in a further sign of warming ties", "p,f1|, capping a year of steadily improving relations",
               "p,f1|, a step welcomed by business groups in both countries", "p,f1|, ahead of a planned summit {month_future}",
               "f2|, a development that analysts said could have consequences well beyond the region",
               "f2|, amid growing pressure at home to take a firmer line", "fx|, further raising tensions in a region already on edge",
               "fx|, in what appeared to be a deliberate escalation", "f2|, deepening a crisis that has dragged on for months",
               "f2|, according to a statement published on the government's website",
               "f3|, according to witnesses who spoke by telephone", "f3|, as fighting continued in several other areas",
               "f3|, a claim that could not be independently verified", "f3|, according to residents reached by telephone",
               "f3|, in one of the most serious incidents since the conflict began"]
NONEVENT_PREFIXES = ["Meanwhile, ", "Separately, ", "At the same time, "]
PREFIX_CATEGORIES = ("economy", "weather", "health", "culture", "sport", "human")
# Closings for background sentences: (category, the sentence must match this, closing).
NONEVENT_TAILS = [
    ("economy", r"percent|billion|million", ", according to figures published by the statistics office"),
    ("economy", r"percent", ", economists said in a note to clients"),
    ("economy", r"percent|billion", ", according to preliminary data"),
    ("economy", r"[Pp]rice|[Ii]nflation|cost|[Rr]ents", ", adding to pressure on household budgets"),
    ("economy", r"grew|growth|production|investment|exports", ", in a sign that the recovery remains fragile"),
    ("weather", r"[Rr]ain|[Ss]now|[Tt]emperature|wind|heat|storm|[Ff]og|[Hh]ail|flood|smog|[Ww]ildfire",
     ", the national weather service said"),
    ("weather", r"[Rr]ain|[Ss]now|[Tt]emperature|wind|heat|storm|[Ff]og|[Hh]ail|flood|smog",
     ", according to the meteorological office"),
    ("weather", r".", ", local broadcasters reported"),
    ("statistics", r"\d", ", according to the latest official figures"),
    ("statistics", r"percent", ", according to data compiled by a university research group"),
    ("places", r"^(?!.*\bon \w+day\b)(?!.*\blast year\b)", ", local guidebooks note"),
    ("culture", r"festival|exhibition|museum|book fair|opera|orchestra|concert|season|carnival", ", organizers said"),
    ("culture", r".", ", according to the local newspaper"),
    ("sport", r"federation|league|national team|national squad|championships", ", the federation said in a statement"),
    ("sport", r"\b(beat|won)\b", ", to the delight of the home crowd"),
    ("health", r".", ", officials said"),
    ("health", r".", ", according to the regional authorities"),
    ("health", r".", ", local media reported"),
    ("human", r"^(In|A |The|Volunteers|Many|Neighbors|Residents|Students|Children|For many)", ", a local newspaper reported"),
    ("background", r".", ", diplomats say"),
    ("background", r".", ", according to analysts who follow the region"),
    ("history", r"^(?!Historians)", ", according to local historians"),
    ("history", r"^(?!Historians)", ", records show"),
    ("hardneg", r"talks|meeting|visit|summit|agenda|commission|speech|ceremony", ", officials said"),
    ("hardneg", r"talks|meeting|visit|summit|agenda|commission", ", diplomats in {venue} said"),
    ("analysis", r".", ", diplomats said"),
    ("analysis", r".", ", according to people briefed on the matter"),
]

# ---------------------------------------------------------------------------
# NON-EVENT TEMPLATES.  Background, economy, weather, sport, culture, human
# interest, statistics, places, history, unattributed quotes, analysis and
# hard negatives (actors named but no event: negated, hypothetical,
# descriptive).  Same prefix tags as above; A is the article's focus state.
# ---------------------------------------------------------------------------
NONEVENT_TEMPLATES = """
# --- background
h|Relations between {A} and {B} have been strained for years by disputes over {topic} and {topic2}.
h,nb|Much of the border between the two countries runs through mountains and thinly populated valleys that are hard to patrol.
h,nb,m|The border region has seen sporadic violence for years, although casualties have fallen recently.
The dispute over {topic} dates back to the early {decade}, when the first agreements on the issue expired.
ns,emb|Trade between {A} and {B} was worth about {bn} billion dollars last year, according to official figures.
p|The two countries have signed dozens of bilateral agreements over the years, covering everything from trade to cultural exchanges.
The region has long been a crossroads of trade routes, and its ports handle a large share of the country's exports.
h|Analysts say the latest dispute reflects a deeper struggle for influence in a region where both countries have long-standing interests.
Talks on {topic} have been held on and off since {year_past}, with little to show for them.
c,bf|Aid agencies estimate that more than {n_hundred} thousand people have been displaced since the fighting began.
c,bf|The front line has barely moved in recent weeks, with both sides dug in along a network of trenches and fortified villages.
c,bf|Much of {A_town} has been without running water since {recent_month_bare}, residents said.
c,bf|Hospitals in the area are struggling to cope with the number of wounded, and medical supplies are running low.
c,bf|The number of people killed in the conflict is impossible to verify independently, as journalists have limited access to the area.
h|The dispute has weighed on trade, with several large investment projects put on hold since {recent_month_bare}.
The agreement on {topic} signed in {past_my} was hailed at the time as a breakthrough, but much of it has never been implemented.
p|Officials on both sides have described the relationship as the best it has been in decades, pointing to growing trade and regular visits.
The next round of talks is expected to focus on {topic}, which negotiators describe as the hardest issue on the table.
The organization, which has {n_dozen} member states, takes its decisions by consensus, which means that a single country can block any proposal.
c,bf|Rescue workers were still searching the rubble for survivors late into the evening, local television showed.
c,bf|The electricity grid in the region has been repeatedly damaged, and many families rely on small generators for light and heat.
Several issues remain unresolved, including {topic} and the future of the joint commission set up in {year_past}.
The talks are taking place against the backdrop of an economic slowdown that has hit both countries hard.
h|Much of the disputed area is sparsely populated, but it is believed to hold significant reserves of oil and gas.
h,sea|Incidents in the disputed waters have become more frequent in recent years, according to maritime analysts.
# --- economy
The {A_sadj} economy grew by {pct} percent in the third quarter, slightly faster than economists had expected.
Inflation in {A} slowed to {pct} percent in {recent_month_bare}, the lowest level in more than a year.
The {A_sadj} currency fell {pct_small} percent against the dollar {day}, extending its losses for the year.
Unemployment in {A} stood at {pct} percent at the end of last year, and youth unemployment was more than twice as high.
Exports of {commodity} account for almost a fifth of {A_poss} foreign earnings, according to the central bank.
The benchmark stock index in {A_ecity} closed {pct_small} percent higher {day}, led by banks and energy companies.
Fuel prices in {A} have risen by more than {pct_mod} percent since the beginning of the year.
The government expects a budget deficit of about {pct} percent of economic output this year, slightly higher than it forecast in the spring.
Foreign investment in {A} rose to {bn} billion dollars last year, with much of it going into {sector}.
Tourism, which employs about one in ten workers in {A}, has yet to recover fully from the slump of {year_recent}.
Economists expect growth of around {pct_small} percent next year, held back by weak consumer spending.
The central bank in {A_city} kept its main interest rate unchanged at {pct} percent {day}.
Food prices in {A_city} have climbed steadily, and the cost of bread has nearly doubled in two years.
The country's public debt has risen to about {pct_int} percent of gross domestic product, according to the finance ministry.
Remittances from workers abroad are worth about {bn} billion dollars a year to the {A_sadj} economy.
Industrial production in {A} fell {pct_small} percent in {recent_month_bare} from a year earlier, official data showed.
The harvest of {crop} is expected to be about {pct_int} percent smaller than last year because of drought.
Shares in {A_sadj} shipping companies rose sharply {day} as freight rates climbed to their highest level in months.
Car sales in {A} rose {pct_int} percent in the first half of the year, driven by strong demand for electric models.
The {A_sadj} government has promised to cut the budget deficit to below three percent of economic output by {year_future}.
Average wages in {A} rose {pct} percent last year, failing to keep pace with inflation for a third straight year.
The port of {A_port} handled a record {n_dozen} million tonnes of cargo last year, its operator said.
The price of {commodity} on world markets has fallen by almost a third since the start of the year.
Property prices in {A_ecity} have risen by {pct_int} percent over the past five years, pushing many young families out of the city.
Electricity demand in {A} is expected to grow by about {pct_small} percent a year until the end of the decade.
The finance ministry said tax revenues were {pct} percent higher than planned in the first nine months of the year.
A weaker currency has made imported goods more expensive, adding to pressure on household budgets in {A}.
Economists said the new figures pointed to a gradual recovery, although risks remained high because of weak demand in the country's main export markets.
The {A_sadj} statistics office said retail sales grew by {pct} percent in {recent_month_bare} compared with a year earlier.
Small businesses in {A_town} say high interest rates have made it almost impossible to borrow, and several workshops have closed this year.
The budget approved by {A_parl} foresees higher spending on health and education, paid for partly by a new tax on luxury goods.
Oil production in {A} averaged about {n_hundred} thousand barrels a day last year, according to industry estimates.
Investors have been cautious, and the yield on ten-year government bonds rose to {pct} percent {day}.
The trade deficit of {A} narrowed to {bn} billion dollars in the second quarter as imports of fuel declined.
Analysts at several banks have cut their growth forecasts for {A} for the second time this year, citing weak exports and a slowdown in construction.
# --- weather
Temperatures in {A_city} reached {temp} degrees Celsius {day}, the highest reading recorded there in {recent_month_bare} for a decade.
Heavy rain caused flooding in parts of {A_town} overnight, closing roads and cutting power to several neighborhoods.
Forecasters expect the heat wave to continue until the end of the week, with little relief at night.
A thick layer of smog hung over {A_city} for a fourth day {day}, and schools kept children indoors.
r=europe/slavic/anglo/eastasia/mideast/southasia|Snow fell across much of the north of {A} {day}, and several mountain passes were closed to traffic.
The weather service issued a warning for strong winds along the coast near {A_town}, where waves of up to {nw} meters are expected.
Rainfall in {A} this year has been about {pct_int} percent below the long-term average, leaving reservoirs half empty.
r=europe/slavic/anglo/eastasia|Temperatures fell to minus {temp_low} degrees in parts of {A} overnight, and the authorities opened heated shelters for the homeless.
Farmers in the south of {A} say the drought is the worst they have experienced in a generation.
Wildfires fanned by dry winds burned thousands of hectares of forest near {A_town} last week, forcing the evacuation of several villages.
Meteorologists said the storm was expected to weaken as it moved inland toward {A_city}, although heavy rain could still cause flooding in low-lying areas.
r=africa/southasia/eastasia/latam|The rainy season usually begins in {month_name}, but this year the first heavy showers came almost a month late.
Fog delayed dozens of flights at the main airport in {A_city} {day}, according to the airport operator.
A series of small earthquakes shook the area around {A_town} {day}, but no damage was reported.
The river through {A_town} rose to its highest level in {nw} decades after days of heavy rain upstream.
Scientists say summers in the region have become noticeably hotter and drier over the past thirty years.
r=europe/slavic/anglo/eastasia/mideast/southasia|Heavy snowfall cut off several villages in the mountains above {A_town}, and helicopters were used to deliver food.
Air quality in {A_city} improved {day} after strong winds cleared the haze that had settled over the city.
Weather permitting, the spring sowing season in {A} usually begins in {spring_month}, when the soil has dried out after the winter rains.
# --- sport
In football, {A_poss} national team beat {B} {score} in {sport_event}, with the winning goal coming in the {minute} minute.
The {A_sadj} cyclist {person} won the mountain stage of the race {day}, finishing almost a minute ahead of the leading group.
Tickets for the match in {A_city} sold out within hours of going on sale, the national football federation said, and fans camped outside the stadium overnight.
The {A_sadj} women's volleyball team qualified for the final after a five-set victory on {weekday} evening, watched by a sellout crowd.
{person}, a {age_young}-year-old sprinter from {A_town}, set a national record in the 100 meters at a meeting {day}.
The marathon through the streets of {A_city} drew more than {n_thousand} runners, a record for the event.
Fans gathered in the main square of {A_town} to watch the match on giant screens, and celebrations went on long into the night.
The national basketball league in {A} will expand from {n_small_even} to {n_small_even2} teams next season, its organizers announced.
A new stadium with room for {n_thousand} spectators is due to open in {A_town} {month_future}, two years later than originally planned.
The {A_sadj} chess champion {pf} drew her game in the fourth round and remains a point clear of the field.
r=europe/anglo|The coach of {A_poss} national rugby team resigned {day} after a run of {nw} defeats.
In tennis, {person} of {A} reached the quarterfinals of the tournament after beating the second seed in straight sets.
r=europe/slavic/anglo|Ice hockey remains the most popular sport in {A_town}, where the local club has won the national title {nw} times.
The {A_sadj} swimming federation said it would spend more on coaching young athletes ahead of the next Olympic Games.
The wrestling championships in {A_city} attracted competitors from {n_dozen} countries this year, and the arena was full for every session.
r=southasia/anglo|The cricket match in {A_city} was abandoned because of rain after only {n_dozen} overs had been bowled.
Local club {club} were relegated from the top division {day} after losing their final match of the season.
# --- culture
A new museum of contemporary art opened in {A_city} {day}, housed in a former textile factory on the riverbank.
The film festival in {A_town} screened more than {n_dozen} feature films this year, including several debuts by young directors.
An exhibition of medieval manuscripts at the national library in {A_city} has drawn more than {n_thousand} visitors since it opened.
The orchestra's concert hall in {A_city}, closed for renovation since {year_past}, will reopen {month_future}.
{pf}, a novelist from {A_town}, won the country's most prestigious literary prize {day} for a book about her grandmother's village.
The annual book fair in {A_city} opened {day} with more than {n_hundred} publishers taking part, and organizers expect record attendance this year.
r=europe/mideast|Archaeologists working near {A_town} have uncovered the remains of a Roman-era villa, including well-preserved floor mosaics.
r=europe/slavic/latam|The restoration of the old cathedral in {A_town} is expected to take another {nw} years and cost more than {mn} million dollars.
Folk musicians from across {A} gathered in {A_town} for a three-day festival that ends on {weekday_next}.
The national theater in {A_city} staged a new production of a nineteenth-century comedy, which critics described as lively and bold.
A documentary about fishermen on the coast near {A_port} won the audience award at the festival.
The city library of {A_town} now lends musical instruments as well as books, and the waiting lists are long.
Sales of printed books in {A} rose {pct_int} percent last year, defying predictions of steady decline.
The opera house in {A_city} will stage {n_dozen} productions this season, including two world premieres and a long-awaited revival of a forgotten work.
A retrospective of the painter's work, the largest ever mounted in {A}, opens in {A_city} {month_future}.
Street food stalls line the old harbor of {A_port} every summer evening, drawing tourists and locals alike.
The city's jazz festival, founded in {year_past}, has become one of the best-attended cultural events in the region.
# --- human
"We just want to live normally again," said {person}, a {age}-year-old {occupation} from {A_town}.
{pf}, who runs a small bakery in {A_town}, said she had raised prices twice this year to cover the cost of flour.
np|In a village outside {A_town}, residents still draw water from a well that was dug more than a century ago.
{person}, a {age}-year-old {occupation}, said the price of a bus ticket had doubled since {recent_month_bare}.
"My children ask me every day when things will get better, and I do not know what to tell them," said {person}.
At a market in {A_town}, traders said customers were buying less and bargaining harder than ever.
{person}, a {occupation} in {A_city}, has volunteered at a soup kitchen every weekend for the past {nw} years.
A {age_old}-year-old woman from {A_town} was reunited with her brother {day}, decades after they lost touch.
Many young people in {A_town} say they plan to move abroad as soon as they finish their studies.
"There is no work here, so people leave," said {person}, who sells vegetables by the roadside near {A_town}.
np|The school in {A_town}, which has {n_hundred} pupils, has only {n_dozen} teachers and no heating in winter.
Volunteers in {A_city} collected more than {n_thousand} books for rural schools in a campaign that ended {day}.
{person}, a {occupation} who moved to {A_city} from the countryside, said rents had become impossible to afford.
In {A_town}, a group of retired teachers runs free evening classes in mathematics for teenagers, many of whom hope to study engineering.
A dog that went missing in {A_town} during a storm was found alive {day}, {nw} days later and twenty kilometers away.
"I have lived in this house for fifty years and I am not going to leave it now," said {person}, {age_old}.
Residents of the old quarter of {A_town} have started a campaign to save a cinema that opened in {year_old}.
{pf} and her husband opened a guesthouse near {A_town} {nw} years ago and now employ {n_dozen} people from the village.
"Nobody asked us what we think," said {pf}, a {age}-year-old {occupation}, standing outside her shop.
The queue outside the pharmacy in {A_town} stretched around the block early on {weekday} morning, as word spread that a delivery of medicines had arrived.
{pf}, a {occupation} from {A_town}, said the new bridge had cut her daily commute by almost an hour.
For many families in {A_town}, a trip to the seaside has become an unaffordable luxury, and summer camps for children are fully booked.
"We are tired, but we are still here," said {person}, who has run the same newsstand in {A_city} since {year_old}.
Children in {A_town} returned to school {day} after a break of {nw} weeks, their parents visibly relieved.
np|{pf}, a {age}-year-old {occupation}, spends two hours a day collecting firewood for her family.
Neighbors in {A_town} have started sharing cars to save money on fuel, according to a local radio station.
# --- statistics
{A_city} has a population of about {pop} million people, according to the most recent census, and it is growing faster than any other city in the country.
About {pct_urban} percent of the population of {A} lives in towns and cities, up from less than half in {year_old}.
Life expectancy in {A} has risen to {life_exp} years, according to figures published by the health ministry.
The birth rate in {A} has fallen for {nw} consecutive years, prompting concern about an ageing workforce.
More than {pct_int} percent of adults in {A} now use the internet every day, a survey found.
The number of foreign tourists visiting {A} rose to {n_dozen} million last year, with the largest increase coming from visitors from Asia.
Roughly one in {nw} households in {A} owns a car, one of the lowest rates in the region.
Road deaths in {A} fell by {pct_int} percent last year, which the transport ministry attributed to speed cameras and tougher penalties for drunk driving.
The literacy rate among adults in {A} is estimated at {pct_int} percent, with large differences between cities and the countryside.
About {n_hundred} thousand students are enrolled at universities in {A}, a third of them in {A_city}.
dem|An opinion poll published {day} showed that {pct_int} percent of respondents considered rising prices the country's biggest problem.
dem|Some {pct_int} percent of those surveyed said they trusted the national broadcaster, the lowest figure since the poll began.
The average household in {A} spends about {pct_int} percent of its income on food, according to the statistics office.
Nearly {n_hundred} thousand people emigrated from {A} last year, most of them under the age of thirty-five.
The number of registered doctors in {A} has fallen by {pct_int} percent over the past decade.
According to the latest census, the median age in {A} is {median_age} years, and the share of people over sixty-five is rising steadily.
The country has {n_dozen} airports, but only {nw} of them handle international flights, and most travelers pass through the capital.
r=europe/slavic/anglo/eastasia|A survey of {n_thousand} households found that one in four had cut back on heating last winter.
dem|Turnout in the last national election in {A} was {pct_int} percent.
Women hold about {pct_int} percent of the seats in {A_parl}.
The prison population of {A} has grown to about {n_dozen} thousand, according to a report by a local rights group.
Almost {pct_int} percent of electricity in {A} now comes from renewable sources, mostly wind and hydropower.
# --- places
{A_town} lies on the banks of a wide river, about {n_hundred} kilometers from {A_city}, and its old bridges are a favorite subject of painters.
ow|The old town of {A_town}, with its narrow streets and covered markets, is a popular destination for tourists.
{A_city} is spread across several hills, and its traffic jams are notorious, especially on weekday mornings when schools open.
The road from {A_town} into the hills winds through pine forests and small farming villages, and the bus takes most of a morning to reach the last of them.
The harbor of {A_port} is lined with warehouses built in the nineteenth century, many of them now converted into flats.
{A_town} is known for its textile mills, most of which closed in the decades after {year_old}.
ow|The main square of {A_city} is dominated by a domed building that once served as the stock exchange.
A new metro line in {A_city} has cut travel times between the airport and the center to under half an hour.
r=europe/slavic/mideast/southasia/latam|The mountains north of {A_town} rise to more than {n_thousand_small} meters and are covered in snow for half the year.
The coastal highway near {A_port} was widened last year, but it still becomes congested in summer.
r=europe/slavic/latam/anglo|Vineyards cover the hills around {A_town}, and the grape harvest usually begins in {harvest_month}.
The railway station in {A_town}, built in {year_old}, was recently restored to its original appearance.
Fishing villages dot the coastline south of {A_port}, where many families still live from the sea.
The university quarter of {A_city} is lively late into the night, with cafes and bookshops on every corner.
hl|{A_town} sits on a plateau at an altitude of about {n_thousand_small} meters, and nights are cool even in summer.
The industrial suburbs of {A_city} stretch for miles along the motorway, a landscape of warehouses and car dealerships.
The marshes east of {A_town} are home to hundreds of species of birds and are protected as a nature reserve.
Much of the city center of {A_town} was rebuilt after a fire in {year_old}, and few older buildings survive.
The ferry to the islands off {A_port} runs twice a day in summer and once a week in winter.
The airport in {A_town} was expanded last year and can now handle {nw} million passengers a year, although it still has only one runway.
# --- history
ow|{A_town} was founded as a trading post more than {nw} centuries ago and grew rich on the salt trade.
np|The monument in the center of {A_city} commemorates the victims of a famine that struck the region in the last century.
h,nb|Parts of the border between the two countries have never been fully demarcated, and maps used by each side differ.
r=europe/slavic|During the Second World War, much of {A_town} was destroyed, and it took decades to rebuild.
A former merchant's mansion in {A_town} now houses a museum of local history, and its gardens are open to the public on weekends.
The region changed hands several times in the nineteenth century, and its mixed population still reflects that history.
The old railway line linking {A_city} with {A_town}, opened in {year_very_old}, is now used mainly by freight trains.
ow,r=europe/slavic/latam|The cathedral in {A_town} was completed in {year_very_old} after almost a century of construction, and its bell tower can be seen from miles away.
ow|The old fortress above {A_town} was built to guard the river crossing and withstood several sieges.
np|Historians say the famine of the last century left deep scars on the villages around {A_town}.
The constitution has been amended several times, most recently to change the rules on the appointment of judges.
r=europe/slavic|The old Jewish quarter of {A_town}, once home to thousands of families, is now a protected historic district.
# --- quotes
"The situation remains very fluid, and things could change quickly," one analyst said.
h|"Nobody wants a war, but nobody is willing to take the first step back either," a diplomat in {venue} said.
"It is too early to say whether this will last," said a researcher at a think tank in {A_city}.
"The economy needs stability more than anything else," a banker in {A_ecity} said, asking not to be named.
"We have seen this before, and it usually ends in disappointment," said a retired diplomat.
"Markets hate uncertainty, and there is plenty of it at the moment," said an economist at a bank in {A_ecity}.
"The key question is whether the agreement will be implemented on the ground," said one observer.
"People are exhausted, and they want to see results," a local official in {A_town} said.
"There are no easy solutions here," said a professor of international relations at a university in {A_city}.
"Everyone is waiting to see what happens next," said a shop owner in the center of {A_city}.
"The numbers do not add up," said an economist who has studied the budget, adding that spending would have to be cut.
"It is a small step, but it is a step in the right direction," said a researcher who follows the talks closely.
"What matters now is the next harvest," said a farmer near {A_town}, pointing to his dry fields.
"Trust takes years to build and only days to destroy," said a former negotiator, speaking at a conference in {venue}.
"This is not a crisis that can be solved in a week," one senior diplomat said.
"We are prepared for every scenario," said a local official responsible for emergency planning in {A_town}.
dem|"The public mood has changed a lot in the last few months," said a pollster in {A_city}.
# --- analysis
dem|Analysts said the move was likely aimed at a domestic audience ahead of local elections {month_future}.
h|It was not immediately possible to verify the claims independently, and requests for access to the area have so far been refused.
The ministry did not respond to a request for comment on {weekday}, and its website carried no statement on the matter.
Details of the agreement were not made public, and officials declined to say when it would take effect.
Some analysts say the timing of the announcement was no coincidence, coming just weeks before a major summit.
Diplomats say the issue is likely to dominate the agenda of the meeting in {venue} {month_future}.
c|The figures could not be confirmed, and the authorities have not published casualty numbers for several weeks.
h|Experts caution that satellite images alone cannot show the full picture of what is happening on the ground.
The full text of the statement was published on the ministry's website late on {weekday}, several hours after the first reports appeared.
dem|Observers say a breakthrough is unlikely before the elections, which are due {month_future} and which have already dominated the political debate for months.
The government has not said how much the program will cost or how it will be financed, and opposition lawmakers have demanded a detailed plan.
h|The report, which runs to more than {n_hundred} pages, is based on interviews with more than {n_dozen} witnesses.
It was not clear how many people were still missing, and the search was expected to resume at first light.
A spokesman for the city council said the cause of the fire, which destroyed a warehouse and two shops, was still under investigation.
The figures are preliminary and may be revised, the statistics office said.
Further details are expected to be released {month_future}, when the annual report is published and presented to lawmakers.
The incident is the latest in a series that has raised questions about safety standards in the industry.
Officials said it was too early to estimate the cost of the damage, which insurers expect to run into the hundreds of millions.
# --- hardneg
{A_leader}, who took office in {A_since}, has made economic reform the centerpiece of the government's agenda.
{A_leader} did not mention {B} in a speech to {A_parl} {day}, which focused almost entirely on the economy.
A meeting between {A_leader} and {B_leader} is not on the agenda of the summit, officials said.
It is unclear whether {A} and {B} will resume talks on {topic} before the end of the year.
h|Analysts say a military confrontation between {A} and {B} remains unlikely, despite the harsh rhetoric.
Neither {A} nor {B} has commented publicly on the reports, which appeared in several newspapers {day}.
{A_poss} foreign ministry is housed in a large stone building on a quiet square, guarded by a single policeman.
Had the talks succeeded, {A} would have been the first country in the region to sign such an agreement.
{A_leader} is expected to spend the weekend at a residence outside {A_city}, according to the official schedule.
A visit by {A_fm} to {B} was discussed last year but never took place, and no new date has been proposed.
h|Leaders of {A} and {B} have met only rarely in recent years, and their last encounter was brief.
h|Direct flights between {A} and {B} have been suspended for long periods, forcing travelers to change planes in {venue}.
The finance minister of {A} is due to present the annual budget to {A_parl} {month_future}, and debate on it is expected to last several weeks.
Whether {A} will take part in the next round of talks on {topic} has not yet been decided.
dem|Polls show that most people in {A} know little about {B} and rarely travel there, although interest has grown among younger people.
nb|{A} and {B} use different electrical standards, which complicates plans to link their grids.
{A_leader} spent {weekday} touring flood-hit villages near {A_town} and meeting local officials, according to the official schedule, which made no mention of foreign policy.
{A_leader} has not given an interview to foreign media since {recent_month_bare}.
Analysts in {A_city} expect the government to stick to its current policy toward {B} for now.
nb|{A} and {B} together are home to a large share of the region's population.
If the weather holds, the harvest in {A} could be the largest since {year_past}, agronomists said.
Neither side has said when or where the next meeting might take place.
{A_leader} was not present at the ceremony, which was attended by several ministers and local officials.
A spokesperson for {A_min} said on {weekday} there was nothing new to report.
There was no immediate reaction from officials in {A_city} to the reports, which circulated widely on social media late in the evening.
emb|The embassy of {B} in {A_city} is located in a quiet residential district near the river, surrounded by villas built in the last century.
ns,emb|Students from {B} make up the second-largest group of foreign students at universities in {A}.
p,dem|Polls show that a majority of people in both {A} and {B} view the other country favorably.
ns,emb|Companies from {B} employ about {n_thousand} people in {A}, mostly in manufacturing and retail.
# --- health
Hospitals in {A_city} reported a sharp rise in cases of seasonal flu {day}, and some postponed routine operations.
A measles outbreak in the villages around {A_town} has infected more than {n_hundred} children since {recent_month_bare}.
The health ministry said the number of people waiting for hip and knee operations had fallen by {pct_int} percent in a year.
Researchers at a university in {A_city} have developed a cheap test that can detect malaria in less than ten minutes.
A new children's hospital with {n_hundred} beds opened in {A_town} {day}, replacing a building that dated from {year_old}.
Doctors warn that smoking rates among teenagers in {A} have started to rise again after years of decline.
The vaccination campaign aims to reach {n_thousand} children in remote districts before the rainy season.
Scientists in {A} have recorded the return of a rare species of wildcat to forests near {A_town}, decades after it was last seen.
A satellite built by engineers in {A_city} was launched successfully {day}, and will be used to monitor crops and forests.
Schools in {A} will introduce compulsory lessons in computer programming from the next academic year, although many still lack enough computers.
Thousands of teachers in {A} are due to retire in the next five years, and there are not enough graduates to replace them.
The university in {A_town} has opened a new faculty of medicine, its first intake limited to {n_dozen} students.
Exam results published {day} showed that the share of pupils passing mathematics rose to {pct_int} percent.
The new high-speed railway line between {A_city} and {A_town} has cut the journey time to just over {nw} hours.
Traffic in {A_city} was gridlocked for much of {weekday} after a burst water main flooded a major intersection.
The national airline of {A} plans to add {n_dozen} new routes next year, most of them to destinations in Asia.
A new bridge across the river at {A_town}, due to open {month_future}, is the longest in the country.
Bus drivers in {A_city} will receive a pay rise of {pct} percent under a deal agreed with the city council.
Work on the motorway bypass around {A_town} is {nw} years behind schedule and well over budget.
The number of cyclists in {A_city} has doubled since the city built a network of protected bike lanes.
Air pollution in {A_city} exceeded safe levels on more than {n_dozen} days last year, according to environmental monitors.
Volunteers planted more than {n_thousand} trees on the hills above {A_town} over the weekend, part of an effort to restore forests lost to fires.
A wind farm off the coast near {A_port} began supplying power to the grid {day}, the operator said.
The lake near {A_town} has shrunk by almost a third over the past two decades as farmers draw more water for irrigation.
Plastic waste washing up on the beaches near {A_port} has become a growing problem for local fishermen.
Recycling rates in {A} remain low, with about {pct_int} percent of household waste collected separately and most of the rest sent to landfill.
Engineers say the dam above {A_town} needs urgent repairs after cracks were discovered during a routine inspection.
Solar panels now cover the roofs of most public buildings in {A_town}, which aims to be carbon neutral by {year_future}.
# --- economy
A car factory near {A_town} will cut {n_hundred} jobs next year, citing falling demand in Europe.
A technology start-up based in {A_ecity} raised {mn} million dollars from investors {day}, one of the largest such deals in the country.
The country's largest supermarket chain said it would freeze the prices of {n_dozen} basic foods until the end of the year.
Dockworkers at the port of {A_port} voted {day} to accept a new pay deal, ending a dispute that had lasted months.
The state electricity company of {A} reported a loss of {mn} million dollars for the first half of the year.
Mortgage rates in {A} have risen to their highest level since {year_past}, according to a survey of lenders.
r=africa/latam/eastasia/southasia|Coffee growers in the hills around {A_town} expect a strong harvest this year thanks to a wet spring.
r=southasia/mideast|Gold prices in the jewelry markets of {A_ecity} hit a record {day}, as families rushed to buy before the wedding season.
A textile mill in {A_town} that employed {n_hundred} workers closed {day} after years of losses.
The {A_sadj} stock exchange will extend its trading hours from next month in an effort to attract more foreign investors, its operator said.
Shipping costs for goods leaving {A} have almost doubled since the start of the year, exporters say.
Rents for office space in central {A_ecity} fell by {pct_int} percent last year as more companies adopted remote working.
The government in {A_city} plans to sell a minority stake in the national telecommunications company next year.
Wheat farmers in {A} are expected to plant a smaller area this season because of the high cost of fertilizer.
# --- weather
Light rain is forecast for {A_city} on {weekday_next}, with temperatures of around {temp_mild} degrees and clearer skies expected by the weekend.
r=europe/slavic/anglo/eastasia/mideast/southasia|The first snow of the winter fell on the mountains near {A_town} {day}, several weeks earlier than usual.
Strong winds toppled trees and damaged roofs in {A_town} overnight, but no injuries were reported and power was restored by the morning.
Hail the size of walnuts damaged cars and greenhouses around {A_town} {day}, and farmers said part of the fruit harvest had been lost.
The summer in {A} was the hottest on record, according to the national weather service, with temperatures well above average for weeks on end.
A cold front is expected to bring temperatures down sharply across {A} by the end of the week.
# --- sport
The {A_sadj} national football team will play its next home match in {A_town} because the stadium in {A_city} is being renovated.
A young goalkeeper from {A_town}, who only turned professional last year, has been called up to the national squad for the first time.
The city of {A_town} will host the national athletics championships {month_future}.
The {A_sadj} table tennis player {pm} won a bronze medal at the world championships {day}, the country's best result at the event in years.
Thousands of people lined the streets of {A_town} for the annual carnival parade, which dates back to the nineteenth century.
A choir from {A_town} won first prize at an international competition, beating ensembles from {n_dozen} countries.
The new season at the opera house in {A_city} opens {month_future} with a production of a rarely performed work.
A bestselling cookbook by the {A_sadj} chef {pm}, built around recipes collected from home cooks, has been translated into {n_dozen} languages.
The film, shot entirely in the streets of {A_town}, has become the most-watched domestic release of the year.
A museum dedicated to the history of the railway opened in {A_town}, displaying locomotives dating back to {year_very_old}.
# --- human
{pm}, a {age}-year-old {occupation} from {A_town}, said he had not been able to find steady work for more than a year.
"We grew up with nothing, and we learned to share," said {pm}, {age_old}, who still lives in the village where he was born.
{pm}, a fisherman in {A_port}, said catches had fallen so much that his sons had moved to the city.
In {A_town}, a retired engineer has spent {nw} years building a scale model of the city as it looked a century ago.
Every weekend, families in {A_town} gather in the park by the river for picnics and games of football.
{pf}, a {age}-year-old {occupation}, said she had started growing vegetables on her balcony to save money.
Students in {A_city} have set up a free repair shop where volunteers fix bicycles, radios and old phones.
The bakery on the corner of the main square in {A_town} has been run by the same family since {year_old}.
A local radio station in {A_town} has broadcast the same morning program, presented by the same voice, for {n_dozen} years.
The covered market in {A_city}, which dates from the nineteenth century, reopened {day} after a two-year renovation.
A narrow-gauge railway still carries passengers through the valley above {A_town} in summer, stopping at villages that have no road connection.
# --- hardneg
{A_fm} has held the post since {A_fm_since}.
No date has been set for a visit by {A_leader} to {B}, although invitations have been extended in the past.
{A} and {B} are both members of the organization, but they have rarely voted the same way on major resolutions.
Diplomats in {venue} said they did not expect any announcement on {topic} before the end of the month.
{A_leader} is due to address the nation {month_future}, but aides said the speech would focus on the economy.
Questions about {B} were not raised at the news conference, which was devoted to the budget.
Had {A} joined the agreement in {year_past}, its exporters would now be paying much lower tariffs, economists estimate.
h|Official visits between {A} and {B} at the level of heads of government have been rare, and none is currently planned.
dem|A poll in {A} found that {pct_int} percent of respondents had never heard of the agreement with {B}.
Neither government has said whether the joint commission set up in {year_past} will meet again.
# --- analysis
nc|The talks are expected to resume {month_future}.
h|No casualties were reported in {A_town} overnight.
The ministry declined to give further details {day}.
h|It was the {nth} such incident this year.
Further talks are planned {month_future}, officials said.
# --- economy
Inflation stood at {pct} percent in {recent_month_bare}.
Prices have risen by {pct} percent since {recent_month_bare}.
Markets in {A_city} were closed {day} for a public holiday.
Tourism accounts for about {pct_int} percent of jobs in {A_town}.
# --- weather
The weather in {A_city} was mild and sunny {day}.
Rain is forecast for {A_city} on {weekday_next}.
# --- health
Schools in {A_town} remained closed for a {nth} day {day}.
Power was restored to most of {A_town} by {weekday} evening.
# --- culture
The festival in {A_town} runs until {weekday_next}.
The museum in {A_town} is open daily except on {weekday}.
# --- sport
The match in {A_city} {day} ended in a goalless draw.
# --- statistics
The population of {A_town} has grown steadily over the past decade as families move in from the surrounding villages.
# --- human
np|Fuel is rationed in {A_town}, residents said.
# --- places
nb|The border crossing near {A_town} was quiet {day}.
# --- background
c,bf|Long queues formed at checkpoints leading out of {A_town}, where many residents were trying to leave with whatever they could carry in their cars, on carts and on foot.
h,sb,dem|The dispute has become a staple of political debate in {A}, where opposition parties have accused the government of being too soft and nationalist groups have organized petitions and rallies.
# --- economy
Economists at several banks said that unless energy prices fall sharply over the winter, growth in {A} is likely to stall next year, with the construction and retail sectors hit hardest.
"""

# ===========================================================================
# Engine
# ===========================================================================

class Missing(Exception):
    """A template asks for something the actor (or article) does not have."""


def parse_templates(block, with_categories=False):
    out, category = [], None
    for line in block.strip().splitlines():
        line = line.strip()
        if line.startswith("# ---"):
            category = line[5:].strip()
            continue
        if not line or line.startswith("#"):
            continue
        tags = ()
        m = re.match(r"^([a-z=/,]+)\|(.*)$", line)
        if m:
            tags = tuple(m.group(1).split(","))
            line = m.group(2)
        out.append((tags, line, category))
    return out


def parse_pieces(items):
    out = []
    for it in items:
        tags, text = (), it
        m = re.match(r"^([a-z0-9,]+)\|(.*)$", it)
        if m:
            tags, text = tuple(m.group(1).split(",")), m.group(2)
        out.append((tags, text))
    return out


EVENTS = []      # (template id, family, tags, text, category)
for fam in sorted(EVENT_TEMPLATES):
    for i, (tags, text, _) in enumerate(parse_templates(EVENT_TEMPLATES[fam]), 1):
        EVENTS.append(("E%s-%02d" % (fam, i), fam, tags, text, None))
NONEVENTS = []
for i, (tags, text, cat) in enumerate(parse_templates(NONEVENT_TEMPLATES), 1):
    if "{B" in text and "sb" not in tags:
        tags = tags + ("sb",)       # background sentences speak of B as a country
    NONEVENTS.append(("N%03d" % i, None, tags, text, cat))
EVENTS_BY_FAMILY = {}
for t in EVENTS:
    EVENTS_BY_FAMILY.setdefault(t[1], []).append(t)
NONEVENTS_BY_CATEGORY = {}
for t in NONEVENTS:
    NONEVENTS_BY_CATEGORY.setdefault(t[4], []).append(t)
EV_PREFIXES, EV_TAILS = parse_pieces(EVENT_PREFIXES), parse_pieces(EVENT_TAILS)
TOPIC_ITEMS = parse_pieces(TOPICS)
NE_PREFIXES = parse_pieces(NONEVENT_PREFIXES)


def holder(entries, date):
    for e in entries:
        if e[3] <= date < e[4]:
            return e
    return None


def iso(d):
    return d.isoformat()


def add_months(d, k):
    m = d.month - 1 + k
    y = d.year + m // 12
    return y, m % 12 + 1


class Actor:
    def __init__(self, key, date, towns=None):
        self.key = key
        self.date = date
        self.battle_towns = towns            # where the fighting is, if the dyad says so
        self.head = HEADLINE_NAMES.get(key)
        if key in STATES:
            self.kind = "state"
            (self.name, self.adj, _, self.metonym, self.headtitle, self.region, _) = STATES[key]
            self.capital = capital_for(key, date)
            self.towns = towns_for(key, date) or [self.capital]
            self.leader = holder(LEADERS.get(key, []), date)
            self.fm = holder(FOREIGN_MINISTERS.get(key, []), date)
            self.mil = None
        elif key in ORGS:
            o = ORGS[key]
            self.kind = "org"
            self.name, self.adj, self.mil, self.spox_text = o["name"], o["adj"], o["mil"], o["spox"]
            self.leader = holder(o["leaders"], date)
            self.fm = self.leader if key == "eu" else None
            self.towns, self.region, self.capital = [], None, None
        elif key in GROUPS:
            g = GROUPS[key]
            self.kind = "group"
            self.name, self.adj, self.mil = g["name"], g["adj"], g["mil"]
            self.towns = list(g["towns"])
            self.leader = holder(g["leaders"], date)
            self.fm, self.region, self.capital = None, STATES[g["host"]][5], None
        else:
            raise KeyError(key)
        if self.head is None:
            self.head = self.name[4:] if self.name.startswith("the ") else self.name

    @staticmethod
    def exists(key, date):
        if key in STATES:
            return STATE_FROM.get(key, "0000") <= date < STATE_UNTIL.get(key, "9999")
        if key in ORGS:
            return ORGS[key].get("since", "0000") <= date
        return key in GROUPS

    @staticmethod
    def possessive(name):
        return name + ("'" if name.endswith("s") else "'s")


def person_full(entry, adj):
    title, name = entry[0], entry[1]
    if title.startswith("!"):
        return "%s %s" % (title[1:], name)
    return "%s %s %s" % (adj, title, name)


class Article:
    """Slot values for one article seen from one direction (A acts on B)."""

    def __init__(self, rng, date, actors, theme, opts, combat, mentioned, combat_against=""):
        self.rng = rng
        self.date = date                     # datetime.date
        self.actors = actors                 # role letter -> Actor
        self.theme = theme
        self.opts = opts
        self.combat = combat                 # kinds of violence A may use against B
        self.combat_against = combat_against # kinds of violence B may use against A
        self.mentioned = mentioned           # people already introduced in full (shared)

    # --- generic slots ------------------------------------------------------
    def weekday_back(self):
        k = self.rng.choice([0, 1, 1, 1, 2, 2, 3])
        return WEEKDAYS[(self.date - dt.timedelta(days=k)).weekday()]

    def generic(self, name, cache):
        r = self.rng
        if name in cache:
            return cache[name]
        d = self.date
        if name in ("day", "day2"):
            return "on " + self.weekday_back()
        if name == "weekday":
            return self.weekday_back()
        if name == "weekday_next":
            return WEEKDAYS[(d + dt.timedelta(days=r.randint(1, 4))).weekday()]
        if name in ("recent_month", "recent_month_bare"):
            y, m = add_months(d, -r.randint(1, 5))
            return ("in " if name == "recent_month" else "") + MONTHS[m - 1]
        if name == "past_my":
            y, m = add_months(d, -r.randint(8, 60))
            if y < 1996:
                y, m = 1996, r.randint(1, 12)
            return "%s %d" % (MONTHS[m - 1], y)
        if name == "month_future":
            y, m = add_months(d, r.randint(1, 4))
            return "in " + MONTHS[m - 1]
        if name == "month_name":
            return r.choice(MONTHS)
        if name in ("spring_month", "harvest_month"):
            focus = self.actors.get("A")
            south = focus is not None and focus.key in SOUTHERN
            months = {("spring_month", False): [3, 4, 5], ("spring_month", True): [9, 10, 11],
                      ("harvest_month", False): [8, 9, 10], ("harvest_month", True): [2, 3, 4]}[(name, south)]
            return MONTHS[r.choice(months) - 1]
        if name == "since_rel":
            return r.choice(["last month", "earlier this month", "last week", "the start of the month"])
        if name == "projectiles":
            a = self.actors.get("A")
            return "rockets" if a is not None and a.kind == "group" else r.choice(["missiles", "rockets and missiles"])
        if name == "crop":
            return r.choice(CROPS)
        if name == "year_past":
            return str(max(1991, d.year - r.randint(3, 20)))
        if name == "year_recent":
            return str(d.year - r.randint(1, 4))
        if name == "year_future":
            return str(d.year + r.randint(2, 10))
        if name == "year_old":
            return str(r.randint(1890, 1985))
        if name == "year_very_old":
            return str(r.randint(1838, 1899))
        if name == "decade":
            return r.choice(["1980s", "1990s"] if d.year < 2008 else ["1990s", "2000s"])
        if name == "nw":
            return r.choice(NUM_WORDS)
        if name == "nw_cap":
            return r.choice(NUM_WORDS).capitalize()
        if name == "nth":
            return r.choice(ORDINALS)
        if name == "n_dozen":
            return str(r.randint(12, 95))
        if name == "n_hundred":
            return str(r.randint(12, 95) * 10)
        if name == "n_thousand":
            return "{:,}".format(r.randint(12, 450) * 100)
        if name == "n_thousand_small":
            return "{:,}".format(r.randint(11, 34) * 100)
        if name == "n_small_even":
            v = r.choice([10, 12, 14, 16])
            cache["n_small_even2"] = str(v + r.choice([2, 4]))
            return str(v)
        if name == "pct":
            return "%.1f" % (r.randint(4, 98) / 10)
        if name == "pct_small":
            return "%.1f" % (r.randint(2, 39) / 10)
        if name == "pct_urban":
            return str(r.randint(55, 92))
        if name == "pct_int":
            return str(r.randint(8, 78))
        if name == "bn":
            return "%.1f" % (r.randint(12, 680) / 10)
        if name == "mn":
            return str(r.randint(15, 950))
        if name == "temp":
            hot = self.focus_region() in ("mideast", "southasia", "africa")
            return str(r.randint(39, 48) if hot else r.randint(29, 37))
        if name == "temp_low":
            return str(r.randint(8, 32))
        if name == "temp_mild":
            return str(r.randint(8, 18))
        if name == "pop":
            return "%.1f" % (r.randint(12, 148) / 10)
        if name == "life_exp":
            return str(r.randint(64, 83))
        if name == "median_age":
            focus = self.actors.get("A")
            return str(r.randint(38, 48) if focus is not None and focus.key in RICH else r.randint(18, 33))
        if name == "pct_mod":
            return str(r.randint(5, 35))
        if name == "age":
            return str(r.randint(24, 71))
        if name == "age_young":
            return str(r.randint(18, 24))
        if name == "age_old":
            return str(r.randint(72, 94))
        if name in ("topic", "topic2") and any(x.kind == "group" for x in self.actors.values()):
            other = cache.get("topic" if name == "topic2" else "topic2")
            return r.choice([t for t in GROUP_TOPICS if t != other])
        if name in ("topic", "topic2"):
            other = cache.get("topic" if name == "topic2" else "topic2")
            return r.choice([t for tags, t in TOPIC_ITEMS if t != other and self.check_tags(tags)])
        if name == "sector":
            return r.choice(SECTORS)
        if name == "commodity":
            return r.choice(COMMODITIES)
        if name == "venue":
            own = [a.capital for a in self.actors.values() if a.capital]
            return r.choice([v for v in VENUES if v not in own])
        if name == "summit":
            return r.choice(SUMMITS)
        if name == "disaster":
            return r.choice(DISASTERS)
        if name == "weapon":
            return r.choice(WEAPONS)
        if name == "target_mil":
            return r.choice(TARGETS_MIL)
        if name == "target_civ":
            return r.choice(TARGETS_CIV)
        if name == "occupation":
            return r.choice(OCCUPATIONS)
        if name == "sport_event":
            return r.choice(SPORTS_EVENTS)
        if name == "score":
            a = r.randint(1, 4)
            return "%d-%d" % (a, r.randint(0, a - 1))
        if name == "minute":
            n = r.randint(5, 90)
            suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return "%d%s" % (n, suf)
        if name in ("person", "pf", "pm"):
            fem, mal, sur, surname_first = NAME_POOLS[self.name_pool()]
            pool = fem if name == "pf" else mal if name == "pm" else fem + mal
            given, family = r.choice(pool), r.choice(sur)
            return "%s %s" % ((family, given) if surname_first else (given, family))
        if name == "club":
            town = self.actor_slot("A", "town", cache)
            return r.choice(["%s City", "Sporting %s", "FC %s", "%s Rovers"]) % town
        raise KeyError("unknown slot " + name)

    def name_pool(self):
        for role in "AB":
            a = self.actors.get(role)
            if a is not None and a.kind == "state":
                return NAME_POOL_OF.get(a.key, REGION_POOL[a.region])
        return "anglo"

    def focus_region(self):
        for role in "AB":
            a = self.actors.get(role)
            if a is not None and a.region:
                return a.region
        return "europe"

    # --- actor slots --------------------------------------------------------
    def mention(self, entry, adj, local):
        """Full title and name on first mention in the article, then the short name."""
        ident = entry[1]
        if ident in self.mentioned or ident in local:
            return entry[2]
        local.append(ident)
        return person_full(entry, adj)

    def actor_slot(self, role, field, cache, local=None):
        a = self.actors.get(role)
        if a is None:
            raise Missing(role)
        r = self.rng
        state, group = a.kind == "state", a.kind == "group"
        local = [] if local is None else local
        if field == "":
            return a.name
        if field == "head":
            return a.head
        if field == "poss":
            return a.possessive(a.name)
        if field == "adj":
            return a.adj
        if field in ("s", "sposs", "sadj"):
            if not state:
                raise Missing(field)
            return {"s": a.name, "sposs": a.possessive(a.name), "sadj": a.adj}[field]
        if field == "g":
            if not group:
                raise Missing(field)
            return a.name
        if field == "cap":
            if not (state and a.metonym):
                raise Missing(field)
            return a.capital
        if field == "city":
            if not state:
                raise Missing(field)
            return a.capital
        if field == "port":
            if not state or a.key not in PORTS:
                raise Missing(field)
            key = "port_" + role
            if key not in cache:
                cache[key] = r.choice(PORTS[a.key])
            return cache[key]
        if field == "ecity":
            if not state:
                raise Missing(field)
            return ECONOMIC_CITY.get(a.key, a.capital)
        if field == "town":
            towns = (a.battle_towns or a.towns) if cache.get("_battle") else a.towns
            if not towns:
                raise Missing(field)
            key = "town_" + role
            if key not in cache:
                cache[key] = r.choice(towns)
            return cache[key]
        if field == "force":
            if state:
                return "%s forces" % a.adj
            if a.mil:
                return a.mil
            raise Missing(field)
        if field == "actor":
            if not state:
                return a.name
            opts = [a.name, a.name]
            if a.metonym:
                opts.append(a.capital)
            opts.append(self.actor_slot(role, "gov", cache))
            return r.choice(opts)
        if field == "leader":
            if a.leader:
                return self.mention(a.leader, a.adj, local)
            if state:
                return "the %s %s" % (a.adj, a.headtitle)
            raise Missing(field)
        if field == "fm":
            if state and self.internal():
                raise Missing(field)
            if a.fm:
                return self.mention(a.fm, a.adj, local)
            if state:
                if a.key == "usa":
                    return "the US secretary of state"
                if a.key == "uk":
                    return "the British foreign secretary"
                return "the %s foreign minister" % a.adj
            raise Missing(field)
        if field == "gov":
            if not state:
                raise Missing(field)
            return r.choice(GOV_OVERRIDE.get(a.key, ["the %s government" % a.adj]))
        if field == "min":
            if not state:
                raise Missing(field)
            if self.internal():
                return "the %s government" % a.adj
            return FOREIGN_MINISTRY.get(a.key, "the %s Foreign Ministry" % a.adj)
        if field == "defchief":
            if not state:
                raise Missing(field)
            return DEFENSE_CHIEF.get(a.key, "the %s defense minister" % a.adj)
        if field == "parl":
            if not state:
                raise Missing(field)
            return LEGISLATURE.get(a.key, "parliament")
        if field == "defmin":
            if not state:
                raise Missing(field)
            return DEFENSE_MINISTRY.get(a.key, "the %s Defense Ministry" % a.adj)
        if field == "mil":
            if state:
                return r.choice(["%s forces", "%s troops", "%s forces"]) % a.adj
            if a.mil:
                return a.mil
            raise Missing(field)
        if field == "army":
            if not state:
                raise Missing(field)
            if a.key in ARMY:
                return ARMY[a.key]
            return r.choice(["the %s military", "the %s army"]) % a.adj
        if field == "spox":
            if state:
                return r.choice(["a spokesperson for %s" % self.actor_slot(role, "min", cache),
                                 "a %s government spokesman" % a.adj,
                                 "a spokeswoman for %s" % self.actor_slot(role, "min", cache)])
            if group:
                return "a spokesman for %s" % a.name
            return a.spox_text
        if field == "milspox":
            if state:
                return r.choice(["a spokesman for %s" % self.actor_slot(role, "army", cache),
                                 "a %s military spokesperson" % a.adj])
            if group:
                return "a spokesman for %s" % a.name
            raise Missing(field)
        if field == "officials":
            return "%s officials" % a.adj
        if field == "since":
            if not a.leader:
                raise Missing(field)
            return a.leader[3][:4]
        if field == "fm_since":
            if not a.fm:
                raise Missing(field)
            return a.fm[3][:4]
        raise KeyError("unknown actor slot %s_%s" % (role, field))

    def internal(self):
        """True when the article's dyad is a state and an armed group based on its own territory."""
        a, b = self.actors.get("A"), self.actors.get("B")
        for x, y in ((a, b), (b, a)):
            if x is not None and y is not None and x.kind == "state" and y.kind == "group" \
                    and GROUPS[y.key]["host"] == x.key:
                return True
        return False

    # --- rendering ----------------------------------------------------------
    def check_tags(self, tags):
        a, b, c = self.actors.get("A"), self.actors.get("B"), self.actors.get("C")
        theme = self.theme
        for t in tags:
            if t == "c" and theme != "conflict":
                return False
            if t == "h" and theme not in ("conflict", "tension"):
                return False
            if t == "p" and theme not in ("diplomacy", "cooperation"):
                return False
            if t == "sa" and (a is None or a.kind != "state"):
                return False
            if t == "sb" and (b is None or b.kind != "state"):
                return False
            if t == "ga" and (a is None or a.kind != "group"):
                return False
            if t == "gb" and (b is None or b.kind != "group"):
                return False
            if t == "oa" and (a is None or a.kind == "group"):
                return False
            if t == "ob" and (b is None or b.kind == "group"):
                return False
            if t == "ic" and (c is None or c.kind != "org"):
                return False
            if t == "nb" and not self.opts.get("nb"):
                return False
            if t == "sea" and not self.opts.get("sea"):
                return False
            if t == "isl" and not self.opts.get("isl"):
                return False
            if t in ("w", "g", "s", "a", "x") and t not in self.combat:
                return False
            if t == "bf" and not self.combat_against:
                return False
            if t == "cm" and (c is None or b is None or c.key not in MEMBERS or not MEMBERS[c.key](b)):
                return False
            if t == "bomb" and (a is None or a.key not in BOMBER_STATES):
                return False
            if t == "hl" and (a is None or a.key not in HIGHLANDS):
                return False
            if t == "dir" and "group" in (a.kind, b.kind) and not self.opts.get("direct"):
                return False
            if t.startswith("r=") and (a is None or a.region not in t[2:].split("/")):
                return False
            if t == "m" and theme != "conflict" and not self.opts.get("hi"):
                return False
            if t == "dem" and (a is None or a.key in NO_ELECTIONS):
                return False
            if t == "np" and (a is None or a.key in RICH):
                return False
            if t == "nc" and theme == "cooperation":
                return False
            if t == "emb" and self.opts.get("norel"):
                return False
            if t == "rel" and self.opts.get("norel") and theme != "diplomacy":
                return False
            if t == "nr" and not self.opts.get("norel"):
                return False
            if t in ("kin", "riv", "terr") and not self.opts.get(t):
                return False
            if t == "gx" and (a is None or a.key not in GAS_EXPORTERS):
                return False
            if t == "insp" and (a is None or a.key not in INSPECTED):
                return False
            if t == "bp" and (b is None or b.key in RICH or b.key in MAJOR):
                return False
            if t == "ns" and ((a is not None and a.key in ISOLATED) or (b is not None and b.key in ISOLATED)):
                return False
            if t == "bm" and (b is None or b.key not in MISSILE_STATES):
                return False
            if t == "am" and (a is None or a.key not in MISSILE_STATES):
                return False
            if t == "ow" and (a is None or a.key in NEW_WORLD):
                return False
        return True

    def render(self, text, cache=None, local=None):
        cache = {} if cache is None else cache
        local = [] if local is None else local

        def sub(m):
            name = m.group(1)
            if name[0] in "ABC" and (len(name) == 1 or name[1] == "_"):
                return self.actor_slot(name[0], name[2:], cache, local)
            val = self.generic(name, cache)
            if name in ("topic", "topic2"):
                cache[name] = val
            return val

        return re.sub(r"\{([A-Za-z_0-9]+)\}", sub, text), local


VOWEL_SOUND_WORDS = {"EU", "IAEA", "FSA", "HTS", "RSF", "M23", "MP", "NGO", "FBI", "hour", "honest", "heir",
                     "OSCE", "ASEAN"}
CONSONANT_SOUND_PREFIXES = ("Uk", "Uz", "Ug", "Uru", "Eu", "US", "UN", "one", "One", "uni", "Uni", "use", "usu")


def wants_an(word):
    w = word.lstrip('"(')
    if not w:
        return False
    core = re.split(r"[-\s,.]", w)[0]
    if core in VOWEL_SOUND_WORDS:
        return True
    if w[0].isdigit():
        digits = re.match(r"[\d,]+", w).group(0)
        return digits.startswith("8") or digits.split(",")[0] in ("11", "18")
    if w.startswith(CONSONANT_SOUND_PREFIXES):
        return False
    return w[0] in "AEIOUaeiou"


def finish(s):
    def fix(m):
        art, word = m.group(1), m.group(2)
        new = "an" if wants_an(word) else "a"
        if art[0].isupper():
            new = new.capitalize()
        return new + " " + word
    s = re.sub(r"\b(a|an|A|An) (\S+)", fix, s)
    s = re.sub(r"\s+", " ", s).strip()
    i = 1 if s.startswith('"') else 0
    return s[:i] + s[i].upper() + s[i + 1:]


PUNCT = set('.,;:!?"()[]')


def ntokens(sentence):
    """Whitespace-separated words plus the punctuation marks attached to their edges."""
    n = 0
    for w in sentence.split():
        while w and w[0] in PUNCT:
            n += 1
            w = w[1:]
        while w and w[-1] in PUNCT:
            n += 1
            w = w[:-1]
        if w:
            n += 1
    return n


NO_TAIL = re.compile(r'(\b(said|say|says|reported|showed|confirmed|announced|added|warned|concluded|estimate|found|'
                     r'estimates|note|show|organizers said|officials said)|")\.?$')
MAX_TOKENS = 45


def random_date(rng, lo, hi):
    a = max(dt.date.fromisoformat(lo), DATE_MIN)
    b = min(dt.date.fromisoformat(hi), DATE_MAX)
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


class Generator:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.seen = {}            # sentence -> article id
        self.uses = {}            # template id -> count
        self.records = []         # per sentence: (article id, template id, family or None, tokens, text, category)
        self.themes = []          # per article: theme of its dyad

    def pick_template(self, pool, art, used_here):
        cands = [t for t in pool if t[0] not in used_here and art.check_tags(t[2])]
        if not cands:
            return None
        weights = [1.0 / (1 + self.uses.get(t[0], 0)) ** 2 for t in cands]
        return self.rng.choices(cands, weights)[0]

    def decorate(self, art, t, is_event, lead, cache, local):
        """Render template t, sometimes with an opening phrase or a closing clause."""
        rng = self.rng
        fam = t[1]
        bands = () if fam is None else ("f1",) if fam <= "08" else ("f2",) if fam <= "12" else \
            ("f2", "fx") if fam <= "17" else ("f3",)

        def fits(tags):
            return art.check_tags([x for x in tags if x not in ("f1", "f2", "f3", "fx")]) and \
                all(x in bands for x in tags if x in ("f1", "f2", "f3", "fx"))
        text = t[3]
        cache["_battle"] = "c" in t[2]
        body, local = art.render(text, cache, local)
        prefix = tail = ""
        starts_plain = not text.startswith(('"', "{nw_cap}", "If ", "Unless ", "Had ", "In ", "At ", "During ", "Under ",
                                            "After ", "Rejecting ", "Dressed ", "Speaking ", "Through ", "Praise ",
                                            "For many", "Every ", "Weather permitting", "According to"))
        if not is_event and t[4] not in PREFIX_CATEGORIES:
            starts_plain = False
        p_pre, p_tail = (0.12, 0.55) if is_event else (0.08, 0.80)
        if not lead and starts_plain and rng.random() < p_pre and ntokens(body) <= MAX_TOKENS - 12:
            pool = [p for p in (EV_PREFIXES if is_event else NE_PREFIXES) if fits(p[0])]
            prefix, _ = art.render(rng.choice(pool)[1], cache, local)
            if not text.startswith("{"):
                body = body[0].lower() + body[1:]
        if not prefix and body.endswith(".") and not NO_TAIL.search(body) and "according to" not in body.lower() \
                and '"' not in body and not re.search(r"\b(said|say|says)\b", body) and rng.random() < p_tail:
            if is_event:
                pool = [p for p in EV_TAILS if fits(p[0])]
            else:
                pool = [((), x[2]) for x in NONEVENT_TAILS if x[0] == t[4] and re.search(x[1], body)]
            if pool:
                cand, _ = art.render(rng.choice(pool)[1], cache, local)
                if ntokens(prefix + body) + ntokens(cand) <= MAX_TOKENS:
                    tail = cand
        if tail:
            body = body[:-1] + tail + "."
        return finish(prefix + body), local

    def try_sentence(self, art, pool, used_here, is_event, lead=False, tries=40):
        for _ in range(tries):
            t = self.pick_template(pool, art, used_here)
            if t is None:
                return None
            cache = {}
            try:
                text, local = self.decorate(art, t, is_event, lead, cache, [])
            except Missing:
                used_here.add(t[0])   # not renderable in this article
                continue
            if text in self.seen or "{" in text:
                continue
            self.last_cache = cache
            return t, text, local
        return None

    def article(self, idx, scen):
        rng = self.rng
        a_key, b_key, lo, hi, theme, thirds, opts = scen
        self.themes.append(theme)
        for _ in range(50):
            date = random_date(rng, lo, hi)
            ds = iso(date)
            if Actor.exists(a_key, ds) and Actor.exists(b_key, ds):
                break
        thirds = [k for k in thirds if k not in (a_key, b_key) and Actor.exists(k, ds)] or ["un"]
        c_key = rng.choice(thirds)
        towns = opts.get("towns", {})
        A, B, C = Actor(a_key, ds, towns.get(a_key)), Actor(b_key, ds, towns.get(b_key)), Actor(c_key, ds)
        art_id = "bench-%04d" % idx
        n = rng.randint(8, 14)
        k = max(2, round(n * rng.uniform(0.30, 0.50)))
        positions = [0] + sorted(rng.sample(range(1, n), k - 1))
        weights = THEME_FAMILY_WEIGHTS[theme]
        fams = sorted(weights)
        cat_w = THEME_CATEGORY_WEIGHTS[theme]
        cats = sorted(cat_w)
        chosen = []
        while len(chosen) < 4:
            c = rng.choices(cats, [cat_w[x] for x in cats])[0]
            if c not in chosen:
                chosen.append(c)
        used_here = set()
        cat_used = {}
        sentences = []
        title = None
        mentioned = []
        fwd = Article(rng, date, {"A": A, "B": B, "C": C}, theme, opts, opts.get("f", ""), mentioned, opts.get("r", ""))
        rev = Article(rng, date, {"A": B, "B": A, "C": C}, theme, opts, opts.get("r", ""), mentioned, opts.get("f", ""))
        for pos in range(n):
            if pos in positions:
                got = None
                for attempt in range(14):
                    if pos == 0 and attempt < 8:
                        fam = rng.choice(LEAD_FAMILIES[theme])
                    else:
                        fam = rng.choices(fams, [weights[f] for f in fams])[0]
                    p_rev = 0.45 if (theme == "conflict" and "group" in (A.kind, B.kind)) else 0.25
                    if pos == 0:
                        p_rev = 0.3 if "a" in opts.get("r", "") else 0.0
                    art = rev if rng.random() < p_rev else fwd
                    got = self.try_sentence(art, EVENTS_BY_FAMILY[fam], used_here, True, lead=(pos == 0))
                    if got:
                        break
                if not got:
                    raise RuntimeError("no event sentence for %s %s" % (art_id, scen[:5]))
                if pos == 0:
                    title = self.title(art, fam, self.last_cache)
            else:
                art = fwd
                if A.kind != "state" or (B.kind == "state" and rng.random() < 0.35):
                    art = rev
                got = None
                for attempt in range(8):
                    cat = rng.choice(chosen) if attempt < 5 else rng.choice(cats)
                    if cat_used.get(cat, 0) >= (2 if cat in ("quotes", "hardneg") else 4):
                        continue
                    got = self.try_sentence(art, NONEVENTS_BY_CATEGORY[cat], used_here, False)
                    if got:
                        break
                if not got:
                    raise RuntimeError("no non-event sentence for %s" % art_id)
            t, text, local = got
            if t[4]:
                cat_used[t[4]] = cat_used.get(t[4], 0) + 1
            mentioned.extend(local)
            used_here.add(t[0])
            self.uses[t[0]] = self.uses.get(t[0], 0) + 1
            self.seen[text] = art_id
            sentences.append(text)
            self.records.append((art_id, t[0], t[1], ntokens(text), text, t[4]))
        # paragraphs: a one- or two-sentence lead, then blocks of two to four sentences
        first = rng.choice([1, 1, 2])
        paras, i = [sentences[:first]], first
        while i < n:
            size = rng.choice([2, 3, 3, 4])
            if n - (i + size) == 1:
                size += 1
            paras.append(sentences[i:i + size])
            i += size
        body = "\n\n".join(" ".join(p) for p in paras)
        return {"id": art_id, "date": ds, "source": rng.choice(OUTLETS), "title": title, "text": body}

    def title(self, art, fam, lead_cache):
        """A headline for the article, reusing the places and topics of its first sentence."""
        for _ in range(20):
            tpl = self.rng.choice(TITLE_TEMPLATES[fam])
            cache = dict(lead_cache)
            cache["_battle"] = True
            try:
                text, _ = art.render(tpl, cache, list(art.mentioned))
            except Missing:
                continue
            return finish(text)
        return finish("%s and %s at odds" % (art.actors["A"].head, art.actors["B"].head))

    def run(self, n_articles=N_ARTICLES):
        order = list(SCENARIOS)
        self.rng.shuffle(order)
        plan = order[:]
        while len(plan) < n_articles:
            plan.append(self.rng.choice(SCENARIOS))
        plan = plan[:n_articles]
        arts = [self.article(i + 1, s) for i, s in enumerate(plan)]
        # publish in date order, then renumber
        arts.sort(key=lambda x: (x["date"], x["id"]))
        remap = {}
        for i, a in enumerate(arts, 1):
            new = "bench-%04d" % i
            remap[a["id"]] = new
            a["id"] = new
        self.records = [(remap[r[0]],) + r[1:] for r in self.records]
        self.records.sort(key=lambda r: r[0])     # stable: sentence order kept within articles
        return arts


def dump(arts):
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts)


def stats(gen, arts):
    recs = gen.records
    toks = [r[3] for r in recs]
    n_sent = len(recs)
    n_event = sum(1 for r in recs if r[2] is not None)
    fam_counts = {}
    for r in recs:
        if r[2]:
            fam_counts[r[2]] = fam_counts.get(r[2], 0) + 1
    per_art = {}
    for r in recs:
        per_art[r[0]] = per_art.get(r[0], 0) + 1
    used_e = {r[1] for r in recs if r[2]}
    used_n = {r[1] for r in recs if not r[2]}
    # Cross-check against the file's text: every recorded sentence occurs in its article, once.
    texts = {a["id"]: a["text"] for a in arts}
    distinct = set()
    for a_id, sents in _sentences_by_article(gen).items():
        body = texts[a_id]
        assert " ".join(body.split()) == " ".join(s for s in sents), a_id
        distinct.update(sents)
    n_par = sum(a["text"].count("\n\n") + 1 for a in arts)
    lines = []
    lines.append("articles                     %d" % len(arts))
    lines.append("paragraphs                   %d" % n_par)
    lines.append("sentences                    %d" % n_sent)
    lines.append("distinct sentences           %d" % len(distinct))
    lines.append("sentences per article        min %d, mean %.1f, max %d" % (
        min(per_art.values()), n_sent / len(arts), max(per_art.values())))
    lines.append("tokens per sentence          mean %.1f, median %.1f, sd %.1f, min %d, max %d" % (
        statistics.mean(toks), statistics.median(toks), statistics.pstdev(toks), min(toks), max(toks)))
    buckets = [(0, 12), (12, 18), (18, 24), (24, 30), (30, 36), (36, 42), (42, 100)]
    lines.append("token-length distribution    " + ", ".join(
        "%s: %d" % ("%d-%d" % (lo, hi - 1) if hi < 100 else "%d+" % lo, sum(1 for t in toks if lo <= t < hi))
        for lo, hi in buckets))
    lines.append("tokens in total              %d" % sum(toks))
    lines.append("event sentences              %d (%.1f%%)" % (n_event, 100.0 * n_event / n_sent))
    lines.append("non-event sentences          %d (%.1f%%)" % (n_sent - n_event, 100.0 * (n_sent - n_event) / n_sent))
    ev_toks = [r[3] for r in recs if r[2]]
    ne_toks = [r[3] for r in recs if not r[2]]
    lines.append("mean tokens, event/non-event %.1f / %.1f" % (statistics.mean(ev_toks), statistics.mean(ne_toks)))
    lines.append("templates in inventory       %d event, %d non-event" % (len(EVENTS), len(NONEVENTS)))
    lines.append("templates used               %d event, %d non-event" % (len(used_e), len(used_n)))
    lines.append("date range                   %s .. %s" % (min(a["date"] for a in arts), max(a["date"] for a in arts)))
    per = {}
    for a in arts:
        key = a["date"][:3] + "0s"
        per[key] = per.get(key, 0) + 1
    lines.append("articles by decade           " + ", ".join("%s: %d" % kv for kv in sorted(per.items())))
    lines.append("outlets                      %d" % len({a["source"] for a in arts}))
    th = {}
    for t in gen.themes:
        th[t] = th.get(t, 0) + 1
    lines.append("articles by theme            " + ", ".join("%s: %d" % kv for kv in sorted(th.items())))
    cats = {}
    for r in recs:
        if not r[2]:
            cats[r[5]] = cats.get(r[5], 0) + 1
    lines.append("non-event sentences by kind: " + ", ".join("%s %d" % kv for kv in sorted(cats.items())))
    lines.append("event sentences by CAMEO root:")
    for f in sorted(fam_counts):
        lines.append("  %s %-34s %4d" % (f, FAMILY_NAMES[f], fam_counts[f]))
    return "\n".join(lines)


def _sentences_by_article(gen):
    out = {}
    for r in gen.records:
        out.setdefault(r[0], []).append(r[4])
    return out


def main(argv):
    gen = Generator()
    arts = gen.run()
    assert len(gen.seen) == len(gen.records), "repeated sentence"
    data = dump(arts)
    if "--stats" in argv:
        if os.path.exists(OUT):
            with open(OUT, encoding="utf-8") as f:
                same = f.read() == data
            print("news.jsonl matches generator: %s" % ("yes" if same else "NO"))
        print(stats(gen, arts))
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %s: %d articles, %d sentences" % (OUT, len(arts), len(gen.records)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
