//! The account pages anyone can reach: login, account request (with its e-mail confirmation),
//! forgotten password and new password.

mod confirm;
mod entity_picker;
mod login;
mod password;
pub mod password_rule;
mod request;
mod request_form;

pub use confirm::ConfirmPage;
pub use login::LoginPage;
pub use password::{PasswordForgotPage, PasswordResetPage};
pub use request::AccountRequestPage;
