//! Readiness tells the truth: with the database on a disk that is really full, `/api/health`
//! says "not ready" (so a load balancer sends citizens elsewhere) and a submission gets 503 with
//! Retry-After, never 201; with room again, both recover. The disk is a
//! small tmpfs where this machine lets the test mount one (as root), else the process's file
//! size limit stands in for a full disk.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use support::{Server, complaint};

/// A 4 MB tmpfs, unmounted when dropped.
struct SmallDisk {
    folder: PathBuf,
}

impl SmallDisk {
    fn mount() -> Option<SmallDisk> {
        let folder = std::env::temp_dir().join(format!("portal-disk-{}", std::process::id()));
        std::fs::create_dir_all(&folder).ok()?;
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=4m", "tmpfs"])
            .arg(&folder)
            .status()
            .is_ok_and(|s| s.success());
        mounted.then_some(SmallDisk { folder })
    }

    /// Writes a file until the disk refuses more.
    fn fill(&self) -> PathBuf {
        use std::io::Write;
        let filler = self.folder.join("filler");
        let mut file = std::fs::File::create(&filler).unwrap();
        let block = vec![0u8; 64 * 1024];
        while file.write_all(&block).is_ok() {}
        let _ = file.sync_all();
        filler
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.folder).status();
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

fn data_on(folder: &Path) -> String {
    folder.join("portal.sqlite").display().to_string()
}

fn assert_refuses(server: &Server, key: &str) {
    let health = server.get("/api/health");
    assert_eq!(health.status, 503, "health: {}", health.body);
    let reply = server.submit(&complaint(key));
    assert_eq!(reply.status, 503, "submission: {}", reply.body);
    assert!(reply.header("retry-after").is_some());
}

#[test]
fn a_full_disk_makes_the_server_not_ready_and_refuse_with_503_until_there_is_room() {
    let Some(disk) = SmallDisk::mount() else {
        return a_file_size_limit_stands_in_for_a_full_disk();
    };
    let data = data_on(&disk.folder);
    let server = Server::start(&["--data", &data]);
    assert_eq!(server.submit(&complaint("disk-0001")).status, 201);

    let filler = disk.fill();
    assert_refuses(&server, "disk-0002");

    std::fs::remove_file(filler).unwrap();
    assert_eq!(server.get("/api/health").status, 200, "ready again");
    assert_eq!(server.submit(&complaint("disk-0003")).status, 201);
    drop(server);
}

/// Where no disk can be mounted: after a first run stopped without closing the database (so
/// its write-ahead log stays and new writes go after its end), the server runs under a file
/// size limit at the log's size, so no write can land on the disk.
fn a_file_size_limit_stands_in_for_a_full_disk() {
    let folder = support::new_folder();
    let data = data_on(&folder);
    let server = Server::start(&["--data", &data]);
    assert_eq!(server.submit(&complaint("limit-0001")).status, 201);
    drop(server);
    let log = std::fs::metadata(format!("{data}-wal")).unwrap().len();
    // `ulimit -f` counts 512-byte blocks; with SIGXFSZ ignored, a write past it fails.
    let server = Server::start_with_shell_prefix(
        &["--data", &data],
        &format!("trap '' XFSZ; ulimit -f {}", log / 512),
    );
    assert_refuses(&server, "limit-0002");
    let _ = std::fs::remove_dir_all(&folder);
}
