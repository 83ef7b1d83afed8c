//! Opaque tokens (refresh tokens, e-mailed one-time tokens): 32 random bytes in base64url,
//! stored only as their SHA-256 hex digest.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A fresh random token (43 characters).
pub fn token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database stores of `token`.
pub fn digest(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_are_random_and_digests_stable() {
        let (a, b) = (super::token(), super::token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(super::digest("x"), super::digest("x"));
        assert_eq!(super::digest("x").len(), 64);
    }
}
