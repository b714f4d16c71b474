/// The home screen's keys: it has nowhere to go back to, so Esc only clears a search and is not
/// advertised.
enum HomeKeys {
    static let home = KeyMap<AppAction>([AppKeys.open(AppText.openAddress), AppKeys.residentsKey, AppKeys.addressesKey.unlisted, AppKeys.back.unlisted])
}
