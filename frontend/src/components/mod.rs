//! Components shared by several pages: the map, the chart, figures, lists, loading and error
//! states, the breadcrumb.

mod alert;
mod breadcrumb;
pub mod chart;
mod collectivite_list;
mod fetched;
mod figure_charts;
pub mod form;
mod guard;
mod key_figures;
mod loading;
pub mod map;
pub mod pager;
mod partner_list;
mod partnership_table;
mod place_table;
pub mod project_list;

pub use alert::ApiErrorAlert;
pub use breadcrumb::Breadcrumb;
pub use collectivite_list::CollectiviteList;
pub use fetched::fetched;
pub use figure_charts::FigureCharts;
pub use form::{Field, FormAlert, FormState};
pub use guard::{RequireSignedIn, safe_return};
pub use key_figures::{KeyFigures, Side};
pub use loading::Loading;
pub use partner_list::PartnerList;
pub use partnership_table::{Counterpart, PartnershipTable};
pub use place_table::PlaceTable;
pub use project_list::ProjectList;
