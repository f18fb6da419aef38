//! The `connote` binary: parse the command line and hand it to the library.

use clap::Parser;

fn main() -> std::process::ExitCode {
    connote::cli::run(connote::cli::Args::parse())
}
