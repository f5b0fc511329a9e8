fn main() {
    posture_explainer::mount();
}
