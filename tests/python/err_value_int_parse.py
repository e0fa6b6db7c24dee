text = "12a"
number = int(text)
