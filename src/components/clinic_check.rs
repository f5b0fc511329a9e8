//! `?check=clinic`: the settings file's report, for the clinic's web person.

use yew::prelude::*;

use crate::hooks::ClinicFile;

/// `?check=clinic`: every field of the settings file, accepted or ignored and why, for the
/// clinic's web person. `file` is None while the file is being read.
pub fn clinic_check(file: Option<&ClinicFile>) -> Html {
    use crate::model::words::clinic_check as w;
    html! {
        <section class="clinic-check" aria-labelledby="clinic-check-heading" data-testid="clinic-check">
            <h2 id="clinic-check-heading">{ w::HEADING }</h2>
            {
                match file {
                    None => html! { <p>{ w::READING }</p> },
                    Some(f) if f.checks.is_empty() => html! { <p>{ w::EMPTY }</p> },
                    Some(f) => html! {
                        <ul>{ for f.checks.iter().map(|c| html! {
                            <li class={if c.problem.is_some() { "clinic-check__ignored" } else { "clinic-check__ok" }}>{ c.line() }</li>
                        }) }</ul>
                    },
                }
            }
        </section>
    }
}
