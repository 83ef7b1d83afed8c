//! What can go wrong when talking to the API, with the French wording shown to users.

use atlas_domain::Problem;

/// A failed API call.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// The server answered with an error status; the body is its problem document.
    Problem(Problem),
    /// No answer at all (network down, server stopped).
    Network(String),
    /// An answer the app could not read (the API and the app disagree on a type).
    Decode(String),
}

impl ApiError {
    /// One sentence for the user, in French.
    pub fn message(&self) -> String {
        match self {
            ApiError::Problem(problem) => match &problem.detail {
                Some(detail) => format!("{} ({}) : {}", problem.title, problem.status, detail),
                None => format!("{} ({}).", problem.title, problem.status),
            },
            ApiError::Network(_) => {
                "Le serveur de l'Atlas ne répond pas. Vérifiez votre connexion puis réessayez."
                    .to_owned()
            }
            ApiError::Decode(_) => {
                "La réponse du serveur n'a pas pu être lue. Rechargez la page ; si le problème \
                 persiste, signalez-le."
                    .to_owned()
            }
        }
    }
}

/// A French title for an HTTP status, used when the server sent no problem document.
pub fn status_title(status: u16) -> &'static str {
    match status {
        400 => "Requête invalide",
        401 => "Authentification requise",
        403 => "Accès refusé",
        404 => "Ressource introuvable",
        409 => "Conflit de modification",
        429 => "Trop de requêtes",
        500..=599 => "Erreur du serveur",
        _ => "Erreur inattendue",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_message_names_title_status_and_detail() {
        let error = ApiError::Problem(Problem {
            kind: "about:blank".to_owned(),
            title: "Ressource introuvable".to_owned(),
            status: 404,
            detail: Some("aucun pays XX".to_owned()),
            errors: Vec::new(),
        });
        assert_eq!(
            error.message(),
            "Ressource introuvable (404) : aucun pays XX"
        );
    }

    #[test]
    fn server_errors_share_one_title() {
        assert_eq!(status_title(503), "Erreur du serveur");
        assert_eq!(status_title(418), "Erreur inattendue");
    }
}
