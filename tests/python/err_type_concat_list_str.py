layers = [16, 8]
layers = layers + "4"
