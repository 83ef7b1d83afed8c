//! What `/api` answers when no route matched: 405 with an `Allow` header when the path is an
//! operation of the OpenAPI document under another method, 404 otherwise (both problem+json).

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};

use crate::ApiError;

/// Path templates of the API with their methods, from the OpenAPI document.
pub struct RouteTable(Vec<(Vec<String>, Vec<String>)>);

impl RouteTable {
    pub fn from_document(api: &utoipa::openapi::OpenApi) -> RouteTable {
        let value = serde_json::to_value(api).unwrap_or_default();
        let routes = value["paths"]
            .as_object()
            .map(|paths| {
                paths
                    .iter()
                    .map(|(template, item)| {
                        let methods = item
                            .as_object()
                            .map(|ops| ops.keys().map(|m| m.to_ascii_uppercase()).collect())
                            .unwrap_or_default();
                        (template.split('/').map(str::to_owned).collect(), methods)
                    })
                    .collect()
            })
            .unwrap_or_default();
        RouteTable(routes)
    }

    /// The methods the document declares for `path`, if any template matches it.
    fn methods_for(&self, path: &str) -> Option<&[String]> {
        let segments: Vec<&str> = path.split('/').collect();
        self.0
            .iter()
            .find(|(template, _)| {
                template.len() == segments.len()
                    && template.iter().zip(&segments).all(|(t, s)| {
                        (t.starts_with('{') && t.ends_with('}') && !s.is_empty()) || t == s
                    })
            })
            .map(|(_, methods)| methods.as_slice())
    }
}

/// The default service of `/api`.
pub async fn api_fallback(req: HttpRequest, routes: web::Data<RouteTable>) -> HttpResponse {
    match routes.methods_for(req.path()) {
        Some(methods) => {
            let error = ApiError::method_not_allowed(req.method().as_str());
            let mut response = error.error_response();
            if let Ok(allow) = header::HeaderValue::from_str(&methods.join(", ")) {
                response.headers_mut().insert(header::ALLOW, allow);
            }
            debug_assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
            response
        }
        None => {
            ApiError::not_found("Aucune route de l'API ne correspond à ce chemin.").error_response()
        }
    }
}
