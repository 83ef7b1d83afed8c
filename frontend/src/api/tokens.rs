//! Where the session's tokens live: the access token in memory only (a page reload forgets
//! it), the refresh token in `localStorage["atlas.refresh"]` (a reload signs in again with it).

use std::cell::RefCell;
use std::rc::Rc;

use atlas_domain::TokenPair;

/// The `localStorage` key of the refresh token.
pub const REFRESH_KEY: &str = "atlas.refresh";

thread_local! {
    static ACCESS: RefCell<Option<String>> = const { RefCell::new(None) };
    static ON_END: RefCell<Option<Rc<dyn Fn()>>> = RefCell::new(None);
}

/// The access token, if signed in.
pub fn access_token() -> Option<String> {
    ACCESS.with(|a| a.borrow().clone())
}

/// The refresh token kept by the browser, if any.
pub fn refresh_token() -> Option<String> {
    storage()
        .and_then(|s| s.get_item(REFRESH_KEY).ok().flatten())
        .filter(|t| !t.is_empty())
}

/// Keeps a fresh pair (login, refresh).
pub fn keep(pair: &TokenPair) {
    ACCESS.with(|a| *a.borrow_mut() = Some(pair.access_token.clone()));
    if let Some(storage) = storage() {
        let _ = storage.set_item(REFRESH_KEY, &pair.refresh_token);
    }
}

/// Forgets both tokens (logout, or a refresh token the server refused).
pub fn forget() {
    ACCESS.with(|a| *a.borrow_mut() = None);
    if let Some(storage) = storage() {
        let _ = storage.remove_item(REFRESH_KEY);
    }
}

/// Registers what to do when the session ends on its own (its refresh token refused).
pub fn on_session_end(callback: impl Fn() + 'static) {
    ON_END.with(|e| *e.borrow_mut() = Some(Rc::new(callback)));
}

/// The session ended on its own: forget the tokens and tell the app.
pub fn session_ended() {
    forget();
    if let Some(callback) = ON_END.with(|e| e.borrow().clone()) {
        callback();
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
