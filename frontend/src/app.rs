//! The app shell: skip links, header, demo banner, routed main content and footer.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::layout::{DemoBanner, Footer, Header, SkipLinks};
use crate::pages::{HomePage, NotFoundPage, SourcesPage};
use crate::stats::provide_stats;

/// The whole app. The headline statistics are loaded once here: the demo banner (every page)
/// and the home page share them.
#[component]
pub fn App() -> impl IntoView {
    let _ = provide_stats();

    view! {
        <Router>
            <SkipLinks />
            <Header />
            <DemoBanner />
            <main id="contenu" role="main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/sources") view=SourcesPage />
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}
