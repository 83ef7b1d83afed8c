//! The e-mails the Atlas sends, in French, as plain text with absolute links to the app; they
//! are queued in the outbox with the change they announce, and delivered by [`delivery`].

pub mod delivery;

use atlas_db::journal::outbox::NewEmail;
use atlas_domain::links;

/// Where the app is served (`ATLAS_PUBLIC_URL`): the base of every link in an e-mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicUrl(String);

impl PublicUrl {
    /// `url` without its trailing slashes (`https://atlas.example.org`).
    pub fn new(url: &str) -> Self {
        PublicUrl(url.trim_end_matches('/').to_owned())
    }

    /// An absolute link to the app page `path` (which starts with `/`).
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }
}

impl Default for PublicUrl {
    /// The address of `atlas serve` on a laptop.
    fn default() -> Self {
        PublicUrl::new("http://127.0.0.1:8080")
    }
}

const SIGNATURE: &str = "\n\n-- \nAtlas de l'action extérieure des collectivités\nDélégation pour l'action extérieure des collectivités territoriales (DAECT)\n";

fn email(to: &str, kind: &'static str, subject: &str, body: String) -> NewEmail {
    NewEmail {
        to: to.to_owned(),
        subject: subject.to_owned(),
        body_text: format!("{body}{SIGNATURE}"),
        kind,
    }
}

/// The link that confirms an account request's address.
pub fn confirm_email(url: &PublicUrl, to: &str, token: &str) -> NewEmail {
    let link = url.link(&links::confirm_email(token));
    email(
        to,
        "confirm_email",
        "Confirmez votre adresse électronique",
        format!(
            "Bonjour,\n\nVous avez demandé un compte sur l'Atlas de l'action extérieure des \
             collectivités. Confirmez votre adresse en ouvrant ce lien :\n\n{link}\n\nVotre \
             demande sera ensuite examinée par la DAECT. Si vous n'êtes pas à l'origine de \
             cette demande, ignorez ce message."
        ),
    )
}

/// Told to the owner of an address that was used again for an account request.
pub fn account_exists(url: &PublicUrl, to: &str) -> NewEmail {
    let login = url.link(links::LOGIN);
    let reset = url.link(links::PASSWORD_FORGOT);
    email(
        to,
        "account_exists",
        "Une demande de compte a été faite avec votre adresse",
        format!(
            "Bonjour,\n\nUne demande de compte vient d'être faite avec votre adresse, qui a déjà \
             un compte sur l'Atlas. Connectez-vous : {login}\nMot de passe oublié : {reset}\n\n\
             Si vous n'êtes pas à l'origine de cette demande, ignorez ce message."
        ),
    )
}

/// The account was validated.
pub fn account_approved(url: &PublicUrl, to: &str) -> NewEmail {
    let login = url.link(links::LOGIN);
    email(
        to,
        "account_approved",
        "Votre compte est activé",
        format!(
            "Bonjour,\n\nVotre demande de compte a été validée par la DAECT. Vous pouvez vous \
             connecter : {login}"
        ),
    )
}

/// The account request was refused, with the admin's reason.
pub fn account_refused(to: &str, reason: &str) -> NewEmail {
    email(
        to,
        "account_refused",
        "Votre demande de compte n'a pas été acceptée",
        format!(
            "Bonjour,\n\nVotre demande de compte sur l'Atlas n'a pas été acceptée, pour la raison \
             suivante :\n\n{reason}\n\nVous pouvez répondre à ce message pour toute question."
        ),
    )
}

/// The link that sets a new password.
pub fn reset_password(url: &PublicUrl, to: &str, token: &str) -> NewEmail {
    let link = url.link(&links::password_reset(token));
    email(
        to,
        "reset_password",
        "Nouveau mot de passe",
        format!(
            "Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure :\n\n\
             {link}\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe \
             reste inchangé."
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_absolute_whatever_the_trailing_slash() {
        let url = PublicUrl::new("https://atlas.example.org/");
        assert_eq!(
            url.link("/connexion"),
            "https://atlas.example.org/connexion"
        );
        let email = confirm_email(&url, "a@b.fr", "tok");
        assert!(
            email
                .body_text
                .contains("https://atlas.example.org/compte/confirmer?jeton=tok\n"),
            "{}",
            email.body_text
        );
        assert_eq!((email.to.as_str(), email.kind), ("a@b.fr", "confirm_email"));
        assert!(email.body_text.ends_with(SIGNATURE));
    }
}
