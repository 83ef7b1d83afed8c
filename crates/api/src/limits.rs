//! Rate limits on the public writes (log in, refresh, password reset, account requests),
//! per client IP (`actix-governor`, peer address: behind a reverse proxy, limit there too).
//! A refused request gets a problem+json 429 with `Retry-After`.

use std::net::IpAddr;
use std::time::Duration;

use actix_governor::governor::NotUntil;
use actix_governor::governor::clock::{Clock, DefaultClock, QuantaInstant};
use actix_governor::governor::middleware::NoOpMiddleware;
use actix_governor::{
    Governor, GovernorConfig, GovernorConfigBuilder, KeyExtractor, SimpleKeyExtractionError,
};
use actix_web::dev::ServiceRequest;
use actix_web::http::header;
use actix_web::{HttpResponse, HttpResponseBuilder, ResponseError};

use crate::ApiError;

/// A token bucket per client IP: `burst` requests at once, then one more every `period`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub burst: u32,
    pub period: Duration,
}

impl Default for RateLimit {
    /// 10 at once, then one every 6 s (10 a minute).
    fn default() -> Self {
        RateLimit {
            burst: 10,
            period: Duration::from_secs(6),
        }
    }
}

impl RateLimit {
    /// So generous it never triggers (tests that are not about rate limits).
    pub fn unlimited() -> Self {
        RateLimit {
            burst: 1_000_000,
            period: Duration::from_millis(1),
        }
    }
}

/// The peer IP, with a problem+json 429.
#[derive(Debug, Clone, Copy)]
pub struct ClientIp;

impl KeyExtractor for ClientIp {
    type Key = IpAddr;
    type KeyExtractionError = SimpleKeyExtractionError<&'static str>;

    fn extract(&self, req: &ServiceRequest) -> Result<Self::Key, Self::KeyExtractionError> {
        req.peer_addr()
            .map(|a| a.ip())
            .ok_or(SimpleKeyExtractionError::new("no peer address"))
    }

    fn exceed_rate_limit_response(
        &self,
        negative: &NotUntil<QuantaInstant>,
        mut response: HttpResponseBuilder,
    ) -> HttpResponse {
        let wait = negative
            .wait_time_from(DefaultClock::default().now())
            .as_secs()
            .max(1);
        let mut answer = ApiError::too_many_requests(wait).error_response();
        response.insert_header((header::RETRY_AFTER, wait.to_string()));
        answer
            .headers_mut()
            .insert(header::RETRY_AFTER, header::HeaderValue::from(wait));
        answer
    }
}

/// The limiter of one group of routes (each group has its own buckets).
pub type Limiter = Governor<ClientIp, NoOpMiddleware<QuantaInstant>>;

/// A shared configuration: build it once per server, outside the worker factory, so that
/// every worker counts in the same buckets.
pub fn config(limit: RateLimit) -> GovernorConfig<ClientIp, NoOpMiddleware<QuantaInstant>> {
    let mut builder = GovernorConfigBuilder::default();
    builder.period(limit.period).burst_size(limit.burst.max(1));
    builder.key_extractor(ClientIp).finish().unwrap_or_else(|| {
        GovernorConfigBuilder::default()
            .key_extractor(ClientIp)
            .finish()
            .unwrap_or_else(|| unreachable!("the default quota is valid"))
    })
}

/// The limiters of the two groups of public writes.
#[derive(Clone)]
pub struct Limiters {
    /// `/auth/*`.
    pub auth: GovernorConfig<ClientIp, NoOpMiddleware<QuantaInstant>>,
    /// `/account-requests*`.
    pub account_requests: GovernorConfig<ClientIp, NoOpMiddleware<QuantaInstant>>,
}

impl Limiters {
    pub fn new(limit: RateLimit) -> Self {
        Limiters {
            auth: config(limit),
            account_requests: config(limit),
        }
    }
}
