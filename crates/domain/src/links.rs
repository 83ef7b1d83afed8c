//! Every page address of the app, in one place: the app's router, its links, the API's `href`
//! fields (map markers, search hits, exports) and the addresses in e-mails all come from here,
//! so a page that moves changes in one file. Addresses are paths relative to the app's origin;
//! the mail composer prefixes the public base URL.

use std::fmt::Display;

/// The home page.
pub const HOME: &str = "/";
/// World access: the continents.
pub const WORLD: &str = "/monde";
/// France access: the régions.
pub const FRANCE: &str = "/france";
/// The advanced search (its state lives in the query string, see [`search_with`]).
pub const SEARCH: &str = "/recherche";
/// Data sources and licences.
pub const SOURCES: &str = "/sources";
/// The accessibility statement.
pub const ACCESSIBILITY: &str = "/accessibilite";
/// The Bourse projets: published cooperation requests.
pub const BOURSE: &str = "/bourse";
/// Sign in.
pub const LOGIN: &str = "/connexion";
/// Request an account.
pub const ACCOUNT_REQUEST: &str = "/compte/demande";
/// Confirm an e-mail address (the token goes in the query, see [`confirm_email`]).
pub const ACCOUNT_CONFIRM: &str = "/compte/confirmer";
/// Ask for a password reset.
pub const PASSWORD_FORGOT: &str = "/compte/mot-de-passe-oublie";
/// Choose a new password (the token goes in the query, see [`password_reset`]).
pub const PASSWORD_RESET: &str = "/compte/nouveau-mot-de-passe";
/// The personal space.
pub const MY_SPACE: &str = "/mon-espace";
/// Admin: account requests to validate.
pub const ADMIN_ACCOUNT_REQUESTS: &str = "/admin/demandes";
/// Admin: users.
pub const ADMIN_USERS: &str = "/admin/utilisateurs";
/// Admin: the audit log.
pub const ADMIN_AUDIT_LOG: &str = "/admin/journal";
/// Admin: the e-mail outbox.
pub const ADMIN_OUTBOX: &str = "/admin/courriels";

/// A continent's page, by its code (`AF`).
pub fn continent(code: impl Display) -> String {
    format!("/continents/{code}")
}

/// A sub-continent's page, by its code.
pub fn subcontinent(code: impl Display) -> String {
    format!("/sous-continents/{code}")
}

/// A country's page, by its ISO 3166 alpha-2 code.
pub fn country(code: impl Display) -> String {
    format!("/pays/{code}")
}

/// A Bourse request shown on its country's page (the anchor of its card).
pub fn country_bourse_request(country_code: impl Display, request_id: impl Display) -> String {
    format!("/pays/{country_code}#demande-{request_id}")
}

/// A région's page, by its INSEE code.
pub fn region(code: impl Display) -> String {
    format!("/regions/{code}")
}

/// A département's page, by its INSEE code.
pub fn departement(code: impl Display) -> String {
    format!("/departements/{code}")
}

/// A collectivité's page, by its id.
pub fn collectivite(id: impl Display) -> String {
    format!("/collectivites/{id}")
}

/// A foreign partner authority's page, by its id.
pub fn partner(id: impl Display) -> String {
    format!("/partenaires/{id}")
}

/// A project sheet, by its id.
pub fn project(id: impl Display) -> String {
    format!("/projets/{id}")
}

/// A published Bourse request, by its id.
pub fn bourse_request(id: impl Display) -> String {
    format!("{BOURSE}/{id}")
}

/// The search with `query` (an already encoded query string, without `?`).
pub fn search_with(query: &str) -> String {
    if query.is_empty() {
        SEARCH.to_owned()
    } else {
        format!("{SEARCH}?{query}")
    }
}

/// The sign-in page that sends the user back to `back` (an app path) afterwards.
pub fn login_back_to(back: &str) -> String {
    format!("{LOGIN}?retour={}", encode(back))
}

/// The e-mail confirmation link's path, with its one-time token.
pub fn confirm_email(token: &str) -> String {
    format!("{ACCOUNT_CONFIRM}?jeton={}", encode(token))
}

/// The password reset link's path, with its one-time token.
pub fn password_reset(token: &str) -> String {
    format!("{PASSWORD_RESET}?jeton={}", encode(token))
}

/// Percent-encodes a query value (RFC 3986 unreserved characters kept).
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_have_their_app_addresses() {
        assert_eq!(country("SN"), "/pays/SN");
        assert_eq!(country_bourse_request("SN", 4), "/pays/SN#demande-4");
        assert_eq!(collectivite(12), "/collectivites/12");
        assert_eq!(project(3), "/projets/3");
        assert_eq!(bourse_request(9), "/bourse/9");
        assert_eq!(search_with(""), "/recherche");
        assert_eq!(search_with("q=eau"), "/recherche?q=eau");
    }

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(
            confirm_email("a+b/c=="),
            "/compte/confirmer?jeton=a%2Bb/c%3D%3D"
        );
        assert_eq!(
            login_back_to("/mon-espace?x=1&y=é"),
            "/connexion?retour=/mon-espace%3Fx%3D1%26y%3D%C3%A9"
        );
    }
}
