//! The app shell: skip links, header, demo banner, routed main content and footer.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{Lazy, path};

use crate::layout::{DemoBanner, Footer, Header, SkipLinks};
use crate::pages::{HomePage, NotFoundPage};
use crate::routes::{
    AccessibilityRoute, AccountRequestRoute, AccountRequestsRoute, AuditLogRoute,
    CollectiviteRoute, ConfirmRoute, ContinentRoute, CountryRoute, DepartementRoute, FranceRoute,
    LoginRoute, MySpaceRoute, OutboxRoute, PartnerRoute, PasswordForgotRoute, PasswordResetRoute,
    ProjectRoute, RegionRoute, SearchRoute, SourcesRoute, SubcontinentRoute, UsersRoute,
    WorldRoute,
};
use crate::session::Session;
use crate::stats::provide_stats;

/// The whole app: the home page is in the first download, every other page is a lazy route
/// (`routes.rs`). The headline statistics are loaded once here: the demo banner (every page)
/// and the home page share them. The session is restored here too (header and pages read it).
#[component]
pub fn App() -> impl IntoView {
    let _ = provide_stats();
    let _ = Session::provide();

    view! {
        <Router>
            <SkipLinks />
            <Header />
            <DemoBanner />
            <main id="contenu" role="main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/sources") view={Lazy::<SourcesRoute>::new()} />
                    <Route path=path!("/accessibilite") view={Lazy::<AccessibilityRoute>::new()} />
                    <Route path=path!("/monde") view={Lazy::<WorldRoute>::new()} />
                    <Route path=path!("/continents/:code") view={Lazy::<ContinentRoute>::new()} />
                    <Route path=path!("/sous-continents/:code") view={Lazy::<SubcontinentRoute>::new()} />
                    <Route path=path!("/pays/:code") view={Lazy::<CountryRoute>::new()} />
                    <Route path=path!("/partenaires/:id") view={Lazy::<PartnerRoute>::new()} />
                    <Route path=path!("/france") view={Lazy::<FranceRoute>::new()} />
                    <Route path=path!("/regions/:code") view={Lazy::<RegionRoute>::new()} />
                    <Route path=path!("/departements/:code") view={Lazy::<DepartementRoute>::new()} />
                    <Route path=path!("/collectivites/:id") view={Lazy::<CollectiviteRoute>::new()} />
                    <Route path=path!("/projets/:id") view={Lazy::<ProjectRoute>::new()} />
                    <Route path=path!("/recherche") view={Lazy::<SearchRoute>::new()} />
                    <Route path=path!("/connexion") view={Lazy::<LoginRoute>::new()} />
                    <Route path=path!("/compte/demande") view={Lazy::<AccountRequestRoute>::new()} />
                    <Route path=path!("/compte/confirmer") view={Lazy::<ConfirmRoute>::new()} />
                    <Route path=path!("/compte/mot-de-passe-oublie") view={Lazy::<PasswordForgotRoute>::new()} />
                    <Route path=path!("/compte/nouveau-mot-de-passe") view={Lazy::<PasswordResetRoute>::new()} />
                    <Route path=path!("/mon-espace") view={Lazy::<MySpaceRoute>::new()} />
                    <Route path=path!("/admin/demandes") view={Lazy::<AccountRequestsRoute>::new()} />
                    <Route path=path!("/admin/utilisateurs") view={Lazy::<UsersRoute>::new()} />
                    <Route path=path!("/admin/journal") view={Lazy::<AuditLogRoute>::new()} />
                    <Route path=path!("/admin/courriels") view={Lazy::<OutboxRoute>::new()} />
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}

/// The router's `path!` literals (Leptos needs literals) against `atlas_domain::links`, which
/// builds every address the app, the API's `href`s and the e-mails link to: each route must be
/// an address `links` builds, and each address `links` builds must have its route, so the two
/// cannot drift apart.
#[cfg(test)]
mod tests {
    use atlas_domain::links;

    /// The path patterns of `app.rs`'s routes (`/pays/:code`), read from this very file.
    fn route_patterns() -> Vec<&'static str> {
        const MACRO: &str = concat!("path!", "(\"");
        include_str!("app.rs")
            .split(MACRO)
            .skip(1)
            .filter_map(|rest| rest.split_once('"').map(|(pattern, _)| pattern))
            .collect()
    }

    /// Whether the app path `path` (query and fragment dropped) matches the route `pattern`,
    /// whose `:name` segments match any non-empty segment.
    fn matches(pattern: &str, path: &str) -> bool {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let (pattern, path): (Vec<&str>, Vec<&str>) =
            (pattern.split('/').collect(), path.split('/').collect());
        pattern.len() == path.len()
            && pattern.iter().zip(&path).all(|(want, got)| {
                if want.starts_with(':') {
                    !got.is_empty()
                } else {
                    want == got
                }
            })
    }

    /// Every public const and function of `links`, by name, with the address it builds
    /// (functions on sample arguments).
    fn addresses() -> Vec<(&'static str, String)> {
        vec![
            ("HOME", links::HOME.to_owned()),
            ("WORLD", links::WORLD.to_owned()),
            ("FRANCE", links::FRANCE.to_owned()),
            ("SEARCH", links::SEARCH.to_owned()),
            ("SOURCES", links::SOURCES.to_owned()),
            ("ACCESSIBILITY", links::ACCESSIBILITY.to_owned()),
            ("BOURSE", links::BOURSE.to_owned()),
            ("LOGIN", links::LOGIN.to_owned()),
            ("ACCOUNT_REQUEST", links::ACCOUNT_REQUEST.to_owned()),
            ("ACCOUNT_CONFIRM", links::ACCOUNT_CONFIRM.to_owned()),
            ("PASSWORD_FORGOT", links::PASSWORD_FORGOT.to_owned()),
            ("PASSWORD_RESET", links::PASSWORD_RESET.to_owned()),
            ("MY_SPACE", links::MY_SPACE.to_owned()),
            (
                "ADMIN_ACCOUNT_REQUESTS",
                links::ADMIN_ACCOUNT_REQUESTS.to_owned(),
            ),
            ("ADMIN_USERS", links::ADMIN_USERS.to_owned()),
            ("ADMIN_AUDIT_LOG", links::ADMIN_AUDIT_LOG.to_owned()),
            ("ADMIN_OUTBOX", links::ADMIN_OUTBOX.to_owned()),
            ("continent", links::continent("AF")),
            ("subcontinent", links::subcontinent("afrique-de-l-ouest")),
            ("country", links::country("SN")),
            (
                "country_bourse_request",
                links::country_bourse_request("SN", 4),
            ),
            ("region", links::region("84")),
            ("departement", links::departement("2A")),
            ("collectivite", links::collectivite(12)),
            ("partner", links::partner(7)),
            ("project", links::project(3)),
            ("bourse_request", links::bourse_request(9)),
            ("search_with", links::search_with("q=eau")),
            ("login_back_to", links::login_back_to("/mon-espace")),
            ("confirm_email", links::confirm_email("jeton")),
            ("password_reset", links::password_reset("jeton")),
        ]
    }

    /// Addresses of `links` the app has no page for yet.
    const WITHOUT_PAGE: &[&str] = &["BOURSE", "bourse_request"];

    #[test]
    fn every_route_is_an_address_of_links() {
        let routes = route_patterns();
        assert!(routes.len() > 20, "routes not found in app.rs: {routes:?}");
        let addresses = addresses();
        for route in routes {
            assert!(
                addresses.iter().any(|(_, address)| matches(route, address)),
                "the route {route} is no address of atlas_domain::links"
            );
        }
    }

    #[test]
    fn every_address_of_links_has_its_route() {
        let routes = route_patterns();
        for (name, address) in addresses() {
            let found = routes.iter().filter(|r| matches(r, &address)).count();
            if WITHOUT_PAGE.contains(&name) {
                assert_eq!(
                    found, 0,
                    "links::{name} has a page now: drop it from WITHOUT_PAGE"
                );
            } else {
                assert_eq!(
                    found, 1,
                    "links::{name} ({address}) has {found} routes in app.rs"
                );
            }
        }
    }

    /// A const or function added to `links` must be added to [`addresses`] (and so be checked
    /// against the routes).
    #[test]
    fn every_address_of_links_is_checked() {
        let source = include_str!("../../crates/domain/src/links.rs");
        let mut public: Vec<&str> = source
            .lines()
            .filter_map(|line| {
                let item = line
                    .strip_prefix("pub const ")
                    .or_else(|| line.strip_prefix("pub fn "))?;
                item.split([':', '(', '<']).next()
            })
            .collect();
        let mut checked: Vec<&str> = addresses().into_iter().map(|(name, _)| name).collect();
        public.sort_unstable();
        checked.sort_unstable();
        assert_eq!(public, checked, "links' public items");
    }

    #[test]
    fn patterns_match_only_their_own_addresses() {
        assert!(matches("/pays/:code", "/pays/SN#demande-4"));
        assert!(matches("/compte/confirmer", "/compte/confirmer?jeton=x"));
        assert!(!matches("/pays/:code", "/pays/"));
        assert!(!matches("/pays/:code", "/pays/SN/x"));
        assert!(!matches("/", "/monde"));
    }
}
