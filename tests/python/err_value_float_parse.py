x = float("one point five")
