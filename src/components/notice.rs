use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub notices: Vec<String>,
}

/// A small, dismissible note naming what was ignored in the link.
#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let open = use_state(|| true);
    if props.notices.is_empty() || !*open {
        return html! {};
    }
    let close = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    html! {
        <div class="notice" role="status" data-testid="url-notice">
            <p><strong>{ crate::model::words::notice::LINK_SETTINGS_IGNORED }</strong></p>
            <ul>{ for props.notices.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            <button type="button" class="button button--quiet" onclick={close}>{ crate::model::words::notice::DISMISS }</button>
        </div>
    }
}
