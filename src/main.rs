//! The `connote` binary: parse the command line and hand it to the library.

use clap::Parser;

fn main() -> std::process::ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    if let Some(line) = connote::cli::version_only(&args) {
        return connote::cli::print_version(&line);
    }
    let args = connote::cli::Args::lint_only(&args).unwrap_or_else(connote::cli::Args::parse);
    connote::cli::run(args)
}
