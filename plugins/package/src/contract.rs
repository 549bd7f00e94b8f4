//! The parts of the plugin contract that a package's manifest is checked against, shared by the
//! package reader and the host's checks on what a running game returns.

/// The contract versions (`digifit:game@<version>`) this digifit speaks.
pub const SUPPORTED_API_VERSIONS: [&str; 1] = ["0.1.0"];

/// The 21 competences of DigComp 2.2.
pub const DIGCOMP_COMPETENCES: [&str; 21] = [
    "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4",
    "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4",
];

/// Longest id of anything a plugin names: plugins, episodes, items, widgets, options.
pub const MAX_ID_BYTES: usize = 100;
