//! `portal-server`: serves the web app and keeps submissions; also exports and purges them.

use clap::Parser;
use portal_server::connections::{self, Limits};
use portal_server::definitions::Definitions;
use portal_server::store::Store;
use portal_server::store::workspace::{AuditEntry, Role};
use portal_server::{
    Cli, Command, InsightFormat, KeyCommand, Settings, StaffCommand, app, export, today,
};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use tracing_subscriber::EnvFilter;

const DAY: Duration = Duration::from_secs(24 * 60 * 60);

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// The database is opened and the commands run outside the server's runtime: the PostgreSQL
/// store drives its own.
fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .json()
        .with_writer(std::io::stderr)
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    let cli = Cli::parse();
    if let Some(Command::Key(KeyCommand::New)) = cli.command {
        println!("{}", portal_server::store::sealing::DataKey::generate());
        return ExitCode::SUCCESS;
    }
    let store = match cli.settings.open_store() {
        Ok(store) => store,
        Err(error) => {
            tracing::error!(%error, "cannot open the database");
            eprintln!("portal-server: cannot open the database: {error}");
            return ExitCode::FAILURE;
        }
    };
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => match tokio::runtime::Runtime::new() {
            Ok(runtime) => runtime.block_on(serve(cli.settings, store)),
            Err(error) => {
                tracing::error!(%error, "cannot start");
                ExitCode::FAILURE
            }
        },
        Command::Key(KeyCommand::New) => ExitCode::SUCCESS,
        Command::Rekey { batch } => rekey(&cli.settings, store.as_ref(), batch),
        Command::Insight {
            service,
            since,
            format,
        } => insight(
            &cli.settings,
            store.as_ref(),
            &service,
            since.as_deref(),
            format,
        ),
        Command::Purge => match purge(&cli.settings, store.as_ref()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(()) => ExitCode::FAILURE,
        },
        Command::Staff(command) => staff(&cli.settings, store.as_ref(), command),
        Command::Audit {
            department,
            since,
            limit,
        } => {
            let since = match since
                .as_deref()
                .map(|d| parse_day(d, cli.settings.utc_offset_hours))
            {
                None => 0,
                Some(Some(seconds)) => seconds,
                Some(None) => {
                    eprintln!("--since must be a date written YYYY-MM-DD");
                    return ExitCode::from(2);
                }
            };
            match store.audit_log(department.as_deref(), since, limit) {
                Ok(entries) => {
                    for entry in entries {
                        println!("{}", serde_json::to_string(&entry).unwrap_or_default());
                    }
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    tracing::error!(?error, "cannot read the database");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Export {
            service,
            since,
            format,
            bom,
        } => {
            let since = match since
                .as_deref()
                .map(|d| parse_day(d, cli.settings.utc_offset_hours))
            {
                None => 0,
                Some(Some(seconds)) => seconds,
                Some(None) => {
                    eprintln!("--since must be a date written YYYY-MM-DD");
                    return ExitCode::from(2);
                }
            };
            let definitions =
                Definitions::load(&cli.settings.dist.join("services")).unwrap_or_default();
            let rows = match store.export(&service, since) {
                Ok(rows) => rows,
                Err(error) => {
                    tracing::error!(?error, "cannot read the database");
                    return ExitCode::FAILURE;
                }
            };
            let definition = definitions.latest(&service);
            let mut out = std::io::stdout().lock();
            match export::write(&mut out, definition, &rows, format, bom) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    tracing::error!(%error, "cannot write the export");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

/// Who ran a command on the server, for the audit log.
fn operator() -> String {
    let user = std::env::var("SUDO_USER")
        .or_else(|_| std::env::var("USER"))
        .unwrap_or_else(|_| "unknown".into());
    format!("portal-server ({user})")
}

fn staff(settings: &Settings, store: &dyn Store, command: StaffCommand) -> ExitCode {
    let entry =
        |action: &str, department: &str, subject: Option<String>, detail: Option<String>| {
            AuditEntry {
                at: now(),
                staff_id: None,
                actor: operator(),
                department: Some(department.to_string()),
                action: action.to_string(),
                subject,
                detail,
            }
        };
    match command {
        StaffCommand::Add {
            department,
            role,
            name,
        } => {
            let departments = match portal_server::load_departments(
                &settings.dist.join("services/departments.json"),
            ) {
                Ok(departments) => departments,
                Err(error) => {
                    eprintln!("{error}");
                    return ExitCode::FAILURE;
                }
            };
            if departments.get(&department).is_none() {
                let known: Vec<&str> = departments
                    .departments
                    .iter()
                    .map(|d| d.id.as_str())
                    .collect();
                eprintln!(
                    "--department {department:?} is not in {}/services/departments.json (known: {})",
                    settings.dist.display(),
                    known.join(", ")
                );
                return ExitCode::from(2);
            }
            let Some(role) = Role::parse(&role) else {
                eprintln!("--role must be caseworker, manager or administrator");
                return ExitCode::from(2);
            };
            if !portal_server::console::valid_staff_name(&name) {
                eprintln!(
                    "--name must be 1 to 100 characters, without spaces around it or control characters"
                );
                return ExitCode::from(2);
            }
            let audit = entry(
                "add-staff",
                &department,
                None,
                Some(format!("{} {name}", role.as_str())),
            );
            let origin = match settings.origin() {
                Ok(origin) => origin,
                Err(error) => {
                    eprintln!("{error}");
                    return ExitCode::from(2);
                }
            };
            match portal_server::console::add_staff(
                store,
                &origin,
                &department,
                role,
                &name,
                &audit,
            ) {
                Ok((id, link)) => {
                    println!(
                        "Added {name} (id {id}) to {department} as {}.",
                        role.as_str()
                    );
                    println!("Give them this setup link; it works once, within 24 hours:");
                    println!("{link}");
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    tracing::error!(?error, "cannot write the database");
                    ExitCode::FAILURE
                }
            }
        }
        StaffCommand::List { department } => match store.list_staff(department.as_deref()) {
            Ok(staff) => {
                for member in staff {
                    println!("{}", serde_json::to_string(&member).unwrap_or_default());
                }
                ExitCode::SUCCESS
            }
            Err(error) => {
                tracing::error!(?error, "cannot read the database");
                ExitCode::FAILURE
            }
        },
        StaffCommand::Revoke { id } => {
            let member = match store.staff(id) {
                Ok(Some(member)) => member,
                Ok(None) => {
                    eprintln!("no member of staff has id {id}");
                    return ExitCode::from(2);
                }
                Err(error) => {
                    tracing::error!(?error, "cannot read the database");
                    return ExitCode::FAILURE;
                }
            };
            let audit = entry(
                "revoke-staff",
                &member.department,
                Some(id.to_string()),
                Some(format!("{} {}", member.role.as_str(), member.name)),
            );
            match store.revoke_staff(id, now(), &audit) {
                Ok(true) => {
                    println!(
                        "Revoked {} (id {id}); their sessions have ended.",
                        member.name
                    );
                    ExitCode::SUCCESS
                }
                Ok(false) => {
                    println!("{} (id {id}) was already revoked.", member.name);
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    tracing::error!(?error, "cannot write the database");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

/// Seconds since 1970 at the start of `day` (YYYY-MM-DD) in the configured time zone.
fn parse_day(day: &str, utc_offset_hours: i32) -> Option<i64> {
    let parts: Vec<&str> = day.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return None;
    };
    let fields = [day.to_string(), month.to_string(), year.to_string()];
    let date = portal_forms::validate::parse_date(&fields).ok()?;
    // Count days from 1970-01-01 by stepping from a nearby known date would be slower; solve
    // directly with the inverse of CivilDate::from_days_since_epoch.
    let (y, m, d) = (
        i64::from(date.year),
        i64::from(date.month),
        i64::from(date.day),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 - i64::from(utc_offset_hours) * 3600)
}

/// The services whose departments have active staff: their applications wait for a
/// caseworker, whatever their age.
fn worked_services(settings: &Settings, store: &dyn Store) -> Result<Vec<String>, String> {
    let departments =
        portal_server::load_departments(&settings.dist.join("services/departments.json"))?;
    let staff = store.list_staff(None).map_err(|e| format!("{e:?}"))?;
    Ok(departments
        .departments
        .into_iter()
        .filter(|d| {
            staff
                .iter()
                .any(|m| m.department == d.id && m.revoked_at.is_none())
        })
        .flat_map(|d| d.services)
        .collect())
}

fn purge(settings: &Settings, store: &dyn Store) -> Result<(), ()> {
    let before = now() - i64::from(settings.retention_days) * 86_400;
    let worked = match worked_services(settings, store) {
        Ok(worked) => worked,
        Err(error) => {
            tracing::error!(%error, "purge not run: cannot tell which applications wait for staff");
            return Err(());
        }
    };
    match store.purge(before, &worked) {
        Ok(deleted) => {
            tracing::info!(
                deleted,
                retention_days = settings.retention_days,
                "old submissions deleted"
            );
            Ok(())
        }
        Err(error) => {
            tracing::error!(?error, "purge failed");
            Err(())
        }
    }
}

/// `portal-server insight`: one service's figures on standard output.
fn insight(
    settings: &Settings,
    store: &dyn Store,
    service: &str,
    since: Option<&str>,
    format: InsightFormat,
) -> ExitCode {
    let since = match since.map(|d| parse_day(d, settings.utc_offset_hours)) {
        None => portal_server::insight::figures::days_back(now(), 35, settings.utc_offset_hours),
        Some(Some(seconds)) => seconds,
        Some(None) => {
            eprintln!("--since must be a date written YYYY-MM-DD");
            return ExitCode::from(2);
        }
    };
    let definitions = Definitions::load(&settings.dist.join("services")).unwrap_or_default();
    let Some(definition) = definitions.latest(service) else {
        eprintln!(
            "no service {service} in {}",
            settings.dist.join("services").display()
        );
        return ExitCode::from(2);
    };
    let now = now();
    let (from, to) = portal_server::insight::figures::window(since, now, settings.utc_offset_hours);
    let read = (|| {
        Ok::<_, portal_server::store::StoreError>((
            store.insight_rows(
                service,
                since.min(portal_server::insight::figures::days_back(
                    now,
                    35,
                    settings.utc_offset_hours,
                )),
                true,
            )?,
            store.feedback()?,
            store.page_views(service, &from, &to)?,
            store.page_errors(service, &from, &to)?,
        ))
    })();
    let (rows, feedback, views, errors) = match read {
        Ok(read) => read,
        Err(error) => {
            tracing::error!(?error, "cannot read the database");
            return ExitCode::FAILURE;
        }
    };
    let figures = portal_server::insight::figures::compute(
        definition,
        &rows,
        portal_server::insight::figures::PageCounts {
            feedback: feedback.iter().find(|f| f.service == service),
            views,
            errors,
        },
        since,
        now,
        settings.utc_offset_hours,
        portal_server::insight::jieba(),
    );
    match format {
        InsightFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&figures).unwrap_or_default()
        ),
        InsightFormat::Csv => print!("{}", portal_server::insight::figures::to_csv(&figures)),
    }
    ExitCode::SUCCESS
}

/// Seals every answer with the current key, a batch at a time.
fn rekey(settings: &Settings, store: &dyn Store, batch: usize) -> ExitCode {
    if settings.data_key_file.is_none() && settings.data_key.is_none() {
        eprintln!("rekey needs the new data key: --data-key-file or PORTAL_DATA_KEY");
        return ExitCode::from(2);
    }
    let mut changed = 0;
    let mut forgotten = false;
    // A pass over every row; another if a server still on an older key wrote meanwhile.
    for _pass in 0..3 {
        let mut after = 0;
        loop {
            match store.rekey(after, batch.max(1)) {
                Ok(done) => {
                    changed += done.changed;
                    match done.last {
                        Some(last) => after = last,
                        None => break,
                    }
                }
                Err(error) => {
                    tracing::error!(
                        ?error,
                        after,
                        changed,
                        "rekey stopped; run it again to go on"
                    );
                    return ExitCode::FAILURE;
                }
            }
        }
        match store.forget_older_keys() {
            Ok(true) => {
                forgotten = true;
                break;
            }
            Ok(false) => {}
            Err(error) => {
                tracing::error!(?error, changed, "rekey did not finish; run it again");
                return ExitCode::FAILURE;
            }
        }
    }
    if !forgotten {
        eprintln!(
            "answers are still being written under another key: restart every server with the new key (--data-key-file), then run rekey again; keep the old key until it finishes"
        );
        return ExitCode::FAILURE;
    }
    let _ = store.record(&AuditEntry {
        at: now(),
        staff_id: None,
        actor: operator(),
        department: None,
        action: "rekey".into(),
        subject: None,
        detail: Some(format!("{changed} sealed again")),
    });
    tracing::info!(changed, "every answer is sealed with the current data key");
    println!("{changed} submissions sealed again with the current data key");
    ExitCode::SUCCESS
}

async fn serve(settings: Settings, store: Arc<dyn Store>) -> ExitCode {
    let app = match app(&settings, store.clone(), Some(store.clone())) {
        Ok(app) => app,
        Err(error) => {
            tracing::error!(%error, "cannot start");
            return ExitCode::FAILURE;
        }
    };
    let listener = match tokio::net::TcpListener::bind(settings.bind).await {
        Ok(listener) => listener,
        Err(error) => {
            tracing::error!(bind = %settings.bind, %error, "cannot listen");
            return ExitCode::FAILURE;
        }
    };
    // Retention runs at start-up and then once a day.
    let purging = settings.clone();
    tokio::spawn(async move {
        loop {
            let (settings, store) = (purging.clone(), store.clone());
            let _ = tokio::task::spawn_blocking(move || purge(&settings, store.as_ref())).await;
            tokio::time::sleep(DAY).await;
        }
    });
    let limits = Limits {
        max_connections: settings
            .max_connections
            .unwrap_or(connections::DEFAULT_MAX_CONNECTIONS),
        chosen: settings.max_connections.is_some(),
        // Behind a proxy every connection comes from the proxy, which limits its own clients.
        per_client: (settings.max_connections_per_client > 0
            && settings.trusted_proxy_header.is_none())
        .then_some(settings.max_connections_per_client),
        header_timeout: Duration::from_secs(settings.header_timeout),
        idle_timeout: Duration::from_secs(settings.idle_timeout),
    };
    let limits = match connections::raise_open_file_limit() {
        Some(open_files) => limits.fit_open_files(open_files),
        None => limits,
    };
    tracing::info!(url = %format!("http://{}/", settings.bind), dist = %settings.dist.display(), today = %today(settings.utc_offset_hours).to_iso(), max_connections = limits.max_connections, "serving");
    println!("Citizen Portal is running at http://{}/", settings.bind);
    connections::serve(listener, app, limits, stop_signal()).await;
    ExitCode::SUCCESS
}

/// Ctrl-C, or SIGTERM from a service manager.
async fn stop_signal() {
    let mut terminate =
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = async {
            match terminate.as_mut() {
                Some(signal) => { signal.recv().await; }
                None => std::future::pending::<()>().await,
            }
        } => {}
    }
    tracing::info!("stopping: finishing the requests under way");
}

#[cfg(test)]
mod tests {
    use super::parse_day;

    #[test]
    fn a_day_starts_at_local_midnight() {
        assert_eq!(parse_day("1970-01-01", 0), Some(0));
        assert_eq!(parse_day("2026-11-27", 0), Some(1_795_737_600));
        assert_eq!(parse_day("2026-11-27", 8), Some(1_795_737_600 - 8 * 3600));
        assert_eq!(parse_day("2026-02-30", 0), None);
        assert_eq!(parse_day("yesterday", 0), None);
    }
}
