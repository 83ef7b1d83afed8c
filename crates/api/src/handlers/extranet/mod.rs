//! Scoped extranet reads: `GET /extranet/collectivites/{id}` (its agents, the préfecture of
//! its région, operators, admins) and `GET /prefecture/collectivites` (a préfecture's région;
//! any région for operators and admins).

use actix_web::{get, web};
use atlas_db::collectivites;
use atlas_db::extranet;
use atlas_domain::{ExtranetCollectivite, FollowedCollectivite, Items, PrefectureQuery};

use crate::auth::guards::{ExtranetReader, RegionFollower};
use crate::handlers::responses::{BadRequest, Forbidden, Internal, NotFound, Unauthorized};
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// A collectivité as the extranet shows it: its public page, the users acting for it, and
/// where its update campaign and e-APD declaration stand.
#[utoipa::path(
    tag = tags::EXTRANET,
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "Collectivité id")),
    responses(
        (status = 200, description = "The collectivité's extranet view", body = ExtranetCollectivite),
        BadRequest, Unauthorized, Forbidden, NotFound, Internal,
    )
)]
#[get("/extranet/collectivites/{id}")]
pub async fn get_extranet_collectivite(
    state: web::Data<AppState>,
    reader: ExtranetReader,
    id: web::Path<i32>,
) -> Result<web::Json<ExtranetCollectivite>, ApiError> {
    let id = id.into_inner();
    let region = state
        .run(move |conn| extranet::collectivite_region(conn, id))
        .await?
        .ok_or_else(|| ApiError::not_found("Aucune collectivité de ce numéro."))?;
    reader.check_collectivite(id, region.as_deref())?;
    let view = state
        .run(move |conn| {
            let page = collectivites::detail(conn, id)?;
            let users = extranet::users_of(conn, id)?;
            let extranet::Procedures { campaign, apd } = extranet::procedures(conn, &[id])?
                .remove(&id)
                .unwrap_or_default();
            Ok(ExtranetCollectivite {
                page,
                users,
                campaign,
                apd,
            })
        })
        .await?;
    Ok(web::Json(view))
}

/// The collectivités of a région with their campaign and e-APD status: a préfecture sees its
/// own région; operators and admins name one with `region`.
#[utoipa::path(
    tag = tags::EXTRANET,
    security(("bearer" = [])),
    params(PrefectureQuery),
    responses(
        (status = 200, description = "The région's collectivités, by name", body = Items<FollowedCollectivite>),
        BadRequest, Unauthorized, Forbidden, Internal,
    )
)]
#[get("/prefecture/collectivites")]
pub async fn list_prefecture_collectivites(
    state: web::Data<AppState>,
    follower: RegionFollower,
    query: web::Query<PrefectureQuery>,
) -> Result<web::Json<Items<FollowedCollectivite>>, ApiError> {
    let region = match (&follower.region, query.into_inner().region) {
        (Some(own), _) => own.clone(),
        (None, Some(r)) if !r.trim().is_empty() => r.trim().to_owned(),
        (None, _) => {
            return Err(ApiError::bad_field(
                "region",
                "required",
                "Choisissez une région.",
            ));
        }
    };
    let lookup = region.clone();
    let known = state
        .run(move |conn| {
            atlas_db::reference::entities::get(conn, atlas_domain::EntityKind::Region, &lookup)
        })
        .await?;
    if known.is_none() {
        return Err(ApiError::bad_field("region", "unknown", "Région inconnue."));
    }
    let items = state
        .run(move |conn| extranet::followed(conn, &region))
        .await?;
    Ok(web::Json(Items { items }))
}
