//! The departments that process applications and the services each owns (`services/
//! departments.toml`, compiled to `dist/services/departments.json`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Departments {
    pub departments: Vec<Department>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Department {
    pub id: String,
    pub services: Vec<String>,
    /// Those of its services whose aggregates it publishes as open data (small counts
    /// suppressed), at `/open-data/<service>.json` and `.csv`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub open_data: Vec<String>,
}

/// What is wrong with a departments table, given the services the portal offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DepartmentsProblem {
    /// Two departments share an id.
    DuplicateDepartment(String),
    /// An id that is not lower-case letters, digits and hyphens.
    BadDepartmentId(String),
    /// A service listed that the portal does not offer: (department, service).
    UnknownService(String, String),
    /// A service owned by two departments (or listed twice).
    SharedService(String),
    /// A service the portal offers that no department owns.
    UnownedService(String),
    /// Open data for a service the department does not own: (department, service).
    OpenDataNotOwned(String, String),
}

impl Departments {
    /// The department that owns `service`.
    pub fn owner_of(&self, service: &str) -> Option<&Department> {
        self.departments
            .iter()
            .find(|d| d.services.iter().any(|s| s == service))
    }

    /// Whether the aggregates of `service` are published as open data.
    pub fn publishes(&self, service: &str) -> bool {
        self.departments.iter().any(|d| {
            d.open_data.iter().any(|s| s == service) && d.services.iter().any(|s| s == service)
        })
    }

    pub fn get(&self, id: &str) -> Option<&Department> {
        self.departments.iter().find(|d| d.id == id)
    }

    /// Every problem with the table for a portal offering `services`.
    pub fn problems(&self, services: &[&str]) -> Vec<DepartmentsProblem> {
        let mut problems = Vec::new();
        let mut seen_departments: Vec<&str> = Vec::new();
        let mut seen_services: Vec<&str> = Vec::new();
        for department in &self.departments {
            let id = department.id.as_str();
            let well_formed = !id.is_empty()
                && id.len() <= 64
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !well_formed {
                problems.push(DepartmentsProblem::BadDepartmentId(id.to_string()));
            }
            if seen_departments.contains(&id) {
                problems.push(DepartmentsProblem::DuplicateDepartment(id.to_string()));
            }
            seen_departments.push(id);
            for service in &department.services {
                if !services.contains(&service.as_str()) {
                    problems.push(DepartmentsProblem::UnknownService(
                        id.to_string(),
                        service.clone(),
                    ));
                }
                if seen_services.contains(&service.as_str()) {
                    problems.push(DepartmentsProblem::SharedService(service.clone()));
                }
                seen_services.push(service);
            }
            for service in &department.open_data {
                if !department.services.contains(service) {
                    problems.push(DepartmentsProblem::OpenDataNotOwned(
                        id.to_string(),
                        service.clone(),
                    ));
                }
            }
        }
        for service in services {
            if !seen_services.contains(service) {
                problems.push(DepartmentsProblem::UnownedService(service.to_string()));
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::{Department, Departments, DepartmentsProblem};

    fn table(rows: &[(&str, &[&str])]) -> Departments {
        Departments {
            departments: rows
                .iter()
                .map(|(id, services)| Department {
                    id: id.to_string(),
                    services: services.iter().map(|s| s.to_string()).collect(),
                    open_data: Vec::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn every_service_has_exactly_one_owner() {
        let good = table(&[("police", &["id-card"]), ("social", &["pension"])]);
        assert!(good.problems(&["id-card", "pension"]).is_empty());
        assert_eq!(good.owner_of("pension").unwrap().id, "social");
        assert!(good.owner_of("parcel").is_none());

        let bad = table(&[
            ("police", &["id-card", "parcel"]),
            ("police", &["id-card"]),
            ("Social Office", &[]),
        ]);
        assert_eq!(
            bad.problems(&["id-card", "pension"]),
            [
                DepartmentsProblem::UnknownService("police".into(), "parcel".into()),
                DepartmentsProblem::DuplicateDepartment("police".into()),
                DepartmentsProblem::SharedService("id-card".into()),
                DepartmentsProblem::BadDepartmentId("Social Office".into()),
                DepartmentsProblem::UnownedService("pension".into()),
            ]
        );
    }

    #[test]
    fn a_department_publishes_open_data_only_for_its_own_services() {
        let mut good = table(&[("police", &["id-card"]), ("social", &["pension"])]);
        good.departments[1].open_data = vec!["pension".into()];
        assert!(good.problems(&["id-card", "pension"]).is_empty());
        assert!(good.publishes("pension") && !good.publishes("id-card"));
        good.departments[1].open_data = vec!["id-card".into()];
        assert_eq!(
            good.problems(&["id-card", "pension"]),
            [DepartmentsProblem::OpenDataNotOwned(
                "social".into(),
                "id-card".into()
            )]
        );
        assert!(!good.publishes("id-card"));
    }
}
