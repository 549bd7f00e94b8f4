//! The `digifit` binary: parses the command line and hands over to the subsystem that runs it.

fn main() -> std::process::ExitCode {
    digifit::cli::main()
}
