//! The password rule, shown next to every new password and checked before sending (the
//! server checks it again).

use atlas_domain::MIN_PASSWORD;

/// The rule as the forms show it.
pub const PASSWORD_RULE: &str = "12 caractères au moins. Une phrase de passe de plusieurs mots est plus sûre et plus facile à retenir.";

/// What is wrong with a new password and its confirmation, field by field.
pub fn password_problems(password: &str, confirmation: &str) -> Vec<(&'static str, &'static str)> {
    let mut problems = Vec::new();
    if password.chars().count() < MIN_PASSWORD {
        problems.push((
            "password",
            "Le mot de passe doit compter 12 caractères au moins.",
        ));
    } else if password != confirmation {
        problems.push((
            "password_confirmation",
            "Les deux mots de passe saisis sont différents.",
        ));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_passwords_are_refused_counting_characters_not_bytes() {
        assert_eq!(password_problems("court", "court")[0].0, "password");
        // 12 characters, 14 bytes.
        assert!(password_problems("éléphant1234", "éléphant1234").is_empty());
        assert_eq!(password_problems("éléphan1234", "éléphan1234").len(), 1);
    }

    #[test]
    fn the_confirmation_must_match() {
        assert_eq!(
            password_problems("une longue phrase", "une longue phrasE")[0].0,
            "password_confirmation"
        );
    }
}
