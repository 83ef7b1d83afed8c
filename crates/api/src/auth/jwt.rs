//! Access tokens: HS256 JWTs whose only claim about the user is its id (`sub`); roles and
//! scopes are read from the database on every request.

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use super::AuthSettings;

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: String,
    iat: i64,
    exp: i64,
}

/// A signed access token for `user_id` and its lifetime in seconds.
pub fn issue(settings: &AuthSettings, user_id: i32) -> Result<(String, i64), String> {
    let now = chrono::Utc::now().timestamp();
    let ttl = i64::try_from(settings.access_ttl.as_secs()).unwrap_or(900);
    let claims = Claims {
        sub: user_id.to_string(),
        iat: now,
        exp: now + ttl,
    };
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(settings.jwt_secret.as_bytes()),
    )
    .map(|t| (t, ttl))
    .map_err(|e| e.to_string())
}

/// The user id of a valid, unexpired token signed with our key.
pub fn verify(settings: &AuthSettings, token: &str) -> Option<i32> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.leeway = 0;
    validation.set_required_spec_claims(&["exp", "sub"]);
    jsonwebtoken::decode::<Claims>(
        token,
        &DecodingKey::from_secret(settings.jwt_secret.as_bytes()),
        &validation,
    )
    .ok()
    .and_then(|data| data.claims.sub.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_reject_other_keys() {
        let settings = AuthSettings::default();
        let (token, ttl) = issue(&settings, 42).unwrap();
        assert_eq!(ttl, 900);
        assert_eq!(verify(&settings, &token), Some(42));
        let other = AuthSettings {
            jwt_secret: "another key".into(),
            ..AuthSettings::default()
        };
        assert_eq!(verify(&other, &token), None);
        assert_eq!(verify(&settings, "garbage"), None);
    }
}
