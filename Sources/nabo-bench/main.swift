print("nabo-bench")
