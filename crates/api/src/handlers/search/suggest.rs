//! `GET /api/v1/suggest`: type-ahead suggestions for the search box.

use actix_web::{HttpRequest, get, web};
use atlas_db::search::suggest::{self, Found, Suggested};
use atlas_domain::{SuggestQuery, Suggestion};

use crate::handlers::responses::{BadRequest, Internal};
use crate::handlers::search::criteria::known_params;
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// Type-ahead suggestions.
///
/// Places (continents, sub-continents, countries, régions, départements), collectivités,
/// partner authorities and themes whose name holds every typed word (accents, case and
/// ligatures ignored), names starting with the first word first, then those with the most
/// active projects; at most 6 per kind. Each suggestion says which search parameter it sets
/// (`param=value`).
#[utoipa::path(
    tag = tags::SEARCH,
    params(SuggestQuery),
    responses(
        (status = 200, description = "Suggestions, grouped by kind", body = Vec<Suggestion>),
        BadRequest, Internal,
    )
)]
#[get("/suggest")]
pub async fn get_suggestions(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<SuggestQuery>,
) -> Result<web::Json<Vec<Suggestion>>, ApiError> {
    known_params(&req, &[&["q", "kind"]])?;
    let request = query.parse().map_err(ApiError::bad_query)?;
    let found = state
        .run(move |conn| suggest::suggest(conn, &request))
        .await?;
    Ok(web::Json(found.into_iter().map(worded).collect()))
}

/// A suggestion as the search box shows it: its name, and a detail saying what it is and
/// where, to tell namesakes apart.
fn worded(found: Found) -> Suggestion {
    let detail = match &found.what {
        Suggested::Continent => "Continent".to_owned(),
        Suggested::Subcontinent { continent } => format!("Sous-continent · {continent}"),
        Suggested::Country { continent } => format!("Pays · {continent}"),
        Suggested::Region => "Région".to_owned(),
        Suggested::Departement { region } => format!("Département ({}) · {region}", found.value),
        Suggested::Collectivite {
            kind,
            departement: Some(departement),
        } => format!("{} · {departement}", kind.label()),
        Suggested::Collectivite {
            kind,
            departement: None,
        } => kind.label().to_owned(),
        Suggested::Partner { kind, country } => format!("{} · {country}", kind.label()),
        Suggested::Theme => "Thématique".to_owned(),
    };
    Suggestion {
        kind: found.kind,
        param: found.what.param().to_owned(),
        value: found.value,
        label: found.label,
        detail,
        count: found.count,
    }
}
