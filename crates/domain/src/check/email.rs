//! The e-mail address rule: the grammar of HTML's `<input type="email">` (what validator's
//! `email` checks on the server, and what the browser's own e-mail fields expect), and a dot
//! in the domain.

/// Whether `value` is an e-mail address the Atlas accepts: HTML's grammar, and a domain with a
/// dot. The dot is a rule of ours, written by hand for both paths: validator accepts
/// `agent@localhost`, but a collectivité's address always has a public domain, and a
/// forgotten `.fr` is a typo worth catching before the confirmation e-mail bounces.
pub(crate) fn is_email(value: &str) -> bool {
    html_email(value) && has_dotted_domain(value)
}

/// The domain after the last `@` has a dot.
pub(crate) fn has_dotted_domain(value: &str) -> bool {
    value
        .rsplit_once('@')
        .is_some_and(|(_, domain)| domain.contains('.'))
}

#[cfg(feature = "server")]
fn html_email(value: &str) -> bool {
    validator::ValidateEmail::validate_email(&value)
}

#[cfg(not(feature = "server"))]
fn html_email(value: &str) -> bool {
    html_email_by_hand(value)
}

/// validator's `email`, by hand, for the browser (built without validator): the local part in
/// HTML's characters, at most 64; the domain in labels of 1 to 63 letters, digits and inner
/// hyphens. Two knowing differences, both stricter: a domain in another script is taken
/// letter by letter where validator first converts it (IDNA), and an IP literal
/// (`a@[192.0.2.1]`) is refused.
#[cfg(any(test, not(feature = "server")))]
fn html_email_by_hand(value: &str) -> bool {
    const LOCAL: &str = ".!#$%&'*+/=?^_`{|}~-";
    let Some((local, domain)) = value.rsplit_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.chars().count() <= 64
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || LOCAL.contains(c));
    let domain_ok = domain.chars().count() <= 255
        && domain.split('.').all(|label| {
            (1..=63).contains(&label.chars().count())
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    local_ok && domain_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Addresses and whether HTML's grammar takes them.
    const SAMPLES: &[(&str, bool)] = &[
        ("agent@mairie-exemple.fr", true),
        ("prenom.nom+atlas@sous.domaine.gouv.fr", true),
        ("x@b.co", true),
        ("o'brien@ville.ie", true),
        ("a..b@ville.fr", true),
        ("agent@localhost", true),
        ("agent@mairie-é.fr", true),
        ("", false),
        ("agent", false),
        ("agent@", false),
        ("@mairie.fr", false),
        ("pas une adresse", false),
        (" agent@mairie.fr", false),
        ("agent@mairie.fr ", false),
        ("agent@mai rie.fr", false),
        ("agent@@mairie.fr", false),
        ("a@b@mairie.fr", false),
        ("agent@.mairie.fr", false),
        ("agent@mairie.fr.", false),
        ("agent@mairie..fr", false),
        ("agent@-mairie.fr", false),
        ("agent@mairie-.fr", false),
        ("agent@mairie_lyon.fr", false),
        ("josé@mairie.fr", false),
        ("\"agent\"@mairie.fr", false),
    ];

    #[test]
    fn the_browser_port_follows_the_html_grammar() {
        for (address, valid) in SAMPLES {
            assert_eq!(html_email_by_hand(address), *valid, "{address:?}");
        }
        let long_local = format!("{}@mairie.fr", "a".repeat(65));
        let long_label = format!("agent@{}.fr", "a".repeat(64));
        assert!(!html_email_by_hand(&long_local));
        assert!(!html_email_by_hand(&long_label));
    }

    /// The port and validator agree on every sample: the browser refuses what the server
    /// would.
    #[cfg(feature = "server")]
    #[test]
    fn the_browser_port_agrees_with_validator() {
        for (address, valid) in SAMPLES {
            assert_eq!(html_email(address), *valid, "validator, {address:?}");
        }
    }

    #[test]
    fn the_domain_needs_a_dot() {
        assert!(is_email("agent@mairie.fr"));
        assert!(!is_email("agent@localhost"));
        assert!(!is_email("agent@mairie"));
        assert!(!has_dotted_domain("agent.fr"));
    }
}
