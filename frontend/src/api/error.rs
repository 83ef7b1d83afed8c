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

impl ApiError {
    /// The HTTP status of a server-side failure.
    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Problem(problem) => Some(problem.status),
            _ => None,
        }
    }

    /// Whether the server named at least one invalid field.
    pub fn has_field_errors(&self) -> bool {
        matches!(self, ApiError::Problem(problem) if !problem.errors.is_empty())
    }
}

/// The server's messages about `field` (joined), if it named that field.
pub fn field_message(error: &ApiError, field: &str) -> Option<String> {
    let ApiError::Problem(problem) = error else {
        return None;
    };
    let messages: Vec<&str> = problem
        .errors
        .iter()
        .filter(|e| e.field == field || e.field.starts_with(&format!("{field}.")))
        .map(|e| e.message.as_str())
        .collect();
    (!messages.is_empty()).then(|| messages.join(" "))
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
    fn field_messages_are_found_by_field_name_and_nested_path() {
        let error = ApiError::Problem(Problem {
            kind: "about:blank".to_owned(),
            title: "Requête invalide".to_owned(),
            status: 400,
            detail: None,
            errors: vec![
                atlas_domain::FieldError {
                    field: "password".to_owned(),
                    code: "length".to_owned(),
                    message: "12 caractères au moins.".to_owned(),
                },
                atlas_domain::FieldError {
                    field: "entity.code".to_owned(),
                    code: "unknown".to_owned(),
                    message: "Collectivité inconnue.".to_owned(),
                },
            ],
        });
        assert_eq!(
            field_message(&error, "password").as_deref(),
            Some("12 caractères au moins.")
        );
        assert_eq!(
            field_message(&error, "entity").as_deref(),
            Some("Collectivité inconnue.")
        );
        assert_eq!(field_message(&error, "email"), None);
        assert!(error.has_field_errors());
        assert_eq!(
            field_message(&ApiError::Network(String::new()), "email"),
            None
        );
    }

    #[test]
    fn server_errors_share_one_title() {
        assert_eq!(status_title(503), "Erreur du serveur");
        assert_eq!(status_title(418), "Erreur inattendue");
    }
}
