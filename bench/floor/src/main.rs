use web_sys::HtmlInputElement;
use yew::prelude::*;

#[component]
fn Floor() -> Html {
    let value = use_state(|| 5);
    use_effect_with((), |_| {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark("app-interactive");
        }
    });
    let oninput = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| {
            value.set(e.target_unchecked_into::<HtmlInputElement>().value().parse().unwrap_or(5))
        })
    };
    html! {
        <main>
            <h1>{ "Floor" }</h1>
            <label for="in-hip-flexors">{ "Value" }</label>
            <input id="in-hip-flexors" type="range" min="0" max="10" value={value.to_string()} {oninput} />
            // Carries the attribute the benchmark watches on the app's figure, so the floor has
            // an input-to-figure-frame figure too: the least a page can do for that measure.
            <p data-pelvic-tilt={value.to_string()}>{ *value }</p>
        </main>
    }
}

fn main() {
    yew::Renderer::<Floor>::new().render();
}
