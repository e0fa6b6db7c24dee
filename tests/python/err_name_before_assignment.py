print(learning_rate)
learning_rate = 0.01
