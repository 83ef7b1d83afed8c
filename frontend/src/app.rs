//! The app shell: skip links, header, demo banner, routed main content and footer.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::layout::{DemoBanner, Footer, Header, SkipLinks};
use crate::pages::{
    AccessibilityPage, AccountRequestPage, AccountRequestsPage, AuditLogPage, CollectivitePage,
    ConfirmPage, ContinentPage, CountryPage, DepartementPage, FrancePage, HomePage, LoginPage,
    MySpacePage, NotFoundPage, OutboxPage, PartnerPage, PasswordForgotPage, PasswordResetPage,
    ProjectPage, RegionPage, SearchPage, SourcesPage, SubcontinentPage, UsersPage, WorldPage,
};
use crate::session::Session;
use crate::stats::provide_stats;

/// The whole app. The headline statistics are loaded once here: the demo banner (every page)
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
                    <Route path=path!("/sources") view=SourcesPage />
                    <Route path=path!("/accessibilite") view=AccessibilityPage />
                    <Route path=path!("/monde") view=WorldPage />
                    <Route path=path!("/continents/:code") view=ContinentPage />
                    <Route path=path!("/sous-continents/:code") view=SubcontinentPage />
                    <Route path=path!("/pays/:code") view=CountryPage />
                    <Route path=path!("/partenaires/:id") view=PartnerPage />
                    <Route path=path!("/france") view=FrancePage />
                    <Route path=path!("/regions/:code") view=RegionPage />
                    <Route path=path!("/departements/:code") view=DepartementPage />
                    <Route path=path!("/collectivites/:id") view=CollectivitePage />
                    <Route path=path!("/projets/:id") view=ProjectPage />
                    <Route path=path!("/recherche") view=SearchPage />
                    <Route path=path!("/connexion") view=LoginPage />
                    <Route path=path!("/compte/demande") view=AccountRequestPage />
                    <Route path=path!("/compte/confirmer") view=ConfirmPage />
                    <Route path=path!("/compte/mot-de-passe-oublie") view=PasswordForgotPage />
                    <Route path=path!("/compte/nouveau-mot-de-passe") view=PasswordResetPage />
                    <Route path=path!("/mon-espace") view=MySpacePage />
                    <Route path=path!("/admin/demandes") view=AccountRequestsPage />
                    <Route path=path!("/admin/utilisateurs") view=UsersPage />
                    <Route path=path!("/admin/journal") view=AuditLogPage />
                    <Route path=path!("/admin/courriels") view=OutboxPage />
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}
