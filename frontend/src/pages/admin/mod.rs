//! The administration (role admin): account requests to validate and users; the audit log and
//! the outbox (`pages/journal/`) are administration screens too. Each screen sits in the same
//! frame: a side menu and the screen's content.

mod frame;
mod list;
mod requests;
mod users;

pub use frame::AdminFrame;
pub use list::AdminList;
pub use requests::AccountRequestsPage;
pub use users::UsersPage;

/// « 30/11/2026 14:05 » (UTC): when something happened.
pub fn moment(time: chrono::NaiveDateTime) -> String {
    use chrono::Timelike;
    format!(
        "{} {:02}:{:02}",
        crate::format::date(time.date()),
        time.hour(),
        time.minute()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_show_day_and_minute() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 30)
            .and_then(|d| d.and_hms_opt(9, 5, 59))
            .unwrap();
        assert_eq!(moment(at), "30/11/2026 09:05");
    }
}
