import NaboCore
