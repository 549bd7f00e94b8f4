//! Regenerates `src/store/fixtures/schema-v1.redb`, the schema v1 database used by the
//! migration tests.
//!
//! Run it from the crate root: `cargo run --example make_fixture_v1 [OUTPUT]`.

#[path = "../src/store/fixtures/v1_writer.rs"]
mod v1_writer;

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let output = std::env::args_os().nth(1).map_or_else(
        || PathBuf::from("src/store/fixtures/schema-v1.redb"),
        PathBuf::from,
    );
    // redb would open and extend an existing file, so the fixture is always written afresh.
    if output.exists() {
        std::fs::remove_file(&output)?;
    }
    v1_writer::write_v1_database(&output, &v1_writer::STANDARD_FIXTURE)?;
    let size = std::fs::metadata(&output)?.len();
    println!("wrote {} ({size} bytes)", output.display());
    Ok(())
}
