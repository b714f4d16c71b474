import NaboCLI

// Only the executable may fork to write the snapshot after a read-only command's answer.
Detached.mayFork = true
Nabo.main()
