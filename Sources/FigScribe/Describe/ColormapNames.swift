/// Plain colour names for the ends (and middle, for diverging maps) of known colormaps.
///
/// Names only, no colour data: the Values stage recognises the colormap; this only says
/// what its ends look like, which helps a reader who talks about the figure with others.
enum ColormapNames {
    struct Ends: Equatable, Sendable {
        var low: String
        var middle: String?
        var high: String
    }

    private static let table: [String: Ends] = [
        "viridis": Ends(low: "dark purple", high: "yellow"),
        "plasma": Ends(low: "dark blue", high: "yellow"),
        "inferno": Ends(low: "black", high: "pale yellow"),
        "magma": Ends(low: "black", high: "pale yellow"),
        "cividis": Ends(low: "dark blue", high: "yellow"),
        "turbo": Ends(low: "dark blue", middle: "green", high: "dark red"),
        "gray": Ends(low: "black", high: "white"),
        "grey": Ends(low: "black", high: "white"),
        "greys": Ends(low: "white", high: "black"),
        "blues": Ends(low: "white", high: "dark blue"),
        "reds": Ends(low: "white", high: "dark red"),
        "greens": Ends(low: "white", high: "dark green"),
        "ylorrd": Ends(low: "pale yellow", high: "dark red"),
        "rdbu": Ends(low: "dark red", middle: "white", high: "dark blue"),
        "coolwarm": Ends(low: "blue", middle: "light grey", high: "red"),
        "bwr": Ends(low: "blue", middle: "white", high: "red"),
        "jet": Ends(low: "dark blue", middle: "green", high: "dark red"),
        "hot": Ends(low: "black", high: "white"),
        "cubehelix": Ends(low: "black", high: "white"),
        "gnuplot": Ends(low: "black", high: "yellow"),
        "oranges": Ends(low: "white", high: "dark orange"),
        "purples": Ends(low: "white", high: "dark purple"),
        "ylgnbu": Ends(low: "pale yellow", high: "dark blue"),
        "rdylbu": Ends(low: "dark red", middle: "pale yellow", high: "dark blue"),
        "rdylgn": Ends(low: "dark red", middle: "pale yellow", high: "dark green"),
        "spectral": Ends(low: "dark red", middle: "pale yellow", high: "purple-blue"),
        "brbg": Ends(low: "brown", middle: "white", high: "teal"),
        "piyg": Ends(low: "magenta", middle: "white", high: "green"),
        "puor": Ends(low: "orange", middle: "white", high: "purple"),
        "seismic": Ends(low: "dark blue", middle: "white", high: "dark red"),
        "rocket": Ends(low: "black", high: "pale pink"),
        "mako": Ends(low: "black", high: "pale green"),
    ]

    /// The ends of `colormap` (a `_r` suffix reverses them), `nil` when unknown.
    static func ends(of colormap: String?) -> Ends? {
        guard var name = colormap?.lowercased() else { return nil }
        var reversed = false
        if name.hasSuffix("_r") {
            name.removeLast(2)
            reversed = true
        }
        guard let ends = table[name] else { return nil }
        return reversed ? Ends(low: ends.high, middle: ends.middle, high: ends.low) : ends
    }
}
