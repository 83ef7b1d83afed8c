//! The e-mails the Atlas sends, in French, as plain text with absolute links to the app; they
//! are queued in the outbox with the change they announce, and delivered by [`delivery`].

pub mod delivery;

use atlas_db::journal::outbox::NewEmail;
use atlas_domain::links;

use crate::auth::AuthSettings;

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
pub fn confirm_email(s: &AuthSettings, to: &str, token: &str) -> NewEmail {
    let link = s.link(&links::confirm_email(token));
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
pub fn account_exists(s: &AuthSettings, to: &str) -> NewEmail {
    let login = s.link(links::LOGIN);
    let reset = s.link(links::PASSWORD_FORGOT);
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
pub fn account_approved(s: &AuthSettings, to: &str) -> NewEmail {
    let login = s.link(links::LOGIN);
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
pub fn reset_password(s: &AuthSettings, to: &str, token: &str) -> NewEmail {
    let link = s.link(&links::password_reset(token));
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

    /// The addresses the e-mails have always carried: tokens are URL-safe base64, which
    /// `links` leaves as they are.
    #[test]
    fn links_lead_to_the_apps_account_pages() {
        let s = AuthSettings {
            public_url: "https://atlas.example/".to_owned(),
            ..AuthSettings::default()
        };
        let token = "aZ09-_xY";
        let confirm = confirm_email(&s, "a@example.org", token);
        assert!(
            confirm
                .body_text
                .contains("\n\nhttps://atlas.example/compte/confirmer?jeton=aZ09-_xY\n\n")
        );
        let reset = reset_password(&s, "a@example.org", token);
        assert!(
            reset.body_text.contains(
                "\n\nhttps://atlas.example/compte/nouveau-mot-de-passe?jeton=aZ09-_xY\n\n"
            )
        );
        let exists = account_exists(&s, "a@example.org");
        assert!(exists.body_text.contains(
            "Connectez-vous : https://atlas.example/connexion\nMot de passe oublié : \
             https://atlas.example/compte/mot-de-passe-oublie\n"
        ));
        let approved = account_approved(&s, "a@example.org");
        assert!(
            approved
                .body_text
                .contains("connecter : https://atlas.example/connexion")
        );
    }
}
