print("before")
total = 10
print(totl)
