enum DemoPage {
    static let html: String = "<!doctype html><title>Crease</title>"
}
