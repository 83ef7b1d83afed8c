//! Fictitious people: names drawn from common first and last names, e-mail addresses on the
//! reserved `example.org` domain, telephone numbers in the range ARCEP reserves for fiction.

use rand::Rng;

use super::rng::{DemoRng, pick};
use crate::text::fold_key;

const FIRST_F: [&str; 40] = [
    "Marie",
    "Nathalie",
    "Isabelle",
    "Sylvie",
    "Catherine",
    "Christine",
    "Sandrine",
    "Valérie",
    "Sophie",
    "Céline",
    "Stéphanie",
    "Véronique",
    "Anne",
    "Claire",
    "Camille",
    "Julie",
    "Laure",
    "Élodie",
    "Aurélie",
    "Émilie",
    "Hélène",
    "Agnès",
    "Florence",
    "Corinne",
    "Pascale",
    "Chantal",
    "Léa",
    "Manon",
    "Inès",
    "Chloé",
    "Amina",
    "Fatou",
    "Mélanie",
    "Karine",
    "Béatrice",
    "Delphine",
    "Océane",
    "Noémie",
    "Solène",
    "Maëlle",
];
const FIRST_M: [&str; 40] = [
    "Jean",
    "Philippe",
    "Michel",
    "Alain",
    "Patrick",
    "Nicolas",
    "Christophe",
    "Pierre",
    "Laurent",
    "Frédéric",
    "Éric",
    "David",
    "Stéphane",
    "Julien",
    "Sébastien",
    "Thierry",
    "Olivier",
    "Bruno",
    "François",
    "Jérôme",
    "Xavier",
    "Guillaume",
    "Antoine",
    "Thomas",
    "Mathieu",
    "Bernard",
    "Gérard",
    "Yannick",
    "Hervé",
    "Damien",
    "Karim",
    "Mamadou",
    "Hugo",
    "Lucas",
    "Benoît",
    "Cédric",
    "Arnaud",
    "Loïc",
    "Gaël",
    "Joël",
];
const LAST: [&str; 60] = [
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Lefèbvre",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Martinez",
    "Legrand",
    "Garnier",
    "Faure",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Muller",
    "Henry",
    "Roussel",
    "Nicolas",
    "Perrin",
    "Morin",
    "Mathieu",
    "Clément",
    "Gauthier",
    "Dumont",
    "Lopez",
    "Fontaine",
    "Chevalier",
    "Robin",
    "Masson",
    "Sanchez",
    "Gérard",
    "Nguyen",
    "Boyer",
    "Denis",
    "Lemaire",
    "Duval",
    "Joly",
    "Le Gall",
];
const FOREIGN_FIRST: [&str; 24] = [
    "Amadou",
    "Aïssata",
    "Moussa",
    "Mariam",
    "Ousmane",
    "Kadiatou",
    "Thi Lan",
    "Van Minh",
    "Priya",
    "Rahul",
    "Ana",
    "João",
    "Carmen",
    "Diego",
    "Katarzyna",
    "Piotr",
    "Anna",
    "Stefan",
    "Giulia",
    "Marco",
    "Elena",
    "Andrei",
    "Nour",
    "Youssef",
];
const FOREIGN_LAST: [&str; 24] = [
    "Diallo",
    "Traoré",
    "Ouédraogo",
    "Coulibaly",
    "Keïta",
    "Ndiaye",
    "Nguyen",
    "Tran",
    "Sharma",
    "Patel",
    "Silva",
    "Santos",
    "Rodríguez",
    "Fernández",
    "Kowalska",
    "Nowak",
    "Schmidt",
    "Popescu",
    "Rossi",
    "Bianchi",
    "Ivanova",
    "Haddad",
    "Benali",
    "Mensah",
];

/// A fictitious person.
#[derive(Debug, Clone)]
pub struct Person {
    pub civility: &'static str,
    pub first_name: &'static str,
    pub last_name: &'static str,
}

impl Person {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }

    /// `prenom.nom@<domain>.example.org`, ASCII, on the reserved domain.
    pub fn email(&self, domain_hint: &str) -> String {
        let local = format!("{}.{}", fold_key(self.first_name), fold_key(self.last_name))
            .replace([' ', '\''], "-");
        format!("{local}@{}", reserved_domain(domain_hint))
    }

    pub fn feminine(&self) -> bool {
        self.civility == "Mme"
    }
}

/// `<slug>.example.org`: a subdomain of a domain reserved by RFC 2606.
pub fn reserved_domain(hint: &str) -> String {
    let slug = crate::reference::slug(hint);
    let short: String = slug.chars().take(30).collect();
    format!("{}.example.org", short.trim_end_matches('-'))
}

pub fn french_person(rng: &mut DemoRng) -> Person {
    let feminine = rng.random::<bool>();
    Person {
        civility: if feminine { "Mme" } else { "M." },
        first_name: pick(rng, if feminine { &FIRST_F } else { &FIRST_M })
            .copied()
            .unwrap_or("Camille"),
        last_name: pick(rng, &LAST).copied().unwrap_or("Martin"),
    }
}

pub fn foreign_person(rng: &mut DemoRng) -> Person {
    let i = rng.random_range(0..FOREIGN_FIRST.len());
    Person {
        civility: if i % 2 == 1 { "Mme" } else { "M." },
        first_name: FOREIGN_FIRST[i],
        last_name: pick(rng, &FOREIGN_LAST).copied().unwrap_or("Diallo"),
    }
}

/// A number in 01 99 00 xx xx, reserved by ARCEP for works of fiction.
pub fn fiction_phone(rng: &mut DemoRng) -> String {
    format!(
        "01 99 00 {:02} {:02}",
        rng.random_range(0..100),
        rng.random_range(0..100)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::rng::seeded;

    #[test]
    fn emails_are_ascii_on_the_reserved_domain() {
        let p = Person {
            civility: "Mme",
            first_name: "Élodie",
            last_name: "Le Gall",
        };
        assert_eq!(
            p.email("Saint-Étienne"),
            "elodie.le-gall@saint-etienne.example.org"
        );
        let mut rng = seeded(1);
        assert!(fiction_phone(&mut rng).starts_with("01 99 00 "));
    }
}
