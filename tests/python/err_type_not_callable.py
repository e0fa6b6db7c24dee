learning_rate = 0.01
learning_rate(5)
