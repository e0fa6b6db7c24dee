word = "hi"
print(word[5])
