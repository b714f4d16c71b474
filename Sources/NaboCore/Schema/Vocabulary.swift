/// The values scripts and files use: English kebab-case words, the same in every interface language.
public enum Vocabulary {
    public static let measureStatus = ["not-started", "to-assess", "waiting", "ordered", "in-progress", "done"]
    public static let category = ["lock", "storage-room", "doorbell", "stairwell", "laundry-room", "attic", "fuse-box", "paint", "rubbish", "pest", "other"]
    public static let responsible = ["byggdrift", "project", "resident", "other"]
    public static let unitStatus = ["let", "vacant", "awaiting-repair", "occupied-without-contract"]
    public static let visitKind = ["home-visit", "not-at-home", "inspection", "phone", "meeting"]
    public static let inputOutcome = ["open", "acted-on", "alternative", "declined"]
    public static let responseStatus = ["in-progress", "complete"]
}
