command = "train"
match command:
    case "train":
        print("training")
    case _:
        print("unknown")
