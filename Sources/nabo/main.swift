import NaboCLI

Nabo.main()
