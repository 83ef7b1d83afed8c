//! Pages loaded on demand. Every page but the home page is a lazy route: its code is split out
//! of the first download (`frontend/build.sh` runs `wasm-split-cli` on the wasm before
//! wasm-bindgen) and fetched the first time the page is shown, so a visitor of the home page
//! downloads only the shell, the map and the home page's own code.
//!
//! `app.rs` mounts them with `Lazy::<…Route>::new()`. Leptos' `#[lazy_route]` turns each
//! `view` into a split point named after the route type.

use leptos::prelude::*;
use leptos_router::{LazyRoute, lazy_route};

use crate::pages::{
    AccessibilityPage, AccountRequestPage, AccountRequestsPage, AuditLogPage, CollectivitePage,
    ConfirmPage, ContinentPage, CountryPage, DepartementPage, FrancePage, LoginPage, MySpacePage,
    OutboxPage, PartnerPage, PasswordForgotPage, PasswordResetPage, ProjectPage, RegionPage,
    SearchPage, SourcesPage, SubcontinentPage, UsersPage, WorldPage,
};

/// `lazy_pages! { Route => Page, … }`: one lazy route per page, with no data of its own (each
/// page loads its data itself).
macro_rules! lazy_pages {
    ($($route:ident => $page:ident),* $(,)?) => {$(
        #[doc = concat!("[`", stringify!($page), "`], loaded on demand.")]
        pub struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                Self
            }

            fn view(_this: Self) -> AnyView {
                view! { <$page /> }.into_any()
            }
        }
    )*};
}

lazy_pages! {
    SourcesRoute => SourcesPage,
    AccessibilityRoute => AccessibilityPage,
    WorldRoute => WorldPage,
    ContinentRoute => ContinentPage,
    SubcontinentRoute => SubcontinentPage,
    CountryRoute => CountryPage,
    PartnerRoute => PartnerPage,
    FranceRoute => FrancePage,
    RegionRoute => RegionPage,
    DepartementRoute => DepartementPage,
    CollectiviteRoute => CollectivitePage,
    ProjectRoute => ProjectPage,
    SearchRoute => SearchPage,
    LoginRoute => LoginPage,
    AccountRequestRoute => AccountRequestPage,
    ConfirmRoute => ConfirmPage,
    PasswordForgotRoute => PasswordForgotPage,
    PasswordResetRoute => PasswordResetPage,
    MySpaceRoute => MySpacePage,
    AccountRequestsRoute => AccountRequestsPage,
    UsersRoute => UsersPage,
    AuditLogRoute => AuditLogPage,
    OutboxRoute => OutboxPage,
}
