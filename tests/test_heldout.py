"""The project's own held-out corpora through the shared scorer.

Both sets are French articles written for evaluation (never copied from ../shared):
- ``heldout``: 17 articles, measured blind first, then used for error analysis;
- ``heldout2``: 16 articles written after that, blind during the first session, then used for
  error analysis in the second;
- ``heldout3``: 18 articles written in the second session, never shown to whoever writes rules or
  gazetteers; only general failure kinds went back;
- ``heldout4``: 14 articles written at the end of the second session, measured once blind, then
  only general failure kinds went back.
- ``heldout5`` (crewed) and ``heldout6`` (uncrewed): 15 articles each, written in the third session,
  measured blind at its start, then read for error analysis;
- ``heldout7`` (mixed): 15 articles, blind through two rule rounds, then read for a last round;
- ``heldout8`` (mixed): 15 articles, blind through session 3, then read in session 4;
- ``heldout9`` (crewed), ``heldout10`` (uncrewed), ``heldout11`` (failures and retrospectives): 15
  articles each, written in session 4, measured blind twice, then read for the session 5 round;
- ``heldout12`` (crewed, retrospectives) and ``heldout13`` (uncrewed, failures): 15 articles each,
  written in session 5, blind through it, then read for the session 6 round;
- ``heldout14`` (crewed, several events per article) and ``heldout15`` (uncrewed, failures): 15
  articles each, written in session 6, blind through it, then read for the session 7 round;
- ``heldout16`` (crewed, across eras) and ``heldout17`` (uncrewed, failures, reviews): 15 articles
  each, written in session 7, blind through it, then read for the session 8 round;
- ``heldout18`` (crewed, 2021-2025 and the Soviet/Gemini eras) and ``heldout19`` (uncrewed and
  mixed): 15 articles each, written in session 8, blind through it, then read for the session 9
  round;
- ``heldout20`` (crewed, Vostok to 2022) and ``heldout21`` (uncrewed, 1966-2025): 15 articles each,
  written in session 9, blind through it, then read for the session 10 round;
- ``heldout22`` (crewed) and ``heldout23`` (uncrewed and mixed): 15 articles each,
  written in session 10, blind through it, then read for the session 11 round;
- ``heldout24`` (crewed) and ``heldout25`` (uncrewed and mixed): 15 articles each,
  written in session 11, blind through it, then read for the session 12 round;
- ``heldout26`` (crewed) and ``heldout27`` (uncrewed and mixed): 15 articles each,
  written in session 12, blind through it, then read for the session 13 round;
- ``heldout28`` (crewed) and ``heldout29`` (uncrewed and mixed): 15 articles each,
  written in session 13, blind through it, then read for the session 14 round;
- ``heldout30`` (crewed) and ``heldout31`` (uncrewed and mixed): 15 articles each,
  written in session 14, blind through sessions 14 and 15, then read for the session 16 round;
- ``heldout32`` (crewed) and ``heldout33`` (uncrewed and mixed): 12 articles each, written in
  session 16 and never read by rule writers: the blind estimate.
Floors sit a little below the scores measured on 2026-11-25, so a drop means a regression in
generalisation and a rise means the floors can be raised.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SCORER, read_jsonl, score_corpus

DATA = Path(__file__).parent / "data"

# name -> (gold file, document count range, floors, ids of non-space texts that give no events)
HELDOUT_SETS = {
    # measured 2026-12-02: entities 0.978, event detection 0.961, event slots 0.927, missions 0.943,
    # temporal 1.00
    "heldout": (
        DATA / "heldout" / "gold.jsonl",
        (17, 17),
        {
            "entities_exact": 0.96,
            "event_detection": 0.93,
            "event_slots": 0.90,
            "mission_slots": 0.91,
            "temporal_values": 0.97,
        },
        ["ho-15-lancement-smartphone", "ho-16-atterrissage-avion", "ho-17-football-fusee"],
    ),
    # measured 2026-12-02 (used for error analysis that day): entities 0.974, event detection 0.932,
    # event slots 0.909, missions 0.930, temporal 1.00
    "heldout2": (
        DATA / "heldout2" / "gold.jsonl",
        (16, 16),
        {
            "entities_exact": 0.95,
            "event_detection": 0.90,
            "event_slots": 0.88,
            "mission_slots": 0.90,
            "temporal_values": 0.97,
        },
        ["h2-15-lancement-voiture", "h2-16-station-ski-helico"],
    ),
    # blind until its first measurement (2026-12-02: entities 0.916, event slots 0.686, missions
    # 0.669, temporal 0.920); only general failure kinds went back to rule writers after that;
    # at the end of that day: entities 0.957, event slots 0.770, missions 0.710, temporal 0.966
    "heldout3": (
        DATA / "heldout3" / "gold.jsonl",
        (18, 18),
        {
            "entities_exact": 0.93,
            "event_detection": 0.70,
            "event_slots": 0.74,
            "mission_slots": 0.68,
            "temporal_values": 0.94,
        },
        ["h3-16-ocean-viking-toulon", "h3-17-metro-ligne14-orly", "h3-18-stromae-multitude"],
    ),
    # measured once blind (2026-12-02: entities 0.958, event slots 0.728, missions 0.687,
    # temporal 0.975) before one last rule round used its failure kinds
    "heldout4": (
        DATA / "heldout4" / "gold.jsonl",
        (14, 14),
        {
            "entities_exact": 0.93,
            "event_detection": 0.77,
            "event_slots": 0.70,
            "mission_slots": 0.66,
            "temporal_values": 0.95,
        },
        ["h4-12-bce-atterrissage-eco", "h4-13-montgolfieres-chambley", "h4-14-switch2-lancement"],
    ),
    # blind at the start of session 3 (entities 0.933, event slots 0.749, missions 0.746, temporal
    # 0.944), then read for error analysis
    "heldout5": (
        DATA / "heldout5" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.97,
            "event_detection": 0.79,
            "event_slots": 0.81,
            "mission_slots": 0.82,
            "temporal_values": 0.92,
        },
        ["h5-13-senegal-fmi-decollage", "h5-14-cgn-saison-leman", "h5-15-startup-station-f-lancement"],
    ),
    # blind at the start of session 3 (entities 0.897, event slots 0.719, missions 0.678, temporal
    # 0.947), then read for error analysis
    "heldout6": (
        DATA / "heldout6" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.96,
            "event_detection": 0.74,
            "event_slots": 0.78,
            "mission_slots": 0.76,
            "temporal_values": 0.92,
        },
        ["h6-13-paquebot-saint-nazaire", "h6-14-fmi-cote-ivoire", "h6-15-metro-liedts"],
    ),
    # blind at the start of session 3 (entities 0.871, event slots 0.641, missions 0.673, temporal
    # 0.943) and after two rule rounds (0.894, 0.664, 0.702), then read for a last round
    "heldout7": (
        DATA / "heldout7" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.91,
            "event_detection": 0.62,
            "event_slots": 0.68,
            "mission_slots": 0.68,
            "temporal_values": 0.92,
        },
        ["h7-13-ram-marrakech-montreal", "h7-14-rem-deux-montagnes", "h7-15-studio-lausanne-jeu"],
    ),
    # never read by rule writers: blind at the start of session 3 (entities 0.882, event slots 0.730,
    # missions 0.733, temporal 0.943) and at the end (0.924, 0.746, 0.765, 0.943)
    "heldout8": (
        DATA / "heldout8" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.9,
            "event_detection": 0.74,
            "event_slots": 0.72,
            "mission_slots": 0.74,
            "temporal_values": 0.92,
        },
        ["h8-13-bierset-atterrissage-urgence", "h8-14-douala-ferry-malabo", "h8-15-rem-deux-montagnes"],
    ),
    # blind (2026-12-03, b57a335): entities 0.955, detection 0.727, event slots 0.752, missions 0.726,
    # temporal 0.959; read for the session 5 round (219cb6a: 0.977, 0.819, 0.811, 0.792, 0.984)
    "heldout9": (
        DATA / "heldout9" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.96,
            "event_detection": 0.79,
            "event_slots": 0.79,
            "mission_slots": 0.77,
            "temporal_values": 0.97,
        },
        ["h9-13-proxima-critique", "h9-14-navette-valinco", "h9-15-drones-colibri"],
    ),
    # blind (2026-12-03, b57a335): entities 0.924, detection 0.808, event slots 0.737, missions 0.652,
    # temporal 0.960; read for the session 5 round (219cb6a: 0.958, 0.849, 0.776, 0.735, 0.989)
    "heldout10": (
        DATA / "heldout10" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.94,
            "event_detection": 0.82,
            "event_slots": 0.75,
            "mission_slots": 0.71,
            "temporal_values": 0.97,
        },
        ["h10-13-hudson-amerrissage", "h10-14-ski-ouverture", "h10-15-leman-express"],
    ),
    # blind (2026-12-03, b57a335): entities 0.947, detection 0.541, event slots 0.633, missions 0.705,
    # temporal 0.892; read for the session 5 round (219cb6a: 0.984, 0.714, 0.725, 0.790, 0.973)
    "heldout11": (
        DATA / "heldout11" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.96,
            "event_detection": 0.69,
            "event_slots": 0.7,
            "mission_slots": 0.77,
            "temporal_values": 0.95,
        },
        ["h11-13-eutelsat-resultats", "h11-14-ndjamena-pont-aerien", "h11-15-trinite-rassemblement"],
    ),
    # blind through session 5 (entities / detection / event slots / missions / temporal:
    # 0.945 / 0.639 / 0.681 / 0.810 / 0.928 at 51c9368, 0.946 / 0.633 / 0.686 / 0.815 / 0.928 at
    # 219cb6a); read for the session 6 round: 0.982 / 0.760 / 0.765 / 0.871 / 0.960
    "heldout12": (
        DATA / "heldout12" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.96,
            "event_detection": 0.73,
            "event_slots": 0.74,
            "mission_slots": 0.85,
            "temporal_values": 0.94,
        },
        ["h12-13-serie-maree-basse", "h12-14-helicoptere-samu-plouarzel", "h12-15-paquebot-sete"],
    ),
    # blind through session 5 (0.919 / 0.732 / 0.726 / 0.682 / 0.949 at 51c9368, 0.924 / 0.739 /
    # 0.738 / 0.705 / 0.954 at 219cb6a); read for the session 6 round: 0.984 / 0.855 / 0.822 /
    # 0.808 / 0.967
    "heldout13": (
        DATA / "heldout13" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.96,
            "event_detection": 0.83,
            "event_slots": 0.80,
            "mission_slots": 0.78,
            "temporal_values": 0.95,
        },
        ["h13-13-tram-t10-antony", "h13-14-banque-canada-atterrissage", "h13-15-vendee-globe-depart"],
    ),
    # written in session 6; blind entities / detection / event slots / missions / temporal: 0.947 /
    # 0.767 / 0.750 / 0.790 / 0.948 at 0ebc691 and 0.947 / 0.767 / 0.752 / 0.797 / 0.943 after the
    # session 6 round; read in session 7: 0.947 / 0.855 / 0.824 / 0.834 / 0.964 after its round
    "heldout14": (
        DATA / "heldout14" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.93,
            "event_detection": 0.83,
            "event_slots": 0.80,
            "mission_slots": 0.81,
            "temporal_values": 0.94,
        },
        [
            "h14-13-transavia-montpellier-inaugural",
            "h14-14-futuroscope-objectif-mars",
            "h14-15-france2030-budget-navette",
        ],
    ),
    # written in session 6; blind 0.939 / 0.635 / 0.662 / 0.663 / 0.920 at 0ebc691 and 0.947 / 0.679 /
    # 0.701 / 0.716 / 0.920 after the session 6 round; read in session 7: 0.947 / 0.741 / 0.731 /
    # 0.731 / 0.968 after its round; 0.947 / 0.778 / 0.757 / 0.756 / 0.968 after session 8's
    "heldout15": (
        DATA / "heldout15" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.93,
            # 0.76 until session 16: with paragraph breaks as sentence ends, h15-08's headline
            # ("le booster rattrapé ..., le vaisseau perdu") is a sentence of its own (0.759)
            "event_detection": 0.75,
            "event_slots": 0.74,
            "mission_slots": 0.74,
            "temporal_values": 0.95,
        },
        ["h15-13-cyclisme-toussuire", "h15-14-navette-aeroport-nantes", "h15-15-startup-spoutnik-lyon"],
    ),
    # written in session 7 (h16 gold gives one value per slot, no alternatives); blind at 9673ddd
    # (session 7 start) -> end of session 7: h16 0.959 / 0.721 / 0.710 / 0.767 / 0.952 -> 0.959 /
    # 0.735 / 0.720 / 0.774 / 0.956; read in session 8: 0.960 / 0.855 / 0.841 / 0.849 / 0.970
    "heldout16": (
        DATA / "heldout16" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.94,
            "event_detection": 0.83,
            "event_slots": 0.82,
            "mission_slots": 0.83,
            "temporal_values": 0.95,
        },
        [
            "h16-13-voile-course-trois-phares",
            "h16-14-theatre-hors-du-sas-lyon",
            "h16-15-canadair-incendie-martigues",
        ],
    ),
    # h17 0.908 / 0.702 / 0.708 / 0.665 / 0.914 -> 0.908 / 0.708 / 0.705 / 0.658 / 0.916; read in
    # session 8: 0.918 / 0.769 / 0.755 / 0.704 / 0.958
    "heldout17": (
        DATA / "heldout17" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.90,
            "event_detection": 0.75,
            "event_slots": 0.73,
            "mission_slots": 0.68,
            "temporal_values": 0.94,
        },
        ["h17-13-feu-artifice-aix", "h17-14-mercato-fusee-kone", "h17-15-fusee-square-montlucon"],
    ),
    # written in session 8 (one value per slot, no alternatives): blind at 4de385b (session start)
    # -> end of session 8: h18 0.952 / 0.620 / 0.695 / 0.780 / 0.954 -> 0.952 / 0.634 / 0.706 /
    # 0.789 / 0.956; read in session 9: 0.952 / 0.755 / 0.784 / 0.825 / 0.984
    "heldout18": (
        DATA / "heldout18" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.94,
            "event_detection": 0.73,
            "event_slots": 0.76,
            "mission_slots": 0.80,
            "temporal_values": 0.97,
        },
        ["h18-13-parapente-verbier", "h18-14-biere-cosmonaute-wavre", "h18-15-film-grand-saut-zoe"],
    ),
    # h19 0.951 / 0.688 / 0.748 / 0.756 / 0.964 -> 0.954 / 0.717 / 0.761 / 0.773 / 0.967; read in
    # session 9: 0.954 / 0.747 / 0.788 / 0.793 / 0.967
    "heldout19": (
        DATA / "heldout19" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.94,
            "event_detection": 0.72,
            "event_slots": 0.77,
            "mission_slots": 0.77,
            "temporal_values": 0.95,
        },
        ["h19-13-saut-ski-chaux-neuve", "h19-14-microbrasserie-orbite", "h19-15-film-derniere-tournee"],
    ),
    # written in session 9 (one value per slot, no alternatives): blind at 4cd7203 (session start)
    # -> end of session 9: h20 0.937 / 0.610 / 0.751 / 0.758 / 0.940 -> 0.937 / 0.610 / 0.751 /
    # 0.758 / 0.940; read in session 10 (see below)
    "heldout20": (
        DATA / "heldout20" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.92,
            "event_detection": 0.76,
            "event_slots": 0.80,
            "mission_slots": 0.79,
            "temporal_values": 0.94,
        },
        [
            "h20-13-trot-spoutnik-vincennes",
            "h20-14-traversier-tadoussac-amarrage",
            "h20-15-expo-tintin-lune-louvain",
        ],
    ),
    # h21 0.922 / 0.826 / 0.757 / 0.749 / 0.959 -> 0.922 / 0.836 / 0.777 / 0.766 / 0.959. Read in
    # session 10: h20 0.939 / 0.807 / 0.837 / 0.834 / 0.973, h21 0.922 / 0.855 / 0.813 / 0.801 / 0.965
    "heldout21": (
        DATA / "heldout21" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.90,
            "event_detection": 0.83,
            "event_slots": 0.79,
            "mission_slots": 0.78,
            "temporal_values": 0.94,
        },
        ["h21-13-trot-soyouz-vincennes", "h21-14-traversier-matane", "h21-15-vol-a-voile-saint-auban"],
    ),
    # written in session 10, read for the session 11 round (blind scores in the sets' READMEs)
    "heldout22": (
        DATA / "heldout22" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.94,
            "event_detection": 0.84,
            "event_slots": 0.76,
            "mission_slots": 0.84,
            "temporal_values": 0.98,
        },
        ["h22-13-colombophilie-walcourt", "h22-14-manaslu-fribourgeois", "h22-15-fusees-a-eau-castres"],
    ),
    "heldout23": (
        DATA / "heldout23" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.91,
            "event_detection": 0.84,
            "event_slots": 0.81,
            "mission_slots": 0.76,
            "temporal_values": 0.95,
        },
        ["h23-13-hors-espace-1", "h23-14-hors-espace-2", "h23-15-hors-espace-3"],
    ),
    # written in session 11, read for the session 12 round (blind scores in the sets' READMEs)
    "heldout24": (
        DATA / "heldout24" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.93,
            "event_detection": 0.79,
            "event_slots": 0.83,
            "mission_slots": 0.86,
            "temporal_values": 0.94,
        },
        ["h24-13-hors-espace-1", "h24-14-hors-espace-2", "h24-15-hors-espace-3"],
    ),
    "heldout25": (
        DATA / "heldout25" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.93,
            "event_detection": 0.73,
            "event_slots": 0.78,
            "mission_slots": 0.80,
            "temporal_values": 0.95,
        },
        ["h25-13-hors-espace-1", "h25-14-hors-espace-2", "h25-15-hors-espace-3"],
    ),
    # written in session 12, read for the session 13 round (blind scores in the sets' READMEs)
    "heldout26": (
        DATA / "heldout26" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.95,
            "event_detection": 0.72,
            "event_slots": 0.74,
            "mission_slots": 0.81,
            "temporal_values": 0.90,
        },
        ["h26-13-hors-espace-1", "h26-14-hors-espace-2", "h26-15-hors-espace-3"],
    ),
    "heldout27": (
        DATA / "heldout27" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.94,
            "event_detection": 0.81,
            "event_slots": 0.79,
            "mission_slots": 0.80,
            "temporal_values": 0.95,
        },
        ["h27-13-hors-espace-1", "h27-14-hors-espace-2", "h27-15-hors-espace-3"],
    ),
    # written in session 13, blind through it (h28 event slots 0.727, h29 0.773), read in session 14;
    # measured 2026-12-04 after its round: h28 entities 0.971, detection 0.772, event slots 0.780,
    # missions 0.827, temporal 0.997; h29 0.938, 0.812, 0.786, 0.762, 0.963
    "heldout28": (
        DATA / "heldout28" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.95,
            "event_detection": 0.74,
            "event_slots": 0.75,
            "mission_slots": 0.80,
            "temporal_values": 0.97,
        },
        ["h28-13-hors-espace-1", "h28-14-hors-espace-2", "h28-15-hors-espace-3"],
    ),
    "heldout29": (
        DATA / "heldout29" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.92,
            "event_detection": 0.78,
            "event_slots": 0.76,
            "mission_slots": 0.74,
            "temporal_values": 0.94,
        },
        ["h29-13-hors-espace-1", "h29-14-hors-espace-2", "h29-15-hors-espace-3"],
    ),
    # written in session 14, blind through sessions 14-15 (h30 event slots 0.782, h31 0.766), read
    # in session 16; measured 2026-12-04 after its round: h30 entities 0.982, detection 0.831, event
    # slots 0.805, missions 0.808, temporal 0.959; h31 0.964, 0.828, 0.812, 0.808, 0.969
    "heldout30": (
        DATA / "heldout30" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.96,
            "event_detection": 0.79,
            "event_slots": 0.77,
            "mission_slots": 0.77,
            "temporal_values": 0.94,
        },
        ["h30-13-hors-espace-1", "h30-14-hors-espace-2", "h30-15-hors-espace-3"],
    ),
    "heldout31": (
        DATA / "heldout31" / "gold.jsonl",
        (15, 15),
        {
            "entities_exact": 0.94,
            "event_detection": 0.79,
            "event_slots": 0.78,
            "mission_slots": 0.77,
            "temporal_values": 0.94,
        },
        ["h31-13-hors-espace-1", "h31-14-hors-espace-2", "h31-15-hors-espace-3"],
    ),
    # blind (measured 2026-12-04, tables only, at the start and at the end of session 16): h32
    # entities 0.961 -> 0.959, detection 0.800 -> 0.812, event slots 0.805 -> 0.818, missions
    # 0.814 -> 0.814, temporal 0.957 -> 0.957; h33 0.941 -> 0.942, 0.736 -> 0.736, 0.701 -> 0.706,
    # 0.807 -> 0.804, 0.990 -> 0.990
    "heldout32": (
        DATA / "heldout32" / "gold.jsonl",
        (12, 12),
        {
            "entities_exact": 0.93,
            "event_detection": 0.77,
            "event_slots": 0.78,
            "mission_slots": 0.78,
            "temporal_values": 0.93,
        },
        ["h32-11-hors-espace-1", "h32-12-hors-espace-2"],
    ),
    "heldout33": (
        DATA / "heldout33" / "gold.jsonl",
        (12, 12),
        {
            "entities_exact": 0.91,
            "event_detection": 0.70,
            "event_slots": 0.67,
            "mission_slots": 0.77,
            "temporal_values": 0.96,
        },
        ["h33-11-hors-espace-1", "h33-12-hors-espace-2"],
    ),
}

needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason="../shared scorer not present")

_SCORES: dict[str, tuple[dict, dict]] = {}


@pytest.fixture
def scored(nlp):
    """Score a held-out set once per session, by name."""

    def run(name: str) -> tuple[dict, dict]:
        if name not in _SCORES:
            _SCORES[name] = score_corpus(nlp, HELDOUT_SETS[name][0])
        return _SCORES[name]

    return run


@pytest.mark.parametrize("name", sorted(HELDOUT_SETS))
def test_gold_file_is_well_formed(name):
    path, (low, high), _, _ = HELDOUT_SETS[name]
    docs = read_jsonl(path)
    assert low <= len(docs) <= high
    assert len({d["id"] for d in docs}) == len(docs)
    for doc in docs:
        for ent in doc["entities"]:
            assert doc["text"][ent["start"] : ent["end"]] == ent["text"], (doc["id"], ent)
            if ent["label"] in ("DATE", "TIME", "DURATION"):
                assert ent.get("value"), (doc["id"], ent)


@needs_scorer
@pytest.mark.parametrize("name", sorted(HELDOUT_SETS))
def test_every_document_is_processed(scored, name):
    result, _ = scored(name)
    assert result["missing_documents"] == [] and result["error_documents"] == []


@needs_scorer
@pytest.mark.parametrize(
    ("name", "metric"), [(name, metric) for name, spec in HELDOUT_SETS.items() for metric in sorted(spec[2])]
)
def test_scores_stay_above_floor(scored, name, metric):
    result, _ = scored(name)
    assert result[metric]["f"] >= HELDOUT_SETS[name][2][metric], result[metric]


# Non-space texts that still give an event or a mission: in a blind set fixing one means reading it,
# which ends the set's use as a blind estimate (h15-15, h16-14 and h17-15, known failures until
# session 8, give none since its rules; h18-13, h18-14 and h19-14 none since session 9's check that
# some event of the article names a vehicle, a space traveller or a space place).
# (h20-13, h20-15 and h21-13, read in session 10, give none since its breeder's-name and
# comic-book rules.)
# (h24-13, read in session 12, gives none since its namesake-beacon and simile rules.)
KNOWN_BLIND_FAILURES: set[str] = set()


@needs_scorer
@pytest.mark.parametrize(
    ("name", "doc_id"),
    [
        pytest.param(
            name,
            doc_id,
            marks=pytest.mark.xfail(
                doc_id in KNOWN_BLIND_FAILURES, reason="known failure (see KNOWN_BLIND_FAILURES)", strict=True
            ),
        )
        for name, spec in HELDOUT_SETS.items()
        for doc_id in spec[3]
    ],
)
def test_no_events_on_non_space_texts(scored, name, doc_id):
    _, preds = scored(name)
    assert preds[doc_id]["events"] == []
    assert preds[doc_id]["missions"] == []
