//! What the facet index holds: one row of small integers per project (positions in the
//! dictionaries), its multi-valued links in flat per-project lists, and the dictionaries of
//! codes and names the facets show. Read-only once [`super::load`] has built it.

/// "No value" in a position column.
pub const NONE: u32 = u32::MAX;

/// One project, as the criteria and facets see it.
#[derive(Debug, Clone)]
pub struct ProjectRow {
    pub id: i32,
    pub kind: u8,
    pub status: u8,
    /// Position in `countries`, or [`NONE`].
    pub country: u32,
    /// Position of the lead collectivité in `collectivites`, or [`NONE`].
    pub collectivite: u32,
    /// Position of the lead partner in `partners`, or [`NONE`].
    pub partner: u32,
    pub start_year: Option<i32>,
    pub end_year: Option<i32>,
    pub jumelage: bool,
    pub volunteers: bool,
    /// Position of (`start_year`, `end_year`) in `spans` when dated, or [`NONE`].
    pub span: u32,
    /// Position in the order of (`title_folded`, `id`) as the database sorts it.
    pub name_rank: u32,
}

/// A country with the positions of its continent and sub-continent.
#[derive(Debug, Clone)]
pub struct CountryEntry {
    pub code: String,
    pub name: String,
    pub continent: u32,
    pub subcontinent: u32,
}

/// A collectivité with the positions of its région, département and kind.
#[derive(Debug, Clone)]
pub struct CollectiviteEntry {
    pub id: i32,
    pub name: String,
    pub kind: u8,
    pub region: u32,
    pub departement: u32,
}

/// A per-project list of values: `values[offsets[p]..offsets[p + 1]]` belong to project `p`.
#[derive(Debug, Clone, Default)]
pub struct Lists<T> {
    offsets: Vec<u32>,
    values: Vec<T>,
}

impl<T: Copy> Lists<T> {
    /// From (project position, value) pairs in any order.
    pub(super) fn from_pairs(projects: usize, mut pairs: Vec<(u32, T)>) -> Self {
        pairs.sort_by_key(|(p, _)| *p);
        let mut offsets = Vec::with_capacity(projects + 1);
        let mut values = Vec::with_capacity(pairs.len());
        let mut next = pairs.into_iter().peekable();
        for p in 0..projects as u32 {
            offsets.push(values.len() as u32);
            while let Some((_, v)) = next.next_if(|(q, _)| *q == p) {
                values.push(v);
            }
        }
        offsets.push(values.len() as u32);
        Lists { offsets, values }
    }

    pub fn of(&self, project: usize) -> &[T] {
        &self.values[self.offsets[project] as usize..self.offsets[project + 1] as usize]
    }
}

/// (code or id, label) of a dictionary entry.
pub type Entry = (String, String);

/// Everything the search reads besides the full-text index. Read-only once built.
#[derive(Debug)]
pub struct FacetIndex {
    /// The `data_generation` it was built from.
    pub generation: String,
    /// Sorted by id.
    pub projects: Vec<ProjectRow>,
    pub themes: Lists<u32>,
    /// (source position, year) as a position in `financing_years`.
    pub financings: Lists<u32>,
    /// Distinct (source position, year) pairs.
    pub financing_years: Vec<(u32, i32)>,
    /// Distinct (start, end) years of dated projects.
    pub spans: Vec<(Option<i32>, Option<i32>)>,
    pub co_collectivites: Lists<u32>,
    pub co_partners: Lists<u32>,
    /// Distinct `projects.kind` and `projects.status` values, and collectivité kinds.
    pub kinds: Vec<String>,
    pub statuses: Vec<String>,
    pub collectivite_kinds: Vec<String>,
    pub countries: Vec<CountryEntry>,
    pub continents: Vec<Entry>,
    pub subcontinents: Vec<Entry>,
    pub regions: Vec<Entry>,
    pub departements: Vec<Entry>,
    /// Sorted by id.
    pub collectivites: Vec<CollectiviteEntry>,
    /// (id, name), sorted by id.
    pub partners: Vec<(i32, String)>,
    /// (id, code, name).
    pub theme_list: Vec<(i32, String, String)>,
    /// (id, code, short name).
    pub sources: Vec<(i32, String, String)>,
}
