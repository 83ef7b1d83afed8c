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
