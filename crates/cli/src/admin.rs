//! `atlas create-admin`: the first DAECT administrator (later ones too), with a password read
//! from standard input (`--password-stdin`) or `ATLAS_ADMIN_PASSWORD`, never from a flag that
//! would show in the process list.

use std::io::Read;

use anyhow::{Context, bail};
use atlas_accounts::password;
use atlas_db::Db;
use atlas_db::admin as users;
use atlas_domain::{Checks, normalise_email};
use clap::Args;

/// Who to create.
#[derive(Args)]
pub struct AdminArgs {
    /// E-mail address (the login).
    #[arg(long)]
    email: String,
    #[arg(long)]
    first_name: String,
    #[arg(long)]
    last_name: String,
    /// Read the password from standard input (first line).
    #[arg(long)]
    password_stdin: bool,
}

fn password_of(args: &AdminArgs) -> anyhow::Result<String> {
    if args.password_stdin {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read the password from standard input")?;
        return Ok(text.lines().next().unwrap_or_default().to_owned());
    }
    match std::env::var("ATLAS_ADMIN_PASSWORD") {
        Ok(p) => Ok(p),
        Err(_) => bail!("give the password with --password-stdin or ATLAS_ADMIN_PASSWORD"),
    }
}

/// Creates the administrator; fails if the address already has an account.
pub fn create(db: &Db, args: &AdminArgs) -> anyhow::Result<i32> {
    let password = password_of(args)?;
    let mut checks = Checks::default();
    checks.email("email", &args.email);
    checks.text("first_name", &args.first_name, 200);
    checks.text("last_name", &args.last_name, 200);
    checks.password("password", &password);
    if let Err(errors) = checks.done() {
        let lines: Vec<String> = errors
            .iter()
            .map(|e| format!("{}: {}", e.field, e.message))
            .collect();
        bail!("invalid administrator: {}", lines.join("; "));
    }
    let hash = password::hash(&password).map_err(|e| anyhow::anyhow!(e))?;
    let mut conn = db.conn()?;
    let email = normalise_email(&args.email);
    Ok(users::create_admin(
        &mut conn,
        &email,
        args.first_name.trim(),
        args.last_name.trim(),
        &hash,
    )?)
}
