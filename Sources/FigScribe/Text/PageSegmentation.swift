/// How Tesseract should segment the image it is given (a subset of its page-segmentation modes).
public enum PageSegmentation: Int32, Sendable {
    /// The image is one line of text (`PSM_SINGLE_LINE`, 7).
    case singleLine = 7
    /// The image is one word (`PSM_SINGLE_WORD`, 8).
    case singleWord = 8
    /// The image is one character (`PSM_SINGLE_CHAR`, 10).
    case singleCharacter = 10
}
