/// The bounds one image read is kept within; each is refused with a `LimitError` or a
/// `DecodeError` rather than allowed to exhaust memory or time.
public struct ReadLimits: Sendable, Equatable {
    /// The largest file accepted, in bytes (checked before reading it).
    public var maxFileBytes: Int
    /// The largest image accepted, in pixels (checked from the PNG header, before decoding).
    public var maxPixels: Int
    /// The most text lines (labels, ticks and numbers printed in cells) sent to OCR.
    public var maxTextLines: Int
    /// The longest one image may take, in seconds; nil for no limit.
    public var timeout: Double?

    /// The default file size limit: 256 MiB.
    public static let defaultMaxFileBytes = 256 << 20
    /// The default text line limit: a 70×70 grid of annotated cells with its labels.
    public static let defaultMaxTextLines = 5_000

    public init(
        maxFileBytes: Int = ReadLimits.defaultMaxFileBytes, maxPixels: Int = PNGDecoder.defaultMaxPixels,
        maxTextLines: Int = ReadLimits.defaultMaxTextLines, timeout: Double? = nil
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxPixels = maxPixels
        self.maxTextLines = maxTextLines
        self.timeout = timeout
    }
}
