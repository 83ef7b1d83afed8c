//! Names and kinds of the collectivités of the COG, shared by the demo dataset and by account
//! approval (which creates the page of a collectivité not yet in the Atlas).

use atlas_domain::CollectiviteKind;

/// Régions whose council is a collectivité à statut particulier, with its name.
pub fn special_region(code: &str) -> Option<&'static str> {
    match code {
        "94" => Some("Collectivité de Corse"),
        "02" => Some("Collectivité territoriale de Martinique"),
        "03" => Some("Collectivité territoriale de Guyane"),
        "06" => Some("Département de Mayotte"),
        _ => None,
    }
}

/// "Département de la Gironde", "du Nord", "des Landes", "de l'Ain".
pub fn departement_name(nom: &str) -> String {
    const PLURAL: [&str; 14] = [
        "Alpes-de-Haute-Provence",
        "Hautes-Alpes",
        "Alpes-Maritimes",
        "Ardennes",
        "Bouches-du-Rhône",
        "Côtes-d'Armor",
        "Landes",
        "Pyrénées-Atlantiques",
        "Hautes-Pyrénées",
        "Pyrénées-Orientales",
        "Deux-Sèvres",
        "Vosges",
        "Yvelines",
        "Hauts-de-Seine",
    ];
    const MASCULINE: [&str; 27] = [
        "Bas-Rhin",
        "Haut-Rhin",
        "Calvados",
        "Cantal",
        "Cher",
        "Doubs",
        "Finistère",
        "Gard",
        "Gers",
        "Jura",
        "Loir-et-Cher",
        "Loiret",
        "Lot",
        "Lot-et-Garonne",
        "Maine-et-Loire",
        "Morbihan",
        "Nord",
        "Pas-de-Calais",
        "Puy-de-Dôme",
        "Rhône",
        "Tarn",
        "Tarn-et-Garonne",
        "Territoire de Belfort",
        "Val-de-Marne",
        "Val-d'Oise",
        "Var",
        "Vaucluse",
    ];
    let starts_with_vowel =
        nom.chars().next().is_some_and(|c| "AEIOUYÉÈÎ".contains(c)) || nom == "Hérault";
    let article = if PLURAL.contains(&nom) {
        "des "
    } else if MASCULINE.contains(&nom) {
        "du "
    } else if nom.starts_with("La ") {
        "de "
    } else if starts_with_vowel {
        "de l'"
    } else {
        "de la "
    };
    format!("Département {article}{nom}")
}

pub fn region_name(code: &str, nom: &str) -> String {
    special_region(code).map_or_else(|| format!("Région {nom}"), str::to_owned)
}

/// The collectivité kind of an EPCI of the given legal form (`MET69`, `METRO`, `CU`, `CA`, `CC`).
pub fn epci_kind(form: &str) -> CollectiviteKind {
    match form {
        "MET69" => CollectiviteKind::CollectiviteStatutParticulier,
        "METRO" => CollectiviteKind::Metropole,
        "CU" => CollectiviteKind::CommunauteUrbaine,
        "CA" => CollectiviteKind::CommunauteAgglomeration,
        _ => CollectiviteKind::CommunauteCommunes,
    }
}
