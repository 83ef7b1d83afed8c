//! Rebuild when a migration is added or changed: `embed_migrations!` reads the folders at
//! compile time, but cargo does not know it depends on them (diesel_migrations' advice).

fn main() {
    println!("cargo:rerun-if-changed=../../migrations");
}
